#include "SurveyAnswer.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace CareDesk::Surveys {

namespace {

// Number words from zero to ten in the languages care teams answer in most. Where two
// languages share a word they also share its value.
const QHash<QString, int> &numberWords()
{
    static const QHash<QString, int> words = [] {
        QHash<QString, int> all;
        const QList<QStringList> byLanguage = {
            // en
            {QStringLiteral("zero"), QStringLiteral("one"), QStringLiteral("two"),
             QStringLiteral("three"), QStringLiteral("four"), QStringLiteral("five"),
             QStringLiteral("six"), QStringLiteral("seven"), QStringLiteral("eight"),
             QStringLiteral("nine"), QStringLiteral("ten")},
            // es
            {QStringLiteral("cero"), QStringLiteral("uno"), QStringLiteral("dos"),
             QStringLiteral("tres"), QStringLiteral("cuatro"), QStringLiteral("cinco"),
             QStringLiteral("seis"), QStringLiteral("siete"), QStringLiteral("ocho"),
             QStringLiteral("nueve"), QStringLiteral("diez")},
            // de
            {QStringLiteral("null"), QStringLiteral("eins"), QStringLiteral("zwei"),
             QStringLiteral("drei"), QStringLiteral("vier"), QStringLiteral("fünf"),
             QStringLiteral("sechs"), QStringLiteral("sieben"), QStringLiteral("acht"),
             QStringLiteral("neun"), QStringLiteral("zehn")},
            // fr
            {QStringLiteral("zéro"), QStringLiteral("un"), QStringLiteral("deux"),
             QStringLiteral("trois"), QStringLiteral("quatre"), QStringLiteral("cinq"),
             QStringLiteral("six"), QStringLiteral("sept"), QStringLiteral("huit"),
             QStringLiteral("neuf"), QStringLiteral("dix")},
            // pt
            {QStringLiteral("zero"), QStringLiteral("um"), QStringLiteral("dois"),
             QStringLiteral("três"), QStringLiteral("quatro"), QStringLiteral("cinco"),
             QStringLiteral("seis"), QStringLiteral("sete"), QStringLiteral("oito"),
             QStringLiteral("nove"), QStringLiteral("dez")},
            // it
            {QStringLiteral("zero"), QStringLiteral("uno"), QStringLiteral("due"),
             QStringLiteral("tre"), QStringLiteral("quattro"), QStringLiteral("cinque"),
             QStringLiteral("sei"), QStringLiteral("sette"), QStringLiteral("otto"),
             QStringLiteral("nove"), QStringLiteral("dieci")},
            // nl
            {QStringLiteral("nul"), QStringLiteral("een"), QStringLiteral("twee"),
             QStringLiteral("drie"), QStringLiteral("vier"), QStringLiteral("vijf"),
             QStringLiteral("zes"), QStringLiteral("zeven"), QStringLiteral("acht"),
             QStringLiteral("negen"), QStringLiteral("tien")},
        };
        for (const QStringList &language : byLanguage)
            for (int value = 0; value < language.size(); ++value)
                all.insert(language.at(value), value);
        // Feminine and accented forms.
        all.insert(QStringLiteral("una"), 1);
        all.insert(QStringLiteral("une"), 1);
        all.insert(QStringLiteral("uma"), 1);
        all.insert(QStringLiteral("duas"), 2);
        all.insert(QStringLiteral("één"), 1);
        all.insert(QStringLiteral("zero"), 0);
        all.insert(QStringLiteral("fuenf"), 5);
        return all;
    }();
    return words;
}

// The number words as one alternation, longest first so that "diez" is not read as "di...".
QString numberPattern()
{
    QStringList words = numberWords().keys();
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    for (QString &word : words)
        word = QRegularExpression::escape(word);
    return QStringLiteral("(\\d{1,2}|") + words.join(u'|') + u')';
}

QRegularExpression pattern(const QString &text)
{
    return QRegularExpression(text, QRegularExpression::CaseInsensitiveOption |
                                        QRegularExpression::UseUnicodePropertiesOption);
}

int valueOf(const QString &number)
{
    bool isDigits = false;
    const int value = number.toInt(&isDigits);
    return isDigits ? value : numberWords().value(number.toLower(), -1);
}

// Digits the way people type them anywhere: full-width and other scripts' digits become
// ASCII (compatibility form), keycap emoji ("9️⃣", "🔟") become their digits.
QString plainDigits(const QString &text)
{
    QString plain = text.normalized(QString::NormalizationForm_KC);
    plain.replace(QStringLiteral("\U0001F51F"), QStringLiteral("10"));
    plain.remove(QChar(0x20E3)); // combining keycap
    plain.remove(QChar(0xFE0F)); // emoji presentation selector
    QString digits;
    digits.reserve(plain.size());
    for (QChar c : std::as_const(plain))
        digits.append(c.isDigit() && c.digitValue() >= 0 ? QChar(u'0' + c.digitValue()) : c);
    return digits;
}

bool inScale(SurveyKind kind, int score)
{
    return kind != SurveyKind::Off && score >= lowestScore(kind) && score <= highestScore(kind);
}

// What the customer wrote besides the score, without the separators around it.
QString commentWithout(const QString &text, qsizetype from, qsizetype length)
{
    static const QRegularExpression leading(QStringLiteral("^[\\s\\p{P}]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression trailing(QStringLiteral("[\\s,;:\\-\\x{2013}\\x{2014}]+$"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    QString rest = text.left(from).trimmed();
    rest.remove(trailing);
    QString after = text.mid(from + length);
    after.remove(leading);
    if (!rest.isEmpty() && !after.isEmpty())
        rest += u' ';
    rest += after.trimmed();
    return rest.trimmed();
}

// A run of star glyphs, filled and empty ones ("★★★★☆", "⭐⭐⭐").
std::optional<SurveyAnswer> starGlyphs(const QString &text, SurveyKind kind)
{
    static const QRegularExpression run(
        QStringLiteral("[\\x{2605}\\x{2606}\\x{2729}-\\x{2730}\\x{2B50}](?:\\s*[\\x{2605}\\x{2606}"
                       "\\x{2729}-\\x{2730}\\x{2B50}])*"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch found = run.match(text);
    if (!found.hasMatch())
        return std::nullopt;
    const QString stars = found.captured();
    const int filled = static_cast<int>(std::count_if(stars.begin(), stars.end(), [](QChar c) {
        return !c.isSpace() && c != QChar(0x2606) && c != QChar(0x2729);
    }));
    if (!inScale(kind, filled))
        return std::nullopt;
    return SurveyAnswer{filled,
                        commentWithout(text, found.capturedStart(), found.capturedLength())};
}

} // namespace

QString toString(SurveyKind kind)
{
    switch (kind) {
    case SurveyKind::Csat:
        return QStringLiteral("csat");
    case SurveyKind::Nps:
        return QStringLiteral("nps");
    case SurveyKind::Off:
        break;
    }
    return QStringLiteral("off");
}

std::optional<SurveyKind> kindFromString(QStringView text)
{
    for (SurveyKind kind : {SurveyKind::Off, SurveyKind::Csat, SurveyKind::Nps})
        if (text == toString(kind))
            return kind;
    return std::nullopt;
}

int lowestScore(SurveyKind kind)
{
    return kind == SurveyKind::Csat ? 1 : 0;
}

int highestScore(SurveyKind kind)
{
    return kind == SurveyKind::Csat ? 5 : 10;
}

Standing standingOf(SurveyKind kind, int score)
{
    if (kind == SurveyKind::Csat)
        return score >= 4 ? Standing::Promoter
                          : (score == 3 ? Standing::Passive : Standing::Detractor);
    return score >= 9 ? Standing::Promoter : (score >= 7 ? Standing::Passive : Standing::Detractor);
}

std::optional<SurveyAnswer> readAnswer(const QString &message, SurveyKind kind)
{
    if (kind == SurveyKind::Off)
        return std::nullopt;
    const QString text = plainDigits(message).trimmed();
    if (auto stars = starGlyphs(text, kind))
        return stars;

    const QString number = numberPattern();
    // Not glued to a word or to a decimal before it.
    const QString before = QStringLiteral("(?<![\\p{L}\\p{N}.,])");
    static const QList<QRegularExpression> forms = {
        // "5 stars", "cinco estrellas", "4 Sterne", "3 étoiles"
        pattern(before + number +
                QStringLiteral("\\s*(?:stars?|estrellas?|sternen?|sterne|[ée]toiles?|estrelas?|"
                               "stelle|stella|sterren|ster)(?!\\p{L})")),
        // "9/10", "10 out of 10", "4 de 5", "9 von 10", "8 sur 10", "7 su 10", "9 uit 10"
        pattern(before + QStringLiteral("(\\d{1,2})\\s*(?:/|\\s(?:out\\s+of|de|sobre|von|sur|su|"
                                        "van|uit)\\s)\\s*(\\d{1,2})(?![\\p{L}\\p{N}]|[.,]\\p{N})")),
        // A bare number first, with no word after it: "9", "Nine!", "8 - great", "10 👍"
        pattern(QStringLiteral("^") + number +
                QStringLiteral("(?![.,]\\p{N})(?=\\s*(?:$|[^\\p{L}\\p{N}\\s]))")),
        // ... or last, after a comma or a dash: "Great service, 10"
        pattern(QStringLiteral("(?:[,;:\\x{2013}\\x{2014}-]\\s+|\\n\\s*)") + number +
                QStringLiteral("(?![.,]\\p{N})[^\\p{L}\\p{N}]*$")),
    };
    for (int form = 0; form < forms.size(); ++form) {
        const QRegularExpressionMatch found = forms.at(form).match(text);
        if (!found.hasMatch())
            continue;
        const int score = valueOf(found.captured(1));
        // A stated scale must be the survey's own: "4/5" answers no 0–10 question.
        if (form == 1 && found.captured(2).toInt() != highestScore(kind))
            return std::nullopt;
        if (!inScale(kind, score))
            return std::nullopt;
        // The trailing form's match starts at its separator; the score is what follows it.
        const qsizetype start = form == 3 ? found.capturedStart(1) : found.capturedStart();
        const qsizetype end = form == 3 ? found.capturedEnd(1) : found.capturedEnd();
        return SurveyAnswer{score, commentWithout(text, start, end - start)};
    }
    return std::nullopt;
}

} // namespace CareDesk::Surveys

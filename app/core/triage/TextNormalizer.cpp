#include "TextNormalizer.h"

#include <QRegularExpression>

namespace CareDesk::Triage {

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF);
}

} // namespace

QString normalizeForMatching(const QString &text)
{
    static const QRegularExpression links(QStringLiteral("\\b(?:https?://|www\\.)\\S*"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression mentions(QStringLiteral("(^|\\s)@\\w+"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    QString cleaned = text;
    cleaned.replace(links, QStringLiteral(" "));
    cleaned.replace(mentions, QStringLiteral("\\1 "));
    const QString decomposed = cleaned.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of "é", not the letter
        if (c == QChar(0x2019) || c == QChar(0x2018))
            result.append(QLatin1Char('\''));
        else
            result.append(c.toLower());
    }
    return result;
}

QStringList tokenize(const QString &normalizedText)
{
    QStringList tokens;
    QString word;
    char32_t previousCjk = 0;
    const auto flush = [&] {
        if (word.size() >= 2)
            tokens.append(word);
        word.clear();
    };
    for (const char32_t c : normalizedText.toUcs4()) {
        if (isCjk(c)) {
            flush();
            if (previousCjk)
                tokens.append(QString::fromUcs4(&previousCjk, 1) + QString::fromUcs4(&c, 1));
            previousCjk = c;
            continue;
        }
        previousCjk = 0;
        if (QChar::isLetterOrNumber(c) || c == U'\'')
            word.append(QString::fromUcs4(&c, 1));
        else
            flush();
    }
    flush();
    return tokens;
}

} // namespace CareDesk::Triage

#include "SpellChecker.h"

#include "Dictionaries.h"
#include "SuggestionRanker.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <hunspell.hxx>

namespace CareDesk::Spelling {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Spelling::SpellChecker)
};

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

// A whitespace-separated piece that is not prose: a link, an address, a handle or hashtag, a
// {variable}, a sign-off ("^AG", "-Ana" at the end of a reply).
bool isNotProse(QStringView piece)
{
    if (piece.isEmpty())
        return true;
    const QChar first = piece.front();
    if (first == u'@' || first == u'#' || first == u'^' || first == u'{' || first == u'＠' ||
        first == u'＃')
        return true;
    if (piece.contains(u'{') || piece.contains(u'}') || piece.contains(u'@') ||
        piece.contains(QLatin1String("://")) ||
        piece.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
        return true;
    // A dotted name without spaces ("example.com", "acme.co.uk") is an address, not a sentence
    // end: letters on both sides of an inner dot.
    for (qsizetype i = 1; i + 1 < piece.size(); ++i) {
        if (piece.at(i) == u'.' && piece.at(i - 1).isLetter() && piece.at(i + 1).isLetter())
            return true;
    }
    return first == u'-' && piece.size() > 1 && piece.at(1).isUpper();
}

// An acronym or a product code: all capitals, short ("DM", "ASAP", "USB").
bool isAcronym(QStringView word)
{
    constexpr qsizetype LONGEST_ACRONYM = 5;
    return word.size() <= LONGEST_ACRONYM &&
           std::all_of(word.begin(), word.end(), [](QChar c) { return c.isUpper(); });
}

// Chinese, Japanese, Korean and Thai are written without spaces between words: a run of
// their letters is no word a dictionary could judge.
bool isUnspaced(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) {
        const QChar::Script script = c.script();
        return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
               script == QChar::Script_Katakana || script == QChar::Script_Hangul ||
               script == QChar::Script_Thai;
    });
}

} // namespace

SpellChecker::SpellChecker(QString name, std::unique_ptr<Hunspell> hunspell, QString encoding)
    : m_name(std::move(name))
    , m_hunspell(std::move(hunspell))
    , m_encoding(std::move(encoding))
    , m_ranker(std::make_unique<SuggestionRanker>(
          [this](const QString &word) { return isCorrect(word); }, m_name))
{}

SpellChecker::~SpellChecker() = default;

Core::Result<std::unique_ptr<SpellChecker>> SpellChecker::open(const QString &language,
                                                               const Dictionaries &dictionaries)
{
    const QString affix = dictionaries.affixFileFor(language);
    if (affix.isEmpty())
        return Core::Error{
            Tr::tr("There is no spelling dictionary for %1 on this computer.").arg(language),
            Tr::tr("Looked in: %1").arg(dictionaries.folders().join(u", "))};
    const QFileInfo info(affix);
    const QString dictionary =
        info.path() + u'/' + info.completeBaseName() + QStringLiteral(".dic");
    auto hunspell = std::make_unique<Hunspell>(QFile::encodeName(affix).constData(),
                                               QFile::encodeName(dictionary).constData());
    const QString encoding = QString::fromStdString(hunspell->get_dict_encoding()).toUpper();
    if (encoding != u"UTF-8" && encoding != u"ISO8859-1")
        return Core::Error{Tr::tr("The spelling dictionary %1 is in an encoding CareDesk cannot "
                                  "read.")
                               .arg(info.completeBaseName()),
                           encoding};
    return std::unique_ptr<SpellChecker>(
        new SpellChecker(info.completeBaseName(), std::move(hunspell), encoding));
}

QByteArray SpellChecker::encode(const QString &word, bool *ok) const
{
    *ok = true;
    if (m_encoding == u"UTF-8")
        return word.toUtf8();
    // A Latin-1 dictionary cannot hold a word with other letters.
    *ok = std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x100; });
    return word.toLatin1();
}

QString SpellChecker::decode(const std::string &word) const
{
    return m_encoding == u"UTF-8"
               ? QString::fromStdString(word)
               : QString::fromLatin1(word.data(), static_cast<qsizetype>(word.size()));
}

void SpellChecker::addKnownWords(const QStringList &words)
{
    for (const QString &word : words) {
        if (!word.trimmed().isEmpty())
            m_known.insert(word.trimmed().toLower());
    }
}

bool SpellChecker::isCorrect(const QString &word) const
{
    QString asWritten = word;
    asWritten.replace(u'\u2019', u'\'');
    if (m_known.contains(asWritten.toLower()))
        return true;
    bool ok = false;
    const QByteArray encoded = encode(asWritten, &ok);
    return ok && m_hunspell->spell(encoded.toStdString());
}

void SpellChecker::setTeamUsage(const QHash<QString, int> &usage)
{
    m_ranker->setTeamUsage(usage);
}

QStringList SpellChecker::suggestionsFor(const QString &word) const
{
    return m_ranker->rank(word, hunspellSuggestionsFor(word));
}

QStringList SpellChecker::hunspellSuggestionsFor(const QString &word) const
{
    QString asWritten = word;
    asWritten.replace(u'\u2019', u'\'');
    bool ok = false;
    const QByteArray encoded = encode(asWritten, &ok);
    QStringList suggestions;
    if (!ok)
        return suggestions;
    for (const std::string &suggestion : m_hunspell->suggest(encoded.toStdString()))
        suggestions.append(decode(suggestion));
    return suggestions;
}

QList<SpellIssue> SpellChecker::check(const QString &text, bool withSuggestions) const
{
    QList<SpellIssue> issues;
    for (const WordSpan &span : wordsToCheck(text)) {
        const QString word = text.mid(span.start, span.length);
        if (isCorrect(word))
            continue;
        issues.append({word, span.start, span.length,
                       withSuggestions ? suggestionsFor(word) : QStringList()});
    }
    return issues;
}

QList<WordSpan> SpellChecker::wordsToCheck(const QString &text)
{
    QList<WordSpan> words;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        qsizetype end = i;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        const QStringView piece = QStringView(text).sliced(i, end - i);
        if (!isNotProse(piece)) {
            // Runs of letters (and marks), joined by an apostrophe between letters ("don't").
            for (qsizetype at = i; at < end;) {
                if (!text.at(at).isLetter()) {
                    ++at;
                    continue;
                }
                qsizetype stop = at;
                while (stop < end && (text.at(stop).isLetterOrNumber() || text.at(stop).isMark() ||
                                      (isApostrophe(text.at(stop)) && stop + 1 < end &&
                                       text.at(stop + 1).isLetter())))
                    ++stop;
                const QStringView word = QStringView(text).sliced(at, stop - at);
                const bool digits =
                    std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
                const bool nextToDigit = (at > i && text.at(at - 1).isDigit()) ||
                                         (stop < end && text.at(stop).isDigit());
                if (word.size() > 1 && !digits && !nextToDigit && !isAcronym(word) &&
                    !isUnspaced(word))
                    words.append({at, stop - at});
                at = stop;
            }
        }
        i = end;
    }
    return words;
}

} // namespace CareDesk::Spelling

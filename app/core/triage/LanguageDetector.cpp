#include "LanguageDetector.h"

#include "LanguageModel.h"
#include "TextNormalizer.h"

#include <QStringView>

#include <algorithm>
#include <limits>
#include <string_view>
#include <vector>

// CLD2's header uses size_t and friends without including what defines them.
#include <cstdio>

#include <cld2/public/compact_lang_det.h>

namespace CareDesk::Triage {

namespace {

bool isUsableHint(const QString &hint)
{
    // X marks text it cannot classify as "und", and hashtag-only or media-only posts as
    // "qme"/"qht"/"zxx" and similar: none of these name a language.
    return hint.size() == 2 && hint != u"in";
}

// From this many characters on, CLD2 has enough text to be trusted on a language the model
// does not know.
constexpr qsizetype LONG_TEXT = 60;

// Chinese and Japanese are written without spaces: each of their characters counts as a word.
bool isCharacterWord(QChar c)
{
    const QChar::Script script = c.script();
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana;
}

// The model's score of each language for the text, word by word.
struct Evidence
{
    std::vector<double> scores;
    std::vector<int> listed;             // words each language's list holds
    std::vector<std::uint64_t> listedIn; // for each word, the languages listing it
    int words = 0;
};

bool isLatinWord(std::u16string_view word)
{
    return std::all_of(word.begin(), word.end(), [](char16_t unit) {
        const QChar::Script script = QChar(unit).script();
        return script == QChar::Script_Latin || script == QChar::Script_Common ||
               script == QChar::Script_Inherited;
    });
}

// The words of the text: runs of letters and marks, each Chinese or Japanese character a word
// of its own.
std::vector<std::u16string_view> wordsOf(std::u16string_view text)
{
    std::vector<std::u16string_view> words;
    std::size_t start = std::u16string_view::npos;
    const auto take = [&](std::size_t end) {
        if (start != std::u16string_view::npos)
            words.push_back(text.substr(start, end - start));
        start = std::u16string_view::npos;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const QChar c(text[i]);
        if (isCharacterWord(c)) {
            take(i);
            start = i;
            take(i + 1);
        } else if (c.isLetter() || c.isMark()) {
            if (start == std::u16string_view::npos)
                start = i;
        } else {
            take(i);
        }
    }
    take(text.size());
    return words;
}

Evidence weigh(const LanguageModel &model, const QString &lowered)
{
    const auto languages = std::size_t(model.languageCount());
    Evidence evidence{std::vector<double>(languages, 0.0), std::vector<int>(languages, 0), {}, 0};
    const std::vector<std::u16string_view> words = wordsOf(std::u16string_view(
        reinterpret_cast<const char16_t *>(lowered.utf16()), std::size_t(lowered.size())));
    // Arabic, Russian or Japanese customers drop Latin names and English into their texts
    // ("فيلم The Expendables"): where a third of the words are in another script, those say
    // nothing of the language.
    const auto latin = std::count_if(words.begin(), words.end(), isLatinWord);
    const bool skipLatin = 3 * (std::ssize(words) - latin) >= std::ssize(words);
    for (const std::u16string_view word : words) {
        if (skipLatin && isLatinWord(word))
            continue;
        const std::uint64_t listedIn = model.addWord(word, evidence.scores);
        evidence.listedIn.push_back(listedIn);
        for (std::size_t l = 0; l < languages && l < 64; ++l)
            evidence.listed[l] += (listedIn >> l) & 1;
        ++evidence.words;
    }
    return evidence;
}

// Words that tell nothing of the language: hashtag-like compounds ("MasterChefBR",
// "VideoShowAoVivo") and anything with digits. Left in, CLD2 reads them as English.
bool isNameLike(QStringView word)
{
    // Scripts written without spaces (Japanese, Chinese, Thai) make a whole sentence one
    // "word": only Latin-letter words can be names of this kind.
    if (std::any_of(word.begin(), word.end(),
                    [](QChar c) { return c.isLetter() && c.unicode() > 0x024F; }))
        return false;
    bool sawLower = false;
    for (const QChar c : word) {
        if (c.isDigit())
            return true;
        if (c.isUpper() && sawLower)
            return true;
        sawLower = c.isLower() || (sawLower && c.isUpper()); // "Oh,Grazie" is two words
    }
    return false;
}

// The text as CLD2 and the word lists read it: lower case, name-like words dropped, and
// stretched letters ("graciasss", "kkkkkk") shortened to one.
QString normalizedForScoring(const QString &cleaned)
{
    QString kept;
    kept.reserve(cleaned.size());
    for (qsizetype start = 0; start < cleaned.size();) {
        qsizetype end = cleaned.indexOf(u' ', start);
        if (end < 0)
            end = cleaned.size();
        const QStringView word = QStringView(cleaned).sliced(start, end - start);
        start = end + 1;
        if (word.isEmpty() || isNameLike(word))
            continue;
        if (!kept.isEmpty())
            kept.append(u' ');
        kept.append(word);
    }
    const QString lowered = kept.toLower();
    QString shortened(lowered.size(), Qt::Uninitialized);
    QChar *out = shortened.data();
    for (qsizetype i = 0; i < lowered.size();) {
        const QChar c = lowered.at(i);
        qsizetype run = 1;
        while (i + run < lowered.size() && lowered.at(i + run) == c)
            ++run;
        const qsizetype keep = run == 1 || run == 2 || !c.isLetter() ? run : 1;
        for (qsizetype k = 0; k < keep; ++k)
            *out++ = c;
        i += run;
    }
    shortened.truncate(out - shortened.constData());
    return shortened;
}

// The text without its hashtags. Tags are often names of shows, brands and campaigns, or
// English-looking compounds ("masterchefbr", "thenoite"), which pull short texts towards English.
QString withoutHashtags(const QString &text)
{
    if (!text.contains(u'#') && !text.contains(u'＃'))
        return text; // most texts: shared, not copied
    QString kept;
    kept.reserve(text.size());
    qsizetype keptUpTo = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool tagStart = (text.at(i) == u'#' || text.at(i) == u'＃') &&
                              (i == 0 || !text.at(i - 1).isLetterOrNumber());
        if (!tagStart)
            continue;
        kept.append(QStringView(text).sliced(keptUpTo, i - keptUpTo));
        const auto inTag = [](QChar c) { return c.isLetterOrNumber() || c.isMark() || c == u'_'; };
        while (i + 1 < text.size() && inTag(text.at(i + 1)))
            ++i;
        kept.append(u' ');
        keptUpTo = i + 1;
    }
    kept.append(QStringView(text).sliced(keptUpTo));
    return kept;
}

// Enough words of its own that the language can be told without the hashtags.
bool hasWordsToGoOn(const QString &normalized)
{
    int letters = 0;
    for (const QChar c : normalized)
        letters += c.isLetter();
    return letters >= 8 && normalized.count(u' ') >= 1;
}

struct Cld2Guess
{
    QString code; // empty when CLD2 has nothing to say
    bool reliable = false;
};

Cld2Guess askCld2(const QByteArray &utf8)
{
    CLD2::Language top3[3];
    int percent3[3];
    double scores3[3];
    int textBytes = 0;
    bool reliable = false;
    int validPrefix = 0;
    const CLD2::CLDHints hints{nullptr, nullptr, 23 /* UNKNOWN_ENCODING */, CLD2::UNKNOWN_LANGUAGE};
    // Best effort: an answer even for a handful of words, judged below with the function words.
    const CLD2::Language language = CLD2::ExtDetectLanguageSummaryCheckUTF8(
        utf8.constData(), static_cast<int>(utf8.size()), true, &hints, CLD2::kCLDFlagBestEffort,
        top3, percent3, scores3, nullptr, &textBytes, &reliable, &validPrefix);
    if (language == CLD2::UNKNOWN_LANGUAGE)
        return {};
    const QString code = QString::fromLatin1(CLD2::LanguageCode(language));
    if (code.size() != 2)
        return {};
    return {code, reliable};
}

} // namespace

QString toString(LanguageSource source)
{
    switch (source) {
    case LanguageSource::PlatformHint:
        return QStringLiteral("platform");
    case LanguageSource::TextDetection:
        return QStringLiteral("text");
    case LanguageSource::CustomerHistory:
        return QStringLiteral("history");
    case LanguageSource::Unknown:
        return QStringLiteral("none");
    }
    return QStringLiteral("none");
}

QString LanguageDetector::cleanForDetection(const QString &text)
{
    // X's escapes of &, < and > are undone where its texts arrive: this text is as written.
    QString cleaned = replaceMentions(replaceLinks(text, u" "), u"@＠", u"");
    cleaned.replace(QLatin1Char('#'), QLatin1Char(' '));
    cleaned = cleaned.simplified();
    // A retweet's "RT:" mark says nothing of the language.
    if (cleaned.startsWith(QLatin1String("RT"))) {
        qsizetype end = 2;
        while (end < cleaned.size() && cleaned.at(end) == u' ')
            ++end;
        if (end < cleaned.size() && cleaned.at(end) == u':') {
            ++end;
            while (end < cleaned.size() && cleaned.at(end) == u' ')
                ++end;
            cleaned.remove(0, end);
        }
    }
    return cleaned.trimmed();
}

namespace {

// The text as the model reads it: without hashtags when enough words are left.
QString scoredText(const QString &text)
{
    QString scored =
        normalizedForScoring(LanguageDetector::cleanForDetection(withoutHashtags(text)));
    if (!hasWordsToGoOn(scored))
        scored = normalizedForScoring(LanguageDetector::cleanForDetection(text));
    return scored;
}

// Each language's score, best first.
QList<LanguageDetector::Candidate> ranked(const LanguageModel &model, const Evidence &evidence)
{
    QList<LanguageDetector::Candidate> ranked;
    if (evidence.words == 0)
        return ranked;
    // One candidate a language, however many ways it is written ("hi", "hi-Latn").
    const QStringList &codes = model.reportedCodes();
    std::vector<double> best(std::size_t(codes.size()), -std::numeric_limits<double>::infinity());
    for (int l = 0; l < model.languageCount(); ++l) {
        double &score = best[std::size_t(model.reportedAs(l))];
        score = std::max(score, evidence.scores[std::size_t(l)]);
    }
    ranked.reserve(codes.size());
    for (qsizetype r = 0; r < codes.size(); ++r)
        ranked.append({codes.at(r), best[std::size_t(r)]});
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const LanguageDetector::Candidate &a,
                        const LanguageDetector::Candidate &b) { return a.score > b.score; });
    return ranked;
}

// A text that mixes in another language's own words ("hamare ghar me cycle thi", within an
// English sentence) is not reliably the language that has most of them: at least two words,
// and a fifth of the text, that the best language's list lacks and one other's holds.
bool isMixed(const LanguageModel &model, const Evidence &evidence, const QString &bestCode)
{
    constexpr int MIN_FOREIGN_WORDS = 2;
    constexpr double MIN_FOREIGN_SHARE = 0.2;
    std::uint64_t best = 0;
    for (int l = 0; l < model.languageCount() && l < 64; ++l) {
        if (model.reportedCodes().at(model.reportedAs(l)) == bestCode)
            best |= std::uint64_t(1) << l;
    }
    std::vector<int> foreign(std::size_t(model.languageCount()), 0);
    for (const std::uint64_t listedIn : evidence.listedIn) {
        if (listedIn & best)
            continue;
        for (int l = 0; l < model.languageCount() && l < 64; ++l)
            foreign[std::size_t(l)] += (listedIn >> l) & 1;
    }
    const int most = foreign.empty() ? 0 : *std::max_element(foreign.begin(), foreign.end());
    return most >= MIN_FOREIGN_WORDS && most >= MIN_FOREIGN_SHARE * evidence.words;
}

// Among languages the text leaves nearly tied, the one customers write in more often: Spanish
// before Catalan for "no funciona el router". Only ever a guess's tie-break.
QString guess(const QList<LanguageDetector::Candidate> &ranked)
{
    static const QStringList lessOften = {
        QStringLiteral("bg"), QStringLiteral("ca"), QStringLiteral("da"), QStringLiteral("el"),
        QStringLiteral("he"), QStringLiteral("hu"), QStringLiteral("no"), QStringLiteral("ro"),
        QStringLiteral("th"), QStringLiteral("uk")};
    constexpr double LESS_OFTEN = 1.0; // nats
    const LanguageDetector::Candidate *best = &ranked.first();
    double bestScore = -std::numeric_limits<double>::infinity();
    for (const LanguageDetector::Candidate &candidate : ranked) {
        const double score =
            candidate.score - (lessOften.contains(candidate.code) ? LESS_OFTEN : 0);
        if (score > bestScore) {
            bestScore = score;
            best = &candidate;
        }
    }
    return best->code;
}

} // namespace

QList<LanguageDetector::Candidate> LanguageDetector::rank(const QString &text) const
{
    return Triage::ranked(LanguageModel::builtIn(),
                          weigh(LanguageModel::builtIn(), scoredText(text)));
}

LanguageResult LanguageDetector::detect(const QString &text, const QString &platformHint,
                                        const QString &customerLanguage) const
{
    const LanguageModel &model = LanguageModel::builtIn();
    const QString scored = scoredText(text);
    const Evidence evidence = weigh(model, scored);
    const QList<Candidate> ranked = Triage::ranked(model, evidence);
    // A long text whose words are mostly in none of the model's lists may be in a language it
    // does not know (Catalan is known; Tagalog is not): CLD2 knows some eighty languages and,
    // given enough text, is right about them. A text the lists know is not its to judge: it
    // takes Spanish tweets for Galician, Italian ones for Maltese.
    const int mostListed = evidence.listed.empty()
                               ? 0
                               : *std::max_element(evidence.listed.begin(), evidence.listed.end());
    if (scored.size() >= LONG_TEXT && mostListed < FAMILIAR_SHARE * evidence.words) {
        const Cld2Guess cld2 = askCld2(scored.toUtf8());
        if (cld2.reliable && model.indexOf(cld2.code) < 0)
            return {cld2.code, LanguageSource::TextDetection, true};
    }
    const QString hint = platformHint.trimmed().toLower();
    const QString history = customerLanguage == u"und" ? QString() : customerLanguage;
    if (ranked.isEmpty()) {
        if (isUsableHint(hint))
            return {hint, LanguageSource::PlatformHint, false};
        if (!history.isEmpty())
            return {history, LanguageSource::CustomerHistory, false};
        return {};
    }
    const Candidate &best = ranked.first();
    const double margin = ranked.size() > 1 ? best.score - ranked.at(1).score : RELIABLE_MARGIN;
    if (margin >= RELIABLE_MARGIN && !isMixed(model, evidence, best.code))
        return {best.code, LanguageSource::TextDetection, true};
    // The text could be more than one language: what the platform or the customer's history
    // says decides among the close ones (or wherever the model cannot tell).
    const auto closeEnough = [&](const QString &code) {
        const auto found = std::find_if(ranked.begin(), ranked.end(),
                                        [&](const Candidate &c) { return c.code == code; });
        return found == ranked.end() || found->score >= best.score - TIE_MARGIN;
    };
    if (isUsableHint(hint) && closeEnough(hint))
        return {hint, LanguageSource::PlatformHint, false};
    if (!history.isEmpty() && closeEnough(history))
        return {history, LanguageSource::CustomerHistory, false};
    // "ok", "lol", "thx": too little to guess from.
    constexpr int MIN_LETTERS_TO_GUESS = 4;
    const auto letters =
        std::count_if(scored.begin(), scored.end(), [](QChar c) { return c.isLetter(); });
    if (letters < MIN_LETTERS_TO_GUESS)
        return {};
    return {guess(ranked), LanguageSource::TextDetection, false};
}

} // namespace CareDesk::Triage

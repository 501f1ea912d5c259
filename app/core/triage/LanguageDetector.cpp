#include "LanguageDetector.h"

#include "TextNormalizer.h"

#include <QHash>
#include <QStringView>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
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

// The most frequent short words of the languages care teams meet most. On a tweet of five
// words CLD2 has too few letter groups to go on and leans to English; the little words still
// tell the languages apart. A word several languages share counts for each of them in part.
struct FunctionWords
{
    const char *language;
    const char *words; // lower case, separated by spaces
};

constexpr std::array kFunctionWords{
    FunctionWords{
        "en", "the and is are was were you your this that with for have has not but what my "
              "me just so be to of in on at it we they he she can will dont cant all do get got "
              "like how why when there from been if or out up about would thanks thank please "
              "love good now yes an our by more know really today lol omg people time day see "
              "going im its his her him them who which than then could should did does here "
              "want need still never very much best great new happy"},
    FunctionWords{
        "es",
        "el la los las de que y en un una es por con para del al lo como pero más mas muy ya "
        "se su sus mi mis me te yo tu tú está están esta este esto eso son hay fue ser todo "
        "todos nada también porque cuando donde qué cómo gracias hola sí bien hoy ahora nos "
        "les le ni sin sobre hasta desde hace tiene tienen puede quiero vamos jajaja jaja "
        "muchas mucho muchos buenos buenas día días pues aquí así no a o eres soy estoy "
        "tengo tienes nunca siempre alguien donde dónde ustedes usted ella ellos vez q yo mí ti "
        "dos hacer pero"},
    FunctionWords{
        "pt",
        "o os as da do das dos e é um uma não nao que de em no na nos nas para pra com por "
        "se mais mas muito muita já ja eu você voce vc ele ela eles isso esse essa este esta "
        "está tá ta são foi ser ter tem tô meu minha seu sua também tambem quando porque pq "
        "q obrigado obrigada olá oi bom boa dia hoje agora aqui ainda nada tudo todos vai "
        "vou vamos kkk kkkk kkkkk rs rsrs né ne só até ao à às pelo pela lá sim quero gente "
        "coisa nem mesmo sempre nunca estou então entao vocês voces a ou hj eh k mim lindo linda "
        "vcs tbm tb mto mt msm oq qto cmg kd sdds saudade saudades ate tava bora agr"},
    FunctionWords{
        "fr", "le la les de des du un une et est en que qui pour pas ne je tu il elle nous vous "
              "ils on ce cette ces ça ca sur avec dans par au aux mais ou où très plus tout tous "
              "bien merci beaucoup bonjour salut oui non suis sont fait être avoir mon ma mes ton "
              "ta son sa leur là quand comme aussi rien déjà encore moi toi lui trop mdr ptdr "
              "vraiment faire va vais peut même c j qu n l d ai as avez sommes êtes cest jai à été "
              "sans chez notre votre nos vos entre après avant depuis contre selon lors sous peu "
              "fois ici"},
    FunctionWords{
        "de",
        "der die das und ist nicht ich du er sie es wir ihr ein eine einen einem dem den des "
        "mit von zu auf für fur im in an auch aber oder wenn dass daß was wie wer noch nur "
        "schon sehr mal jetzt heute hier da so kein keine mein meine dein sind bin bist hat "
        "habe haben wird werden war kann danke bitte hallo ja nein gut mehr immer doch sich "
        "uns euch diese dieser bei nach aus um über ganz man alle viel muss gibt geht mich "
        "dich mir dir nix nichts wieder gerade warum echt halt eben wohl gar eigentlich "
        "einfach zum zur vom beim ins seit gegen ohne durch unter vor weil ob denn sein seine "
        "ihre wieso weiß weiss leider gerne gern lieber"},
    FunctionWords{
        "it", "il lo la i gli le di del della dei delle che e è un una uno non per con su da in al "
              "alla ma anche come più piu sono sei siamo ho hai ha abbiamo hanno questo questa "
              "quello quella mi ti ci si io tu lui lei noi voi loro mio mia tuo tua suo sua grazie "
              "ciao sì bene molto tutto tutti oggi ancora già sempre quando perché perche cosa "
              "fare fatto essere solo dopo poi qui ora adesso nel nella sul sulla dal dalla degli "
              "ecco allora proprio niente nessuno mille buon buona questi perchè l dell all nell "
              "buongiorno a ai agli dai dagli coi nei negli tra fra chi dove quanto quanta vi ne "
              "mai sto sta stai stato stata può cioè"},
};

// From this many characters on, CLD2 has enough text to be trusted on its own.
constexpr qsizetype LONG_TEXT = 60;

constexpr int kLexiconLanguages = static_cast<int>(kFunctionWords.size());

using Scores = std::array<double, kLexiconLanguages>;

// Looked up by views into the lower-cased text, without a string per word.
struct ViewHash
{
    using is_transparent = void;
    std::size_t operator()(std::u16string_view word) const
    {
        return std::hash<std::u16string_view>{}(word);
    }
};
using FunctionWordTable = std::unordered_map<std::u16string, Scores, ViewHash, std::equal_to<>>;

const FunctionWordTable &functionWordTable()
{
    static const FunctionWordTable table = [] {
        QHash<QString, QList<int>> languagesOf;
        for (int language = 0; language < kLexiconLanguages; ++language) {
            const QStringList words =
                QString::fromUtf8(kFunctionWords[language].words).split(u' ', Qt::SkipEmptyParts);
            for (const QString &word : words) {
                QList<int> &languages = languagesOf[word];
                if (!languages.contains(language))
                    languages.append(language);
            }
        }
        FunctionWordTable weights;
        for (auto it = languagesOf.cbegin(); it != languagesOf.cend(); ++it) {
            Scores scores{};
            for (int language : it.value())
                scores[language] = 1.0 / it.value().size();
            weights.emplace(it.key().toStdU16String(), scores);
        }
        return weights;
    }();
    return table;
}

int lexiconIndex(const QString &code)
{
    for (int language = 0; language < kLexiconLanguages; ++language) {
        if (code == QLatin1String(kFunctionWords[language].language))
            return language;
    }
    return -1;
}

// Letters (and "sch") and word endings that only some of the word-list languages use: evidence
// for words CLD2 has too few letter groups to judge ("assistindo", "gratuliere", "climatique").
// Each counts half a function word, shared among the languages it names.
struct Clue
{
    const char16_t *text;
    const char *languages; // separated by spaces
};

constexpr Clue kLetterClues[] = {
    {u"ã", "pt"},    {u"õ", "pt"},    {u"ñ", "es"},    {u"¿", "es"},    {u"¡", "es"},
    {u"ß", "de"},    {u"ä", "de"},    {u"ö", "de"},    {u"ü", "de"},    {u"sch", "de"},
    {u"œ", "fr"},    {u"î", "fr"},    {u"û", "fr"},    {u"ë", "fr"},    {u"ï", "fr"},
    {u"ì", "it"},    {u"ò", "it"},    {u"ç", "fr pt"}, {u"ê", "fr pt"}, {u"â", "fr pt"},
    {u"ô", "fr pt"}, {u"è", "fr it"},
};

constexpr Clue kEndingClues[] = {
    {u"ção", "pt"},         {u"ções", "pt"},  {u"ões", "pt"},        {u"inho", "pt"},
    {u"inha", "pt"},        {u"indo", "pt"},  {u"ando", "es pt it"}, {u"endo", "es pt it"},
    {u"mente", "es pt it"}, {u"ción", "es"},  {u"ciones", "es"},     {u"idad", "es"},
    {u"zione", "it"},       {u"zioni", "it"}, {u"issimo", "it"},     {u"etto", "it"},
    {u"ggio", "it"},        {u"zza", "it"},   {u"zzo", "it"},        {u"zzi", "it"},
    {u"cchi", "it"},        {u"gli", "it"},   {u"ppa", "it"},        {u"ppo", "it"},
    {u"tto", "it"},         {u"tti", "it"},   {u"tà", "it"},         {u"eux", "fr"},
    {u"euse", "fr"},        {u"ique", "fr"},  {u"ement", "fr"},      {u"aient", "fr"},
    {u"ung", "de"},         {u"ungen", "de"}, {u"keit", "de"},       {u"heit", "de"},
    {u"lich", "de"},        {u"chen", "de"},  {u"schaft", "de"},     {u"ing", "en"},
    {u"ght", "en"},         {u"ness", "en"},
};

struct WeightedClue
{
    std::u16string_view text;
    Scores weights;
};

template<std::size_t N> std::vector<WeightedClue> weighted(const Clue (&clues)[N])
{
    std::vector<WeightedClue> result;
    for (const Clue &clue : clues) {
        const QList<QByteArray> codes = QByteArray(clue.languages).split(' ');
        WeightedClue entry{clue.text, {}};
        for (const QByteArray &code : codes)
            entry.weights[lexiconIndex(QString::fromLatin1(code))] = 0.5 / codes.size();
        result.push_back(entry);
    }
    return result;
}

void add(Scores &scores, const Scores &weights)
{
    for (int language = 0; language < kLexiconLanguages; ++language)
        scores[language] += weights[language];
}

void addWordClues(Scores &scores, std::u16string_view word)
{
    static const std::vector<WeightedClue> letters = weighted(kLetterClues);
    static const std::vector<WeightedClue> endings = weighted(kEndingClues);
    constexpr std::size_t MIN_LETTERS_FOR_ENDING = 5;
    // One letter clue a word: "schön" counts once. Plain ASCII words can only hold "sch".
    const bool ascii = std::all_of(word.begin(), word.end(), [](char16_t c) { return c < 0x80; });
    const auto letter = std::find_if(letters.begin(), letters.end(), [&](const WeightedClue &clue) {
        return (!ascii || clue.text.front() < 0x80) && word.find(clue.text) != word.npos;
    });
    if (letter != letters.end())
        add(scores, letter->weights);
    if (word.size() < MIN_LETTERS_FOR_ENDING)
        return;
    const WeightedClue *longest = nullptr;
    for (const WeightedClue &clue : endings) {
        if (word.ends_with(clue.text) && (!longest || clue.text.size() > longest->text.size()))
            longest = &clue;
    }
    if (longest)
        add(scores, longest->weights);
}

Scores functionWordScores(const QString &lowered)
{
    const FunctionWordTable &table = functionWordTable();
    Scores scores{};
    const std::u16string_view text(reinterpret_cast<const char16_t *>(lowered.utf16()),
                                   static_cast<std::size_t>(lowered.size()));
    std::size_t start = std::u16string_view::npos;
    const auto take = [&](std::size_t end) {
        if (start == std::u16string_view::npos)
            return;
        // French and Italian elide "le", "de", "ce", ... before a vowel: "l'", "d'", "c'". Alone,
        // such a letter is more likely a smiley (":D") or an initial.
        const bool elision =
            end == start + 1 && QStringView(u"cdjlmnst").contains(QChar(text[start]));
        if (elision && (end >= text.size() || (text[end] != u'\'' && text[end] != u'’'))) {
            start = std::u16string_view::npos;
            return;
        }
        const std::u16string_view word = text.substr(start, end - start);
        const auto found = table.find(word);
        if (found != table.end())
            add(scores, found->second);
        else
            addWordClues(scores, word);
        start = std::u16string_view::npos;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const QChar c(text[i]);
        if (c.isLetter() || c.isMark()) {
            if (start == std::u16string_view::npos)
                start = i;
        } else {
            take(i);
        }
    }
    take(text.size());
    return scores;
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

LanguageResult LanguageDetector::detect(const QString &text, const QString &platformHint,
                                        const QString &customerLanguage) const
{
    const QString hint = platformHint.trimmed().toLower();
    if (isUsableHint(hint))
        return {hint, LanguageSource::PlatformHint};

    QString scored = normalizedForScoring(cleanForDetection(withoutHashtags(text)));
    if (!hasWordsToGoOn(scored))
        scored = normalizedForScoring(cleanForDetection(text));
    if (!scored.isEmpty()) {
        const Cld2Guess cld2 = askCld2(scored.toUtf8());
        const Scores words = functionWordScores(scored);
        int best = 0;
        for (int language = 1; language < kLexiconLanguages; ++language) {
            if (words[language] > words[best])
                best = language;
        }
        const int cld2Index = lexiconIndex(cld2.code);
        const double cld2Words = cld2Index >= 0 ? words[cld2Index] : 0.0;
        // The function words overrule CLD2 when they clearly point elsewhere, unless CLD2 is
        // sure of a language they do not know (Dutch, Catalan, ...) in a text long enough for
        // it to judge.
        const bool cld2SureOfOther = cld2Index < 0 && cld2.reliable && scored.size() >= LONG_TEXT;
        // On a short text CLD2 calls almost anything English, "reliably": there its answer
        // needs some support from the words, or it loses to what little the words say.
        const bool cld2Unsupported =
            scored.size() < LONG_TEXT && cld2Words == 0.0 && words[best] >= 0.5 - 1e-9;
        const bool wordsDecide =
            (cld2Unsupported || (words[best] >= 1.0 && words[best] >= cld2Words + 1.0 - 1e-9)) &&
            !cld2SureOfOther;
        if (wordsDecide)
            return {QString::fromLatin1(kFunctionWords[best].language),
                    LanguageSource::TextDetection};
        if (!cld2.code.isEmpty() && (cld2.reliable || cld2Words >= 1.0))
            return {cld2.code, LanguageSource::TextDetection};
    }
    if (!customerLanguage.isEmpty() && customerLanguage != u"und")
        return {customerLanguage, LanguageSource::CustomerHistory};
    return {};
}

} // namespace CareDesk::Triage

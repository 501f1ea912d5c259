#include "LanguageModel.h"

#include <QDataStream>
#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcLanguageModel, "caredesk.triage.language")

namespace CareDesk::Triage {

namespace {

constexpr quint32 FORMAT_VERSION = 1;
constexpr double COST_STEP = 8.0;
constexpr int MAX_LANGUAGES = 255;
constexpr int MAX_WORD_FOR_TRIPLES = 40; // a longer "word" is a run of letters, not a word

std::uint32_t keyOf(std::u16string_view text)
{
    std::uint32_t hash = 0x811C9DC5u;
    for (const char16_t unit : text) {
        hash ^= unit;
        hash *= 0x01000193u;
    }
    return hash;
}

// The scripts a language is written in: Latin unless named here, or in the code ("hi-Latn").
std::vector<QChar::Script> scriptsOf(const QString &code)
{
    struct Written
    {
        const char *language;
        std::vector<QChar::Script> scripts;
    };
    static const Written written[] = {
        {"ar", {QChar::Script_Arabic}},
        {"bg", {QChar::Script_Cyrillic}},
        {"el", {QChar::Script_Greek}},
        {"he", {QChar::Script_Hebrew}},
        {"hi", {QChar::Script_Devanagari}},
        {"ja", {QChar::Script_Han, QChar::Script_Hiragana, QChar::Script_Katakana}},
        {"ko", {QChar::Script_Hangul, QChar::Script_Han}},
        {"ru", {QChar::Script_Cyrillic}},
        {"th", {QChar::Script_Thai}},
        {"uk", {QChar::Script_Cyrillic}},
        {"zh", {QChar::Script_Han}},
    };
    if (code.endsWith(QLatin1String("-Latn")))
        return {QChar::Script_Latin};
    for (const Written &language : written) {
        if (code == QLatin1String(language.language))
            return language.scripts;
    }
    return {QChar::Script_Latin};
}

// The script of a word's first letter that belongs to one.
QChar::Script scriptOf(std::u16string_view word)
{
    for (const char16_t unit : word) {
        const QChar::Script script = QChar(unit).script();
        if (script != QChar::Script_Common && script != QChar::Script_Inherited &&
            script != QChar::Script_Unknown)
            return script;
    }
    return QChar::Script_Unknown;
}

} // namespace

std::span<const LanguageModel::Entry> LanguageModel::Table::find(std::uint32_t key) const
{
    if (slots.empty())
        return {};
    const std::size_t mask = slots.size() - 1;
    for (std::size_t at = key & mask;; at = (at + 1) & mask) {
        const Slot &slot = slots[at];
        if (slot.count == 0)
            return {};
        if (slot.key == key)
            return std::span<const Entry>(entries).subspan(slot.first, slot.count);
    }
}

const LanguageModel &LanguageModel::builtIn()
{
    static const LanguageModel model = [] {
        QFile file(QStringLiteral(":/caredesk/triage/language-model.bin"));
        QString error;
        LanguageModel loaded =
            file.open(QIODevice::ReadOnly) ? fromBytes(file.readAll(), &error) : LanguageModel();
        if (loaded.languageCount() == 0)
            qCWarning(lcLanguageModel) << "the built-in language model cannot be read:"
                                       << (error.isEmpty() ? file.errorString() : error);
        return loaded;
    }();
    return model;
}

LanguageModel LanguageModel::fromBytes(const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const char *why) {
        if (error)
            *error = QString::fromLatin1(why);
        return LanguageModel();
    };
    QDataStream in(bytes);
    in.setByteOrder(QDataStream::LittleEndian);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    char magic[4] = {};
    quint32 version = 0;
    quint32 languages = 0;
    if (in.readRawData(magic, 4) != 4 || std::string_view(magic, 4) != "CDLM")
        return fail("not a CareDesk language model");
    in >> version >> languages;
    if (version != FORMAT_VERSION)
        return fail("a language model of another version");
    if (languages == 0 || languages > MAX_LANGUAGES)
        return fail("a language model without languages");
    LanguageModel model;
    for (quint32 i = 0; i < languages; ++i) {
        char code[8] = {};
        float unknownWord = 0;
        float unknownTriple = 0;
        if (in.readRawData(code, 8) != 8)
            return fail("a language model cut short");
        in >> unknownWord >> unknownTriple;
        model.m_codes.push_back(QString::fromLatin1(code, qstrnlen(code, 8)));
        model.m_scripts.push_back(scriptsOf(model.m_codes.back()));
        const QString reported = model.m_codes.back().section(u'-', 0, 0);
        if (!model.m_reportedCodes.contains(reported))
            model.m_reportedCodes.append(reported);
        model.m_reportedAs.push_back(int(model.m_reportedCodes.indexOf(reported)));
        model.m_unknownWord.push_back(unknownWord);
        model.m_unknownTriple.push_back(unknownTriple);
    }
    for (Table *table : {&model.m_words, &model.m_triples}) {
        quint32 count = 0;
        in >> count;
        constexpr qint64 ENTRY_BYTES = 6;
        if (in.status() != QDataStream::Ok || qint64(count) * ENTRY_BYTES > bytes.size())
            return fail("a language model cut short");
        std::size_t capacity = 16;
        while (capacity < std::size_t(count) * 2)
            capacity *= 2;
        table->entries.reserve(count);
        table->slots.assign(capacity, {});
        const std::size_t mask = capacity - 1;
        Table::Slot *last = nullptr;
        for (quint32 i = 0; i < count; ++i) {
            quint32 key = 0;
            quint8 language = 0;
            quint8 cost = 0;
            in >> key >> language >> cost;
            if (language >= languages)
                return fail("a language model names a language it does not have");
            if (last && last->key == key) {
                ++last->count;
            } else {
                if (last && key < last->key)
                    return fail("a language model out of order");
                std::size_t at = key & mask;
                while (table->slots[at].count != 0)
                    at = (at + 1) & mask;
                last = &table->slots[at];
                *last = {key, i, 1};
            }
            table->entries.push_back({language, cost});
        }
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return fail("a language model of the wrong length");
    return model;
}

int LanguageModel::indexOf(QStringView code) const
{
    const auto found = std::find(m_codes.begin(), m_codes.end(), code);
    return found == m_codes.end() ? -1 : int(found - m_codes.begin());
}

std::optional<double> LanguageModel::wordLogFrequency(std::u16string_view word, int language) const
{
    for (const Entry &entry : m_words.find(keyOf(word))) {
        if (entry.language == language)
            return -entry.cost / COST_STEP;
    }
    return std::nullopt;
}

void LanguageModel::addTriples(std::u16string_view word, std::span<double> scores) const
{
    // "^ab", "abc", ..., "yz$": the word's shape, language by language.
    char16_t padded[MAX_WORD_FOR_TRIPLES + 2];
    const std::size_t letters = std::min<std::size_t>(word.size(), MAX_WORD_FOR_TRIPLES);
    padded[0] = u'^';
    std::copy_n(word.begin(), letters, padded + 1);
    padded[letters + 1] = u'$';
    const std::size_t triples = letters;
    for (std::size_t l = 0; l < scores.size(); ++l)
        scores[l] = m_unknownWord[l] + double(triples) * m_unknownTriple[l];
    for (std::size_t i = 0; i < triples; ++i) {
        for (const Entry &entry : m_triples.find(keyOf(std::u16string_view(padded + i, 3))))
            scores[entry.language] += -entry.cost / COST_STEP - m_unknownTriple[entry.language];
    }
}

std::uint64_t LanguageModel::addWord(std::u16string_view word, std::span<double> scores) const
{
    const std::size_t count = m_codes.size();
    if (word.empty() || count == 0 || scores.size() != count)
        return 0;
    constexpr std::size_t MAX_LANGUAGES_ON_STACK = 256;
    double wordScores[MAX_LANGUAGES_ON_STACK];
    const std::span<double> here(wordScores, count);
    addTriples(word, here);
    std::uint64_t listedIn = 0;
    for (const Entry &entry : m_words.find(keyOf(word))) {
        here[entry.language] = std::max(here[entry.language], -entry.cost / COST_STEP);
        if (entry.language < 64)
            listedIn |= std::uint64_t(1) << entry.language;
    }
    const QChar::Script script = scriptOf(word);
    const auto writes = [&](std::size_t l) {
        return std::find(m_scripts[l].begin(), m_scripts[l].end(), script) != m_scripts[l].end();
    };
    bool anyWrites = false;
    for (std::size_t l = 0; l < count && !anyWrites; ++l)
        anyWrites = writes(l);
    for (std::size_t l = 0; anyWrites && l < count; ++l) {
        if (!writes(l))
            here[l] = -std::numeric_limits<double>::infinity();
    }
    const double best = *std::max_element(here.begin(), here.end());
    for (std::size_t l = 0; l < count; ++l)
        scores[l] += std::max(here[l], best - WORD_SWAY);
    return listedIn;
}

} // namespace CareDesk::Triage

#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace CareDesk::Triage {

// How likely each language is to write a word: the words each language uses most, with their
// frequencies, and the letter triples of its words for words it does not list. Built by
// app/core/triage/language-model/train.py; the program carries it as a resource.
class LanguageModel final
{
public:
    // The model built into the program.
    static const LanguageModel &builtIn();
    // A model from its file's bytes; an empty model (no languages) and `error` set when the
    // bytes are not one.
    static LanguageModel fromBytes(const QByteArray &bytes, QString *error = nullptr);

    int languageCount() const { return static_cast<int>(m_codes.size()); }
    const QString &code(int language) const { return m_codes[std::size_t(language)]; }
    int indexOf(QStringView code) const;
    // The language a model language is reported as ("hi" for "hi-Latn"), as an index into
    // reportedCodes().
    int reportedAs(int language) const { return m_reportedAs[std::size_t(language)]; }
    const QStringList &reportedCodes() const { return m_reportedCodes; }

    // Adds to `scores` (one a language) the log-likelihood of `word` (lower case) in each
    // language. One word never counts more than WORD_SWAY nats against a language: a loanword
    // or a name must not outvote the rest of the text. A word in a script a language is not
    // written in counts the most against it.
    // Returns the languages whose word list holds the word, a bit each (the first 64).
    std::uint64_t addWord(std::u16string_view word, std::span<double> scores) const;

    static constexpr double WORD_SWAY = 7.0;

    // How often `word` (lower case) is written in the language: ln of its share of running
    // text, or nothing when the language's list does not hold it.
    std::optional<double> wordLogFrequency(std::u16string_view word, int language) const;

private:
    struct Entry
    {
        std::uint8_t language;
        std::uint8_t cost; // -ln(p) * COST_STEP
    };
    // Entries by key, the entries of one key consecutive; found through an open-addressing
    // index (a lookup a word and a triple, so it must be quick).
    struct Table
    {
        struct Slot
        {
            std::uint32_t key = 0;
            std::uint32_t first = 0;
            std::uint32_t count = 0; // 0: an empty slot
        };
        std::vector<Entry> entries;
        std::vector<Slot> slots; // a power of two in size
        void index();
        std::span<const Entry> find(std::uint32_t key) const;
    };

    void addTriples(std::u16string_view word, std::span<double> scores) const;

    std::vector<QString> m_codes; // "hi-Latn": Hindi written in Latin letters
    std::vector<std::vector<QChar::Script>> m_scripts;
    std::vector<int> m_reportedAs;
    QStringList m_reportedCodes;
    std::vector<double> m_unknownWord;   // log weight left for words a language does not list
    std::vector<double> m_unknownTriple; // log probability of a triple it does not list
    Table m_words;
    Table m_triples;
};

} // namespace CareDesk::Triage

#pragma once

#include "Result.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace CareDesk::Spelling {

class Dictionaries;
class SuggestionRanker;

// A word the dictionary does not know, where it is in the text (UTF-16 code units, as Qt
// counts), and what it might have been.
struct SpellIssue
{
    QString word;
    qsizetype start = 0;
    qsizetype length = 0;
    QStringList suggestions;
};

// A span of text that is a word to check.
struct WordSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
};

// Checks a text's words with hunspell and one of the computer's dictionaries. What is not a
// misspelling is never checked: @handles, #hashtags, links, e-mail addresses, numbers and
// words with digits, {variables}, sign-offs ("^AG", "-Ana"), short capitalised acronyms, and
// the known words the team gives it (names, brands, products). Not thread-safe: one checker a
// thread.
class SpellChecker final
{
public:
    // The checker for a language ("en", "pt_BR"); an error naming the language when this
    // computer has no dictionary for it.
    static Core::Result<std::unique_ptr<SpellChecker>> open(const QString &language,
                                                            const Dictionaries &dictionaries);
    ~SpellChecker();

    // "en_US": the dictionary in use.
    const QString &dictionaryName() const { return m_name; }

    // Words that are right here whatever the dictionary says; compared without case.
    void addKnownWords(const QStringList &words);
    // How often the team's sent replies use each word (lower case), to rank suggestions.
    void setTeamUsage(const QHash<QString, int> &usage);

    bool isCorrect(const QString &word) const;
    // The likeliest intended words first (SuggestionRanker), at most ten.
    QStringList suggestionsFor(const QString &word) const;
    // Hunspell's own suggestions in its own order.
    QStringList hunspellSuggestionsFor(const QString &word) const;
    // The text's misspelt words, in order; with their suggestions when asked (slower).
    QList<SpellIssue> check(const QString &text, bool withSuggestions = true) const;

    // The words of `text` worth checking, in order.
    static QList<WordSpan> wordsToCheck(const QString &text);

private:
    SpellChecker(QString name, std::unique_ptr<Hunspell> hunspell, QString encoding);
    QByteArray encode(const QString &word, bool *ok) const;
    QString decode(const std::string &word) const;

    QString m_name;
    std::unique_ptr<Hunspell> m_hunspell;
    QString m_encoding;    // the dictionary's: "UTF-8" or "ISO8859-1"
    QSet<QString> m_known; // lower case
    std::unique_ptr<SuggestionRanker> m_ranker;
};

} // namespace CareDesk::Spelling

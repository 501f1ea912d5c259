#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace CareDesk::Spelling {

// Puts the word the writer most likely meant first. Hunspell's own order ranks by the kind of
// edit; people mostly mistype a neighbouring key, double or drop a letter, or swap two, and
// mean a common word. Candidates are hunspell's suggestions and every word one edit away that
// the dictionary accepts; each is scored by how often the language writes it (the language
// model's word frequencies) less the cost of the edits, a neighbouring key costing least.
class SuggestionRanker final
{
public:
    // `accepts` says whether the dictionary knows a word; `language` ("en", "pt_BR") picks the
    // word frequencies.
    SuggestionRanker(std::function<bool(const QString &)> accepts, const QString &language);

    QStringList rank(const QString &misspelt, const QStringList &hunspellSuggestions) const;
    // How often each word (lower case) occurs in the team's own sent replies: a word the team
    // writes is likelier to be meant than the language's frequencies alone say.
    void setTeamUsage(QHash<QString, int> usage) { m_teamUsage = std::move(usage); }

    // The cost of turning `from` into `to` (Damerau-Levenshtein, in letters; a neighbouring key
    // or a swap costs less than other edits). Both in lower case.
    static double editCost(const QString &from, const QString &to);

private:
    QStringList oneEditAway(const QString &word) const;
    double logFrequency(const QString &word) const;

    std::function<bool(const QString &)> m_accepts;
    int m_language = -1; // in the language model
    QString m_alphabet;
    QHash<QString, int> m_teamUsage;
};

} // namespace CareDesk::Spelling

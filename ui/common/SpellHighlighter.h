#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QSyntaxHighlighter>

#include <functional>
#include <memory>

class QMenu;
class QPlainTextEdit;

namespace CareDesk::Spelling {
class SpellChecker;
}

namespace CareDesk::Gui {

// Underlines the words a dictionary does not know as the agent types, one block (paragraph)
// at a time: only what changed is checked again. Right-click offers suggestions, "Add to team
// dictionary" and "Ignore" (see addSpellingActions()).
class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit SpellHighlighter(QTextDocument *document);
    ~SpellHighlighter() override;

    // Checks in this language from now on ("es", "en_GB"); with no dictionary for it nothing is
    // underlined and problem() says why.
    void setLanguage(const QString &language);
    const QString &language() const { return m_language; }
    const QString &problem() const { return m_problem; }
    // Names and words that are right here: the customer's and agent's names, the team
    // dictionary. Replaces the previous ones.
    void setKnownWords(const QStringList &words);
    // How often the team's sent replies use each word (lower case): suggestions the team writes
    // come first.
    void setTeamUsage(const QHash<QString, int> &usage);
    // The file "Add to team dictionary" appends to (empty: the action is not offered).
    void setTeamDictionary(const QString &path) { m_teamDictionary = path; }

    bool isMisspelt(const QString &word) const;
    QStringList suggestionsFor(const QString &word) const;
    void ignore(const QString &word);
    // Appends the word to the team dictionary file; false (and `error` set) when it cannot.
    bool addToTeamDictionary(const QString &word, QString *error);
    bool canAddToTeamDictionary() const;
    // For the whole desk: whether it may add to the team dictionary (in a team only leads may),
    // and where an added word goes besides the desk's file (the team server, in a team).
    static void setTeamDictionaryPolicy(bool mayAdd,
                                        std::function<void(const QString &)> shareWord = {});

protected:
    void highlightBlock(const QString &text) override;

private:
    std::unique_ptr<Spelling::SpellChecker> m_checker;
    QString m_language;
    QString m_problem;
    QStringList m_known;
    QHash<QString, int> m_teamUsage;
    QSet<QString> m_ignored; // lower case
    // Each word's verdict, so that typing checks only new words: a paragraph is checked again
    // on every keystroke.
    mutable QHash<QString, bool> m_verdicts;
    QString m_teamDictionary;
};

// Puts the spelling actions for the word at `position` (viewport coordinates) at the top of
// `menu`: up to five suggestions, then add and ignore. Nothing for a word spelt right.
void addSpellingActions(QMenu *menu, QPlainTextEdit *editor, SpellHighlighter *spelling,
                        const QPoint &position);

} // namespace CareDesk::Gui

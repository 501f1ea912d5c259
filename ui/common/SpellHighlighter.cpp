#include "SpellHighlighter.h"

#include "spelling/Dictionaries.h"
#include "spelling/SpellChecker.h"

#include <QFile>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextCursor>

namespace CareDesk::Gui {

namespace {

struct TeamDictionaryPolicy
{
    bool mayAdd = true;
    std::function<void(const QString &)> shareWord;
};

TeamDictionaryPolicy &teamDictionaryPolicy()
{
    static TeamDictionaryPolicy policy; // the GUI thread's only
    return policy;
}

} // namespace

void SpellHighlighter::setTeamDictionaryPolicy(bool mayAdd,
                                               std::function<void(const QString &)> shareWord)
{
    teamDictionaryPolicy() = {mayAdd, std::move(shareWord)};
}

bool SpellHighlighter::canAddToTeamDictionary() const
{
    return !m_teamDictionary.isEmpty() && teamDictionaryPolicy().mayAdd;
}

SpellHighlighter::SpellHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{}

SpellHighlighter::~SpellHighlighter() = default;

void SpellHighlighter::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_verdicts.clear();
    auto opened = Spelling::SpellChecker::open(language, Spelling::Dictionaries::installed());
    if (opened) {
        m_checker = std::move(opened).value();
        m_checker->addKnownWords(m_known);
        m_checker->setTeamUsage(m_teamUsage);
        m_problem.clear();
    } else {
        m_checker.reset();
        m_problem = opened.error().userMessage;
    }
    rehighlight();
}

void SpellHighlighter::setTeamUsage(const QHash<QString, int> &usage)
{
    m_teamUsage = usage;
    if (m_checker)
        m_checker->setTeamUsage(usage);
}

void SpellHighlighter::setKnownWords(const QStringList &words)
{
    if (words == m_known)
        return;
    m_known = words;
    if (m_checker) {
        // A checker keeps what it was told: start from the dictionary again.
        const QString language = m_language;
        m_language.clear();
        setLanguage(language);
    }
}

bool SpellHighlighter::isMisspelt(const QString &word) const
{
    if (!m_checker || m_ignored.contains(word.toLower()))
        return false;
    constexpr qsizetype MOST_VERDICTS = 20000; // a long session's words, not a dictionary
    if (m_verdicts.size() > MOST_VERDICTS)
        m_verdicts.clear();
    const auto known = m_verdicts.constFind(word);
    if (known != m_verdicts.constEnd())
        return !known.value();
    const bool correct = m_checker->isCorrect(word);
    m_verdicts.insert(word, correct);
    return !correct;
}

QStringList SpellHighlighter::suggestionsFor(const QString &word) const
{
    return m_checker ? m_checker->suggestionsFor(word) : QStringList();
}

void SpellHighlighter::ignore(const QString &word)
{
    m_ignored.insert(word.toLower());
    rehighlight();
}

bool SpellHighlighter::addToTeamDictionary(const QString &word, QString *error)
{
    QFile file(m_teamDictionary);
    if (m_teamDictionary.isEmpty() || !file.open(QIODevice::Append | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    file.write(word.toUtf8() + '\n');
    if (teamDictionaryPolicy().shareWord)
        teamDictionaryPolicy().shareWord(word);
    if (m_checker)
        m_checker->addKnownWords({word});
    m_known.append(word);
    m_verdicts.clear();
    rehighlight();
    return true;
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!m_checker)
        return;
    QTextCharFormat misspelt;
    misspelt.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    misspelt.setUnderlineColor(Qt::red);
    for (const Spelling::WordSpan &span : Spelling::SpellChecker::wordsToCheck(text)) {
        if (isMisspelt(text.mid(span.start, span.length)))
            setFormat(int(span.start), int(span.length), misspelt);
    }
}

void addSpellingActions(QMenu *menu, QPlainTextEdit *editor, SpellHighlighter *spelling,
                        const QPoint &position)
{
    QTextCursor cursor = editor->cursorForPosition(position);
    cursor.select(QTextCursor::WordUnderCursor);
    const QString word = cursor.selectedText();
    if (word.isEmpty() || !spelling->isMisspelt(word))
        return;
    QAction *first = menu->actions().value(0);
    constexpr int MOST_SUGGESTIONS = 5;
    const QStringList suggestions = spelling->suggestionsFor(word).mid(0, MOST_SUGGESTIONS);
    QList<QAction *> added;
    for (const QString &suggestion : suggestions) {
        auto *replace = new QAction(suggestion, menu);
        QObject::connect(replace, &QAction::triggered, editor, [editor, cursor, suggestion] {
            QTextCursor edit = cursor;
            edit.insertText(suggestion);
            editor->setTextCursor(edit);
        });
        added.append(replace);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(SpellHighlighter::tr("No suggestions"), menu);
        none->setEnabled(false);
        added.append(none);
    }
    if (spelling->canAddToTeamDictionary()) {
        auto *add =
            new QAction(SpellHighlighter::tr("Add “%1” to team dictionary").arg(word), menu);
        QObject::connect(add, &QAction::triggered, spelling, [spelling, word, editor] {
            QString error;
            if (!spelling->addToTeamDictionary(word, &error))
                editor->setToolTip(
                    SpellHighlighter::tr("The team dictionary could not be written: %1")
                        .arg(error));
        });
        added.append(add);
    }
    auto *ignore = new QAction(SpellHighlighter::tr("Ignore “%1”").arg(word), menu);
    QObject::connect(ignore, &QAction::triggered, spelling,
                     [spelling, word] { spelling->ignore(word); });
    added.append(ignore);
    menu->insertActions(first, added);
    menu->insertSeparator(first);
}

} // namespace CareDesk::Gui

// Common: a text field that underlines misspellings, for every text an agent, lead or trainer
// writes that a customer or colleague reads (notes, canned responses, practice scenarios).
// May use: ui/common, caredesk_core's spelling types, Qt Widgets.
#pragma once

#include <QPlainTextEdit>
#include <QStyledItemDelegate>

namespace CareDesk::Gui {

class SpellHighlighter;

// A plain-text field checked as it is typed in `language`, with the suggestions, "Add to team
// dictionary" and "Ignore" on right-click. The team dictionary's words are never underlined.
class SpellCheckedEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SpellCheckedEdit(QWidget *parent = nullptr);

    void setLanguage(const QString &language);
    // The team dictionary beside the workspace (empty: none).
    void setTeamDictionary(const QString &path);
    SpellHighlighter *spelling() const { return m_spelling; }

    // Where every field finds the team dictionary unless told otherwise (set once the
    // workspace is open).
    static void setDefaultTeamDictionary(const QString &path);

private:
    SpellHighlighter *m_spelling = nullptr;
};

// Edits a table's text cells in a SpellCheckedEdit; the language is the one in `languageColumn`
// of the same row (-1: `fallbackLanguage`).
class SpellCheckedDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    SpellCheckedDelegate(int languageColumn, QString fallbackLanguage, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    int m_languageColumn;
    QString m_fallbackLanguage;
};

} // namespace CareDesk::Gui

#include "SpellCheckedEdit.h"

#include "ui/common/SpellHighlighter.h"

#include "spelling/WorkspaceWords.h"

#include <QMenu>

namespace CareDesk::Gui {

namespace {

QString &defaultTeamDictionary()
{
    static QString path;
    return path;
}

} // namespace

SpellCheckedEdit::SpellCheckedEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_spelling(new SpellHighlighter(document()))
{
    setTabChangesFocus(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QPlainTextEdit::customContextMenuRequested, this, [this](QPoint at) {
        const std::unique_ptr<QMenu> menu(createStandardContextMenu(at));
        addSpellingActions(menu.get(), this, m_spelling, at);
        menu->exec(viewport()->mapToGlobal(at));
    });
    if (!defaultTeamDictionary().isEmpty())
        setTeamDictionary(defaultTeamDictionary());
}

void SpellCheckedEdit::setLanguage(const QString &language)
{
    m_spelling->setLanguage(language);
}

void SpellCheckedEdit::setTeamDictionary(const QString &path)
{
    m_spelling->setTeamDictionary(path);
    auto words = Spelling::teamDictionaryWords(path);
    m_spelling->setKnownWords(words ? words.value() : QStringList());
}

void SpellCheckedEdit::setDefaultTeamDictionary(const QString &path)
{
    defaultTeamDictionary() = path;
}

SpellCheckedDelegate::SpellCheckedDelegate(int languageColumn, QString fallbackLanguage,
                                           QObject *parent)
    : QStyledItemDelegate(parent)
    , m_languageColumn(languageColumn)
    , m_fallbackLanguage(std::move(fallbackLanguage))
{}

QWidget *SpellCheckedDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &index) const
{
    auto *editor = new SpellCheckedEdit(parent);
    QString language = m_fallbackLanguage;
    if (m_languageColumn >= 0) {
        const QString inRow = index.siblingAtColumn(m_languageColumn).data().toString().trimmed();
        if (!inRow.isEmpty())
            language = inRow;
    }
    editor->setLanguage(language);
    editor->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return editor;
}

void SpellCheckedDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                const QModelIndex &) const
{
    // A few lines high, so a longer text can be read and corrected in place.
    QRect area = option.rect;
    area.setHeight(std::max(area.height(), editor->fontMetrics().lineSpacing() * 4));
    editor->setGeometry(area);
}

} // namespace CareDesk::Gui

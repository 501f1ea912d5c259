#include "ScenarioCellDelegate.h"

#include "ui/common/SpellCheckedEdit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace CareDesk::Gui {

ScenarioCellDelegate::ScenarioCellDelegate(ScenarioColumns::Table table, Choices choices,
                                           QObject *parent)
    : QStyledItemDelegate(parent)
    , m_table(table)
    , m_choices(std::move(choices))
{}

QWidget *ScenarioCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    using Cell = ScenarioColumns::Cell;
    const ScenarioColumns::Column &column =
        ScenarioColumns::columnsOf(m_table)[static_cast<std::size_t>(index.column())];
    const QString name = index.model()->headerData(index.column(), Qt::Horizontal).toString();
    QWidget *editor = nullptr;
    if (ScenarioColumns::isChoice(column.type)) {
        auto *combo = new QComboBox(parent);
        combo->setEditable(ScenarioColumns::isFreeChoice(column.type));
        combo->setInsertPolicy(QComboBox::NoInsert);
        if (!column.required)
            combo->addItem(QString());
        combo->addItems(m_choices(column.type));
        editor = combo;
    } else if (column.type == Cell::Integer) {
        auto *edit = new QLineEdit(parent);
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("-?\\d{0,15}")), edit));
        editor = edit;
    } else if (qstrcmp(column.key, "text") == 0) {
        // What personas say is checked for spelling in the message's language.
        auto *edit = new SpellCheckedEdit(parent);
        const auto columns = ScenarioColumns::columnsOf(m_table);
        QString language = QStringLiteral("en");
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const QString inRow = index.siblingAtColumn(int(i)).data().toString().trimmed();
            if (qstrcmp(columns[i].key, "lang") == 0 && !inRow.isEmpty())
                language = inRow;
        }
        edit->setLanguage(language);
        editor = edit;
    } else {
        editor = QStyledItemDelegate::createEditor(parent, option, index);
    }
    if (editor)
        editor->setAccessibleName(name);
    return editor;
}

void ScenarioCellDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    if (qobject_cast<SpellCheckedEdit *>(editor)) {
        QRect area = option.rect;
        area.setHeight(std::max(area.height(), editor->fontMetrics().lineSpacing() * 4));
        editor->setGeometry(area);
    }
}

void ScenarioCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QString value = index.data(Qt::EditRole).toString();
    int at = combo->findText(value);
    if (at < 0 && !combo->isEditable()) {
        combo->insertItem(0,
                          value); // a value from the file the format does not know, until changed
        at = 0;
    }
    if (at >= 0)
        combo->setCurrentIndex(at);
    else
        combo->setEditText(value);
}

void ScenarioCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentText(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace CareDesk::Gui

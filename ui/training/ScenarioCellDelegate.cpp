#include "ScenarioCellDelegate.h"

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
    } else {
        editor = QStyledItemDelegate::createEditor(parent, option, index);
    }
    if (editor)
        editor->setAccessibleName(name);
    return editor;
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

#pragma once

#include "ui/training/ScenarioColumns.h"

#include <QStringList>
#include <QStyledItemDelegate>

#include <functional>

namespace CareDesk::Gui {

// Edits a cell of the scenario editor: a list of the format's words or of the ids in the scenario
// where the field takes one, whole numbers where it takes seconds, plain text elsewhere.
class ScenarioCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // What a cell of type `Cell` may be chosen from, asked each time an editor opens.
    using Choices = std::function<QStringList(ScenarioColumns::Cell)>;

    ScenarioCellDelegate(ScenarioColumns::Table table, Choices choices, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    ScenarioColumns::Table m_table;
    Choices m_choices;
};

} // namespace CareDesk::Gui

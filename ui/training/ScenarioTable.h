#pragma once

#include "ui/training/ScenarioCellDelegate.h"
#include "ui/training/ScenarioColumns.h"

#include <QWidget>

class QTableWidget;
class QTableWidgetItem;
class QVBoxLayout;

namespace CareDesk::Gui {

// One list of a scenario file as a table in the scenario editor, one row per item and one column
// per field (ScenarioColumns), with buttons to add, remove and move rows. Whatever the program
// puts in a cell is not an edit; only the trainer's changes are.
class ScenarioTable final : public QWidget
{
    Q_OBJECT

public:
    // What the table is called and what its buttons say.
    struct Labels
    {
        QString objectName;
        QString accessibleName;
        QStringList headers;
        QString add;
        QString remove;
        QString up;
        QString down;
        // Names the buttons: "addPersona", "removePersona", "movePersonaUp", "movePersonaDown".
        QString noun;
    };

    ScenarioTable(ScenarioColumns::Table which, const Labels &labels,
                  const ScenarioCellDelegate::Choices &choices, QWidget *parent = nullptr);

    ScenarioColumns::Table which() const { return m_which; }
    QTableWidget *table() const { return m_table; }
    int rowCount() const;
    // Empty for a missing cell.
    QString cellText(int row, int column) const;
    bool isChecked(int row, int column) const;
    // A column's values, trimmed, each once, in row order.
    QStringList columnValues(int column) const;

    // Replaces every row by `count` rows of empty cells.
    void resetRows(int count);
    // Puts `text` (or, in a check column, `checked`) in a cell.
    void setCell(int row, int column, const QString &text, bool checked = false);
    // Columns as wide as their contents, within reason.
    void fitColumns();
    // Inserts a row of empty cells after the current one (at the end when none is current).
    int insertRow();
    // Makes a cell current, scrolls to it and gives the table the focus.
    void showCell(int row, int column);

    void removeCurrentRow();
    void moveCurrentRow(int delta);

Q_SIGNALS:
    // The trainer changed a cell, or removed or moved a row.
    void edited();
    void addRowRequested();

private:
    QTableWidgetItem *newCell(int column, const QString &text = QString(),
                              bool checked = false) const;
    void buildButtons(QVBoxLayout *layout, const Labels &labels);

    ScenarioColumns::Table m_which;
    QTableWidget *m_table = nullptr;
    bool m_loading = false;
};

} // namespace CareDesk::Gui

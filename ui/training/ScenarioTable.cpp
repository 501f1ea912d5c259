#include "ScenarioTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace CareDesk::Gui {

namespace {

constexpr int MAX_FITTED_COLUMN_WIDTH = 360;

} // namespace

ScenarioTable::ScenarioTable(ScenarioColumns::Table which, const Labels &labels,
                             const ScenarioCellDelegate::Choices &choices, QWidget *parent)
    : QWidget(parent)
    , m_which(which)
{
    auto *layout = new QVBoxLayout(this);
    const auto columns = ScenarioColumns::columnsOf(which);
    m_table = new QTableWidget(0, static_cast<int>(columns.size()), this);
    m_table->setObjectName(labels.objectName);
    m_table->setAccessibleName(labels.accessibleName);
    m_table->setHorizontalHeaderLabels(labels.headers);
    for (std::size_t i = 0; i < columns.size(); ++i) {
        // The header says what a problem's place calls the column ("timeline[3].replyTo").
        const QString key = QLatin1String(columns[i].key);
        m_table->horizontalHeaderItem(static_cast<int>(i))
            ->setToolTip(columns[i].type == ScenarioColumns::Cell::Words
                             ? tr("%1: words separated by commas").arg(key)
                             : key);
    }
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setItemDelegate(new ScenarioCellDelegate(which, choices, m_table));
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
    layout->addWidget(m_table, 1);
    buildButtons(layout, labels);
}

void ScenarioTable::buildButtons(QVBoxLayout *layout, const Labels &labels)
{
    auto *bar = new QHBoxLayout;
    const auto rowButton = [this, bar](const QString &text, const QString &objectName) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(objectName);
        button->setAccessibleName(text);
        button->setAutoDefault(false);
        bar->addWidget(button);
        return button;
    };
    const QString noun = labels.noun;
    QPushButton *addButton = rowButton(labels.add, QStringLiteral("add") + noun);
    QPushButton *removeButton = rowButton(labels.remove, QStringLiteral("remove") + noun);
    QPushButton *upButton =
        rowButton(labels.up, QStringLiteral("move") + noun + QStringLiteral("Up"));
    QPushButton *downButton =
        rowButton(labels.down, QStringLiteral("move") + noun + QStringLiteral("Down"));
    bar->addStretch(1);
    layout->addLayout(bar);
    connect(addButton, &QPushButton::clicked, this, &ScenarioTable::addRowRequested);
    connect(removeButton, &QPushButton::clicked, this, &ScenarioTable::removeCurrentRow);
    connect(upButton, &QPushButton::clicked, this, [this] { moveCurrentRow(-1); });
    connect(downButton, &QPushButton::clicked, this, [this] { moveCurrentRow(1); });
}

int ScenarioTable::rowCount() const
{
    return m_table->rowCount();
}

QString ScenarioTable::cellText(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

bool ScenarioTable::isChecked(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item && item->checkState() == Qt::Checked;
}

QStringList ScenarioTable::columnValues(int column) const
{
    QStringList values;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString value = cellText(row, column).trimmed();
        if (!value.isEmpty() && !values.contains(value))
            values.append(value);
    }
    return values;
}

QTableWidgetItem *ScenarioTable::newCell(int column, const QString &text, bool checked) const
{
    auto *item = new QTableWidgetItem; // a table item never renders markup
    if (ScenarioColumns::columnsOf(m_which)[static_cast<std::size_t>(column)].type ==
        ScenarioColumns::Cell::Check) {
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    } else {
        item->setText(text);
    }
    return item;
}

void ScenarioTable::resetRows(int count)
{
    m_loading = true;
    m_table->setRowCount(0);
    m_table->setRowCount(count);
    m_loading = false;
}

void ScenarioTable::setCell(int row, int column, const QString &text, bool checked)
{
    m_loading = true;
    m_table->setItem(row, column, newCell(column, text, checked));
    m_loading = false;
}

void ScenarioTable::fitColumns()
{
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->setColumnWidth(column,
                                std::min(m_table->columnWidth(column), MAX_FITTED_COLUMN_WIDTH));
}

int ScenarioTable::insertRow()
{
    const int row = m_table->currentRow() >= 0 ? m_table->currentRow() + 1 : m_table->rowCount();
    m_loading = true;
    m_table->insertRow(row);
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->setItem(row, column, newCell(column));
    m_loading = false;
    return row;
}

void ScenarioTable::showCell(int row, int column)
{
    m_table->setCurrentCell(row, column);
    m_table->scrollToItem(m_table->item(row, column));
    m_table->setFocus(Qt::OtherFocusReason);
}

void ScenarioTable::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const int column = std::max(0, m_table->currentColumn());
    m_table->removeRow(row);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), column);
    Q_EMIT edited();
}

void ScenarioTable::moveCurrentRow(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    const int column = std::max(0, m_table->currentColumn());
    m_loading = true;
    for (int c = 0; c < m_table->columnCount(); ++c) {
        QTableWidgetItem *moving = m_table->takeItem(row, c);
        QTableWidgetItem *other = m_table->takeItem(target, c);
        m_table->setItem(row, c, other);
        m_table->setItem(target, c, moving);
    }
    m_loading = false;
    m_table->setCurrentCell(target, column);
    Q_EMIT edited();
}

} // namespace CareDesk::Gui

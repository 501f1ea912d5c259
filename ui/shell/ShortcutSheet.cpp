#include "ShortcutSheet.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace CareDesk::Gui {

ShortcutSheet::ShortcutSheet(const QList<ShortcutEntry> &entries, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutSheet"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *table = new QTableWidget(static_cast<int>(entries.size()), 2, this);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < entries.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(entries.at(row).label));
        table->setItem(
            row, 1, new QTableWidgetItem(entries.at(row).key.toString(QKeySequence::NativeText)));
    }
    table->resizeColumnToContents(1);
    layout->addWidget(table);
    layout->addWidget(new QLabel(tr("In the reply, type / to insert a canned response. Change keys "
                                    "in Settings › Shortcuts."),
                                 this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace CareDesk::Gui

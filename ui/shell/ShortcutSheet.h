#pragma once

#include "ui/settings/ShortcutEntry.h"

#include <QDialog>

namespace CareDesk::Gui {

// Help › Keyboard shortcuts: every action with its keys, as they are bound now.
class ShortcutSheet final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutSheet(const QList<ShortcutEntry> &entries, QWidget *parent = nullptr);
};

} // namespace CareDesk::Gui

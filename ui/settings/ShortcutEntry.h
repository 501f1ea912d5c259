#pragma once

#include <QKeySequence>
#include <QString>

namespace CareDesk::Gui {

// One rebindable action, as Settings and the shortcut sheet list it.
struct ShortcutEntry
{
    QString id; // kept in the settings file: "shortcuts/<id>"
    QString label;
    QKeySequence key; // current
};

} // namespace CareDesk::Gui

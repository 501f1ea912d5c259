#pragma once

#include <QObject>

class QMainWindow;
class QSystemTrayIcon;

namespace CareDesk::Gui {

class Preferences;

// Tells the agent what happened while they looked elsewhere: a message from the tray icon where the
// desktop has a tray, else in the status bar, and the window asks for attention. Quiet while the
// agent has notifications turned off.
class Notifier final : public QObject
{
    Q_OBJECT

public:
    // `preferences` must outlive the notifier; clicking the tray icon brings `window` back.
    Notifier(const Preferences &preferences, QMainWindow *window);

    void notify(const QString &title, const QString &message);

private:
    const Preferences &m_preferences;
    QMainWindow *m_window;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace CareDesk::Gui

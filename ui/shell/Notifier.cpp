#include "Notifier.h"

#include "ui/settings/Preferences.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace CareDesk::Gui {

Notifier::Notifier(const Preferences &preferences, QMainWindow *window)
    : QObject(window)
    , m_preferences(preferences)
    , m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(window->windowIcon(), this);
    m_tray->setToolTip(tr("CareDesk"));
    m_tray->show();
    connect(m_tray, &QSystemTrayIcon::activated, window, [window] {
        window->showNormal();
        window->raise();
        window->activateWindow();
    });
}

void Notifier::notify(const QString &title, const QString &message)
{
    if (!m_preferences.notificationsEnabled())
        return;
    if (m_tray)
        m_tray->showMessage(title, message, QSystemTrayIcon::Information);
    else
        m_window->statusBar()->showMessage(message, 8000);
    QApplication::alert(m_window);
}

} // namespace CareDesk::Gui

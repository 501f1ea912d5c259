#pragma once

#include "ui/inbox/InboxPanel.h"

#include <QString>

class QWidget;

namespace CareDesk::Gui {

class MainWindow;

// Sets the main window up to show one view for `caredesk --screenshot`: "inbox", "conversation",
// "composer", "customer", "find-in-crm", "settings", a lead's inbox view ("detractors",
// "escalations"), a team's shifts ("roster", "shift-post"), or a lead's or trainer's workspace
// ("review", "dashboard", "queue", "trainer").
class ScreenshotSetup final
{
public:
    explicit ScreenshotSetup(MainWindow &window);

    // The widget to capture; nullptr for an unknown view or a workspace this desk does not show.
    QWidget *prepare(const QString &view) const;

private:
    QWidget *leadsView(InboxPanel::View inboxView) const;
    QWidget *shiftsView(const QString &view) const;

    MainWindow &m_window;
};

} // namespace CareDesk::Gui

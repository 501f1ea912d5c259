#include "ScreenshotSetup.h"

#include "ui/composer/Composer.h"
#include "ui/conversation/CustomerPanel.h"
#include "ui/inbox/InboxPanel.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shell/MainWindow.h"

#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeView>

namespace CareDesk::Gui {

ScreenshotSetup::ScreenshotSetup(MainWindow &window)
    : m_window(window)
{}

QWidget *ScreenshotSetup::prepare(const QString &view) const
{
    using Workspace = MainWindow::Workspace;
    const int width = m_window.width();
    if (view == u"inbox" || view == u"conversation") {
        m_window.inboxPanel()->list()->setFocus();
        return &m_window;
    }
    if (view == u"customer") {
        m_window.inboxSplitter()->setSizes({width * 2 / 5, width * 2 / 5, width / 5 + 60});
        m_window.customerPanel()->setFocus();
        return &m_window;
    }
    if (view == u"composer") {
        // A canned reply inserted as it is: the composer shows its checks and the warning.
        Composer *composer = m_window.composer();
        for (const Core::CannedResponse &response : m_window.cannedResponses()) {
            if (response.shortcut == u"/sorry") {
                composer->insertCanned(response);
                break;
            }
        }
        composer->editor()->setFocus();
        return &m_window;
    }
    if (view == u"review" || view == u"dashboard" || view == u"trainer" || view == u"queue") {
        const Workspace workspace = view == u"review"      ? Workspace::Review
                                    : view == u"dashboard" ? Workspace::Dashboard
                                    : view == u"queue"     ? Workspace::Queue
                                                           : Workspace::Training;
        if (!m_window.isWorkspaceShown(workspace))
            return nullptr;
        m_window.showWorkspace(workspace);
        return &m_window;
    }
    if (view == u"settings") {
        SettingsDialog *settings = m_window.openSettings(SettingsDialog::CannedPage);
        settings->setCannedResponses(m_window.cannedResponses());
        return settings;
    }
    return nullptr;
}

} // namespace CareDesk::Gui

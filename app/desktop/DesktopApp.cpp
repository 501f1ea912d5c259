#include "DesktopApp.h"

#include "workspace/WorkspaceService.h"

#include <ui/InboxModel.h>
#include <ui/MainWindow.h>

namespace CareDesk::Desktop {

DesktopApp::DesktopApp(const QString &workspaceDirectory, const QString &pluginDirectory)
{
    qRegisterMetaType<Core::InboxCursor>();
    qRegisterMetaType<Core::InboxPage>();
    qRegisterMetaType<Core::ConversationDetail>();

    m_catalog.addLinkedPlugins();
    m_catalog.scanDirectory(pluginDirectory);

    m_storageThread.setObjectName(QStringLiteral("storage"));
    m_workspace = new Workspace::WorkspaceService(workspaceDirectory, m_catalog, m_clock, m_keychain);
    m_workspace->moveToThread(&m_storageThread);
    connect(&m_storageThread, &QThread::finished, m_workspace, &QObject::deleteLater);

    m_window = std::make_unique<Gui::MainWindow>(m_clock);
    Gui::MainWindow *window = m_window.get();
    Gui::InboxModel *inbox = window->inboxModel();
    using Workspace::WorkspaceService;
    // Requests go to the storage thread, answers come back queued to the GUI thread.
    connect(inbox, &Gui::InboxModel::pageRequested, m_workspace, &WorkspaceService::loadInboxPage);
    connect(window, &Gui::MainWindow::conversationRequested, m_workspace, &WorkspaceService::loadConversation);
    connect(m_workspace, &WorkspaceService::inboxPageLoaded, inbox, &Gui::InboxModel::handlePageLoaded);
    connect(m_workspace, &WorkspaceService::opened, window, &Gui::MainWindow::handleWorkspaceOpened);
    connect(m_workspace, &WorkspaceService::failed, window, &Gui::MainWindow::handleWorkspaceFailed);
    connect(m_workspace, &WorkspaceService::inboxChanged, window, &Gui::MainWindow::handleInboxChanged);
    connect(m_workspace, &WorkspaceService::conversationLoaded, window, &Gui::MainWindow::handleConversationLoaded);
    connect(m_workspace, &WorkspaceService::channelStatusChanged, window, &Gui::MainWindow::handleChannelStatus);
}

DesktopApp::~DesktopApp()
{
    m_window.reset();
    m_storageThread.quit();
    m_storageThread.wait();
}

void DesktopApp::start()
{
    m_storageThread.start();
    QMetaObject::invokeMethod(m_workspace, &Workspace::WorkspaceService::open, Qt::QueuedConnection);
}

} // namespace CareDesk::Desktop

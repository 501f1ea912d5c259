// The desktop program: the composition root that builds the services and wires the windows.
// May use caredesk_ui and caredesk_core.
#pragma once

#include "Clock.h"
#include "channels/ChannelCatalog.h"
#include "security/CredentialStore.h"

#include <ui/settings/Preferences.h>

#include <QObject>
#include <QThread>

#include <memory>

namespace CareDesk::Gui {
class MainWindow;
}
namespace CareDesk::Workspace {
class ChannelPoller;
class CrmDesk;
class QueueDesk;
class ShiftDesk;
class ReplyQueue;
class ReviewDesk;
class TeamSession;
class TranslationDesk;
class WorkspaceService;
} // namespace CareDesk::Workspace
namespace CareDesk::Training {
class PracticeDesk;
}

namespace CareDesk::Desktop {

// The composition root: builds the services, starts the storage thread and wires the
// workspace to the main window. Owns everything it builds.
class DesktopApp final : public QObject
{
    Q_OBJECT

public:
    // `credentials` keeps secrets (channel tokens, the team session); the OS keychain when none
    // is given. `clock` is where "now" comes from; the system clock when none is given. Both
    // must outlive the app.
    DesktopApp(const QString &workspaceDirectory, const QString &pluginDirectory,
               Security::CredentialStore *credentials = nullptr,
               const Core::Clock *clock = nullptr);
    ~DesktopApp() override;

    Gui::MainWindow &mainWindow() { return *m_window; }
    void start();
    // Connects a window to a workspace service living on another thread.
    static void wire(Gui::MainWindow &window, Workspace::WorkspaceService *workspace);
    // Connects the trainer's workspace to its practice desk (same thread as the workspace).
    static void wireTraining(Gui::MainWindow &window, Workspace::WorkspaceService *workspace,
                             Training::PracticeDesk *practice);

private:
    static void wireInbox(Gui::MainWindow &window, Workspace::WorkspaceService *workspace);
    static void wireActions(Gui::MainWindow &window, Workspace::WorkspaceService *workspace);
    static void wireReplies(Gui::MainWindow &window, Workspace::ReplyQueue &replies);
    static void wireChannels(Gui::MainWindow &window, Workspace::ChannelPoller &channels);
    static void wireTeam(Gui::MainWindow &window, Workspace::TeamSession &team);
    static void wireReviewDesk(Gui::MainWindow &window, Workspace::ReviewDesk &desk);
    static void wireQueueDesk(Gui::MainWindow &window, Workspace::QueueDesk &desk);
    static void wireShiftDesk(Gui::MainWindow &window, Workspace::ShiftDesk &desk);
    static void wireTranslations(Gui::MainWindow &window, Workspace::WorkspaceService *workspace);
    static void wireSpelling(Gui::MainWindow &window, Workspace::WorkspaceService *workspace);
    static void wireCrm(Gui::MainWindow &window, Workspace::CrmDesk &desk);

    Core::SystemClock m_systemClock;
    const Core::Clock &m_clock;
    Channels::ChannelCatalog m_catalog;
    // Channels' secrets; asked for on the storage thread, answers come back there.
    Security::KeychainCredentialStore m_keychain;
    Security::CredentialStore &m_credentials;
    QThread m_storageThread;
    Workspace::WorkspaceService *m_workspace = nullptr; // lives on m_storageThread
    Training::PracticeDesk *m_practice = nullptr;       // lives on m_storageThread
    Gui::Preferences m_preferences;                     // the agent's settings, for the window
    std::unique_ptr<Gui::MainWindow> m_window;
};

} // namespace CareDesk::Desktop

// Shell: the main window around the workspaces, its menus and keys, status bar and notifications.
// May use: every other ui folder, caredesk_core, Qt Widgets.
#pragma once

#include "Result.h"
#include "model/CannedResponse.h"
#include "model/Inbox.h"
#include "review/Scorecard.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class QLabel;
class QSplitter;
class QTabWidget;

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Gui {

class Composer;
class ConversationView;
class CustomerPanel;
class DashboardView;
class QueueView;
class ReviewWorkspace;
class TrainerWorkspace;
class InboxModel;
class InboxPanel;
class Notifier;
class OutboxStatus;
class Preferences;
class SettingsDialog;
class ShortcutRegistry;
class SlaAlerts;
class TeamPresence;
class TeamStatus;
class ShiftPostBar;
class PresenceSelector;
struct ShortcutEntry;

// The agent workstation: inbox on the left, the conversation and the composer in the middle,
// the customer on the right, the outbox and channels in the status bar. It asks for data and
// actions through signals and is handed the results back; it never touches the store, a
// plugin or the network.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `clock` is where "now" comes from; `preferences` holds the agent's settings. Both must
    // outlive the window.
    MainWindow(const Core::Clock &clock, Preferences &preferences, QWidget *parent = nullptr);
    ~MainWindow() override;

    InboxModel *inboxModel() const { return m_inboxModel; }
    InboxPanel *inboxPanel() const { return m_inboxPanel; }
    ConversationView *conversationView() const { return m_conversationView; }
    CustomerPanel *customerPanel() const { return m_customerPanel; }
    OutboxStatus *outboxStatus() const { return m_outboxStatus; }
    ReviewWorkspace *reviewWorkspace() const { return m_review; }
    DashboardView *dashboardView() const { return m_dashboard; }
    // The workspaces this desk shows, by role: the inbox always; review and dashboard for leads;
    // training for trainers and leads. Solo, the desk's owner has them all.
    enum class Workspace { Inbox, Review, Dashboard, Training, Queue };
    bool isWorkspaceShown(Workspace workspace) const;
    void showWorkspace(Workspace workspace);
    // Applies the role the team server gave (or solo) to the workspaces shown.
    void applyRole();
    TrainerWorkspace *trainerWorkspace() const { return m_training; }
    QueueView *queueView() const { return m_queue; }
    ShiftPostBar *shiftPostBar() const { return m_shiftPost; }
    PresenceSelector *presenceSelector() const { return m_presenceSelector; }
    Composer *composer() const;
    // The inbox, the conversation and the customer side by side.
    QSplitter *inboxSplitter() const { return m_inboxSplitter; }
    const QList<Core::CannedResponse> &cannedResponses() const { return m_canned; }
    bool hasLoaded() const { return m_loaded; }
    QString agentName() const { return m_agentName; }
    // Every rebindable action with its current keys, for Settings and the shortcut sheet.
    QList<ShortcutEntry> shortcutEntries() const;

    // Opens Settings (modeless, so a screenshot or a test can look at it).
    SettingsDialog *openSettings(int page = 0);
    // Shows the shortcut sheet.
    void showShortcutSheet();
    // Sets the window up to show one view for a screenshot ("inbox", "conversation",
    // "composer", "customer", "settings") and returns the widget to capture; nullptr for an
    // unknown view.
    QWidget *prepareScreenshot(const QString &view);

    void handleWorkspaceOpened(const QString &filePath, int conversationCount);
    void handleWorkspaceFailed(const CareDesk::Core::Error &error);
    void handleInboxChanged(int conversationCount);
    void handleConversationLoaded(const CareDesk::Core::ConversationDetail &detail);
    void handleChannelStatus(const QString &channelName, const QString &error);
    void handleInboxCounts(const CareDesk::Core::InboxCounts &counts);
    void handleChannels(const QList<CareDesk::Core::ChannelSummary> &channels,
                        const QStringList &languages);
    void handleCannedResponses(const QList<CareDesk::Core::CannedResponse> &responses);
    void handleRepliesQueued(qint64 conversationId, const QStringList &clientIds,
                             const QDateTime &holdUntil);
    void handleRepliesUndone(qint64 conversationId,
                             const QList<CareDesk::Core::OutgoingReply> &replies);
    void handleOutbox(const QList<CareDesk::Core::OutgoingReply> &unsent);
    void handleActionRefused(const CareDesk::Core::Error &error);
    void handleTeamState(const QString &state, const QString &detail);
    void handleTeamSignedIn(const QString &agentName, const QString &role);
    void handleSearchResults(const QString &query, const QList<CareDesk::Core::SearchHit> &hits);
    void handleTeammateActivity(qint64 conversationId, const QString &name, const QString &what);
    void handleChannelAuthorization(const QString &channelName, const QUrl &url);
    void handleChannelConnected(const QString &channelName);
    void handleOwnReviews(const QList<CareDesk::Review::QaReview> &reviews);

Q_SIGNALS:
    // The settings window was opened: its pages that talk to the workspace are wired now.
    void settingsOpened(CareDesk::Gui::SettingsDialog *settings);
    void conversationRequested(qint64 conversationId);
    void inboxCountsRequested(const CareDesk::Core::InboxQuery &query, const QString &agent);
    void channelsRequested();
    void cannedResponsesRequested();
    void cannedResponseSaved(const CareDesk::Core::CannedResponse &response);
    void cannedResponseRemoved(qint64 id);
    void draftChanged(qint64 conversationId, const CareDesk::Core::Draft &draft);
    void assignRequested(qint64 conversationId, const QString &assignee, const QString &agent);
    void statusRequested(qint64 conversationId, CareDesk::Core::ConversationStatus status,
                         const QString &agent);
    void addressedRequested(qint64 conversationId, qint64 messageId,
                            CareDesk::Core::Addressed addressed, const QString &agent);
    void noteRequested(qint64 conversationId, const QString &text, const QString &agent);
    void escalationRequested(qint64 conversationId, const QString &target, const QString &reason,
                             const QString &note, const QString &agent);
    void shareRequested(qint64 conversationId, const QString &action, const QString &text,
                        const QString &agent);
    // One reply, or a hand-off's public and private parts, which go (or are undone) together.
    void replyRequested(qint64 conversationId, const QList<CareDesk::Core::ReplyText> &parts,
                        const QString &agent, int holdSecs);
    void undoRequested(const QStringList &clientIds);
    void retryRequested(const QString &clientId);
    void searchRequested(const QString &query);
    void connectChannelRequested(qint64 channelId);
    void channelRegionChanged(qint64 channelId, const QString &region);
    void channelSignOffChanged(qint64 channelId, const QString &style);
    void teamSignInRequested(const QUrl &server, const QString &login, const QString &password);
    void teamSignOutRequested();
    void teamSignOutEverywhereRequested();
    // This agent is "viewing" or "typing" in a conversation, for teammates to see.
    void activityAnnounced(qint64 conversationId, const QString &what);
    // An agent asks for the QA reviews of their own work.
    void ownReviewsRequested(const QString &agent);
    // The inbox and the selected conversation are on screen (or the inbox is empty).
    void loaded();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildWorkspaces();
    void buildStatusBar();
    void connectInbox();
    void connectConversation();
    void buildTeamAndAlerts();
    void buildMenus();
    void buildFileMenu();
    void buildGoMenu();
    void buildConversationMenu();
    void buildHelpMenu();
    void handleCurrentWorkspace();
    void handleFirstPage();
    void requestCounts();
    void selectRow(int row);
    void moveSelection(int delta);
    void markLoaded();
    void setAgentName(const QString &name);

    const Core::Clock &m_clock;
    Preferences &m_preferences;
    QString m_agentName;
    QTabWidget *m_workspaces = nullptr;
    QSplitter *m_inboxSplitter = nullptr;
    ReviewWorkspace *m_review = nullptr;
    DashboardView *m_dashboard = nullptr;
    TrainerWorkspace *m_training = nullptr;
    QueueView *m_queue = nullptr;
    QList<QAction *>
        m_inboxActions; // only while the inbox is in front: single keys act on its conversation
    InboxModel *m_inboxModel = nullptr;
    InboxPanel *m_inboxPanel = nullptr;
    ConversationView *m_conversationView = nullptr;
    CustomerPanel *m_customerPanel = nullptr;
    OutboxStatus *m_outboxStatus = nullptr;
    QLabel *m_workspaceStatus = nullptr;
    TeamStatus *m_teamStatus = nullptr;
    ShiftPostBar *m_shiftPost = nullptr;
    PresenceSelector *m_presenceSelector = nullptr;
    QUrl m_pendingTeamServer;
    QString m_pendingTeamLogin;
    Notifier *m_notifier = nullptr;
    SlaAlerts *m_slaAlerts = nullptr;
    TeamPresence *m_presence = nullptr;
    ShortcutRegistry *m_shortcuts = nullptr;
    QPointer<SettingsDialog> m_settings; // deletes itself when closed
    QList<Core::CannedResponse> m_canned;
    QList<Core::ChannelSummary> m_channels;
    qint64 m_selectedConversation = 0;
    QString m_workspaceDirectory;
    int m_knownConversations = -1;
    int m_knownMine = -1;
    bool m_loaded = false;
    bool m_laidOut = false;
};

} // namespace CareDesk::Gui

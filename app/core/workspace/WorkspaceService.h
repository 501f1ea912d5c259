#pragma once

#include "Result.h"
#include "model/Inbox.h"
#include "review/Dashboard.h"
#include "review/ReviewStore.h"
#include "storage/CannedResponses.h"
#include "storage/WorkspaceStore.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <map>
#include <memory>
#include <optional>
#include <set>

class QTimer;

namespace CareDesk::Core {
class Clock;
}
namespace CareDesk::Channels {
class ChannelCatalog;
class PkceAuthorization;
} // namespace CareDesk::Channels
namespace CareDesk::Net {
class HttpTransport;
}
namespace CareDesk::Sdk {
class ChannelConnector;
}
namespace CareDesk::Security {
class CredentialStore;
}
namespace CareDesk::Storage {
class Database;
struct CannedResponse;
struct ChannelRecord;
} // namespace CareDesk::Storage
namespace CareDesk::Sync {
class TeamSync;
}
namespace CareDesk::Triage {
class CategoryRules;
class NaiveBayes;
class TriageEngine;
} // namespace CareDesk::Triage

namespace CareDesk::Workspace {

// The local workspace: one SQLite file and the channels that feed it. Lives on the storage
// thread, which owns the write connection; the UI talks to it only through queued calls and
// signals, so nothing on the GUI thread ever waits on disk.
class WorkspaceService final : public QObject
{
    Q_OBJECT

public:
    // `directory` holds workspace.sqlite; `catalog`, `clock` and `credentials` (where channels'
    // secrets are kept: the OS keychain in the app) must outlive the service.
    WorkspaceService(QString directory, Channels::ChannelCatalog &catalog, const Core::Clock &clock,
                     Security::CredentialStore &credentials, QObject *parent = nullptr);
    ~WorkspaceService() override;

    static QString defaultDirectory();
    // The practice inbox a first start shows, compiled into the program.
    static QString demoScenarioPath();

    // Opens the workspace; on a first start sets up the sandbox practice channel (unless told
    // not to: a team server's workspace holds live channels only).
    Q_INVOKABLE void open();
    void setPracticeInboxOnFirstStart(bool on) { m_practiceInboxOnFirstStart = on; }
    Q_INVOKABLE void loadInboxPage(quint64 requestId, const CareDesk::Core::InboxQuery &query,
                                   const CareDesk::Core::InboxCursor &after, int limit);
    // Mine, unassigned and all under the query's other filters; answered by inboxCountsLoaded.
    void loadInboxCounts(const Core::InboxQuery &query, const QString &agent);
    // The conversation with its notes and the agent's draft.
    Q_INVOKABLE void loadConversation(qint64 conversationId);
    // The channels with their health, and the languages conversations are in.
    void loadChannels();
    void loadCannedResponses();
    // Messages and customers matching what the agent typed; answered by searchFinished.
    void search(const QString &query);
    void saveCannedResponse(const Core::CannedResponse &response);
    void removeCannedResponse(qint64 id);
    void saveDraft(qint64 conversationId, const Core::Draft &draft);

    // Agent actions on a conversation. Each is recorded with its audit event, and the
    // conversation and the inbox are sent again afterwards.
    void setStatus(qint64 conversationId, Core::ConversationStatus status, const QString &agent);
    // An empty assignee returns the conversation to the queue.
    void assign(qint64 conversationId, const QString &assignee, const QString &agent);
    void setAddressed(qint64 conversationId, qint64 messageId, Core::Addressed addressed,
                      const QString &agent);
    void addNote(qint64 conversationId, const QString &text, const QString &agent);

    // Queues a reply, held back for `holdSecs` so the agent can take it back. Replying takes an
    // unassigned conversation and clears its draft. Several parts are a hand-off, the move from
    // public to private in one step: a public acknowledgement and the private opener, queued
    // together (one undo takes back both); the customer's private answer joins this
    // conversation. The canned responses in each part are recorded as sent.
    void queueReplies(qint64 conversationId, const QList<Core::ReplyText> &parts,
                      const QString &agent, int holdSecs);
    // Takes back replies still in their undo window.
    void undoReplies(const QStringList &clientIds);
    void retryReply(const QString &clientId);
    // Sends what is due in the outbox now, without polling.
    void deliverDue();
    // Signs a channel's account in (again) through the browser: OAuth 2.0 with PKCE and a
    // loopback redirect. The tokens go to the keychain entry the channel names, and polling
    // resumes with them.
    void connectChannel(qint64 channelId);

    // Team mode: signs in to a team server (the session token goes to the keychain, nowhere
    // else) and mirrors the team's conversations here. Those are then worked through the
    // server: claims, replies and status changes are the server's to accept or refuse.
    void signInToTeam(const QUrl &server, const QString &login, const QString &password);
    // Starts syncing with the session kept from the last sign-in.
    void resumeTeam(const QUrl &server, const QString &login);
    void signOutOfTeam();
    // "viewing" or "typing" in a conversation, for teammates to see (team conversations only).
    void announceActivity(qint64 conversationId, const QString &what);
    // The lead's review workspace. Reading a transcript changes nothing in the conversation:
    // it is not claimed, marked or announced to teammates.
    void loadTranscripts(const Review::TranscriptFilter &filter);
    void loadReviewSheet(qint64 conversationId, const QString &reviewer);
    void saveReview(const Review::QaReview &review);
    void saveCriteria(const QList<Review::Criterion> &criteria);
    void loadDashboard(const Review::DashboardPeriod &period);
    // Transcripts with their reviews as one document, for a PDF or HTML file.
    void buildReport(const QList<qint64> &conversationIds, const QString &reviewer,
                     const QString &title);
    // Queue control: agents' load (and presence in a team), the longest waiting conversations,
    // the SLA policy and (in a team) the routing policy; then saving the rules. Solo, the SLA
    // policy is the workspace's sla-policy.json; in a team, the server's for the whole team.
    void loadQueue();
    void saveQueueSettings(const Triage::SlaPolicy &sla, const QString &routingPolicy);
    // A practice scenario from the `conversations` most recent conversations, every customer and
    // their personal data made up, written to `path`.
    void buildScenarioFromHistory(int conversations, const QString &path);
    // An agent's own reviews, newest first.
    void loadOwnReviews(const QString &agent);

    // Asks every channel for what is new and stores it.
    Q_INVOKABLE void pollChannels();

    // A delivery the platform pushed for the channel named `channelName` (a webhook reaching
    // the team server), checked against `appSecret` by the channel's connector and stored like
    // polled items. Returns how many messages it added; a delivery the connector refuses is an
    // error whose detail is "rejected".
    Core::Result<int> receivePushed(const QString &channelName, const QByteArray &body,
                                    const QByteArray &signature, const QByteArray &appSecret);

    static constexpr int POLL_INTERVAL_MS = 15000;
    // The longest waiting conversations queue control lists.
    static constexpr int QUEUE_ROWS = 200;

Q_SIGNALS:
    void opened(const QString &filePath, int conversationCount);
    void failed(const QString &userMessage, const QString &detail);
    void inboxPageLoaded(quint64 requestId, const CareDesk::Core::InboxPage &page);
    void conversationLoaded(const CareDesk::Core::ConversationDetail &detail);
    void inboxChanged(int conversationCount);
    void channelStatusChanged(const QString &channelName, const QString &error);
    void inboxCountsLoaded(const CareDesk::Core::InboxCounts &counts);
    void channelsLoaded(const QList<CareDesk::Core::ChannelSummary> &channels,
                        const QStringList &languages);
    void searchFinished(const QString &query, const QList<CareDesk::Core::SearchHit> &hits);
    void cannedResponsesLoaded(const QList<CareDesk::Core::CannedResponse> &responses);
    // Replies queued in one step (one, or two for a hand-off), with the end of their undo window.
    void repliesQueued(qint64 conversationId, const QStringList &clientIds,
                       const QDateTime &holdUntil);
    // Replies taken back; the last one's text goes back into the composer.
    void repliesUndone(qint64 conversationId, const QList<CareDesk::Core::OutgoingReply> &replies);
    // Everything not sent yet, whenever it changes.
    void outboxChanged(const QList<CareDesk::Core::OutgoingReply> &unsent);
    // An agent's action could not be done, in words for the agent.
    void actionRefused(const QString &userMessage, const QString &detail);
    // "signed-out", "connecting", "online" or "offline", with what the agent should know.
    void teamStateChanged(const QString &state, const QString &detail);
    // The team server knows the agent by this name (the assignee on their conversations).
    void teamSignedIn(const QString &agentName, const QString &role);
    void teammateActive(qint64 conversationId, const QString &name, const QString &what);
    void transcriptsLoaded(const QList<CareDesk::Review::TranscriptRow> &rows);
    void reviewSheetLoaded(const CareDesk::Review::ReviewSheet &sheet);
    void reviewSaved(qint64 conversationId, double percent);
    void dashboardLoaded(const CareDesk::Review::DashboardPeriod &period,
                         const CareDesk::Review::DashboardFigures &figures);
    void ownReviewsLoaded(const QList<CareDesk::Review::QaReview> &reviews);
    void reportReady(const QString &html);
    void scenarioBuilt(const QString &path, const QString &summary);
    void queueLoaded(const CareDesk::Review::QueueSnapshot &queue);
    void queueSettingsSaved(const QString &message);
    // The agent must open `url` in a browser and allow CareDesk to use the account.
    void channelAuthorizationStarted(const QString &channelName, const QUrl &url);
    void channelConnected(const QString &channelName);

private:
    struct RunningChannel;
    void reportFailure(const QString &userMessage, const QString &detail);
    void refuse(const Core::Error &error);
    // After an agent's action: the conversation and the inbox again.
    void changedByAgent(qint64 conversationId);
    void emitOutbox();
    void seedCannedResponses();
    Sync::TeamSync &team();
    // The conversation's id on the team server; 0 for a local conversation.
    qint64 teamConversation(qint64 conversationId);
    void handleTeamRefusal(qint64 serverConversationId, const QString &message);
    // Beside the workspace, like the team's category rules.
    QString slaPolicyPath() const;
    // A review as the team server sends it, with this workspace's conversation and message ids.
    Review::QaReview reviewFromServer(const QJsonObject &json);
    // A team reply in its undo window, held here until it goes to the team outbox.
    struct HeldReply
    {
        qint64 conversationId = 0;
        qint64 serverConversationId = 0;
        bool isPublic = true;
        QString text;
        QDateTime holdUntil;
    };
    void releaseHeldReply(const QString &clientId);
    void loadTriage();
    // Sends what agents queued on the channels that are running; true if any was sent.
    bool deliverOutbox(const QList<Storage::ChannelRecord> &channels);
    RunningChannel *runningChannel(const Storage::ChannelRecord &channel, const QString &secret);
    // The channel's secret: from the keychain (nullopt while it is being asked), the
    // environment, or none.
    std::optional<QString> secretFor(const Storage::ChannelRecord &channel);
    // Asks the keychain for a channel's secret; the channel is polled once it has come.
    void requestSecret(const Storage::ChannelRecord &channel, const QString &keychainKey);

    QString m_directory;
    Channels::ChannelCatalog &m_catalog;
    const Core::Clock &m_clock;
    Security::CredentialStore &m_credentials;
    std::map<qint64, QString> m_secrets; // channel id -> secret, held in memory only
    std::set<qint64> m_secretsAsked;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Triage::CategoryRules> m_rules;
    std::unique_ptr<Triage::NaiveBayes> m_classifier;
    std::unique_ptr<Triage::TriageEngine> m_triage;
    std::unique_ptr<Net::HttpTransport> m_transport; // made when a channel first needs it
    std::map<qint64, std::unique_ptr<RunningChannel>> m_channels;
    QTimer *m_pollTimer = nullptr;
    std::unique_ptr<Sync::TeamSync> m_team;     // made when the agent first signs in
    std::map<QString, HeldReply> m_heldReplies; // client id -> team reply in its undo window
    std::map<qint64, Channels::PkceAuthorization *>
        m_authorizations; // channel id -> sign-in under way
    bool m_practiceInboxOnFirstStart = true;
};

} // namespace CareDesk::Workspace

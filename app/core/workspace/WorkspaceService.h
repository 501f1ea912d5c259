// A workspace at work: its file, channels, replies, team session and the lead's desks, as
// services on the storage thread. May use every other part of the engine, never the UI.
#pragma once

#include "Result.h"
#include "model/CannedResponse.h"
#include "model/Inbox.h"
#include "workspace/ConversationActions.h"
#include "workspace/WorkspaceContext.h"

#include <QObject>
#include <QString>

#include <memory>

namespace CareDesk::Core {
class Clock;
}
namespace CareDesk::Channels {
class ChannelCatalog;
}
namespace CareDesk::Net {
class HttpTransport;
}
namespace CareDesk::Security {
class CredentialStore;
}

namespace CareDesk::Workspace {

class ChannelPoller;
class CrmDesk;
class CrmLogSender;
class EscalationDesk;
class ShareDesk;
class ShiftDesk;
class QueueDesk;
class ReplyQueue;
class ReviewDesk;
class SurveyDesk;
class TeamSession;
class TranslationDesk;

// The local workspace: one SQLite file and the channels that feed it. Lives on the storage
// thread, which owns the write connection; the UI talks to it and its parts only through
// queued calls and signals, so nothing on the GUI thread ever waits on disk. It reads the
// inbox itself and hands each other concern to a part of its own: channels, replies, the team
// session, the review and queue desks.
class WorkspaceService final : public QObject, private ActionListener
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

    // Opens the workspace; on a first start sets up the sandbox practice channel.
    Q_INVOKABLE void open();
    Q_INVOKABLE void loadInboxPage(quint64 requestId, const CareDesk::Core::InboxQuery &query,
                                   const CareDesk::Core::InboxCursor &after, int limit);
    // Mine, unassigned and all under the query's other filters; answered by inboxCountsLoaded.
    void loadInboxCounts(const Core::InboxQuery &query, const QString &agent);
    // The conversation with its notes and the agent's draft.
    Q_INVOKABLE void loadConversation(qint64 conversationId);
    // The channels with their health, and the languages conversations are in.
    void loadChannels();
    // Sets the country a channel's phone numbers are read as first (empty: the desk's own);
    // the channels are sent again.
    void setChannelRegion(qint64 channelId, const QString &region);
    // How the channel's public replies are signed ("none", "initials", "first-name").
    void setChannelSignOff(qint64 channelId, const QString &style);
    void loadCannedResponses();
    // Messages and customers matching what the agent typed; answered by searchFinished.
    void search(const QString &query);
    void saveCannedResponse(const Core::CannedResponse &response);
    void removeCannedResponse(qint64 id);
    void saveDraft(qint64 conversationId, const Core::Draft &draft);

    // Agent actions on a conversation, done here or by the team server (ConversationActions).
    // The conversation and the inbox are sent again afterwards.
    void setStatus(qint64 conversationId, Core::ConversationStatus status, const QString &agent);
    // An empty assignee returns the conversation to the queue.
    void assign(qint64 conversationId, const QString &assignee, const QString &agent);
    void setAddressed(qint64 conversationId, qint64 messageId, Core::Addressed addressed,
                      const QString &agent);
    void addNote(qint64 conversationId, const QString &text, const QString &agent);
    // Hands the case up (EscalationDesk; a team conversation's, on the team server).
    void escalate(qint64 conversationId, const QString &target, const QString &reason,
                  const QString &note, const QString &agent);
    // Shares a customer's praise ("repost", "quote" with `quoteText`, "like"; ShareDesk); a
    // team conversation's praise cannot be shared from a desk yet.
    void share(qint64 conversationId, const QString &action, const QString &quoteText,
               const QString &agent);

    // A practice scenario from the `conversations` most recent conversations, every customer and
    // their personal data made up, written to `path`.
    void buildScenarioFromHistory(int conversations, const QString &path);

    ChannelPoller &channels() const { return *m_channels; }
    ReplyQueue &replies() const { return *m_replies; }
    TeamSession &team() const { return *m_team; }
    ReviewDesk &reviews() const { return *m_reviews; }
    QueueDesk &queue() const { return *m_queue; }
    TranslationDesk &translations() const { return *m_translations; }
    CrmDesk &crm() const { return *m_crm; }
    CrmLogSender &crmLog() const { return *m_crmLog; }
    SurveyDesk &surveys() const { return *m_surveys; }
    EscalationDesk &escalations() const { return *m_escalations; }
    ShareDesk &shares() const { return *m_shares; }
    ShiftDesk &shifts() const { return *m_shifts; }

Q_SIGNALS:
    void opened(const QString &filePath, int conversationCount);
    void failed(const CareDesk::Core::Error &error);
    void inboxPageLoaded(quint64 requestId, const CareDesk::Core::InboxPage &page);
    void conversationLoaded(const CareDesk::Core::ConversationDetail &detail);
    void inboxChanged(int conversationCount);
    void inboxCountsLoaded(const CareDesk::Core::InboxCounts &counts);
    void channelsLoaded(const QList<CareDesk::Core::ChannelSummary> &channels,
                        const QStringList &languages);
    void searchFinished(const QString &query, const QList<CareDesk::Core::SearchHit> &hits);
    void cannedResponsesLoaded(const QList<CareDesk::Core::CannedResponse> &responses);
    // An agent's action could not be done, in words for the agent.
    void actionRefused(const CareDesk::Core::Error &error);
    void scenarioBuilt(const QString &path, const QString &summary);
    // How often each word occurs in the team's sent replies, for ranking spelling suggestions.
    void teamVocabularyLoaded(const QHash<QString, int> &wordCounts);

private:
    void connectParts();
    void reportFailure(const Core::Error &error);
    void refuse(const Core::Error &error);
    void reportRefusal(const Core::Error &error) override { refuse(error); }
    // After an action: the conversation and the inbox again.
    void reportChanged(qint64 conversationId) override;
    void announceInboxChanged();
    bool setUpFirstStart();
    void seedCannedResponses();
    ConversationActions &actionsFor(qint64 conversationId);

    WorkspaceContext m_context;
    std::unique_ptr<Net::HttpTransport> m_transport;
    LocalActions m_localActions;
    ChannelPoller *m_channels = nullptr; // the parts are children: they move threads with it
    TeamSession *m_team = nullptr;
    ReplyQueue *m_replies = nullptr;
    ReviewDesk *m_reviews = nullptr;
    QueueDesk *m_queue = nullptr;
    TranslationDesk *m_translations = nullptr;
    CrmDesk *m_crm = nullptr;
    CrmLogSender *m_crmLog = nullptr;
    SurveyDesk *m_surveys = nullptr;
    EscalationDesk *m_escalations = nullptr;
    ShareDesk *m_shares = nullptr;
    ShiftDesk *m_shifts = nullptr;
    qint64 m_shownConversation = 0; // the last one loaded: sent again when its customer changes
    std::unique_ptr<TeamActions> m_teamActions;
};

} // namespace CareDesk::Workspace

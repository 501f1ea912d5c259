#pragma once

#include "Result.h"
#include "Routing.h"
#include "model/Inbox.h"

#include <protocol/ChangeRecord.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace CareDesk::Server {

class ServerDatabase;

// Integration is not a person: a token that may only feed /v1/ingest for its team.
enum class Role { Agent, Lead, Trainer, Admin, Integration };
QString toString(Role role);
std::optional<Role> roleFromString(const QString &text);

enum class Presence { Available, Away, Offline };
QString toString(Presence presence);
std::optional<Presence> presenceFromString(const QString &text);

struct Agent
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Agent;
    qint64 teamId = 0;
    QStringList languages;  // empty: any language
    QStringList categories; // empty: any category
    int capacity = 8;       // open conversations at most
    Presence presence = Presence::Offline;
    qint64 presenceAtMs = 0;
    qint64 lastAssignedAtMs = 0;

    // Leads and admins may act on conversations others hold (transfer, release).
    bool supervises() const { return role == Role::Lead || role == Role::Admin; }
    QJsonObject toJson() const;
};

struct NewAgent
{
    QString login;
    QString displayName;
    Role role = Role::Agent;
    QString team; // created when new; empty: "default"
    QStringList languages;
    QStringList categories;
    int capacity = 8;
};

// What a conversation list may be narrowed to. The scope (which teams) comes from the agent.
struct ConversationFilter
{
    QStringList statuses; // empty: every status but resolved
    enum class Assignee { Anyone, Me, Unassigned, Agent } assignee = Assignee::Anyone;
    qint64 assigneeId = 0;
    QString language;
    QString category;
    QString channel;
};

// The sort key of the last row of a page; the next page starts after it.
struct ConversationCursor
{
    int priority = 0;
    qint64 slaDueMs = 0;
    qint64 id = 0;

    QString encode() const;
    static std::optional<ConversationCursor> decode(const QString &text);
};

struct ConversationPage
{
    QJsonArray conversations;
    std::optional<ConversationCursor> next;
};

// Why a write did not happen, in terms an API maps to a status code.
struct Refusal
{
    enum class Kind { NotFound, Forbidden, Conflict, Stale, Invalid } kind = Kind::Conflict;
    QString message;
    QJsonObject detail; // e.g. the current holder
};

// The outcome of a write that may be refused for a reason the caller should show.
template<typename T> struct Outcome
{
    std::optional<T> value;
    std::optional<Refusal> refusal;
    static Outcome refused(Refusal::Kind kind, QString message, QJsonObject detail = {})
    {
        return {std::nullopt, Refusal{kind, std::move(message), std::move(detail)}};
    }
};

// Every read and write of the team's shared state. Each write runs in one transaction that
// also appends its change records to the feed, so a change is in the feed exactly when it
// happened. Claims are conditional updates: of any number of racing claims, one wins.
class TeamStore final
{
public:
    explicit TeamStore(ServerDatabase &database);

    // Accounts and sessions
    Core::Result<Agent> addAgent(const NewAgent &agent, const QString &passwordHash, qint64 nowMs);
    // Someone who left: sessions end, their conversations go back to the queue, and they can no
    // longer sign in; what they wrote stays. False when there is no such login.
    Core::Result<bool> disableAgent(const QString &login, qint64 nowMs);
    // A new password; every session of the account ends.
    Core::Result<bool> setPassword(const QString &login, const QString &passwordHash);
    // The agent and the stored password hash (accounts that were disabled are not found).
    Core::Result<std::optional<std::pair<Agent, QString>>> agentByLogin(const QString &login);
    Core::Result<std::optional<Agent>> agent(qint64 agentId);
    Core::Result<QList<Agent>> teamAgents(qint64 teamId);
    Core::Result<QByteArray> createSession(qint64 agentId, qint64 nowMs, qint64 lifetimeMs);
    // The agent a session token belongs to, or the integration an integration token names.
    Core::Result<std::optional<Agent>> agentForToken(const QByteArray &token, qint64 nowMs);
    // A new integration token for `team`; shown once, stored hashed.
    Core::Result<QByteArray> addIntegration(const QString &name, const QString &team, qint64 nowMs);
    // Revokes an integration's token; false when there is none by that name.
    Core::Result<bool> removeIntegration(const QString &name);
    Core::Result<void> endSession(const QByteArray &token);
    // Wrong passwords for `login` since `sinceMs`, oldest first; older ones are forgotten.
    Core::Result<QList<qint64>> loginFailures(const QString &login, qint64 sinceMs);
    Core::Result<void> recordLoginFailure(const QString &login, qint64 nowMs);
    Core::Result<void> clearLoginFailures(const QString &login);
    // Skills, capacity and role as given; the login and password stay.
    Core::Result<void> updateAgent(const Agent &agent, qint64 nowMs);
    // The team's id, the team created if new; empty: "default".
    Core::Result<qint64> teamId(const QString &name);
    // Changes what is given; returns the team's routing settings.
    // `slaPolicy`: Triage::SlaPolicy JSON, checked by the caller; it applies to conversations
    // published from then on.
    Core::Result<QJsonObject> setRouting(qint64 teamId, std::optional<Routing::Policy> policy,
                                         std::optional<int> offlineGraceSecs, qint64 nowMs,
                                         std::optional<QByteArray> slaPolicy = std::nullopt);
    // The team's routing settings and SLA policy, as setRouting() answers.
    Core::Result<QJsonObject> routingSettings(qint64 teamId);

    // Conversations, as the agent may see them
    Core::Result<ConversationPage> conversations(const Agent &viewer,
                                                 const ConversationFilter &filter,
                                                 const std::optional<ConversationCursor> &after,
                                                 int limit);
    // Conversation, messages, notes and history; nullopt when missing or not the viewer's.
    Core::Result<std::optional<QJsonObject>> conversationDetail(const Agent &viewer,
                                                                qint64 conversationId);
    Core::Result<int> openCount(qint64 agentId);
    // The conversation's id in the server's ingest workspace.
    Core::Result<qint64> sourceIdOf(qint64 conversationId);

    // Ingest: the conversation as the server's ingest workspace now has it, with every message.
    // An outbound message that an agent's reply already shows is matched to it, not repeated.
    Core::Result<void> publish(qint64 teamId, const Core::ConversationDetail &conversation,
                               qint64 nowMs);
    // How far publishing has come: the ingest workspace's newest message already published.
    Core::Result<qint64> publishedUpTo();
    Core::Result<void> setPublishedUpTo(qint64 messageId);

    // Replies not yet known to be sent or failed, oldest first.
    struct PendingReply
    {
        QString clientId;
        qint64 sourceConversationId = 0;
        bool isPublic = true;
        QString text;
        QString author;
        QString state;
    };
    Core::Result<QList<PendingReply>> pendingReplies();
    // What the channel made of a reply: "sending", "sent", "failed" or "uncertain".
    Core::Result<void> settleReply(const QString &clientId, const QString &state,
                                   const QString &detail, qint64 nowMs);

    // Assignment and work
    Core::Result<Outcome<QJsonObject>> claim(const Agent &agent, qint64 conversationId,
                                             qint64 nowMs);
    Core::Result<Outcome<QJsonObject>> release(const Agent &agent, qint64 conversationId,
                                               qint64 nowMs);
    Core::Result<Outcome<QJsonObject>> transfer(const Agent &agent, qint64 conversationId,
                                                qint64 toAgentId, qint64 nowMs);
    Core::Result<Outcome<QJsonObject>> setStatus(const Agent &agent, qint64 conversationId,
                                                 Core::ConversationStatus status, qint64 nowMs);
    Core::Result<Outcome<QJsonObject>> addNote(const Agent &agent, qint64 conversationId,
                                               const QString &text, qint64 nowMs);
    // `baseRev`: the conversation revision the agent's draft was written against. A reply to a
    // conversation that changed since (a new message, a transfer) is refused as stale. The same
    // `clientId` again returns the reply already stored.
    Core::Result<Outcome<QJsonObject>> addReply(const Agent &agent, qint64 conversationId,
                                                const QString &clientId, const QString &text,
                                                Core::Visibility visibility, qint64 baseRev,
                                                qint64 nowMs);

    // Routing
    Core::Result<void> setPresence(const Agent &agent, Presence presence, qint64 nowMs);

    // A lead's QA review of a conversation of their team: one per conversation and reviewer,
    // replaced when saved again. It is the work of whoever holds (or last held) the conversation.
    // `review` carries summary, scores and comments as the client sent them.
    Core::Result<Outcome<QJsonObject>> saveReview(const Agent &reviewer, qint64 conversationId,
                                                  const QJsonObject &review, qint64 nowMs);
    // Newest first: the reviews of `agentId`'s work (0: everyone's) that `viewer` may see.
    Core::Result<QJsonArray> reviews(const Agent &viewer, qint64 agentId);
    // The best conversation this agent may take now, claimed for them; nullopt when none.
    Core::Result<std::optional<QJsonObject>> takeNext(const Agent &agent, qint64 nowMs);
    // Assigns waiting conversations to available agents by the team's policy. Returns how many.
    Core::Result<int> dispatch(qint64 teamId, qint64 nowMs);
    // Conversations of agents offline for longer than their team's grace period go back to the
    // queue. Returns how many.
    Core::Result<int> requeueFromOfflineAgents(qint64 nowMs);

    // The change feed, as the viewer may see it.
    Core::Result<Protocol::ChangeFeed> changesSince(const Agent &viewer, qint64 rev, int limit);
    Core::Result<qint64> latestRev();
    // Every change after `rev` with the team it belongs to (0: every team), for the live feed.
    Core::Result<QList<std::pair<qint64, Protocol::ChangeRecord>>> changesAfter(qint64 rev,
                                                                                int limit);

private:
    struct Locked; // a conversation row read inside a write transaction

    Core::Result<qint64> appendChange(qint64 teamId, const QString &entity, const QString &id,
                                      const QJsonObject &data, qint64 nowMs);
    Core::Result<QJsonObject> conversationJson(qint64 conversationId);
    Core::Result<std::optional<Locked>> lockedConversation(qint64 conversationId);
    // One write to a conversation the agent may see: `work` changes it or refuses; then its
    // revision moves and its change is recorded. The answer is the conversation as it now is.
    Core::Result<Outcome<QJsonObject>> changeConversation(
        const Agent &agent, qint64 conversationId, qint64 nowMs,
        const std::function<Core::Result<std::optional<Refusal>>(const Locked &)> &work);
    Core::Result<void> recordEvent(qint64 conversationId, qint64 agentId, const QString &kind,
                                   const QJsonObject &detail, qint64 nowMs);
    // Bumps the conversation's revision and appends its change: the end of every write to it.
    Core::Result<QJsonObject> conversationChanged(qint64 teamId, qint64 conversationId,
                                                  qint64 nowMs);
    // Back to the queue without its holder, as the server decided (`reason`): "offline" keeps
    // the holder as the customer's previous agent, a closed account does not.
    Core::Result<void> returnToQueue(qint64 teamId, qint64 conversationId, qint64 fromAgentId,
                                     const QString &reason, bool keepAsPrevious, qint64 nowMs);
    Core::Result<bool> assign(qint64 teamId, qint64 conversationId, qint64 agentId,
                              const QString &reason, qint64 nowMs);
    bool maySee(const Agent &viewer, qint64 teamId) const;

    template<typename T> Core::Result<T> inWrite(const std::function<Core::Result<T>()> &work);

    ServerDatabase &m_database;
};

} // namespace CareDesk::Server

#pragma once

#include "Agent.h"
#include "Outcome.h"
#include "Result.h"
#include "model/Inbox.h"

#include <protocol/MessageWire.h>

#include <QJsonObject>

#include <functional>
#include <optional>

namespace CareDesk::Server {

class AccountStore;
class Assignments;
class ChangeFeed;
class ConversationReads;
class ServerDatabase;
struct ConversationState;

// What agents do to a conversation: claim, release, transfer, status, notes and replies. Each
// write runs in one transaction with its change records; a claim is a conditional update, so
// of any number of racing claims one wins.
class ConversationWrites final
{
public:
    ConversationWrites(ServerDatabase &database, ConversationReads &reads, ChangeFeed &feed,
                       Assignments &assignments, AccountStore &accounts);

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
    // agent's same `clientId` again returns the reply already stored; anyone else's is looked
    // up only once they may reply to the conversation, and then refused.
    // `translatedFrom`: what the agent wrote, when the reply is its machine translation.
    Core::Result<Outcome<QJsonObject>>
    addReply(const Agent &agent, qint64 conversationId, const QString &clientId,
             const QString &text, Core::Visibility visibility, qint64 baseRev, qint64 nowMs,
             const Protocol::TranslatedFrom &translatedFrom = {});

private:
    using Work = std::function<Core::Result<std::optional<Refusal>>(const ConversationState &)>;
    // One write to a conversation the agent may see: `work` changes it or refuses; then its
    // revision moves and its change is recorded. The answer is the conversation as it now is.
    Core::Result<Outcome<QJsonObject>> change(const Agent &agent, qint64 conversationId,
                                              qint64 nowMs, const Work &work);
    struct StoredReply
    {
        qint64 id = 0;
        qint64 conversationId = 0;
        QString state;
        qint64 agentId = 0;
    };
    // Why a conversation of `teamId` may not go to `toAgentId`: only an enabled agent or lead
    // of that team takes it.
    Core::Result<std::optional<Refusal>> transferRefusal(qint64 toAgentId, qint64 teamId);
    // The reply already stored under `clientId`, by whichever agent, if any.
    Core::Result<std::optional<StoredReply>> earlierReply(const QString &clientId);
    // The answer to an agent who sends their own reply again.
    static Outcome<QJsonObject> repeatedReply(const StoredReply &earlier, const QString &clientId,
                                              qint64 conversationId);
    // Stores the reply, its outbound message and what it answers; returns the reply.
    Core::Result<QJsonObject> storeReply(const Agent &agent, const ConversationState &current,
                                         qint64 conversationId, const QString &clientId,
                                         const QString &text, Core::Visibility visibility,
                                         qint64 nowMs,
                                         const Protocol::TranslatedFrom &translatedFrom);

    ServerDatabase &m_database;
    ConversationReads &m_reads;
    ChangeFeed &m_feed;
    Assignments &m_assignments;
    AccountStore &m_accounts;
};

} // namespace CareDesk::Server

#include "ConversationWrites.h"

#include "AccountStore.h"
#include "Assignments.h"
#include "ChangeFeed.h"
#include "ConversationReads.h"
#include "StoreRows.h"
#include "StoreSql.h"

#include "server/ServerDatabase.h"

#include <QCoreApplication>
#include <QVariant>

namespace CareDesk::Server {

using Core::Result;
using namespace StoreSql;
using StoreRows::visibilityName;

namespace {

// The catalogs know the store's messages under the context it had as one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamStore)
};

QString minutesAgo(qint64 sinceMs, qint64 nowMs)
{
    const qint64 minutes = std::max<qint64>(0, (nowMs - sinceMs) / 60000);
    if (minutes < 1)
        return Tr::tr("just now");
    // German and Spanish, like English, have one form for one and another for more.
    if (minutes == 1)
        return Tr::tr("a minute ago");
    if (minutes < 120)
        return Tr::tr("%1 minutes ago").arg(minutes);
    return Tr::tr("%1 hours ago").arg(minutes / 60);
}

Outcome<QJsonObject> noSuchConversation()
{
    return Outcome<QJsonObject>::refused(Refusal::Kind::NotFound,
                                         Tr::tr("There is no such conversation."));
}

} // namespace

ConversationWrites::ConversationWrites(ServerDatabase &database, ConversationReads &reads,
                                       ChangeFeed &feed, Assignments &assignments,
                                       AccountStore &accounts)
    : m_database(database)
    , m_reads(reads)
    , m_feed(feed)
    , m_assignments(assignments)
    , m_accounts(accounts)
{}

Result<Outcome<QJsonObject>> ConversationWrites::claim(const Agent &agent, qint64 conversationId,
                                                       qint64 nowMs)
{
    return inWrite<Outcome<QJsonObject>>(m_database, [&]() -> Result<Outcome<QJsonObject>> {
        auto locked = m_reads.state(conversationId);
        if (!locked)
            return locked.error();
        if (!locked.value() || !agent.sees(locked.value()->teamId))
            return noSuchConversation();
        const ConversationState &current = *locked.value();
        if (current.assigneeId == agent.id) {
            auto json = m_reads.conversation(conversationId);
            if (!json)
                return json.error();
            return Outcome<QJsonObject>{json.value(), std::nullopt};
        }
        auto assigned = m_assignments.assign(current.teamId, conversationId, agent.id,
                                             QStringLiteral("claimed"), nowMs);
        if (!assigned)
            return assigned.error();
        if (!assigned.value()) {
            auto holder = m_reads.state(conversationId);
            if (!holder)
                return holder.error();
            const ConversationState &now = *holder.value();
            return Outcome<QJsonObject>::refused(
                Refusal::Kind::Conflict,
                Tr::tr("%1 took this conversation %2.")
                    .arg(now.assigneeName, minutesAgo(now.assignedAtMs, nowMs)),
                {{QStringLiteral("holder"),
                  QJsonObject{{QStringLiteral("id"), now.assigneeId},
                              {QStringLiteral("name"), now.assigneeName},
                              {QStringLiteral("since"), isoTime(now.assignedAtMs)}}}});
        }
        auto json = m_reads.conversation(conversationId);
        if (!json)
            return json.error();
        return Outcome<QJsonObject>{json.value(), std::nullopt};
    });
}

Result<Outcome<QJsonObject>> ConversationWrites::change(const Agent &agent, qint64 conversationId,
                                                        qint64 nowMs, const Work &work)
{
    return inWrite<Outcome<QJsonObject>>(m_database, [&]() -> Result<Outcome<QJsonObject>> {
        auto locked = m_reads.state(conversationId);
        if (!locked)
            return locked.error();
        if (!locked.value() || !agent.sees(locked.value()->teamId))
            return noSuchConversation();
        auto done = work(*locked.value());
        if (!done)
            return done.error();
        if (done.value())
            return Outcome<QJsonObject>{std::nullopt, done.value()};
        auto json = m_feed.conversationChanged(locked.value()->teamId, conversationId, nowMs);
        if (!json)
            return json.error();
        return Outcome<QJsonObject>{json.value(), std::nullopt};
    });
}

Result<Outcome<QJsonObject>> ConversationWrites::release(const Agent &agent, qint64 conversationId,
                                                         qint64 nowMs)
{
    return change(
        agent, conversationId, nowMs,
        [&](const ConversationState &current) -> Result<std::optional<Refusal>> {
            if (current.assigneeId == 0)
                return std::optional<Refusal>(
                    {Refusal::Kind::Conflict, Tr::tr("Nobody holds this conversation."), {}});
            if (current.assigneeId != agent.id && !agent.supervises())
                return std::optional<Refusal>(
                    {Refusal::Kind::Forbidden,
                     Tr::tr("%1 holds this conversation; only they or a lead can release it.")
                         .arg(current.assigneeName),
                     {}});
            auto updated = run(
                m_database.connection(),
                QStringLiteral(
                    "UPDATE conversations SET previous_agent_id = assignee_id, assignee_id = NULL,"
                    " assigned_at = 0 WHERE id = ?"),
                {conversationId});
            if (!updated)
                return updated.error();
            if (auto recorded = m_assignments.recordEvent(
                    conversationId, agent.id, QStringLiteral("released"),
                    {{QStringLiteral("from"), current.assigneeId}}, nowMs);
                !recorded)
                return recorded.error();
            return std::optional<Refusal>();
        });
}

Result<Outcome<QJsonObject>> ConversationWrites::transfer(const Agent &agent, qint64 conversationId,
                                                          qint64 toAgentId, qint64 nowMs)
{
    return change(
        agent, conversationId, nowMs,
        [&](const ConversationState &current) -> Result<std::optional<Refusal>> {
            if (current.assigneeId != agent.id && !agent.supervises())
                return std::optional<Refusal>(
                    {Refusal::Kind::Forbidden,
                     current.assigneeId == 0
                         ? Tr::tr("Claim the conversation before handing it over.")
                         : Tr::tr(
                               "%1 holds this conversation; only they or a lead can transfer it.")
                               .arg(current.assigneeName),
                     {}});
            auto refused = transferRefusal(toAgentId, current.teamId);
            if (!refused || refused.value())
                return refused;
            auto updated =
                run(m_database.connection(),
                    QStringLiteral(
                        "UPDATE conversations SET previous_agent_id = assignee_id, assignee_id = ?,"
                        " assigned_at = ? WHERE id = ?"),
                    {toAgentId, nowMs, conversationId});
            if (!updated)
                return updated.error();
            if (auto recorded = m_assignments.recordEvent(
                    conversationId, agent.id, QStringLiteral("transferred"),
                    {{QStringLiteral("from"), current.assigneeId},
                     {QStringLiteral("to"), toAgentId}},
                    nowMs);
                !recorded)
                return recorded.error();
            return std::optional<Refusal>();
        });
}

Result<std::optional<Refusal>> ConversationWrites::transferRefusal(qint64 toAgentId, qint64 teamId)
{
    auto target = m_accounts.agent(toAgentId);
    if (!target)
        return target.error();
    // Nobody, and anybody of another team, is answered alike: the caller learns no other team.
    if (!target.value() || target.value()->teamId != teamId)
        return std::optional<Refusal>(
            {Refusal::Kind::Invalid,
             Tr::tr("The agent to hand over to is not on this team."),
             {{QStringLiteral("reason"), QStringLiteral("not_on_team")}}});
    const Agent &to = *target.value();
    auto disabled = run(m_database.connection(),
                        QStringLiteral("SELECT disabled FROM agents WHERE id = ?"), {toAgentId});
    if (!disabled)
        return disabled.error();
    if (!disabled.value().next() || disabled.value().value(0).toInt() != 0)
        return std::optional<Refusal>(
            {Refusal::Kind::Invalid,
             Tr::tr("%1's account is closed; hand the conversation to someone else.")
                 .arg(to.displayName),
             {{QStringLiteral("reason"), QStringLiteral("account_closed")}}});
    if (to.role != Role::Agent && to.role != Role::Lead)
        return std::optional<Refusal>(
            {Refusal::Kind::Invalid,
             Tr::tr("%1 does not work conversations; hand it to an agent or a lead.")
                 .arg(to.displayName),
             {{QStringLiteral("reason"), QStringLiteral("not_a_worker")}}});
    return std::optional<Refusal>();
}

Result<Outcome<QJsonObject>> ConversationWrites::setStatus(const Agent &agent,
                                                           qint64 conversationId,
                                                           Core::ConversationStatus status,
                                                           qint64 nowMs)
{
    return change(
        agent, conversationId, nowMs,
        [&](const ConversationState &current) -> Result<std::optional<Refusal>> {
            if (current.assigneeId != agent.id && !agent.supervises())
                return std::optional<Refusal>(
                    {Refusal::Kind::Conflict,
                     current.assigneeId == 0
                         ? Tr::tr("Claim the conversation first.")
                         : Tr::tr("%1 holds this conversation.").arg(current.assigneeName),
                     {}});
            const QString name = Core::toString(status);
            auto updated = run(m_database.connection(),
                               QStringLiteral("UPDATE conversations SET status = ? WHERE id = ?"),
                               {name, conversationId});
            if (!updated)
                return updated.error();
            if (auto recorded = m_assignments.recordEvent(
                    conversationId, agent.id, QStringLiteral("status"),
                    {{QStringLiteral("from"), current.status}, {QStringLiteral("to"), name}},
                    nowMs);
                !recorded)
                return recorded.error();
            return std::optional<Refusal>();
        });
}

Result<Outcome<QJsonObject>> ConversationWrites::addNote(const Agent &agent, qint64 conversationId,
                                                         const QString &text, qint64 nowMs)
{
    return inWrite<Outcome<QJsonObject>>(m_database, [&]() -> Result<Outcome<QJsonObject>> {
        auto locked = m_reads.state(conversationId);
        if (!locked)
            return locked.error();
        if (!locked.value() || !agent.sees(locked.value()->teamId))
            return noSuchConversation();
        auto inserted =
            run(m_database.connection(),
                QStringLiteral("INSERT INTO notes(conversation_id, agent_id, text, created_at)"
                               " VALUES(?, ?, ?, ?) RETURNING id"),
                {conversationId, agent.id, text, nowMs});
        if (!inserted)
            return inserted.error();
        inserted.value().next();
        const QJsonObject note{{QStringLiteral("id"), inserted.value().value(0).toLongLong()},
                               {QStringLiteral("conversationId"), conversationId},
                               {QStringLiteral("agentId"), agent.id},
                               {QStringLiteral("agentName"), agent.displayName},
                               {QStringLiteral("text"), text},
                               {QStringLiteral("createdAt"), isoTime(nowMs)}};
        if (auto changed =
                m_feed.append(locked.value()->teamId, QStringLiteral("note"),
                              note.value(QLatin1String("id")).toVariant().toString(), note, nowMs);
            !changed)
            return changed.error();
        if (auto changed =
                m_feed.conversationChanged(locked.value()->teamId, conversationId, nowMs);
            !changed)
            return changed.error();
        return Outcome<QJsonObject>{note, std::nullopt};
    });
}

Result<Outcome<QJsonObject>>
ConversationWrites::addReply(const Agent &agent, qint64 conversationId, const QString &clientId,
                             const QString &text, Core::Visibility visibility, qint64 baseRev,
                             qint64 nowMs, const Protocol::TranslatedFrom &translatedFrom)
{
    return inWrite<Outcome<QJsonObject>>(m_database, [&]() -> Result<Outcome<QJsonObject>> {
        // Who may reply comes first: someone of another team, or who does not hold the
        // conversation, learns nothing of the replies stored under a client id.
        auto locked = m_reads.state(conversationId);
        if (!locked)
            return locked.error();
        if (!locked.value() || !agent.sees(locked.value()->teamId))
            return noSuchConversation();
        const ConversationState &current = *locked.value();
        auto earlier = earlierReply(clientId);
        if (!earlier)
            return earlier.error();
        // The agent's own retry answers as the first time did, even if the case moved on since.
        if (earlier.value() && earlier.value()->agentId == agent.id)
            return repeatedReply(*earlier.value(), clientId, conversationId);
        if (current.assigneeId != agent.id)
            return Outcome<QJsonObject>::refused(
                Refusal::Kind::Conflict,
                current.assigneeId == 0
                    ? Tr::tr("Claim the conversation before replying.")
                    : Tr::tr("%1 took this conversation %2.")
                          .arg(current.assigneeName, minutesAgo(current.assignedAtMs, nowMs)),
                {{QStringLiteral("holder"),
                  QJsonObject{{QStringLiteral("id"), current.assigneeId},
                              {QStringLiteral("name"), current.assigneeName}}}});
        if (baseRev < current.rev)
            return Outcome<QJsonObject>::refused(Refusal::Kind::Stale,
                                                 Tr::tr("The conversation changed while you were "
                                                        "writing. Read it again before sending."),
                                                 {{QStringLiteral("rev"), current.rev}});
        if (earlier.value())
            return Outcome<QJsonObject>::refused(
                Refusal::Kind::Invalid,
                Tr::tr("This client id is already in use. Send the reply with a new one."));
        auto reply = storeReply(agent, current, conversationId, clientId, text, visibility, nowMs,
                                translatedFrom);
        if (!reply)
            return reply.error();
        auto json = m_feed.conversationChanged(current.teamId, conversationId, nowMs);
        if (!json)
            return json.error();
        QJsonObject answer = reply.value();
        answer.insert(QStringLiteral("conversation"), json.value());
        return Outcome<QJsonObject>{answer, std::nullopt};
    });
}

Result<std::optional<ConversationWrites::StoredReply>>
ConversationWrites::earlierReply(const QString &clientId)
{
    auto earlier = run(m_database.connection(),
                       QStringLiteral("SELECT id, conversation_id, state, agent_id FROM replies"
                                      " WHERE client_id = ?"),
                       {clientId});
    if (!earlier)
        return earlier.error();
    if (!earlier.value().next())
        return std::optional<StoredReply>();
    return std::optional<StoredReply>(
        StoredReply{earlier.value().value(0).toLongLong(), earlier.value().value(1).toLongLong(),
                    earlier.value().value(2).toString(), earlier.value().value(3).toLongLong()});
}

Outcome<QJsonObject> ConversationWrites::repeatedReply(const StoredReply &earlier,
                                                       const QString &clientId,
                                                       qint64 conversationId)
{
    if (earlier.conversationId != conversationId)
        return Outcome<QJsonObject>::refused(
            Refusal::Kind::Invalid,
            Tr::tr("This client id was already used for another conversation."));
    return Outcome<QJsonObject>{QJsonObject{{QStringLiteral("id"), earlier.id},
                                            {QStringLiteral("clientId"), clientId},
                                            {QStringLiteral("conversationId"), conversationId},
                                            {QStringLiteral("state"), earlier.state},
                                            {QStringLiteral("repeated"), true}},
                                std::nullopt};
}

Result<QJsonObject> ConversationWrites::storeReply(const Agent &agent,
                                                   const ConversationState &current,
                                                   qint64 conversationId, const QString &clientId,
                                                   const QString &text, Core::Visibility visibility,
                                                   qint64 nowMs,
                                                   const Protocol::TranslatedFrom &translatedFrom)
{
    QSqlDatabase &db = m_database.connection();
    auto inserted = run(
        db,
        QStringLiteral("INSERT INTO replies(client_id, conversation_id, agent_id, visibility, text,"
                       " state, created_at) VALUES(?, ?, ?, ?, ?, 'queued', ?) RETURNING id"),
        {clientId, conversationId, agent.id, visibilityName(visibility), text, nowMs});
    if (!inserted)
        return inserted.error();
    inserted.value().next();
    const qint64 replyId = inserted.value().value(0).toLongLong();
    auto message = run(
        db,
        QStringLiteral(
            "INSERT INTO messages(conversation_id, platform_id, direction, visibility,"
            " author_name, author_handle, text, language, created_at, addressed, agent_id,"
            " source_text, source_language, translation_provider)"
            " VALUES(?, '', 'outbound', ?, ?, '', ?, '', ?, 'replied', ?, ?, ?, ?) RETURNING id"),
        {conversationId, visibilityName(visibility), agent.displayName, text, nowMs, agent.id,
         // Never NULL: the columns are NOT NULL with '' for an untranslated reply.
         orEmpty(translatedFrom.text), orEmpty(translatedFrom.language),
         orEmpty(translatedFrom.provider)});
    if (!message)
        return message.error();
    message.value().next();
    const qint64 messageId = message.value().value(0).toLongLong();
    // The reply answers what the customer wrote on the same side (public or private).
    if (auto addressed = run(
            db,
            QStringLiteral("UPDATE messages SET addressed = 'replied' WHERE conversation_id = ?"
                           " AND direction = 'inbound' AND addressed = 'open' AND visibility = ?"),
            {conversationId, visibilityName(visibility)});
        !addressed)
        return addressed.error();
    if (auto counted =
            run(db,
                QStringLiteral(
                    "UPDATE conversations SET unaddressed = (SELECT COUNT(*) FROM messages"
                    " WHERE conversation_id = ? AND direction = 'inbound' AND addressed = 'open'),"
                    " last_activity_at = ? WHERE id = ?"),
                {conversationId, nowMs, conversationId});
        !counted)
        return counted.error();
    auto messageJson = run(db,
                           QStringLiteral("SELECT ") + StoreRows::MESSAGE_COLUMNS +
                               QStringLiteral(" FROM messages m WHERE m.id = ?"),
                           {messageId});
    if (!messageJson)
        return messageJson.error();
    messageJson.value().next();
    if (auto changed =
            m_feed.append(current.teamId, QStringLiteral("message"), QString::number(messageId),
                          StoreRows::readMessage(messageJson.value()), nowMs);
        !changed)
        return changed.error();
    const QJsonObject reply{{QStringLiteral("id"), replyId},
                            {QStringLiteral("clientId"), clientId},
                            {QStringLiteral("conversationId"), conversationId},
                            {QStringLiteral("messageId"), messageId},
                            {QStringLiteral("visibility"), visibilityName(visibility)},
                            {QStringLiteral("state"), QStringLiteral("queued")}};
    if (auto changed = m_feed.append(current.teamId, QStringLiteral("reply"),
                                     QString::number(replyId), reply, nowMs);
        !changed)
        return changed.error();
    return reply;
}

} // namespace CareDesk::Server

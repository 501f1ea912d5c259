#include "Publisher.h"

#include "ChangeFeed.h"
#include "StoreRows.h"
#include "StoreSql.h"

#include "server/ServerDatabase.h"
#include "triage/SlaPolicy.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace CareDesk::Server {

using Core::Result;
using namespace StoreSql;

namespace {

// What the conversation row keeps of its messages.
struct Summary
{
    QString customerKey;
    QString preview;
    int unaddressed = 0;
    qint64 lastActivityMs = 0;
};

Summary summarize(const Core::ConversationDetail &conversation)
{
    Summary summary;
    summary.customerKey =
        conversation.customer.platform + QLatin1Char(':') +
        (conversation.customer.handle.isEmpty() ? QString::number(conversation.customer.customerId)
                                                : conversation.customer.handle.toLower());
    summary.lastActivityMs = conversation.createdAt.toMSecsSinceEpoch();
    for (const Core::MessageRecord &message : conversation.messages) {
        summary.lastActivityMs =
            std::max(summary.lastActivityMs, message.createdAt.toMSecsSinceEpoch());
        if (message.direction == Core::Direction::Inbound) {
            summary.preview = message.text.section(QLatin1Char('\n'), 0, 0).left(200);
            if (message.addressed == Core::Addressed::Open)
                ++summary.unaddressed;
        }
    }
    return summary;
}

// A customer returning to the team: whoever of the team helped them last is kept for routing;
// 0 when nobody.
Result<qint64> previousAgent(QSqlDatabase &db, qint64 teamId, const QString &customerKey,
                             qint64 sourceId)
{
    auto previous =
        run(db,
            QStringLiteral("SELECT COALESCE(assignee_id, previous_agent_id) FROM conversations"
                           " WHERE customer_key = ? AND team_id = ? AND source_id <> ?"
                           " AND COALESCE(assignee_id, previous_agent_id) IS NOT NULL"
                           " ORDER BY last_activity_at DESC LIMIT 1"),
            {customerKey, teamId, sourceId});
    if (!previous)
        return previous.error();
    return previous.value().next() ? previous.value().value(0).toLongLong() : 0;
}

// The team's SLA policy decides when the first answer is due, from the customer's first
// message; without one, triage's due time stands.
Result<QDateTime> slaDue(QSqlDatabase &db, qint64 teamId,
                         const Core::ConversationDetail &conversation)
{
    auto sla = run(db, QStringLiteral("SELECT sla_policy FROM teams WHERE id = ?"), {teamId});
    if (!sla)
        return sla.error();
    QDateTime due = conversation.slaDue;
    if (sla.value().next() && !sla.value().value(0).toString().isEmpty()) {
        if (auto policy = Triage::SlaPolicy::fromJson(sla.value().value(0).toString().toUtf8())) {
            QDateTime firstMessage = conversation.createdAt;
            for (const Core::MessageRecord &message : conversation.messages)
                if (message.direction == Core::Direction::Inbound &&
                    message.createdAt < firstMessage)
                    firstMessage = message.createdAt;
            due = policy.value().dueFrom(firstMessage);
        }
    }
    return due;
}

// Who the customer is in the team's CRM, as the desks receive it; empty when not matched.
QString crmJson(const Core::CustomerProfile &customer)
{
    if (!customer.crm)
        return QStringLiteral(""); // not NULL: the column holds text
    QJsonObject crm = customer.crm->record.toJson();
    crm.insert(QStringLiteral("matchedBy"), customer.crm->matchedBy);
    crm.insert(QStringLiteral("linkedBy"), customer.crm->linkedBy);
    crm.insert(QStringLiteral("linkedAt"), customer.crm->linkedAt.toMSecsSinceEpoch());
    return QString::fromUtf8(QJsonDocument(crm).toJson(QJsonDocument::Compact));
}

} // namespace

Publisher::Publisher(ServerDatabase &database, ChangeFeed &feed)
    : m_database(database)
    , m_feed(feed)
{}

Result<bool> Publisher::publish(qint64 teamId, const Core::ConversationDetail &conversation,
                                qint64 nowMs)
{
    return inWrite<bool>(m_database, [&]() -> Result<bool> {
        auto id = upsertConversation(teamId, conversation);
        if (!id)
            return id.error();
        if (!id.value())
            return false;
        // The conversation's change goes first, so that a client meets a conversation before
        // its messages.
        if (auto changed = m_feed.conversationChanged(teamId, *id.value(), nowMs); !changed)
            return changed.error();
        if (auto published = publishMessages(teamId, *id.value(), conversation, nowMs); !published)
            return published.error();
        return true;
    });
}

Result<std::optional<qint64>>
Publisher::upsertConversation(qint64 teamId, const Core::ConversationDetail &conversation)
{
    QSqlDatabase &db = m_database.connection();
    const Summary summary = summarize(conversation);
    auto previous = previousAgent(db, teamId, summary.customerKey, conversation.conversationId);
    if (!previous)
        return previous.error();
    auto due = slaDue(db, teamId, conversation);
    if (!due)
        return due.error();
    auto upserted = run(
        db,
        QStringLiteral("INSERT INTO conversations(team_id, source_id, channel, platform, "
                       "customer_key, customer_name,"
                       " customer_handle, customer_followers, language, category, actionable, "
                       "priority, status, sla_due_at,"
                       " created_at, last_activity_at, preview, unaddressed, previous_agent_id,"
                       " priority_reasons, customer_crm, rev)"
                       " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"
                       " ON CONFLICT(source_id) DO UPDATE SET customer_followers = "
                       "excluded.customer_followers,"
                       " language = excluded.language, category = excluded.category, actionable = "
                       "excluded.actionable,"
                       " priority = excluded.priority, sla_due_at = excluded.sla_due_at,"
                       " last_activity_at = excluded.last_activity_at, preview = excluded.preview,"
                       " unaddressed = excluded.unaddressed,"
                       " priority_reasons = excluded.priority_reasons,"
                       " customer_crm = excluded.customer_crm,"
                       // A customer who writes again while the team waits on them reopens the case;
                       // so does one who writes in a resolved thread (the ingest workspace
                       // reopened it).
                       " status = CASE WHEN conversations.status = 'pending'"
                       " AND excluded.last_activity_at > conversations.last_activity_at THEN 'open'"
                       " WHEN conversations.status = 'resolved' AND excluded.status = 'open'"
                       " THEN 'open' ELSE conversations.status END"
                       // Only ever the team's own conversation.
                       " WHERE conversations.team_id = excluded.team_id"
                       " RETURNING id"),
        {teamId,
         conversation.conversationId,
         conversation.channelName,
         conversation.platform,
         summary.customerKey,
         conversation.customer.displayName,
         conversation.customer.handle,
         conversation.customer.followers,
         conversation.language,
         conversation.category,
         conversation.actionable ? 1 : 0,
         conversation.priority,
         Core::toString(conversation.status),
         due.value().toMSecsSinceEpoch(),
         conversation.createdAt.toMSecsSinceEpoch(),
         summary.lastActivityMs,
         summary.preview,
         summary.unaddressed,
         idOrNull(previous.value()),
         QString::fromUtf8(Triage::reasonsToJson(conversation.priorityReasons)),
         crmJson(conversation.customer)});
    if (!upserted)
        return upserted.error();
    if (!upserted.value().next())
        return std::optional<qint64>();
    return std::optional<qint64>(upserted.value().value(0).toLongLong());
}

Result<void> Publisher::publishMessages(qint64 teamId, qint64 conversationId,
                                        const Core::ConversationDetail &conversation, qint64 nowMs)
{
    QSqlDatabase &db = m_database.connection();
    for (const Core::MessageRecord &message : conversation.messages) {
        if (message.direction == Core::Direction::Outbound) {
            // An agent's reply, now confirmed by the platform: the message the reply made
            // takes its platform id instead of a second copy appearing.
            auto matched =
                run(db,
                    QStringLiteral("UPDATE messages SET source_id = ?, platform_id = ? WHERE id = ("
                                   "SELECT id FROM messages WHERE conversation_id = ? AND "
                                   "direction = 'outbound'"
                                   " AND source_id IS NULL AND text = ? ORDER BY id LIMIT 1)"),
                    {message.id, message.platformId, conversationId, message.text});
            if (!matched)
                return matched.error();
            if (matched.value().numRowsAffected() > 0)
                continue;
        }
        auto inserted =
            run(db,
                QStringLiteral("INSERT INTO messages(conversation_id, source_id, platform_id, "
                               "direction, visibility,"
                               " author_name, author_handle, text, language, created_at, addressed)"
                               " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source_id) DO "
                               "NOTHING RETURNING id"),
                {conversationId, message.id, message.platformId,
                 message.direction == Core::Direction::Inbound ? QStringLiteral("inbound")
                                                               : QStringLiteral("outbound"),
                 StoreRows::visibilityName(message.visibility), message.authorName,
                 message.authorHandle, message.text, message.language,
                 message.createdAt.toMSecsSinceEpoch(), Core::toString(message.addressed)});
        if (!inserted)
            return inserted.error();
        if (!inserted.value().next())
            continue; // already published
        const qint64 messageId = inserted.value().value(0).toLongLong();
        if (auto changed = m_feed.messageChanged(teamId, messageId, nowMs); !changed)
            return changed.error();
    }
    return {};
}

Result<qint64> Publisher::publishedUpTo()
{
    auto found =
        run(m_database.connection(),
            QStringLiteral("SELECT value FROM server_meta WHERE key = 'published_message_id'"));
    if (!found)
        return found.error();
    return found.value().next() ? found.value().value(0).toString().toLongLong() : 0;
}

Result<void> Publisher::setPublishedUpTo(qint64 messageId)
{
    auto stored =
        run(m_database.connection(),
            QStringLiteral("INSERT INTO server_meta(key, value) VALUES('published_message_id', ?)"
                           " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            {QString::number(messageId)});
    if (!stored)
        return stored.error();
    return {};
}

} // namespace CareDesk::Server

#include "Assignments.h"

#include "ChangeFeed.h"
#include "StoreSql.h"

#include "server/ServerDatabase.h"

#include <QJsonDocument>

namespace CareDesk::Server {

using Core::Result;
using namespace StoreSql;

Assignments::Assignments(ServerDatabase &database, ChangeFeed &feed)
    : m_database(database)
    , m_feed(feed)
{}

Result<bool> Assignments::assign(qint64 teamId, qint64 conversationId, qint64 agentId,
                                 const QString &reason, qint64 nowMs)
{
    QSqlDatabase &db = m_database.connection();
    // The condition is the exclusivity: only a conversation nobody holds can be taken.
    auto updated =
        run(db,
            QStringLiteral("UPDATE conversations SET assignee_id = ?, assigned_at = ?,"
                           " status = CASE WHEN status = 'new' THEN 'open' ELSE status END"
                           " WHERE id = ? AND assignee_id IS NULL"),
            {agentId, nowMs, conversationId});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return false;
    if (auto stamped =
            run(db, QStringLiteral("UPDATE agents SET last_assigned_at = ? WHERE id = ?"),
                {nowMs, agentId});
        !stamped)
        return stamped.error();
    if (auto recorded = recordEvent(conversationId, agentId, QStringLiteral("assigned"),
                                    {{QStringLiteral("reason"), reason}}, nowMs);
        !recorded)
        return recorded.error();
    if (auto changed = m_feed.conversationChanged(teamId, conversationId, nowMs); !changed)
        return changed.error();
    return true;
}

Result<void> Assignments::returnToQueue(qint64 teamId, qint64 conversationId, qint64 fromAgentId,
                                        const QString &reason, bool keepAsPrevious, qint64 nowMs)
{
    auto updated = run(
        m_database.connection(),
        keepAsPrevious
            ? QStringLiteral(
                  "UPDATE conversations SET previous_agent_id = assignee_id, assignee_id = NULL,"
                  " assigned_at = 0 WHERE id = ?")
            : QStringLiteral(
                  "UPDATE conversations SET previous_agent_id = NULL, assignee_id = NULL,"
                  " assigned_at = 0 WHERE id = ?"),
        {conversationId});
    if (!updated)
        return updated.error();
    if (auto recorded = recordEvent(
            conversationId, 0, QStringLiteral("released"),
            {{QStringLiteral("from"), fromAgentId}, {QStringLiteral("reason"), reason}}, nowMs);
        !recorded)
        return recorded.error();
    if (auto changed = m_feed.conversationChanged(teamId, conversationId, nowMs); !changed)
        return changed.error();
    return {};
}

Result<void> Assignments::recordEvent(qint64 conversationId, qint64 agentId, const QString &kind,
                                      const QJsonObject &detail, qint64 nowMs)
{
    auto recorded =
        run(m_database.connection(),
            QStringLiteral(
                "INSERT INTO conversation_events(conversation_id, agent_id, kind, detail, at)"
                " VALUES(?, ?, ?, ?, ?)"),
            {conversationId, idOrNull(agentId), kind,
             QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), nowMs});
    if (!recorded)
        return recorded.error();
    return {};
}

} // namespace CareDesk::Server

#include "ReplyDelivery.h"

#include "ChangeFeed.h"
#include "StoreSql.h"

#include "server/ServerDatabase.h"

#include <QJsonObject>

namespace CareDesk::Server {

using Core::Result;
using namespace StoreSql;

ReplyDelivery::ReplyDelivery(ServerDatabase &database, ChangeFeed &feed)
    : m_database(database)
    , m_feed(feed)
{}

Result<QList<ReplyDelivery::PendingReply>> ReplyDelivery::pending()
{
    auto found =
        run(m_database.connection(),
            QStringLiteral(
                "SELECT r.client_id, c.source_id, r.visibility, r.text, a.display_name, r.state"
                " FROM replies r JOIN conversations c ON c.id = r.conversation_id"
                " JOIN agents a ON a.id = r.agent_id"
                " WHERE r.state IN ('queued', 'sending', 'uncertain') ORDER BY r.id"));
    if (!found)
        return found.error();
    QList<PendingReply> replies;
    while (found.value().next()) {
        const QSqlQuery &q = found.value();
        replies.append({q.value(0).toString(), q.value(1).toLongLong(),
                        q.value(2).toString() == u"public", q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString()});
    }
    return replies;
}

Result<void> ReplyDelivery::settle(const QString &clientId, const QString &state,
                                   const QString &detail, qint64 nowMs)
{
    auto written = inWrite<bool>(m_database, [&]() -> Result<bool> {
        QSqlDatabase &db = m_database.connection();
        auto found =
            run(db,
                QStringLiteral(
                    "SELECT r.id, r.conversation_id, c.team_id, r.state FROM replies r"
                    " JOIN conversations c ON c.id = r.conversation_id WHERE r.client_id = ?"),
                {clientId});
        if (!found)
            return found.error();
        if (!found.value().next() || found.value().value(3).toString() == state)
            return true;
        const qint64 replyId = found.value().value(0).toLongLong();
        const qint64 conversationId = found.value().value(1).toLongLong();
        const qint64 teamId = found.value().value(2).toLongLong();
        if (auto updated = run(db, QStringLiteral("UPDATE replies SET state = ? WHERE id = ?"),
                               {state, replyId});
            !updated)
            return updated.error();
        const QJsonObject reply{{QStringLiteral("id"), replyId},
                                {QStringLiteral("clientId"), clientId},
                                {QStringLiteral("conversationId"), conversationId},
                                {QStringLiteral("state"), state},
                                {QStringLiteral("detail"), detail}};
        if (auto changed = m_feed.append(teamId, QStringLiteral("reply"), QString::number(replyId),
                                         reply, nowMs);
            !changed)
            return changed.error();
        return true;
    });
    if (!written)
        return written.error();
    return {};
}

} // namespace CareDesk::Server

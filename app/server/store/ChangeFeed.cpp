#include "ChangeFeed.h"

#include "ConversationReads.h"
#include "StoreRows.h"
#include "StoreSql.h"

#include "server/ServerDatabase.h"

#include <QJsonDocument>

namespace CareDesk::Server {

using Core::Result;
using namespace StoreSql;

ChangeFeed::ChangeFeed(ServerDatabase &database, ConversationReads &conversations)
    : m_database(database)
    , m_conversations(conversations)
{}

Result<qint64> ChangeFeed::append(qint64 teamId, const QString &entity, const QString &id,
                                  const QJsonObject &data, qint64 nowMs)
{
    auto inserted =
        run(m_database.connection(),
            QStringLiteral("INSERT INTO changes(team_id, entity, entity_id, op, data, at)"
                           " VALUES(?, ?, ?, 'upsert', ?, ?) RETURNING rev"),
            {idOrNull(teamId), entity, id,
             QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), nowMs});
    if (!inserted)
        return inserted.error();
    if (!inserted.value().next())
        return databaseError(inserted.value());
    return inserted.value().value(0).toLongLong();
}

Result<int> ChangeFeed::compact(qint64 beforeMs)
{
    auto removed = run(m_database.connection(),
                       QStringLiteral("DELETE FROM changes WHERE at < ? AND EXISTS (SELECT 1 FROM"
                                      " changes later WHERE later.entity = changes.entity AND"
                                      " later.entity_id = changes.entity_id AND"
                                      " later.rev > changes.rev)"),
                       {beforeMs});
    if (!removed)
        return removed.error();
    return removed.value().numRowsAffected();
}

Result<void> ChangeFeed::messageChanged(qint64 teamId, qint64 messageId, qint64 nowMs)
{
    auto json = run(m_database.connection(),
                    QStringLiteral("SELECT ") + StoreRows::MESSAGE_COLUMNS +
                        QStringLiteral(" FROM messages m WHERE m.id = ?"),
                    {messageId});
    if (!json)
        return json.error();
    if (!json.value().next())
        return {};
    auto appended = append(teamId, QStringLiteral("message"), QString::number(messageId),
                           StoreRows::readMessage(json.value()), nowMs);
    if (!appended)
        return appended.error();
    return {};
}

Result<QJsonObject> ChangeFeed::conversationChanged(qint64 teamId, qint64 conversationId,
                                                    qint64 nowMs)
{
    // The change is appended first so that the conversation can carry its revision; its data is
    // filled in once the row shows the new state.
    auto rev =
        append(teamId, QStringLiteral("conversation"), QString::number(conversationId), {}, nowMs);
    if (!rev)
        return rev.error();
    QSqlDatabase &db = m_database.connection();
    if (auto bumped = run(db, QStringLiteral("UPDATE conversations SET rev = ? WHERE id = ?"),
                          {rev.value(), conversationId});
        !bumped)
        return bumped.error();
    auto json = m_conversations.conversation(conversationId);
    if (!json)
        return json.error();
    if (auto filled =
            run(db, QStringLiteral("UPDATE changes SET data = ? WHERE rev = ?"),
                {QString::fromUtf8(QJsonDocument(json.value()).toJson(QJsonDocument::Compact)),
                 rev.value()});
        !filled)
        return filled.error();
    return json.value();
}

Result<Protocol::ChangeFeed> ChangeFeed::since(const Agent &viewer, qint64 rev, int limit)
{
    // The newest revision is read first and the page stops there: a change committed while this
    // runs is left for the next request instead of being skipped by it.
    auto latest = latestRev();
    if (!latest)
        return latest.error();
    QString sql = QStringLiteral(
        "SELECT rev, entity, entity_id, op, data FROM changes WHERE rev > ? AND rev <= ?");
    QVariantList values{rev, latest.value()};
    if (viewer.role != Role::Admin) {
        sql += QStringLiteral(" AND (team_id = ? OR team_id IS NULL)");
        values << viewer.teamId;
    }
    sql += QStringLiteral(" ORDER BY rev LIMIT ?");
    values << limit;
    auto found = run(m_database.connection(), sql, values);
    if (!found)
        return found.error();
    Protocol::ChangeFeed feed;
    while (found.value().next()) {
        feed.changes.append(StoreRows::readChange(found.value()));
    }
    // A full page continues after its last change; otherwise the viewer has seen everything up
    // to the newest revision, including changes they may not see.
    feed.rev =
        feed.changes.size() == limit ? feed.changes.last().rev : std::max(rev, latest.value());
    return feed;
}

Result<qint64> ChangeFeed::latestRev()
{
    auto found =
        run(m_database.connection(), QStringLiteral("SELECT COALESCE(MAX(rev), 0) FROM changes"));
    if (!found)
        return found.error();
    found.value().next();
    return found.value().value(0).toLongLong();
}

Result<QList<std::pair<qint64, Protocol::ChangeRecord>>> ChangeFeed::after(qint64 rev, int limit)
{
    auto found = run(
        m_database.connection(),
        QStringLiteral("SELECT rev, entity, entity_id, op, data, COALESCE(team_id, 0) FROM changes"
                       " WHERE rev > ? ORDER BY rev LIMIT ?"),
        {rev, limit});
    if (!found)
        return found.error();
    QList<std::pair<qint64, Protocol::ChangeRecord>> changes;
    while (found.value().next()) {
        changes.append({found.value().value(5).toLongLong(), StoreRows::readChange(found.value())});
    }
    return changes;
}

} // namespace CareDesk::Server

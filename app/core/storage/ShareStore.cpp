#include "ShareStore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace CareDesk::Storage {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Storage::ShareStore)
};

Error shareError(const QString &detail)
{
    return Error{Tr::tr("Shared praise could not be read or saved."), detail};
}

} // namespace

ShareStore::ShareStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<std::optional<ShareTarget>> ShareStore::target(qint64 conversationId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT c.channel_id, ch.plugin_id, c.category,"
        " COALESCE((SELECT m.platform_id FROM messages m WHERE m.conversation_id = c.id"
        "   AND m.direction = 'in' AND m.visibility = 'public'"
        "   ORDER BY m.created_at DESC, m.id DESC LIMIT 1), ''),"
        " ch.platform"
        " FROM conversations c JOIN channels ch ON ch.id = c.channel_id WHERE c.id = ?"));
    query.addBindValue(conversationId);
    if (!query.exec())
        return shareError(query.lastError().text());
    if (!query.next())
        return std::optional<ShareTarget>();
    ShareTarget target;
    target.channelId = query.value(0).toLongLong();
    target.pluginId = query.value(1).toString();
    target.category = query.value(2).toString();
    target.platformId = query.value(3).toString();
    target.platform = query.value(4).toString();
    return std::optional<ShareTarget>(target);
}

Result<QList<Core::ShareRecord>> ShareStore::sharesOf(qint64 conversationId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT action, state, author, text, last_error, updated_at"
                                 " FROM outbox WHERE conversation_id = ?"
                                 " AND action IN ('repost','quote','like') ORDER BY id"));
    query.addBindValue(conversationId);
    if (!query.exec())
        return shareError(query.lastError().text());
    QList<Core::ShareRecord> shares;
    while (query.next()) {
        Core::ShareRecord share;
        share.action = query.value(0).toString();
        share.state = query.value(1).toString();
        share.by = query.value(2).toString();
        share.text = query.value(3).toString();
        share.lastError = query.value(4).toString();
        share.at = QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC);
        shares.append(share);
    }
    return shares;
}

} // namespace CareDesk::Storage

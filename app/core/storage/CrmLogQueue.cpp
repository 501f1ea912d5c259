#include "CrmLogQueue.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace CareDesk::Storage {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Storage::CrmLogQueue)
};

Error queueError(const QSqlQuery &query)
{
    return Error{Tr::tr("The conversations to log in the CRM could not be kept."),
                 query.lastError().text()};
}

} // namespace

CrmLogQueue::CrmLogQueue(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<bool> CrmLogQueue::enqueue(qint64 conversationId, const QDateTime &resolvedAt,
                                  const QString &source, const QString &recordId,
                                  const QString &clientId, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO crm_log_outbox(conversation_id, resolved_at, source, record_id,"
        " client_id, next_attempt_at) VALUES(?, ?, ?, ?, ?, ?)"));
    query.addBindValue(conversationId);
    query.addBindValue(resolvedAt.toMSecsSinceEpoch());
    query.addBindValue(source);
    query.addBindValue(recordId);
    query.addBindValue(clientId);
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec())
        return queueError(query);
    return query.numRowsAffected() > 0;
}

Result<QList<CrmLogItem>> CrmLogQueue::due(const QDateTime &now, int limit)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, conversation_id, resolved_at, source, record_id, client_id, state, attempts"
        " FROM crm_log_outbox WHERE state IN ('pending', 'uncertain') AND next_attempt_at <= ?"
        " ORDER BY id LIMIT ?"));
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(limit);
    if (!query.exec())
        return queueError(query);
    QList<CrmLogItem> items;
    while (query.next()) {
        CrmLogItem item;
        item.id = query.value(0).toLongLong();
        item.conversationId = query.value(1).toLongLong();
        item.resolvedAt = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
        item.source = query.value(3).toString();
        item.recordId = query.value(4).toString();
        item.clientId = query.value(5).toString();
        item.uncertain = query.value(6).toString() == u"uncertain";
        item.attempts = query.value(7).toInt();
        items.append(item);
    }
    return items;
}

Result<void> CrmLogQueue::update(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return queueError(query);
    return {};
}

Result<void> CrmLogQueue::markLogged(qint64 id, const QString &crmEntryId)
{
    return update(QStringLiteral("UPDATE crm_log_outbox SET state = 'logged', crm_entry_id = ?,"
                                 " last_error = '', attempts = attempts + 1 WHERE id = ?"),
                  {crmEntryId, id});
}

Result<void> CrmLogQueue::markUncertain(qint64 id, const QDateTime &askAt)
{
    return update(QStringLiteral("UPDATE crm_log_outbox SET state = 'uncertain',"
                                 " attempts = attempts + 1, next_attempt_at = ? WHERE id = ?"),
                  {askAt.toMSecsSinceEpoch(), id});
}

Result<void> CrmLogQueue::retryLater(qint64 id, const QString &error, const QDateTime &at)
{
    return update(QStringLiteral("UPDATE crm_log_outbox SET last_error = ?,"
                                 " attempts = attempts + 1, next_attempt_at = ? WHERE id = ?"),
                  {error, at.toMSecsSinceEpoch(), id});
}

Result<void> CrmLogQueue::markFailed(qint64 id, const QString &error)
{
    return update(QStringLiteral("UPDATE crm_log_outbox SET state = 'failed', last_error = ?,"
                                 " attempts = attempts + 1 WHERE id = ?"),
                  {error, id});
}

Result<std::pair<QString, QString>> CrmLogQueue::stateOf(qint64 conversationId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT state, crm_entry_id FROM crm_log_outbox"
                                 " WHERE conversation_id = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(conversationId);
    if (!query.exec())
        return queueError(query);
    if (!query.next())
        return std::pair<QString, QString>();
    return std::pair{query.value(0).toString(), query.value(1).toString()};
}

} // namespace CareDesk::Storage

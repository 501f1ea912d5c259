#include "EscalationStore.h"

#include "AgentActions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace CareDesk::Storage {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Storage::EscalationStore)
};

Error escalationError(const QString &detail)
{
    return Error{Tr::tr("The escalation could not be recorded."), detail};
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QDateTime utc(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

constexpr qint64 DAY_MS = 24 * 3600 * 1000;

} // namespace

EscalationStore::EscalationStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<bool> EscalationStore::escalate(qint64 conversationId,
                                       const Core::EscalationRecord &escalation,
                                       const QDateTime &now)
{
    QSqlQuery open(m_db);
    open.prepare(QStringLiteral("SELECT 1 FROM escalations WHERE conversation_id = ?"
                                " AND taken_at IS NULL AND (flag_only = 0 OR ? = 1)"));
    open.addBindValue(conversationId);
    open.addBindValue(escalation.flagOnly ? 1 : 0);
    if (!open.exec())
        return escalationError(open.lastError().text());
    if (open.next())
        return false;
    if (!m_db.transaction())
        return escalationError(m_db.lastError().text());
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO escalations(conversation_id, target, reason, note, by, rule, rule_detail,"
        " flag_only, at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : QVariantList{
             conversationId, text(escalation.target), text(escalation.reason),
             text(escalation.note), text(escalation.by), text(escalation.rule),
             text(escalation.ruleDetail), escalation.flagOnly ? 1 : 0, now.toMSecsSinceEpoch()})
        insert.addBindValue(value);
    if (!insert.exec()) {
        const QString why = insert.lastError().text();
        m_db.rollback();
        return escalationError(why);
    }
    auto audited = AgentActions(m_db).audit(
        QStringLiteral("conversation"), conversationId, QStringLiteral("escalation"), escalation.by,
        {{QStringLiteral("to"),
          escalation.flagOnly ? QStringLiteral("flagged") : QStringLiteral("escalated")},
         {QStringLiteral("target"), escalation.target},
         {QStringLiteral("reason"), escalation.reason},
         {QStringLiteral("rule"), escalation.rule},
         {QStringLiteral("detail"), escalation.ruleDetail}},
        now);
    if (!audited || !m_db.commit()) {
        m_db.rollback();
        return audited ? escalationError(m_db.lastError().text()) : audited.error();
    }
    return true;
}

Result<bool> EscalationStore::take(qint64 conversationId, const QString &agent,
                                   const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE escalations SET taken_by = ?, taken_at = ?"
                                 " WHERE conversation_id = ? AND taken_at IS NULL AND by <> ?"));
    query.addBindValue(text(agent));
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(conversationId);
    query.addBindValue(text(agent));
    if (!query.exec())
        return escalationError(query.lastError().text());
    if (query.numRowsAffected() == 0)
        return false;
    if (auto audited = AgentActions(m_db).audit(
            QStringLiteral("conversation"), conversationId, QStringLiteral("escalation"), agent,
            {{QStringLiteral("to"), QStringLiteral("taken")}}, now);
        !audited)
        return audited.error();
    return true;
}

Result<std::optional<Core::EscalationRecord>> EscalationStore::latest(qint64 conversationId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id, target, reason, note, by, rule, rule_detail, flag_only, at, taken_by,"
        " taken_at FROM escalations WHERE conversation_id = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(conversationId);
    if (!query.exec())
        return escalationError(query.lastError().text());
    if (!query.next())
        return std::optional<Core::EscalationRecord>();
    Core::EscalationRecord record;
    record.id = query.value(0).toLongLong();
    record.target = query.value(1).toString();
    record.reason = query.value(2).toString();
    record.note = query.value(3).toString();
    record.by = query.value(4).toString();
    record.rule = query.value(5).toString();
    record.ruleDetail = query.value(6).toString();
    record.flagOnly = query.value(7).toBool();
    record.at = utc(query.value(8));
    record.takenBy = query.value(9).toString();
    record.takenAt = utc(query.value(10));
    return std::optional<Core::EscalationRecord>(record);
}

Result<QList<ArrivedMessage>> EscalationStore::arrivedAfter(qint64 messageId, int limit)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Repeated contact: the customer's messages on any channel in the day up to this one.
    query.prepare(QStringLiteral(
        "SELECT m.id, m.conversation_id, m.text, coalesce(i.followers, 0),"
        " coalesce(i.verified, 0),"
        " (SELECT count(*) FROM conversations oc JOIN messages o ON o.conversation_id = oc.id"
        "  WHERE oc.customer_id = c.customer_id AND o.direction = 'in'"
        "  AND o.created_at > m.created_at - ? AND o.created_at <= m.created_at)"
        " FROM messages m JOIN conversations c ON c.id = m.conversation_id"
        " LEFT JOIN identities i ON i.id = m.identity_id"
        " WHERE m.id > ? AND m.direction = 'in' ORDER BY m.id LIMIT ?"));
    query.addBindValue(DAY_MS);
    query.addBindValue(messageId);
    query.addBindValue(limit);
    if (!query.exec())
        return escalationError(query.lastError().text());
    QList<ArrivedMessage> messages;
    while (query.next()) {
        ArrivedMessage message;
        message.messageId = query.value(0).toLongLong();
        message.conversationId = query.value(1).toLongLong();
        message.facts.text = query.value(2).toString();
        message.facts.followers = query.value(3).toLongLong();
        message.facts.verified = query.value(4).toBool();
        message.facts.contactsToday = query.value(5).toInt();
        messages.append(message);
    }
    return messages;
}

Result<qint64> EscalationStore::rulesCheckedUpTo()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'escalation_rules_up_to'")))
        return escalationError(query.lastError().text());
    if (query.next())
        return query.value(0).toLongLong();
    // First time: the messages already here were there before the rules.
    if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM messages")) || !query.next())
        return escalationError(query.lastError().text());
    return query.value(0).toLongLong();
}

Result<void> EscalationStore::setRulesCheckedUpTo(qint64 messageId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value)"
                                 " VALUES('escalation_rules_up_to', ?)"));
    query.addBindValue(QString::number(messageId));
    if (!query.exec())
        return escalationError(query.lastError().text());
    return {};
}

Result<QList<qint64>> EscalationStore::overdueUnmarked(const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT c.id FROM conversations c WHERE c.status IN ('new', 'open')"
                       " AND c.actionable = 1 AND c.first_response_at IS NULL AND c.sla_due < ?"
                       " AND NOT EXISTS(SELECT 1 FROM escalations e WHERE e.conversation_id = c.id"
                       " AND e.rule = 'sla') LIMIT 200"));
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec())
        return escalationError(query.lastError().text());
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace CareDesk::Storage

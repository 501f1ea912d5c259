#include "CustomerLinks.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <functional>

#include <algorithm>

namespace CareDesk::Storage {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Storage::CustomerLinks)
};

Error readError(const QSqlQuery &query)
{
    return Error{Tr::tr("The customer's CRM details could not be read."), query.lastError().text()};
}

Error saveError(const QString &detail)
{
    return Error{Tr::tr("The customer's CRM details could not be saved."), detail};
}

QString recordJson(const Core::CrmRecord &record)
{
    return QString::fromUtf8(QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact));
}

Core::CrmRecord recordFrom(const QVariant &json)
{
    return Core::CrmRecord::fromJson(QJsonDocument::fromJson(json.toString().toUtf8()).object());
}

QDateTime timeFrom(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

// Runs `work` in one transaction: all of it is kept, or none.
Result<void> inTransaction(QSqlDatabase &db, const std::function<Result<void>()> &work)
{
    if (!db.transaction())
        return saveError(db.lastError().text());
    auto done = work();
    if (!done) {
        db.rollback();
        return done;
    }
    if (!db.commit())
        return saveError(db.lastError().text());
    return {};
}

Result<void> exec(QSqlQuery &query)
{
    if (!query.exec())
        return saveError(query.lastError().text());
    return {};
}

} // namespace

CustomerLinks::CustomerLinks(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<std::optional<Core::CrmLink>> CustomerLinks::linkOf(qint64 customerId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT record, matched_by, linked_by, linked_at, fetched_at"
                                 " FROM customer_crm_links WHERE customer_id = ?"));
    query.addBindValue(customerId);
    if (!query.exec())
        return readError(query);
    if (!query.next())
        return std::optional<Core::CrmLink>();
    Core::CrmLink link;
    link.record = recordFrom(query.value(0));
    link.matchedBy = query.value(1).toString();
    link.linkedBy = query.value(2).toString();
    link.linkedAt = timeFrom(query.value(3));
    link.fetchedAt = timeFrom(query.value(4));
    return std::optional<Core::CrmLink>(link);
}

Result<void> CustomerLinks::link(qint64 customerId, const Core::CrmLink &link,
                                 const Triage::PriorityReason &reason)
{
    return inTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO customer_crm_links(customer_id, source, record_id, record,"
            " tier, matched_by, linked_by, linked_at, fetched_at)"
            " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(customerId);
        query.addBindValue(link.record.source);
        query.addBindValue(link.record.id);
        query.addBindValue(recordJson(link.record));
        query.addBindValue(link.record.tier);
        query.addBindValue(link.matchedBy);
        query.addBindValue(link.linkedBy);
        query.addBindValue(link.linkedAt.toMSecsSinceEpoch());
        query.addBindValue(link.fetchedAt.toMSecsSinceEpoch());
        if (auto done = exec(query); !done)
            return done;
        QSqlQuery accepted(m_db);
        accepted.prepare(QStringLiteral(
            "UPDATE crm_match_offers SET answer = 'accepted' WHERE customer_id = ? AND source = ?"
            " AND record_id = ?"));
        accepted.addBindValue(customerId);
        accepted.addBindValue(link.record.source);
        accepted.addBindValue(link.record.id);
        if (auto done = exec(accepted); !done)
            return done;
        return rescore(customerId, reason);
    });
}

Result<void> CustomerLinks::unlink(qint64 customerId, const Triage::PriorityReason &handTier,
                                   const QDateTime &now)
{
    return inTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery declined(m_db);
        declined.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO crm_match_offers(customer_id, source, record_id, matched_by,"
            " key, offered_at, answer) SELECT customer_id, source, record_id, matched_by, '', ?,"
            " 'declined' FROM customer_crm_links WHERE customer_id = ?"));
        declined.addBindValue(now.toMSecsSinceEpoch());
        declined.addBindValue(customerId);
        if (auto done = exec(declined); !done)
            return done;
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("DELETE FROM customer_crm_links WHERE customer_id = ?"));
        query.addBindValue(customerId);
        if (auto done = exec(query); !done)
            return done;
        return rescore(customerId, handTier);
    });
}

Result<bool> CustomerLinks::wasDeclined(qint64 customerId, const Core::CrmRecord &record)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM crm_match_offers WHERE customer_id = ? AND"
                                 " source = ? AND record_id = ? AND answer = 'declined'"));
    query.addBindValue(customerId);
    query.addBindValue(record.source);
    query.addBindValue(record.id);
    if (!query.exec())
        return readError(query);
    return query.next();
}

Result<void> CustomerLinks::refresh(qint64 customerId, const Core::CrmRecord &record,
                                    const Triage::PriorityReason &reason, const QDateTime &now)
{
    return inTransaction(m_db, [&]() -> Result<void> {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE customer_crm_links SET record = ?, tier = ?,"
                                     " fetched_at = ? WHERE customer_id = ? AND source = ?"
                                     " AND record_id = ?"));
        query.addBindValue(recordJson(record));
        query.addBindValue(record.tier);
        query.addBindValue(now.toMSecsSinceEpoch());
        query.addBindValue(customerId);
        query.addBindValue(record.source);
        query.addBindValue(record.id);
        if (auto done = exec(query); !done)
            return done;
        if (query.numRowsAffected() == 0)
            return {}; // linked elsewhere since
        return rescore(customerId, reason);
    });
}

Result<void> CustomerLinks::rescore(qint64 customerId, const Triage::PriorityReason &replacement)
{
    QSqlQuery open(m_db);
    open.prepare(QStringLiteral("SELECT id, priority_reasons FROM conversations"
                                " WHERE customer_id = ? AND status <> 'resolved'"));
    open.addBindValue(customerId);
    if (!open.exec())
        return saveError(open.lastError().text());
    QList<std::pair<qint64, QList<Triage::PriorityReason>>> changed;
    while (open.next()) {
        QList<Triage::PriorityReason> reasons =
            Triage::reasonsFromJson(open.value(1).toByteArray());
        // Spam gains nothing from who sent it, as at ingest.
        const bool spam = std::any_of(reasons.cbegin(), reasons.cend(), [](const auto &reason) {
            return reason.code == u"category" && reason.detail == u"spam";
        });
        reasons.removeIf([](const Triage::PriorityReason &reason) {
            return reason.code == u"customer" || reason.code == u"tier";
        });
        if (replacement.points != 0 && !spam)
            reasons.append(replacement);
        changed.append({open.value(0).toLongLong(), reasons});
    }
    QSqlQuery update(m_db);
    update.prepare(
        QStringLiteral("UPDATE conversations SET priority = ?, priority_reasons = ? WHERE id = ?"));
    for (const auto &[conversationId, reasons] : std::as_const(changed)) {
        int total = 0;
        for (const Triage::PriorityReason &reason : reasons)
            total += reason.points;
        update.addBindValue(std::clamp(total, 0, 100));
        update.addBindValue(Triage::reasonsToJson(reasons));
        update.addBindValue(conversationId);
        if (auto done = exec(update); !done)
            return done;
    }
    return {};
}

Result<QList<UnmatchedCustomer>> CustomerLinks::unmatched(int limit)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT c.id, i.platform, i.handle, c.display_name FROM customers c"
        " JOIN identities i ON i.customer_id = c.id"
        " WHERE NOT EXISTS (SELECT 1 FROM customer_crm_links l WHERE l.customer_id = c.id)"
        " AND EXISTS (SELECT 1 FROM conversations v WHERE v.customer_id = c.id)"
        " GROUP BY c.id ORDER BY (SELECT max(v.updated_at) FROM conversations v"
        " WHERE v.customer_id = c.id) DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return readError(query);
    QList<UnmatchedCustomer> customers;
    while (query.next())
        customers.append({query.value(0).toLongLong(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toString()});
    return customers;
}

Result<bool> CustomerLinks::rememberContactKey(qint64 customerId, const QString &kind,
                                               const QString &key, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO customer_contact_keys(customer_id, kind,"
                                 " key, seen_at) VALUES(?, ?, ?, ?)"));
    query.addBindValue(customerId);
    query.addBindValue(kind);
    query.addBindValue(key);
    query.addBindValue(now.toMSecsSinceEpoch());
    if (auto done = exec(query); !done)
        return done.error();
    return query.numRowsAffected() > 0;
}

Result<bool> CustomerLinks::offer(qint64 customerId, const Core::CrmRecord &record,
                                  const QString &matchedBy, const QString &key,
                                  const QDateTime &now)
{
    QSqlQuery linked(m_db);
    linked.prepare(QStringLiteral("SELECT 1 FROM customer_crm_links WHERE customer_id = ?"
                                  " AND source = ? AND record_id = ?"));
    linked.addBindValue(customerId);
    linked.addBindValue(record.source);
    linked.addBindValue(record.id);
    if (!linked.exec())
        return readError(linked);
    if (linked.next())
        return false;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT OR IGNORE INTO crm_match_offers(customer_id, source,"
                       " record_id, matched_by, key, offered_at) VALUES(?, ?, ?, ?, ?, ?)"));
    query.addBindValue(customerId);
    query.addBindValue(record.source);
    query.addBindValue(record.id);
    query.addBindValue(matchedBy);
    query.addBindValue(key);
    query.addBindValue(now.toMSecsSinceEpoch());
    if (auto done = exec(query); !done)
        return done.error();
    return query.numRowsAffected() > 0;
}

Result<QList<Core::CrmOffer>> CustomerLinks::openOffers(qint64 customerId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT r.data, o.matched_by, o.key, o.source FROM crm_match_offers o"
                       " JOIN crm_records r ON r.source = o.source AND r.record_id = o.record_id"
                       " WHERE o.customer_id = ? AND o.answer = '' ORDER BY o.offered_at"));
    query.addBindValue(customerId);
    if (!query.exec())
        return readError(query);
    QList<Core::CrmOffer> offers;
    while (query.next()) {
        Core::CrmOffer offer{recordFrom(query.value(0)), query.value(1).toString(),
                             query.value(2).toString()};
        offer.record.source = query.value(3).toString();
        offers.append(offer);
    }
    return offers;
}

Result<void> CustomerLinks::answerOffer(qint64 customerId, const QString &source,
                                        const QString &recordId, bool accepted)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE crm_match_offers SET answer = ? WHERE customer_id = ?"
                                 " AND source = ? AND record_id = ?"));
    query.addBindValue(accepted ? QStringLiteral("accepted") : QStringLiteral("declined"));
    query.addBindValue(customerId);
    query.addBindValue(source);
    query.addBindValue(recordId);
    return exec(query);
}

Result<void> CustomerLinks::audit(qint64 customerId, const QString &action, const QString &agent,
                                  const QJsonObject &detail, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO audit_events(at, actor, entity, entity_id, action, detail)"
                       " VALUES(?, ?, 'customer', ?, ?, ?)"));
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(agent.isNull() ? QStringLiteral("") : agent);
    query.addBindValue(customerId);
    query.addBindValue(action);
    query.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    return exec(query);
}

} // namespace CareDesk::Storage

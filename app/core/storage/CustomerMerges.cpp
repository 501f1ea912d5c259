#include "CustomerLinks.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace CareDesk::Storage {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Storage::CustomerMerges)
};

Error mergeError(const QString &detail)
{
    return Error{Tr::tr("The customers could not be merged."), detail};
}

Error undoError(const QString &detail)
{
    return Error{Tr::tr("The merge could not be undone."), detail};
}

// The ids an SQL list holds, "1,2,3", from a JSON array.
QString idList(const QJsonArray &ids)
{
    QStringList list;
    for (const QJsonValue &id : ids)
        list.append(QString::number(id.toInteger()));
    return list.join(u',');
}

} // namespace

CustomerMerges::CustomerMerges(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<qint64> CustomerMerges::merge(qint64 kept, qint64 merged, const QString &agent,
                                     const QDateTime &now)
{
    if (kept == merged)
        return Error{Tr::tr("A customer cannot be merged with themselves."), {}};
    QSqlQuery identities(m_db);
    identities.prepare(QStringLiteral("SELECT id FROM identities WHERE customer_id = ?"));
    identities.addBindValue(merged);
    if (!identities.exec())
        return mergeError(identities.lastError().text());
    QJsonArray moved;
    while (identities.next())
        moved.append(identities.value(0).toLongLong());
    QSqlQuery exists(m_db);
    exists.prepare(QStringLiteral("SELECT count(*) FROM customers WHERE id IN (?, ?)"));
    exists.addBindValue(kept);
    exists.addBindValue(merged);
    if (!exists.exec() || !exists.next() || exists.value(0).toInt() != 2 || moved.isEmpty())
        return Error{Tr::tr("One of the customers no longer exists, or was merged already."), {}};
    // A team's customers are the team server's: a desk's mirror must not regroup them alone.
    QSqlQuery team(m_db);
    team.prepare(QStringLiteral(
        "SELECT 1 FROM conversations c JOIN team_links t ON t.entity = 'conversation'"
        " AND t.local_id = c.id WHERE c.customer_id IN (?, ?) LIMIT 1"));
    team.addBindValue(kept);
    team.addBindValue(merged);
    if (!team.exec())
        return mergeError(team.lastError().text());
    if (team.next())
        return Error{Tr::tr("These are the team's customers: merging them is not possible from "
                            "a desk in team mode yet."),
                     {}};
    if (!m_db.transaction())
        return mergeError(m_db.lastError().text());
    const QString ids = idList(moved);
    QSqlQuery step(m_db);
    const auto run = [&](const QString &sql, const QVariantList &values) {
        step.prepare(sql);
        for (const QVariant &value : values)
            step.addBindValue(value);
        return step.exec();
    };
    const bool done =
        run(QStringLiteral("UPDATE identities SET customer_id = ? WHERE id IN (%1)").arg(ids),
            {kept}) &&
        run(QStringLiteral("UPDATE conversations SET customer_id = ? WHERE customer_id = ?"),
            {kept, merged}) &&
        // The kept customer takes the merged one's CRM link when they have none.
        run(QStringLiteral("INSERT OR IGNORE INTO customer_crm_links(customer_id, source,"
                           " record_id, record, tier, matched_by, linked_by, linked_at,"
                           " fetched_at) SELECT ?, source, record_id, record, tier, matched_by,"
                           " linked_by, linked_at, fetched_at FROM customer_crm_links"
                           " WHERE customer_id = ?"),
            {kept, merged}) &&
        run(QStringLiteral("INSERT INTO customer_merges(kept_customer_id, merged_customer_id,"
                           " identity_ids, merged_by, merged_at) VALUES(?, ?, ?, ?, ?)"),
            {kept, merged, QString::fromUtf8(QJsonDocument(moved).toJson(QJsonDocument::Compact)),
             agent, now.toMSecsSinceEpoch()});
    if (!done) {
        const QString why = step.lastError().text();
        m_db.rollback();
        return mergeError(why);
    }
    const qint64 mergeId = step.lastInsertId().toLongLong();
    if (!m_db.commit())
        return mergeError(m_db.lastError().text());
    return mergeId;
}

Result<qint64> CustomerMerges::undoMerge(qint64 mergeId, const QString &agent, const QDateTime &now)
{
    QSqlQuery merge(m_db);
    merge.prepare(QStringLiteral("SELECT kept_customer_id, merged_customer_id, identity_ids"
                                 " FROM customer_merges WHERE id = ? AND undone_at IS NULL"));
    merge.addBindValue(mergeId);
    if (!merge.exec())
        return undoError(merge.lastError().text());
    if (!merge.next())
        return Error{Tr::tr("This merge was undone already."), {}};
    const qint64 kept = merge.value(0).toLongLong();
    const qint64 merged = merge.value(1).toLongLong();
    const QString ids = idList(QJsonDocument::fromJson(merge.value(2).toString().toUtf8()).array());
    if (ids.isEmpty())
        return undoError(QStringLiteral("merge %1 moved no identity").arg(mergeId));
    if (!m_db.transaction())
        return undoError(m_db.lastError().text());
    QSqlQuery step(m_db);
    const auto run = [&](const QString &sql, const QVariantList &values) {
        step.prepare(sql);
        for (const QVariant &value : values)
            step.addBindValue(value);
        return step.exec();
    };
    // Every conversation one of the moved accounts wrote in goes back with them, those that
    // came after the merge too.
    const bool done =
        run(QStringLiteral("UPDATE conversations SET customer_id = ? WHERE customer_id = ? AND"
                           " id IN (SELECT conversation_id FROM messages WHERE identity_id IN"
                           " (%1))")
                .arg(ids),
            {merged, kept}) &&
        run(QStringLiteral("UPDATE identities SET customer_id = ? WHERE id IN (%1)").arg(ids),
            {merged}) &&
        run(QStringLiteral("UPDATE customer_merges SET undone_by = ?, undone_at = ? WHERE id = ?"),
            {agent, now.toMSecsSinceEpoch(), mergeId});
    if (!done) {
        const QString why = step.lastError().text();
        m_db.rollback();
        return undoError(why);
    }
    if (!m_db.commit())
        return undoError(m_db.lastError().text());
    return merged;
}

Result<QList<Core::CustomerMerge>> CustomerMerges::mergesInto(qint64 customerId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT m.id, m.merged_customer_id, c.display_name, m.identity_ids, m.merged_by,"
        " m.merged_at FROM customer_merges m JOIN customers c ON c.id = m.merged_customer_id"
        " WHERE m.kept_customer_id = ? AND m.undone_at IS NULL ORDER BY m.id"));
    query.addBindValue(customerId);
    if (!query.exec())
        return Error{Tr::tr("The customer's merges could not be read."), query.lastError().text()};
    QList<Core::CustomerMerge> merges;
    while (query.next()) {
        Core::CustomerMerge merge;
        merge.id = query.value(0).toLongLong();
        merge.mergedCustomerId = query.value(1).toLongLong();
        merge.mergedName = query.value(2).toString();
        merge.mergedBy = query.value(4).toString();
        merge.mergedAt = QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC);
        QSqlQuery identities(m_db);
        identities.prepare(
            QStringLiteral("SELECT platform, handle FROM identities WHERE id IN (%1) ORDER BY id")
                .arg(idList(QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array())));
        if (identities.exec()) {
            while (identities.next())
                merge.identities.append(identities.value(0).toString() + QStringLiteral(": ") +
                                        identities.value(1).toString());
        }
        merges.append(merge);
    }
    return merges;
}

Result<QList<Core::MergeSuggestion>> CustomerMerges::mergeSuggestions(qint64 customerId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // One row per other customer, the strongest reason first: the same CRM record, then the
    // same e-mail address, then the same phone number.
    query.prepare(QStringLiteral(
        "SELECT other.customer_id, min(other.rank), c.display_name, i.platform, i.handle FROM ("
        " SELECT b.customer_id, 0 AS rank FROM customer_crm_links a JOIN customer_crm_links b"
        "  ON b.source = a.source AND b.record_id = a.record_id AND b.customer_id <> a.customer_id"
        "  WHERE a.customer_id = ?"
        " UNION ALL SELECT b.customer_id, CASE a.kind WHEN 'email' THEN 1 ELSE 2 END"
        "  FROM customer_contact_keys a JOIN customer_contact_keys b ON b.kind = a.kind"
        "  AND b.key = a.key AND b.customer_id <> a.customer_id WHERE a.customer_id = ?"
        ") other JOIN customers c ON c.id = other.customer_id"
        " JOIN identities i ON i.customer_id = other.customer_id"
        " GROUP BY other.customer_id ORDER BY min(other.rank), other.customer_id LIMIT 5"));
    query.addBindValue(customerId);
    query.addBindValue(customerId);
    if (!query.exec())
        return Error{Tr::tr("The customer's likely other accounts could not be read."),
                     query.lastError().text()};
    static const QStringList reasons{QStringLiteral("crm"), QStringLiteral("email"),
                                     QStringLiteral("phone")};
    QList<Core::MergeSuggestion> suggestions;
    while (query.next())
        suggestions.append({query.value(0).toLongLong(), query.value(2).toString(),
                            query.value(3).toString(), query.value(4).toString(),
                            reasons.value(query.value(1).toInt())});
    return suggestions;
}

} // namespace CareDesk::Storage

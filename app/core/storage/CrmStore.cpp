#include "CrmStore.h"

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
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Storage::CrmStore)
};

Error saveError(const QSqlQuery &query)
{
    return Error{Tr::tr("The customer records could not be saved."), query.lastError().text()};
}

} // namespace

CrmStore::CrmStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<int> CrmStore::replaceSource(const QString &source, const QList<KeyedCrmRecord> &records,
                                    const QDateTime &now)
{
    if (!m_db.transaction())
        return Error{Tr::tr("The customer records could not be saved."), m_db.lastError().text()};
    const auto failed = [this](const QSqlQuery &query) {
        m_db.rollback();
        return saveError(query);
    };
    QSqlQuery query(m_db);
    for (const char *table : {"crm_keys", "crm_records"}) {
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE source = ?").arg(QLatin1String(table)));
        query.addBindValue(source);
        if (!query.exec())
            return failed(query);
    }
    QSqlQuery record(m_db);
    record.prepare(QStringLiteral(
        "INSERT INTO crm_records(source, record_id, data, stored_at) VALUES(?, ?, ?, ?)"));
    QSqlQuery key(m_db);
    key.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO crm_keys(kind, key, source, record_id) VALUES(?, ?, ?, ?)"));
    for (const KeyedCrmRecord &keyed : records) {
        record.addBindValue(source);
        record.addBindValue(keyed.record.id);
        record.addBindValue(
            QString::fromUtf8(QJsonDocument(keyed.record.toJson()).toJson(QJsonDocument::Compact)));
        record.addBindValue(now.toMSecsSinceEpoch());
        if (!record.exec())
            return failed(record);
        for (const auto &[kind, value] : keyed.keys) {
            key.addBindValue(kind);
            key.addBindValue(value);
            key.addBindValue(source);
            key.addBindValue(keyed.record.id);
            if (!key.exec())
                return failed(key);
        }
    }
    if (!m_db.commit())
        return Error{Tr::tr("The customer records could not be saved."), m_db.lastError().text()};
    return int(records.size());
}

Result<QList<Core::CrmRecord>> CrmStore::find(const QString &kind, const QString &key)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT r.data, r.source FROM crm_keys k JOIN crm_records r"
                                 " ON r.source = k.source AND r.record_id = k.record_id"
                                 " WHERE k.kind = ? AND k.key = ? ORDER BY r.source, r.record_id"));
    query.addBindValue(kind);
    query.addBindValue(key);
    if (!query.exec())
        return Error{Tr::tr("The customer records could not be read."), query.lastError().text()};
    QList<Core::CrmRecord> found;
    while (query.next()) {
        found.append(Core::CrmRecord::fromJson(
            QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object()));
        found.last().source = query.value(1).toString();
    }
    return found;
}

Result<void> CrmStore::saveLookup(const QString &source, const QString &kind, const QString &key,
                                  const QList<Core::CrmRecord> &found, const QDateTime &now)
{
    if (!m_db.transaction())
        return Error{Tr::tr("The customer records could not be saved."), m_db.lastError().text()};
    QSqlQuery record(m_db);
    record.prepare(QStringLiteral("INSERT OR REPLACE INTO crm_records(source, record_id, data,"
                                  " stored_at) VALUES(?, ?, ?, ?)"));
    QJsonArray ids;
    for (const Core::CrmRecord &one : found) {
        record.addBindValue(source);
        record.addBindValue(one.id);
        record.addBindValue(
            QString::fromUtf8(QJsonDocument(one.toJson()).toJson(QJsonDocument::Compact)));
        record.addBindValue(now.toMSecsSinceEpoch());
        if (!record.exec()) {
            m_db.rollback();
            return saveError(record);
        }
        ids.append(one.id);
    }
    QSqlQuery lookup(m_db);
    lookup.prepare(QStringLiteral("INSERT OR REPLACE INTO crm_lookups(source, kind, key,"
                                  " record_ids, looked_up_at) VALUES(?, ?, ?, ?, ?)"));
    lookup.addBindValue(source);
    lookup.addBindValue(kind);
    lookup.addBindValue(key);
    lookup.addBindValue(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    lookup.addBindValue(now.toMSecsSinceEpoch());
    if (!lookup.exec()) {
        m_db.rollback();
        return saveError(lookup);
    }
    if (!m_db.commit())
        return Error{Tr::tr("The customer records could not be saved."), m_db.lastError().text()};
    return {};
}

Result<std::optional<QList<Core::CrmRecord>>> CrmStore::cachedLookup(const QString &source,
                                                                     const QString &kind,
                                                                     const QString &key,
                                                                     const QDateTime &notBefore)
{
    QSqlQuery lookup(m_db);
    lookup.prepare(QStringLiteral("SELECT record_ids FROM crm_lookups WHERE source = ? AND"
                                  " kind = ? AND key = ? AND looked_up_at >= ?"));
    lookup.addBindValue(source);
    lookup.addBindValue(kind);
    lookup.addBindValue(key);
    lookup.addBindValue(notBefore.toMSecsSinceEpoch());
    if (!lookup.exec())
        return Error{Tr::tr("The customer records could not be read."), lookup.lastError().text()};
    if (!lookup.next())
        return std::optional<QList<Core::CrmRecord>>();
    const QJsonArray ids = QJsonDocument::fromJson(lookup.value(0).toString().toUtf8()).array();
    QList<Core::CrmRecord> found;
    QSqlQuery record(m_db);
    record.prepare(
        QStringLiteral("SELECT data FROM crm_records WHERE source = ? AND record_id = ?"));
    for (const QJsonValue &id : ids) {
        record.addBindValue(source);
        record.addBindValue(id.toString());
        if (!record.exec())
            return Error{Tr::tr("The customer records could not be read."),
                         record.lastError().text()};
        // A record gone since (a customer file imported again) is left out.
        if (record.next()) {
            found.append(Core::CrmRecord::fromJson(
                QJsonDocument::fromJson(record.value(0).toString().toUtf8()).object()));
            found.last().source = source;
        }
    }
    return std::optional<QList<Core::CrmRecord>>(found);
}

Result<QList<Core::CrmRecord>> CrmStore::search(const QString &source, const QString &text,
                                                int limit)
{
    const QString wanted = text.trimmed();
    QList<Core::CrmRecord> found;
    if (wanted.isEmpty())
        return found;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // LIKE narrows the rows (it ignores case for ASCII only); the check below decides.
    query.prepare(QStringLiteral("SELECT data FROM crm_records WHERE source = ? AND data LIKE ?"
                                 " ESCAPE '\\' ORDER BY record_id"));
    QString pattern = wanted;
    pattern.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    query.addBindValue(source);
    query.addBindValue(QString(u'%' + pattern + u'%'));
    if (!query.exec())
        return Error{Tr::tr("The customer records could not be read."), query.lastError().text()};
    while (query.next() && found.size() < limit) {
        Core::CrmRecord record = Core::CrmRecord::fromJson(
            QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
        record.source = source;
        const QStringList fields = QStringList{record.name, record.company} + record.emails +
                                   record.handles + record.phones;
        for (const QString &field : fields) {
            if (field.contains(wanted, Qt::CaseInsensitive)) {
                found.append(record);
                break;
            }
        }
    }
    return found;
}

} // namespace CareDesk::Storage

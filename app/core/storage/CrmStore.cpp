#include "CrmStore.h"

#include <QCoreApplication>
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
    query.prepare(QStringLiteral("SELECT r.data FROM crm_keys k JOIN crm_records r"
                                 " ON r.source = k.source AND r.record_id = k.record_id"
                                 " WHERE k.kind = ? AND k.key = ? ORDER BY r.source, r.record_id"));
    query.addBindValue(kind);
    query.addBindValue(key);
    if (!query.exec())
        return Error{Tr::tr("The customer records could not be read."), query.lastError().text()};
    QList<Core::CrmRecord> found;
    while (query.next())
        found.append(Core::CrmRecord::fromJson(
            QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object()));
    return found;
}

} // namespace CareDesk::Storage

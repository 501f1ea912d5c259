#include "SchemaMigrator.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace CareDesk::Storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Storage::SchemaMigrator)
};

} // namespace

Core::Result<int> migrateSchema(QSqlDatabase &db, const QString &metaTable,
                                const std::vector<QStringList> &steps)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
                        "CREATE TABLE IF NOT EXISTS %1 (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                        .arg(metaTable)) ||
        !query.exec(
            QStringLiteral("SELECT value FROM %1 WHERE key = 'schema_version'").arg(metaTable)))
        return Core::Error{Tr::tr("The database is damaged or does not belong to CareDesk."),
                           query.lastError().text()};
    int version = query.next() ? query.value(0).toString().toInt() : 0;
    query.finish();

    const int latest = static_cast<int>(steps.size());
    if (version > latest) {
        return Core::Error{Tr::tr("This data was saved by a newer version of CareDesk. "
                                  "Update CareDesk to open it; nothing was changed."),
                           QStringLiteral("stored schema %1, this program knows up to %2")
                               .arg(version)
                               .arg(latest)};
    }
    for (int next = version + 1; next <= latest; ++next) {
        const auto failed = [&](const QString &detail) {
            db.rollback();
            return Core::Error{
                Tr::tr("The database could not be upgraded to this version of CareDesk."),
                QStringLiteral("migration %1: %2").arg(next).arg(detail)};
        };
        if (!db.transaction())
            return Core::Error{
                Tr::tr("The database could not be upgraded to this version of CareDesk."),
                db.lastError().text()};
        for (const QString &statement : steps[static_cast<size_t>(next - 1)]) {
            if (!query.exec(statement))
                return failed(query.lastError().text());
        }
        if (!query.exec(
                QStringLiteral("DELETE FROM %1 WHERE key = 'schema_version'").arg(metaTable)))
            return failed(query.lastError().text());
        query.prepare(QStringLiteral("INSERT INTO %1(key, value) VALUES('schema_version', ?)")
                          .arg(metaTable));
        query.addBindValue(QString::number(next));
        if (!query.exec())
            return failed(query.lastError().text());
        if (!db.commit())
            return failed(db.lastError().text());
        qCInfo(lcStorage) << "migrated" << db.databaseName() << "to schema" << next;
        version = next;
    }
    return version;
}

} // namespace CareDesk::Storage

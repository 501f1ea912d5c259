#include "SchemaMigrator.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace CareDesk::Storage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Storage::SchemaMigrator)
};

Core::Error damagedSchema(const QString &detail)
{
    return Core::Error{Tr::tr("This copy of CareDesk is damaged: its database schema is missing. "
                              "Install it again."),
                       detail};
}

// The statements of one script, each without its ';'; none if one is left unfinished.
std::optional<QStringList> statementsOf(const QString &script)
{
    QStringList statements;
    QStringList lines;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        lines.append(trimmed);
        if (trimmed.endsWith(QLatin1Char(';'))) {
            QString statement = lines.join(QLatin1Char(' '));
            statement.chop(1);
            statements.append(statement);
            lines.clear();
        }
    }
    if (!lines.isEmpty() || statements.isEmpty())
        return std::nullopt;
    return statements;
}

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

Core::Result<std::vector<QStringList>> readMigrationScripts(const QString &directory)
{
    const QDir folder(directory);
    const QStringList names = folder.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    std::vector<QStringList> steps;
    for (const QString &name : names) {
        const QString number = QStringLiteral("%1-").arg(steps.size() + 1, 4, 10, QLatin1Char('0'));
        if (!name.startsWith(number))
            return damagedSchema(
                QStringLiteral("%1: expected %2*.sql").arg(folder.filePath(name), number));
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return damagedSchema(file.fileName() + QStringLiteral(": ") + file.errorString());
        auto statements = statementsOf(QString::fromUtf8(file.readAll()));
        if (!statements)
            return damagedSchema(file.fileName() +
                                 QStringLiteral(": a statement does not end with ';'"));
        steps.push_back(std::move(*statements));
    }
    if (steps.empty())
        return damagedSchema(QStringLiteral("no schema scripts in ") + directory);
    return steps;
}

} // namespace CareDesk::Storage

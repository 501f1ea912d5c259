#include "Database.h"

#include "Logging.h"
#include "Migrations.h"
#include "SchemaMigrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <mutex>
#include <sqlite3.h>

namespace CareDesk::Storage {

using Core::Error;
using Core::Result;

namespace {

// Gives this file's free functions a translation context lupdate understands.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Storage::Database)
};

Error sqlError(const QString &userMessage, const QSqlError &error)
{
    return Error{userMessage, error.text()};
}

} // namespace

void configureSqlite()
{
    // SQLite counts every allocation under one process-wide lock unless told not to; that lock
    // was a twentieth of the time spent storing a backlog. Only possible before SQLite starts,
    // so a process that opened a database another way keeps the default.
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

Database::Database(QString connectionName, QString filePath)
    : m_connectionName(std::move(connectionName))
    , m_filePath(std::move(filePath))
{}

Database::~Database()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

int Database::latestSchemaVersion()
{
    return static_cast<int>(workspaceMigrations().size());
}

QString Database::fileIn(const QString &workspaceDirectory)
{
    return QDir(workspaceDirectory).absoluteFilePath(QStringLiteral("workspace.sqlite"));
}

Result<std::unique_ptr<Database>> Database::open(const QString &filePath)
{
    configureSqlite();
    const QString name =
        QStringLiteral("caredesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> db(new Database(name, filePath));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db->m_db.setDatabaseName(filePath);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open())
        return sqlError(Tr::tr("The workspace file could not be opened."), db->m_db.lastError());
    if (auto prepared = db->prepare(); !prepared)
        return prepared.error();
    if (auto migrated = db->migrate(); !migrated)
        return migrated.error();
    qCInfo(lcStorage) << "workspace open" << filePath << "schema" << db->m_schemaVersion;
    return db;
}

Result<void> Database::prepare()
{
    QSqlQuery query(m_db);
    // A file that is not a database fails here, on the first read.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next())
        return sqlError(Tr::tr("The workspace file is damaged or is not a CareDesk workspace."),
                        query.lastError());
    const QString mode = query.value(0).toString();
    if (mode.compare(u"wal", Qt::CaseInsensitive) != 0)
        return Error{Tr::tr("The workspace could not be switched to crash-safe (WAL) mode."),
                     QStringLiteral("journal_mode is %1").arg(mode)};
    // A 64 MiB page cache keeps the inbox indexes and the search index's hot pages in memory
    // (SQLite's default is 2 MiB). Temporary data goes to files while the schema is upgraded:
    // a step may rewrite a table or the search index in one statement, and what SQLite keeps
    // to undo that statement would otherwise be held in memory (0.9 GB for a million
    // conversations). migrate() keeps temporary sorts in memory afterwards.
    for (const char *pragma : {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
                               "PRAGMA cache_size=-65536", "PRAGMA temp_store=FILE"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return sqlError(Tr::tr("The workspace could not be prepared."), query.lastError());
    }
    return {};
}

Result<void> Database::migrate()
{
    auto migrated = migrateSchema(m_db, QStringLiteral("meta"), workspaceMigrations());
    if (!migrated)
        return migrated.error();
    m_schemaVersion = migrated.value();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA temp_store=MEMORY")))
        return sqlError(Tr::tr("The workspace could not be prepared."), query.lastError());
    return {};
}

} // namespace CareDesk::Storage

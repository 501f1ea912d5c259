#include "ServerDatabase.h"

#include "storage/SchemaMigrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <vector>

namespace CareDesk::Server {

using Core::Error;
using Core::Result;

namespace {

// Gives this file's free functions a translation context lupdate understands.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::ServerDatabase)
};

// Entry N-1 takes the schema from N-1 to N; entries are only appended. The two tracks differ
// only where the SQL dialects do.
const std::vector<QStringList> &migrations(ServerDatabase::Kind kind)
{
    static const std::vector<QStringList> sqlite = {
        {
            QStringLiteral("CREATE TABLE teams (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
            QStringLiteral("CREATE TABLE agents (id INTEGER PRIMARY KEY,"
                           " login TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,"
                           " role TEXT NOT NULL CHECK (role IN ('agent','lead','trainer','admin')),"
                           " team_id INTEGER REFERENCES teams(id),"
                           " password_hash TEXT NOT NULL, created_at INTEGER NOT NULL)"),
        },
    };
    static const std::vector<QStringList> postgres = {
        {
            QStringLiteral("CREATE TABLE teams (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
            QStringLiteral("CREATE TABLE agents (id BIGSERIAL PRIMARY KEY,"
                           " login TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,"
                           " role TEXT NOT NULL CHECK (role IN ('agent','lead','trainer','admin')),"
                           " team_id BIGINT REFERENCES teams(id),"
                           " password_hash TEXT NOT NULL, created_at BIGINT NOT NULL)"),
        },
    };
    return kind == ServerDatabase::Kind::SQLite ? sqlite : postgres;
}

QString newConnectionName()
{
    return QStringLiteral("caredesk-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

ServerDatabase::ServerDatabase(Kind kind, QString connectionName)
    : m_kind(kind), m_connectionName(std::move(connectionName))
{
}

ServerDatabase::~ServerDatabase()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

int ServerDatabase::latestSchemaVersion(Kind kind)
{
    return static_cast<int>(migrations(kind).size());
}

QString ServerDatabase::kindName() const
{
    return m_kind == Kind::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::openSqlite(const QString &directory)
{
    if (!QDir().mkpath(directory))
        return Error{Tr::tr("The server data folder could not be created."), directory};
    std::unique_ptr<ServerDatabase> db(new ServerDatabase(Kind::SQLite, newConnectionName()));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(QDir(directory).absoluteFilePath(QStringLiteral("server.sqlite")));
    if (!db->m_db.open())
        return Error{Tr::tr("The server database could not be opened."), db->m_db.lastError().text()};
    QSqlQuery query(db->m_db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()
        || query.value(0).toString() != u"wal")
        return Error{Tr::tr("The server database is damaged or cannot use crash-safe (WAL) mode."),
                     query.lastError().text()};
    query.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    if (auto migrated = db->migrate(); !migrated)
        return migrated.error();
    return db;
}

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::openPostgres(const QString &urlText)
{
    const QUrl url(urlText, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres")
        || url.path().size() < 2)
        return Error{Tr::tr("The database address must look like postgresql://user@host/database."),
                     urlText};
    std::unique_ptr<ServerDatabase> db(new ServerDatabase(Kind::PostgreSQL, newConnectionName()));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    if (!db->m_db.isValid())
        return Error{Tr::tr("This CareDesk server was built without PostgreSQL support."), QString()};
    db->m_db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
    db->m_db.setPort(url.port(5432));
    db->m_db.setUserName(url.userName());
    db->m_db.setPassword(url.password());
    db->m_db.setDatabaseName(url.path().mid(1));
    db->m_db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!db->m_db.open())
        return Error{Tr::tr("The PostgreSQL database could not be reached."), db->m_db.lastError().text()};
    if (auto migrated = db->migrate(); !migrated)
        return migrated.error();
    return db;
}

Result<void> ServerDatabase::migrate()
{
    auto migrated = Storage::migrateSchema(m_db, QStringLiteral("server_meta"), migrations(m_kind));
    if (!migrated)
        return migrated.error();
    m_schemaVersion = migrated.value();
    return {};
}

} // namespace CareDesk::Server

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

// The shared state of a team after the first version: sessions, the conversations the
// server ingested, who holds each, their history, and the change feed. Written once with
// placeholders for the two dialects' differences (`%ID` a generated key, `%BIG` a 64-bit int).
QStringList teamStateStep()
{
    return {
        QStringLiteral(
            "ALTER TABLE teams ADD COLUMN routing_policy TEXT NOT NULL DEFAULT 'least-loaded'"),
        QStringLiteral(
            "ALTER TABLE teams ADD COLUMN offline_grace_secs INTEGER NOT NULL DEFAULT 300"),
        QStringLiteral("ALTER TABLE agents ADD COLUMN languages TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE agents ADD COLUMN categories TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE agents ADD COLUMN capacity INTEGER NOT NULL DEFAULT 8"),
        QStringLiteral("ALTER TABLE agents ADD COLUMN presence TEXT NOT NULL DEFAULT 'offline'"),
        QStringLiteral("ALTER TABLE agents ADD COLUMN presence_at %BIG NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE agents ADD COLUMN last_assigned_at %BIG NOT NULL DEFAULT 0"),
        // Someone who left: kept for the history they wrote, never able to sign in again.
        QStringLiteral("ALTER TABLE agents ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE sessions (token_hash TEXT PRIMARY KEY,"
                       " agent_id %BIG NOT NULL REFERENCES agents(id) ON DELETE CASCADE,"
                       " created_at %BIG NOT NULL, expires_at %BIG NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE conversations (id %ID,"
            " team_id %BIG REFERENCES teams(id),"
            " source_id %BIG NOT NULL UNIQUE," // the id in the server's ingest workspace
            " channel TEXT NOT NULL, platform TEXT NOT NULL,"
            " customer_key TEXT NOT NULL, customer_name TEXT NOT NULL, customer_handle TEXT NOT "
            "NULL,"
            " customer_followers %BIG NOT NULL DEFAULT 0,"
            " language TEXT NOT NULL, category TEXT NOT NULL, actionable INTEGER NOT NULL,"
            " priority INTEGER NOT NULL, status TEXT NOT NULL, sla_due_at %BIG NOT NULL,"
            " created_at %BIG NOT NULL, last_activity_at %BIG NOT NULL,"
            " preview TEXT NOT NULL, unaddressed INTEGER NOT NULL,"
            " assignee_id %BIG REFERENCES agents(id), assigned_at %BIG NOT NULL DEFAULT 0,"
            " previous_agent_id %BIG REFERENCES agents(id),"
            " rev %BIG NOT NULL)"),
        QStringLiteral("CREATE INDEX conversations_queue ON conversations(team_id, assignee_id, "
                       "status, priority)"),
        QStringLiteral("CREATE INDEX conversations_customer ON conversations(customer_key)"),
        QStringLiteral("CREATE INDEX conversations_assignee ON conversations(assignee_id, status)"),
        QStringLiteral("CREATE TABLE messages (id %ID,"
                       " conversation_id %BIG NOT NULL REFERENCES conversations(id),"
                       " source_id %BIG UNIQUE, platform_id TEXT NOT NULL,"
                       " direction TEXT NOT NULL, visibility TEXT NOT NULL,"
                       " author_name TEXT NOT NULL, author_handle TEXT NOT NULL,"
                       " text TEXT NOT NULL, language TEXT NOT NULL, created_at %BIG NOT NULL,"
                       " addressed TEXT NOT NULL, agent_id %BIG REFERENCES agents(id))"),
        QStringLiteral(
            "CREATE INDEX messages_conversation ON messages(conversation_id, created_at)"),
        QStringLiteral("CREATE TABLE notes (id %ID,"
                       " conversation_id %BIG NOT NULL REFERENCES conversations(id),"
                       " agent_id %BIG NOT NULL REFERENCES agents(id), text TEXT NOT NULL, "
                       "created_at %BIG NOT NULL)"),
        QStringLiteral("CREATE INDEX notes_conversation ON notes(conversation_id)"),
        // Who did what to a conversation: claims, releases, transfers, status changes.
        QStringLiteral(
            "CREATE TABLE conversation_events (id %ID,"
            " conversation_id %BIG NOT NULL REFERENCES conversations(id),"
            " agent_id %BIG REFERENCES agents(id), kind TEXT NOT NULL, detail TEXT NOT NULL,"
            " at %BIG NOT NULL)"),
        QStringLiteral("CREATE INDEX conversation_events_conversation ON "
                       "conversation_events(conversation_id)"),
        // Replies agents asked the server to send; `client_id` makes a resent request harmless.
        QStringLiteral("CREATE TABLE replies (id %ID, client_id TEXT NOT NULL UNIQUE,"
                       " conversation_id %BIG NOT NULL REFERENCES conversations(id),"
                       " agent_id %BIG NOT NULL REFERENCES agents(id), visibility TEXT NOT NULL,"
                       " text TEXT NOT NULL, state TEXT NOT NULL, created_at %BIG NOT NULL)"),
        // Tokens that feed /v1/ingest from other systems (a forum, app-store reviews): no login,
        // no other route. Stored hashed, like sessions.
        QStringLiteral("CREATE TABLE integration_tokens (token_hash TEXT PRIMARY KEY, name TEXT "
                       "NOT NULL UNIQUE,"
                       " team_id %BIG NOT NULL REFERENCES teams(id), created_at %BIG NOT NULL)"),
        // Recent wrong passwords per login, shared by every instance and kept across restarts.
        QStringLiteral("CREATE TABLE login_failures (login TEXT NOT NULL, at %BIG NOT NULL)"),
        QStringLiteral("CREATE INDEX login_failures_login ON login_failures(login, at)"),
        // The change feed. `rev` orders every change to shared state; `team_id` says who may see
        // it.
        QStringLiteral(
            "CREATE TABLE changes (rev %ID, team_id %BIG, entity TEXT NOT NULL,"
            " entity_id TEXT NOT NULL, op TEXT NOT NULL, data TEXT NOT NULL, at %BIG NOT NULL)"),
    };
}

// QA reviews: a lead scores a conversation; the agent whose work it was may read it.
QStringList reviewsStep()
{
    return {
        QStringLiteral(
            "CREATE TABLE reviews (id %ID, team_id %BIG NOT NULL REFERENCES teams(id),"
            " conversation_id %BIG NOT NULL REFERENCES conversations(id),"
            " agent_id %BIG REFERENCES agents(id), reviewer_id %BIG NOT NULL REFERENCES agents(id),"
            " body TEXT NOT NULL, created_at %BIG NOT NULL, updated_at %BIG NOT NULL,"
            " UNIQUE (conversation_id, reviewer_id))"),
        QStringLiteral("CREATE INDEX reviews_agent ON reviews(agent_id, updated_at)"),
        QStringLiteral("CREATE INDEX reviews_team ON reviews(team_id, updated_at)"),
    };
}

// Each team's SLA policy (Triage::SlaPolicy as JSON); empty: an hour around the clock.
QStringList slaStep()
{
    return {QStringLiteral("ALTER TABLE teams ADD COLUMN sla_policy TEXT NOT NULL DEFAULT ''")};
}

// Entry N-1 takes the schema from N-1 to N; entries are only appended. The two tracks differ
// only where the SQL dialects do.
const std::vector<QStringList> &migrations(ServerDatabase::Kind kind)
{
    const auto dialect = [](QStringList statements, const QString &id, const QString &big) {
        for (QString &statement : statements)
            statement.replace(QLatin1String("%ID"), id).replace(QLatin1String("%BIG"), big);
        return statements;
    };
    static const std::vector<QStringList> sqlite = {
        {
            QStringLiteral(
                "CREATE TABLE teams (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
            QStringLiteral("CREATE TABLE agents (id INTEGER PRIMARY KEY,"
                           " login TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,"
                           " role TEXT NOT NULL CHECK (role IN ('agent','lead','trainer','admin')),"
                           " team_id INTEGER REFERENCES teams(id),"
                           " password_hash TEXT NOT NULL, created_at INTEGER NOT NULL)"),
        },
        dialect(teamStateStep(), QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"),
                QStringLiteral("INTEGER")),
        dialect(reviewsStep(), QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"),
                QStringLiteral("INTEGER")),
        slaStep(),
    };
    static const std::vector<QStringList> postgres = {
        {
            QStringLiteral(
                "CREATE TABLE teams (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
            QStringLiteral("CREATE TABLE agents (id BIGSERIAL PRIMARY KEY,"
                           " login TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,"
                           " role TEXT NOT NULL CHECK (role IN ('agent','lead','trainer','admin')),"
                           " team_id BIGINT REFERENCES teams(id),"
                           " password_hash TEXT NOT NULL, created_at BIGINT NOT NULL)"),
        },
        dialect(teamStateStep(), QStringLiteral("BIGSERIAL PRIMARY KEY"), QStringLiteral("BIGINT")),
        dialect(reviewsStep(), QStringLiteral("BIGSERIAL PRIMARY KEY"), QStringLiteral("BIGINT")),
        slaStep(),
    };
    return kind == ServerDatabase::Kind::SQLite ? sqlite : postgres;
}

QString newConnectionName()
{
    return QStringLiteral("caredesk-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

ServerDatabase::ServerDatabase(Kind kind, QString connectionName)
    : m_kind(kind)
    , m_connectionName(std::move(connectionName))
{}

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
        return Error{Tr::tr("The server database could not be opened."),
                     db->m_db.lastError().text()};
    QSqlQuery query(db->m_db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next() ||
        query.value(0).toString() != u"wal")
        return Error{Tr::tr("The server database is damaged or cannot use crash-safe (WAL) mode."),
                     query.lastError().text()};
    query.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    // In WAL mode NORMAL loses nothing when the server process dies (the log is already with
    // the operating system); only a power cut may take the last commits. It spares an fsync
    // per claim.
    query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (auto migrated = db->migrate(); !migrated)
        return migrated.error();
    return db;
}

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::openPostgres(const QString &urlText)
{
    const QUrl url(urlText, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres") ||
        url.path().size() < 2)
        return Error{Tr::tr("The database address must look like postgresql://user@host/database."),
                     urlText};
    std::unique_ptr<ServerDatabase> db(new ServerDatabase(Kind::PostgreSQL, newConnectionName()));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    if (!db->m_db.isValid())
        return Error{Tr::tr("This CareDesk server was built without PostgreSQL support."),
                     QString()};
    db->m_db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
    db->m_db.setPort(url.port(5432));
    db->m_db.setUserName(url.userName());
    db->m_db.setPassword(url.password());
    db->m_db.setDatabaseName(url.path().mid(1));
    db->m_db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!db->m_db.open())
        return Error{Tr::tr("The PostgreSQL database could not be reached."),
                     db->m_db.lastError().text()};
    if (auto migrated = db->migrate(); !migrated)
        return migrated.error();
    return db;
}

Result<void> ServerDatabase::beginWrite()
{
    if (!m_db.transaction())
        return Error{Tr::tr("The server database is not available."), m_db.lastError().text()};
    if (m_kind == Kind::PostgreSQL) {
        QSqlQuery lock(m_db);
        if (!lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(8484)"))) {
            m_db.rollback();
            return Error{Tr::tr("The server database is not available."), lock.lastError().text()};
        }
    }
    return {};
}

Result<void> ServerDatabase::commit()
{
    if (!m_db.commit()) {
        const QString detail = m_db.lastError().text();
        m_db.rollback();
        return Error{Tr::tr("The change could not be saved."), detail};
    }
    return {};
}

void ServerDatabase::rollback()
{
    m_db.rollback();
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

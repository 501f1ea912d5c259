#include "ServerDatabase.h"

#include "storage/SchemaMigrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
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

// The numbered .sql files compiled into the server (schema/<dialect>/NNNN-what.sql), read the
// way the workspace's are: file N takes the schema from N-1 to N. Files are only appended; the
// two dialects' tracks differ only where the SQL dialects do.
std::vector<QStringList> readMigrations(const QString &dialect)
{
    auto scripts =
        Storage::readMigrationScripts(QStringLiteral(":/caredesk/server/schema/") + dialect);
    // The scripts are part of the program: without them it was built wrong.
    if (!scripts)
        qFatal("%s", qPrintable(scripts.error().detail));
    return std::move(scripts).value();
}

const std::vector<QStringList> &migrations(ServerDatabase::Kind kind)
{
    static const std::vector<QStringList> sqlite = readMigrations(QStringLiteral("sqlite"));
    static const std::vector<QStringList> postgres = readMigrations(QStringLiteral("postgresql"));
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

QString ServerDatabase::redacted(const QString &url)
{
    QString text = url;
    // libpq also takes ?password=... in a URL, and "password=..." in its keyword form.
    static const QRegularExpression keyword(
        QStringLiteral("(password\\s*=\\s*)('[^']*'|[^&#\\s]*)"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(keyword, QStringLiteral("\\1***"));
    // user:password@host: the password may hold anything, '@' and '/' included, so everything
    // from the first ':' after the scheme to the last '@' goes.
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    const qsizetype from = schemeEnd < 0 ? 0 : schemeEnd + 3;
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    const qsizetype colon = text.indexOf(QLatin1Char(':'), from);
    if (at > from && colon >= 0 && colon < at)
        text = text.left(colon + 1) + QStringLiteral("***") + text.mid(at);
    return text;
}

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::openPostgres(const QString &urlText)
{
    const QUrl url(urlText, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres") ||
        url.path().size() < 2)
        return Error{Tr::tr("The database address must look like postgresql://user@host/database."),
                     redacted(urlText)};
    std::unique_ptr<ServerDatabase> db(new ServerDatabase(Kind::PostgreSQL, newConnectionName()));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    if (!db->m_db.isValid())
        return Error{Tr::tr("This CareDesk server was built without PostgreSQL support."),
                     QString()};
    db->m_db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
    db->m_db.setPort(url.port(5432));
    db->m_db.setUserName(url.userName());
    // Empty: libpq reads PGPASSWORD, else the password file (PGPASSFILE, ~/.pgpass).
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

#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace CareDesk::Server {

// The team server's own database: SQLite for a small team on one machine, PostgreSQL for
// larger teams and several server instances. Each has its own migration track.
class ServerDatabase final
{
public:
    enum class Kind { SQLite, PostgreSQL };

    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    static Core::Result<std::unique_ptr<ServerDatabase>> openSqlite(const QString &directory);
    // `url`: postgresql://user@host[:port]/database. The password comes from libpq's
    // PGPASSWORD or PGPASSFILE, so that it does not show in the process list; one given in the
    // URL is used too, and never appears in a message.
    static Core::Result<std::unique_ptr<ServerDatabase>> openPostgres(const QString &url);
    // A database address as messages and logs may show it: any password replaced by ***, even
    // in an address that does not parse.
    static QString redacted(const QString &url);

    static int latestSchemaVersion(Kind kind);

    Kind kind() const { return m_kind; }
    QString kindName() const;
    int schemaVersion() const { return m_schemaVersion; }
    QSqlDatabase &connection() { return m_db; }

    // A transaction that writes shared state. On PostgreSQL it first takes the database-wide
    // write lock, so that revisions commit in the order they were handed out: a client that has
    // read up to REV never misses a change committed later with a smaller one, whichever server
    // instance made it.
    Core::Result<void> beginWrite();
    Core::Result<void> commit();
    void rollback();

private:
    ServerDatabase(Kind kind, QString connectionName);
    Core::Result<void> migrate();

    Kind m_kind;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
};

} // namespace CareDesk::Server

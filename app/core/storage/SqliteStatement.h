#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace CareDesk::Storage {

// The SQLite connection under a QSqlDatabase, for the few paths where QtSql's per-row cost
// matters (ingesting a backlog). Null when the driver is not SQLite.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// The SQL run on `db` while `run` runs, with its values filled in: for the tests and
// benchmarks that check which statements and query plans the store really uses.
QStringList statementsRunBy(const QSqlDatabase &db, const std::function<void()> &run);

// One prepared statement, kept and reused: bind, step, read, reset. Errors carry SQLite's
// message; the caller turns them into a sentence for the agent.
class SqliteStatement final
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bind(int index, qint64 value);
    void bind(int index, const QString &value);
    // UTF-8 bound without a copy: `utf8` must outlive the statement's next reset. For long
    // texts bound more than once, SQLite then neither copies nor converts them; literals such
    // as "in" cost nothing at all.
    void bindUtf8(int index, QByteArrayView utf8);
    void bindNull(int index);

    // true: a row is ready to read; false: done (or failed, see error()).
    bool step();
    // Runs a statement that returns no rows and resets it.
    Core::Result<void> exec();
    // Runs a lookup and resets it: the first column of its first row, if it found one.
    Core::Result<std::optional<qint64>> lookupInt64();
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    qint64 lastInsertId() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    QList<QByteArray> m_boundText; // the UTF-8 of text parameters, by index - 1
};

} // namespace CareDesk::Storage

#include "SqliteStatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace CareDesk::Storage {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QStringList statementsRunBy(const QSqlDatabase &db, const std::function<void()> &run)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return {};
    QStringList statements;
    sqlite3_trace_v2(
        handle, SQLITE_TRACE_STMT,
        [](unsigned, void *context, void *statement, void *) -> int {
            char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
            static_cast<QStringList *>(context)->append(QString::fromUtf8(sql));
            sqlite3_free(sql);
            return 0;
        },
        &statements);
    run();
    sqlite3_trace_v2(handle, 0, nullptr, nullptr);
    return statements;
}

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) !=
        SQLITE_OK)
        m_error = QString::fromUtf8(sqlite3_errmsg(db)) + QStringLiteral(" in: ") +
                  QString::fromUtf8(sql);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString &value)
{
    // Converted here rather than by SQLite: Qt's conversion is several times faster, and the
    // bytes are kept until the parameter is bound again, so SQLite need not copy them.
    if (index < 1)
        return;
    if (m_boundText.size() < index)
        m_boundText.resize(index);
    QByteArray &utf8 = m_boundText[index - 1];
    // Most values are short ASCII (ids, codes): copied into the buffer this parameter keeps
    // from the last time, with no allocation.
    utf8.resize(value.size());
    char *out = utf8.data();
    for (const QChar c : value) {
        if (c.unicode() >= 0x80) {
            utf8 = value.toUtf8();
            break;
        }
        *out++ = static_cast<char>(c.unicode());
    }
    bindUtf8(index, utf8);
}

void SqliteStatement::bindUtf8(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.isNull() ? "" : utf8.data(),
                      static_cast<int>(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool SqliteStatement::step()
{
    if (!m_statement)
        return false;
    m_error.clear(); // a statement that failed once is reused after the rollback
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

Core::Result<void> SqliteStatement::exec()
{
    step();
    reset();
    if (failed())
        return Core::Error{QString(), m_error};
    return {};
}

Core::Result<std::optional<qint64>> SqliteStatement::lookupInt64()
{
    std::optional<qint64> found;
    if (step())
        found = int64(0);
    reset();
    if (failed())
        return Core::Error{QString(), m_error};
    return found;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace CareDesk::Storage

#pragma once

#include "Result.h"
#include "server/ServerDatabase.h"

#include <QJsonValue>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace CareDesk::Server::StoreSql {

// How every part of the store talks to the server database: one statement at a time, with
// positional values, failures as the user-facing "not available" error.

Core::Error databaseError(const QSqlQuery &query);
// Runs `sql` with positional values; the query is ready to read on success.
Core::Result<QSqlQuery> run(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// An optional reference: SQL NULL for 0.
QVariant idOrNull(qint64 id);
// A stored time as clients see it: ISO 8601 UTC, null for 0.
QJsonValue isoTime(qint64 ms);
// Lists stored as one comma-separated column.
QString joined(const QStringList &list);
QStringList split(const QString &text);
// Text for a NOT NULL column: QtSql binds a null QString as NULL.
QString orEmpty(const QString &text);

// Runs `work` in one write transaction: committed when it succeeds, rolled back when it fails
// or (for an Outcome) is refused, so that a refused write changes nothing.
template<typename T>
Core::Result<T> inWrite(ServerDatabase &database, const std::function<Core::Result<T>()> &work)
{
    if (auto begun = database.beginWrite(); !begun)
        return begun.error();
    Core::Result<T> result = work();
    if (!result.ok()) {
        database.rollback();
        return result;
    }
    if constexpr (requires { result.value().refusal; }) {
        if (result.value().refusal) {
            database.rollback();
            return result;
        }
    }
    if (auto committed = database.commit(); !committed)
        return committed.error();
    return result;
}

} // namespace CareDesk::Server::StoreSql

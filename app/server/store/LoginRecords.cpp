#include "LoginRecords.h"

#include "StoreSql.h"

#include "server/ServerDatabase.h"

namespace CareDesk::Server {

using Core::Result;
using namespace StoreSql;

LoginRecords::LoginRecords(ServerDatabase &database)
    : m_database(database)
{}

Result<LoginRecords::Failures> LoginRecords::failures(const QString &login, const QString &address,
                                                      qint64 sinceMs)
{
    QSqlDatabase &db = m_database.connection();
    auto mine = run(db,
                    QStringLiteral("SELECT at FROM login_failures WHERE login = ? AND address = ?"
                                   " AND at >= ? ORDER BY at"),
                    {login, address, sinceMs});
    if (!mine)
        return mine.error();
    Failures failures;
    while (mine.value().next())
        failures.fromAddress.append(mine.value().value(0).toLongLong());
    auto everywhere = run(db,
                          QStringLiteral("SELECT COUNT(*), COALESCE(MAX(at), 0) FROM login_failures"
                                         " WHERE login = ? AND at >= ?"),
                          {login, sinceMs});
    if (!everywhere)
        return everywhere.error();
    if (everywhere.value().next()) {
        failures.fromAnywhere = everywhere.value().value(0).toInt();
        failures.lastAnywhere = everywhere.value().value(1).toLongLong();
    }
    return failures;
}

Result<void> LoginRecords::recordFailure(const QString &login, const QString &address, qint64 nowMs)
{
    auto stored =
        run(m_database.connection(),
            QStringLiteral("INSERT INTO login_failures(login, address, at) VALUES(?, ?, ?)"),
            {login, address, nowMs});
    if (!stored)
        return stored.error();
    return {};
}

Result<void> LoginRecords::recordSuccess(const QString &login, const QString &address, qint64 nowMs)
{
    QSqlDatabase &db = m_database.connection();
    if (auto cleared =
            run(db, QStringLiteral("DELETE FROM login_failures WHERE login = ? AND address = ?"),
                {login, address});
        !cleared)
        return cleared.error();
    auto known = run(db,
                     QStringLiteral("INSERT INTO login_addresses(login, address, last_at)"
                                    " VALUES(?, ?, ?) ON CONFLICT(login, address)"
                                    " DO UPDATE SET last_at = excluded.last_at"),
                     {login, address, nowMs});
    if (!known)
        return known.error();
    return {};
}

Result<bool> LoginRecords::isKnown(const QString &login, const QString &address, qint64 sinceMs)
{
    auto found = run(m_database.connection(),
                     QStringLiteral("SELECT 1 FROM login_addresses WHERE login = ? AND address = ?"
                                    " AND last_at >= ?"),
                     {login, address, sinceMs});
    if (!found)
        return found.error();
    return found.value().next();
}

Result<void> LoginRecords::purge(qint64 failuresBefore, qint64 addressesBefore)
{
    QSqlDatabase &db = m_database.connection();
    if (auto failures =
            run(db, QStringLiteral("DELETE FROM login_failures WHERE at < ?"), {failuresBefore});
        !failures)
        return failures.error();
    auto addresses =
        run(db, QStringLiteral("DELETE FROM login_addresses WHERE last_at < ?"), {addressesBefore});
    if (!addresses)
        return addresses.error();
    return {};
}

} // namespace CareDesk::Server

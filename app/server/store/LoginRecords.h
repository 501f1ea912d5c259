#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace CareDesk::Server {

class ServerDatabase;

// What the login guard remembers in the database, shared by every instance and kept across
// restarts: recent wrong passwords per login and address, and the addresses each login signed
// in from.
class LoginRecords final
{
public:
    explicit LoginRecords(ServerDatabase &database);

    struct Failures
    {
        QList<qint64> fromAddress; // this login from this address, oldest first
        int fromAnywhere = 0;      // this login from every address
        qint64 lastAnywhere = 0;
    };
    // Wrong passwords for `login` since `sinceMs`.
    Core::Result<Failures> failures(const QString &login, const QString &address, qint64 sinceMs);
    Core::Result<void> recordFailure(const QString &login, const QString &address, qint64 nowMs);
    // A right password: the address's failures are forgotten and the address is known.
    Core::Result<void> recordSuccess(const QString &login, const QString &address, qint64 nowMs);
    // Whether `login` signed in from `address` since `sinceMs`.
    Core::Result<bool> isKnown(const QString &login, const QString &address, qint64 sinceMs);
    // Forgets failures before `failuresBefore` and addresses unused since `addressesBefore`.
    Core::Result<void> purge(qint64 failuresBefore, qint64 addressesBefore);

private:
    ServerDatabase &m_database;
};

} // namespace CareDesk::Server

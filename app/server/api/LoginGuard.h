#pragma once

#include "server/PasswordChecks.h"
#include "server/http/HttpResponse.h"

#include "Result.h"

#include <QHash>
#include <QString>

#include <optional>

namespace CareDesk::Server {

class LoginRecords;

// How many logins the server takes, and when it makes a login wait.
struct LoginLimits
{
    // An address's token bucket: this many attempts at once, refilled at perMinute.
    int burst = 60;
    int perMinute = 30;
    // Wrong passwords for one login from one address before its tries wait, and for one login
    // from all addresses together (an address the login signed in from before is exempt).
    int freeFailures = 5;
    int freeFailuresAnywhere = 20;
    qint64 windowMs = 15 * 60 * 1000;
    // Each wrong password beyond the free ones doubles the wait, up to this.
    qint64 firstWaitMs = 15 * 1000;
    qint64 longestWaitMs = 15 * 60 * 1000;
    PasswordCheckLimits checks;
};

// Decides, before any password is hashed, whether a login attempt is taken now: an address
// that tries too often is answered 429 from memory, and a login that had wrong passwords lately
// waits longer after each, counted per address so that nobody can lock the owner out from
// elsewhere while a guess spread over many addresses still slows down.
class LoginGuard final
{
public:
    explicit LoginGuard(LoginRecords &records);

    void setLimits(const LoginLimits &limits) { m_limits = limits; }
    const LoginLimits &limits() const { return m_limits; }

    // 429 when `address` has no attempt left in its bucket.
    std::optional<HttpResponse> admitAddress(const QString &address, qint64 nowMs);
    // 429 while `login` must wait at `address`; 503 when the database is away.
    std::optional<HttpResponse> admitLogin(const QString &login, const QString &address,
                                           qint64 nowMs);
    Core::Result<void> failed(const QString &login, const QString &address, qint64 nowMs);
    Core::Result<void> succeeded(const QString &login, const QString &address, qint64 nowMs);

    // An address a login signed in from stays known to it this long.
    static constexpr qint64 KNOWN_ADDRESS_MS = 90LL * 24 * 60 * 60 * 1000;

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 atMs = 0;
    };
    qint64 waitMs(int failures, int free) const;

    LoginRecords &m_records;
    LoginLimits m_limits;
    QHash<QString, Bucket> m_buckets;
};

} // namespace CareDesk::Server

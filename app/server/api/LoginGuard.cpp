#include "LoginGuard.h"

#include "server/store/LoginRecords.h"

#include <QCoreApplication>

namespace CareDesk::Server {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamServer)
};

// Buckets are kept for this many addresses at most; full ones are forgotten first.
constexpr qsizetype MAX_BUCKETS = 100'000;

HttpResponse tooMany(const QString &code, const QString &message, qint64 retryAfterMs)
{
    HttpResponse response = HttpResponse::error(429, code, message);
    response.headers.append({QByteArrayLiteral("Retry-After"),
                             QByteArray::number(qMax<qint64>(1, (retryAfterMs + 999) / 1000))});
    return response;
}

} // namespace

LoginGuard::LoginGuard(LoginRecords &records)
    : m_records(records)
{}

std::optional<HttpResponse> LoginGuard::admitAddress(const QString &address, qint64 nowMs)
{
    const double perMs = m_limits.perMinute / 60000.0;
    if (m_buckets.size() >= MAX_BUCKETS) {
        for (auto bucket = m_buckets.begin(); bucket != m_buckets.end();)
            bucket = bucket->tokens + (nowMs - bucket->atMs) * perMs >= m_limits.burst
                         ? m_buckets.erase(bucket)
                         : std::next(bucket);
    }
    auto bucket = m_buckets.find(address);
    if (bucket == m_buckets.end())
        bucket = m_buckets.insert(address, Bucket{double(m_limits.burst), nowMs});
    bucket->tokens = qMin<double>(m_limits.burst,
                                  bucket->tokens + qMax<qint64>(0, nowMs - bucket->atMs) * perMs);
    bucket->atMs = nowMs;
    if (bucket->tokens >= 1) {
        bucket->tokens -= 1;
        return std::nullopt;
    }
    const qint64 retryMs = perMs > 0 ? qint64((1 - bucket->tokens) / perMs) : m_limits.windowMs;
    return tooMany(QStringLiteral("too_many_requests"),
                   Tr::tr("Too many logins from your address. Try again in a minute."), retryMs);
}

qint64 LoginGuard::waitMs(int failures, int free) const
{
    if (failures < free)
        return 0;
    const int doublings = qMin(failures - free, 20);
    return qMin(m_limits.longestWaitMs, m_limits.firstWaitMs << doublings);
}

std::optional<HttpResponse> LoginGuard::admitLogin(const QString &login, const QString &address,
                                                   qint64 nowMs)
{
    auto failures = m_records.failures(login, address, nowMs - m_limits.windowMs);
    if (!failures)
        return HttpResponse::unavailable(failures.error());
    qint64 retryMs = 0;
    const QList<qint64> &mine = failures.value().fromAddress;
    if (!mine.isEmpty())
        retryMs = mine.constLast() + waitMs(int(mine.size()), m_limits.freeFailures) - nowMs;
    if (failures.value().fromAnywhere >= m_limits.freeFailuresAnywhere) {
        auto known = m_records.isKnown(login, address, nowMs - KNOWN_ADDRESS_MS);
        if (!known)
            return HttpResponse::unavailable(known.error());
        if (!known.value())
            retryMs = qMax(
                retryMs, failures.value().lastAnywhere +
                             waitMs(failures.value().fromAnywhere, m_limits.freeFailuresAnywhere) -
                             nowMs);
    }
    if (retryMs <= 0)
        return std::nullopt;
    return tooMany(QStringLiteral("too_many_attempts"),
                   Tr::tr("Too many failed logins. Try again in %n minute(s).", nullptr,
                          static_cast<int>((retryMs / 1000 + 59) / 60)),
                   retryMs);
}

Core::Result<void> LoginGuard::failed(const QString &login, const QString &address, qint64 nowMs)
{
    return m_records.recordFailure(login, address, nowMs);
}

Core::Result<void> LoginGuard::succeeded(const QString &login, const QString &address, qint64 nowMs)
{
    return m_records.recordSuccess(login, address, nowMs);
}

} // namespace CareDesk::Server

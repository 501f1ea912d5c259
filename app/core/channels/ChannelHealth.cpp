#include "ChannelHealth.h"

#include <QRandomGenerator>

#include <algorithm>

namespace CareDesk::Channels {

qint64 ChannelHealth::backoffSecs(int consecutiveFailures)
{
    constexpr qint64 FIRST_SECS = 15;
    constexpr qint64 MAX_SECS = 15 * 60;
    const qint64 base = std::min(MAX_SECS, FIRST_SECS << std::clamp(consecutiveFailures - 1, 0, 6));
    return base + static_cast<qint64>(
                      QRandomGenerator::global()->bounded(static_cast<double>(base) / 5.0));
}

ChannelHealth ChannelHealth::after(const Sdk::Failure &failure, const Sdk::Quota &reported,
                                   const QDateTime &now, int pollIntervalSecs) const
{
    ChannelHealth next = *this;
    if (reported.remaining >= 0)
        next.quota = reported;
    next.lastError = failure.message;
    using Sdk::FailureKind;
    switch (failure.kind) {
    case FailureKind::None:
        next.state = State::Ok;
        next.consecutiveFailures = 0;
        next.nextPollAt = now.addSecs(pollIntervalSecs);
        // The quota is used up: wait for it to renew instead of running into the limit.
        if (next.quota.remaining == 0 && next.quota.resetsAt.isValid() &&
            next.quota.resetsAt > next.nextPollAt)
            next.nextPollAt = next.quota.resetsAt;
        break;
    case FailureKind::RateLimited:
        next.state = State::RateLimited;
        ++next.consecutiveFailures;
        next.nextPollAt = failure.retryAfter.isValid() && failure.retryAfter > now
                              ? failure.retryAfter
                              : now.addSecs(backoffSecs(next.consecutiveFailures));
        break;
    case FailureKind::Transient:
    case FailureKind::Rejected:
        next.state = State::BackingOff;
        ++next.consecutiveFailures;
        next.nextPollAt = now.addSecs(backoffSecs(next.consecutiveFailures));
        if (failure.retryAfter.isValid() && failure.retryAfter > next.nextPollAt)
            next.nextPollAt = failure.retryAfter;
        break;
    case FailureKind::AuthorizationExpired:
        next.state = State::NeedsAuthorisation;
        ++next.consecutiveFailures;
        next.nextPollAt = QDateTime();
        break;
    case FailureKind::Misconfigured:
        next.state = State::Misconfigured;
        ++next.consecutiveFailures;
        next.nextPollAt = QDateTime();
        break;
    }
    return next;
}

bool ChannelHealth::isDue(const QDateTime &now) const
{
    return !isPaused() && (!nextPollAt.isValid() || nextPollAt <= now);
}

QString toString(ChannelHealth::State state)
{
    switch (state) {
    case ChannelHealth::State::Ok:
        return QStringLiteral("ok");
    case ChannelHealth::State::BackingOff:
        return QStringLiteral("backing-off");
    case ChannelHealth::State::RateLimited:
        return QStringLiteral("rate-limited");
    case ChannelHealth::State::NeedsAuthorisation:
        return QStringLiteral("needs-authorisation");
    case ChannelHealth::State::Misconfigured:
        return QStringLiteral("misconfigured");
    }
    return QStringLiteral("ok");
}

ChannelHealth::State channelHealthStateFrom(const QString &name)
{
    for (auto state : {ChannelHealth::State::Ok, ChannelHealth::State::BackingOff,
                       ChannelHealth::State::RateLimited, ChannelHealth::State::NeedsAuthorisation,
                       ChannelHealth::State::Misconfigured}) {
        if (toString(state) == name)
            return state;
    }
    return ChannelHealth::State::Ok;
}

} // namespace CareDesk::Channels

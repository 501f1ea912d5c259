#pragma once

#include <sdk/ChannelPlugin.h>

#include <QDateTime>
#include <QString>

namespace CareDesk::Channels {

// How a channel is doing, and when it may be asked again. Kept with the channel, shown in
// Settings and the channel list, and obeyed by whoever polls it.
struct ChannelHealth
{
    enum class State {
        Ok,
        BackingOff,  // failed for a passing reason: tried again later, waiting longer each time
        RateLimited, // the platform asked to wait
        NeedsAuthorisation, // the token expired or was revoked: not polled until connected again
        Misconfigured,      // settings or credential missing: not polled until they change
    };

    State state = State::Ok;
    int consecutiveFailures = 0;
    QDateTime nextPollAt; // invalid: now
    QString lastError;
    Sdk::Quota quota;

    // What a fetch's outcome makes of the channel. `pollIntervalSecs` is the normal pace.
    ChannelHealth after(const Sdk::Failure &failure, const Sdk::Quota &reported,
                        const QDateTime &now, int pollIntervalSecs) const;
    bool isDue(const QDateTime &now) const;
    bool isPaused() const
    {
        return state == State::NeedsAuthorisation || state == State::Misconfigured;
    }

    // Waiting after the n-th failure in a row: 15 s doubling to 15 minutes, plus up to a
    // fifth at random so that many clients do not come back in step.
    static qint64 backoffSecs(int consecutiveFailures);
};

QString toString(ChannelHealth::State state);
ChannelHealth::State channelHealthStateFrom(const QString &name);

} // namespace CareDesk::Channels

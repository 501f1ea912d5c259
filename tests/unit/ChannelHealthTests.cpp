#include "channels/ChannelHealth.h"

#include "support/CatchQt.h"

using namespace CareDesk;
using Channels::ChannelHealth;

namespace {

const QDateTime NOW = QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC);
constexpr int INTERVAL = 15;

} // namespace

TEST_CASE("A healthy channel is polled at the normal pace, and waits when its quota is used up")
{
    const ChannelHealth ok = ChannelHealth().after({}, {297, 300, NOW.addSecs(900)}, NOW, INTERVAL);
    CHECK(ok.state == ChannelHealth::State::Ok);
    CHECK(ok.nextPollAt == NOW.addSecs(INTERVAL));
    CHECK(ok.quota.remaining == 297);
    CHECK_FALSE(ok.isDue(NOW.addSecs(INTERVAL - 1)));
    CHECK(ok.isDue(NOW.addSecs(INTERVAL)));

    const ChannelHealth spent = ok.after({}, {0, 300, NOW.addSecs(600)}, NOW, INTERVAL);
    CHECK(spent.nextPollAt == NOW.addSecs(600));
}

TEST_CASE("A rate limit is waited out to the moment the platform named")
{
    const Sdk::Failure limited{Sdk::FailureKind::RateLimited, QStringLiteral("wait"),
                               NOW.addSecs(900)};
    const ChannelHealth health = ChannelHealth().after(limited, {}, NOW, INTERVAL);
    CHECK(health.state == ChannelHealth::State::RateLimited);
    CHECK_FALSE(health.isDue(NOW.addSecs(899)));
    CHECK(health.isDue(NOW.addSecs(900)));
    CHECK(health.lastError == QStringLiteral("wait"));
}

TEST_CASE("Passing failures back off longer each time, with jitter, up to a quarter of an hour")
{
    const Sdk::Failure down{Sdk::FailureKind::Transient, QStringLiteral("unreachable"), {}};
    ChannelHealth health;
    QList<qint64> waits;
    for (int i = 0; i < 10; ++i) {
        health = health.after(down, {}, NOW, INTERVAL);
        waits.append(NOW.secsTo(health.nextPollAt));
    }
    CHECK(waits[0] >= 15);
    CHECK(waits[0] <= 18);
    CHECK(waits[1] >= 30);
    CHECK(waits[2] >= 60);
    CHECK(waits.last() >= 15 * 60);
    CHECK(waits.last() <= 18 * 60);
    CHECK(health.consecutiveFailures == 10);
    CHECK(health.after({}, {}, NOW, INTERVAL).consecutiveFailures == 0); // one success resets it
}

TEST_CASE("An expired token or broken settings pause the channel instead of retrying forever")
{
    const Sdk::Failure expired{
        Sdk::FailureKind::AuthorizationExpired, QStringLiteral("connect again"), {}};
    const ChannelHealth paused = ChannelHealth().after(expired, {}, NOW, INTERVAL);
    CHECK(paused.state == ChannelHealth::State::NeedsAuthorisation);
    CHECK(paused.isPaused());
    CHECK_FALSE(paused.isDue(NOW.addYears(1)));
    CHECK(Channels::toString(paused.state) == QStringLiteral("needs-authorisation"));
    CHECK(Channels::channelHealthStateFrom(QStringLiteral("needs-authorisation")) ==
          ChannelHealth::State::NeedsAuthorisation);

    const Sdk::Failure misconfigured{
        Sdk::FailureKind::Misconfigured, QStringLiteral("no account id"), {}};
    CHECK_FALSE(ChannelHealth().after(misconfigured, {}, NOW, INTERVAL).isDue(NOW.addDays(30)));
}

// When the first answer is due: minutes of opening time, within business hours, never on holidays.

#include "support/CatchQt.h"
#include "triage/SlaPolicy.h"

using namespace CareDesk;
using Triage::SlaPolicy;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

SlaPolicy officeHours(const char *extra = "")
{
    auto policy =
        SlaPolicy::fromJson(QByteArray(R"({"firstResponseMinutes": 60, "timeZone": "Europe/Madrid",
        "hours": {"mon": ["09:00", "18:00"], "tue": ["09:00", "18:00"], "wed": ["09:00", "18:00"],
                  "thu": ["09:00", "18:00"], "fri": ["09:00", "18:00"], "sat": null})") +
                            extra + "}");
    REQUIRE(policy.ok());
    return policy.value();
}

} // namespace

TEST_CASE("Around the clock, the answer is due the target's minutes later")
{
    const SlaPolicy policy;
    CHECK(policy.alwaysOpen());
    CHECK(policy.dueFrom(utc("2026-11-27T23:30:00Z")) == utc("2026-11-28T00:30:00Z"));
    CHECK(policy.dueFromMs(utc("2026-11-27T23:30:00Z").toMSecsSinceEpoch()) ==
          utc("2026-11-28T00:30:00Z").toMSecsSinceEpoch());
}

TEST_CASE(
    "Within business hours the clock stops at closing and waits over the weekend and holidays")
{
    const SlaPolicy policy = officeHours();
    // Madrid is UTC+1 in winter. Friday 17:30 local: 30 minutes on Friday, 30 on Monday.
    CHECK(policy.dueFrom(utc("2026-11-27T16:30:00Z")) == utc("2026-11-30T08:30:00Z"));
    // Before opening on Tuesday (07:00 local): due an hour after 09:00.
    CHECK(policy.dueFrom(utc("2026-12-01T06:00:00Z")) == utc("2026-12-01T09:00:00Z"));
    // In the middle of the day: plainly an hour.
    CHECK(policy.dueFrom(utc("2026-12-01T10:00:00Z")) == utc("2026-12-01T11:00:00Z"));
    // Sunday is left out: closed.
    CHECK(policy.dueFrom(utc("2026-11-29T10:00:00Z")) == utc("2026-11-30T09:00:00Z"));

    const SlaPolicy withHoliday = officeHours(R"(, "holidays": ["2026-12-08"])");
    // Monday 7 December 17:30 local: 30 minutes, then the holiday on Tuesday, then Wednesday.
    CHECK(withHoliday.dueFrom(utc("2026-12-07T16:30:00Z")) == utc("2026-12-09T08:30:00Z"));
    // Summer time shifts the offset to UTC+2.
    CHECK(withHoliday.dueFrom(utc("2026-07-01T15:30:00Z")) == utc("2026-07-02T07:30:00Z"));
}

TEST_CASE("An SLA policy round-trips as JSON and every problem is named with its place")
{
    const SlaPolicy policy = officeHours(R"(, "holidays": ["2026-12-25", "2026-01-01"])");
    auto again = SlaPolicy::fromJson(policy.toJson());
    REQUIRE(again.ok());
    CHECK(again.value().toJson() == policy.toJson());
    CHECK(again.value().holidays.size() == 2);
    CHECK_FALSE(again.value().hours[5].has_value());

    auto broken = SlaPolicy::fromJson(R"({"firstResponseMinutes": 0, "timeZone": "Mars/Olympus",
        "hours": {"mon": ["18:00", "09:00"], "tue": ["9am", "5pm"], "funday": ["09:00", "10:00"]},
        "holidays": ["christmas"]})");
    REQUIRE_FALSE(broken.ok());
    const QString detail = broken.error().detail;
    CHECK(detail.contains(QStringLiteral("firstResponseMinutes")));
    CHECK(detail.contains(QStringLiteral("timeZone: unknown time zone \"Mars/Olympus\"")));
    CHECK(detail.contains(
        QStringLiteral("hours.mon: the closing time must come after the opening time")));
    CHECK(detail.contains(QStringLiteral("hours.tue")));
    CHECK(detail.contains(QStringLiteral("hours.funday")));
    CHECK(detail.contains(QStringLiteral("holidays[0]")));
    CHECK_FALSE(SlaPolicy::fromJson("not json").ok());
}

TEST_CASE("A policy that is never open still gives a due time")
{
    auto closed = SlaPolicy::fromJson(R"({"firstResponseMinutes": 30, "hours": {}})");
    REQUIRE(closed.ok());
    CHECK(closed.value().dueFrom(utc("2026-12-01T10:00:00Z")) == utc("2026-12-01T10:30:00Z"));
}

TEST_CASE("How long imported history waits before it counts as resolved is the team's setting")
{
    // Left out, a week.
    auto plain = SlaPolicy::fromJson(R"({"firstResponseMinutes": 60})");
    REQUIRE(plain.ok());
    CHECK(plain.value().autoResolveDays == 7);

    auto month = SlaPolicy::fromJson(R"({"firstResponseMinutes": 60, "autoResolveDays": 30})");
    REQUIRE(month.ok());
    CHECK(month.value().autoResolveDays == 30);
    auto again = SlaPolicy::fromJson(month.value().toJson());
    REQUIRE(again.ok());
    CHECK(again.value().autoResolveDays == 30);

    for (const char *wrong : {R"({"firstResponseMinutes": 60, "autoResolveDays": 0})",
                              R"({"firstResponseMinutes": 60, "autoResolveDays": 2.5})",
                              R"({"firstResponseMinutes": 60, "autoResolveDays": "7"})",
                              R"({"firstResponseMinutes": 60, "autoResolveDays": 100000})"}) {
        INFO(wrong);
        auto refused = SlaPolicy::fromJson(wrong);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().detail.contains(QStringLiteral("autoResolveDays")));
    }
}

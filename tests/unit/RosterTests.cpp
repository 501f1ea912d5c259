// The weekly shift roster: who is on when, in the team's time zone, across a change of clocks,
// overnight, and never on holidays.

#include "shifts/Roster.h"
#include "support/CatchQt.h"

using namespace CareDesk;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Shifts::Roster rosterOf(const char *json)
{
    auto roster = Shifts::Roster::fromJson(QByteArray(json));
    INFO((roster ? QString() : roster.error().userMessage).toStdString());
    REQUIRE(roster.ok());
    return roster.value();
}

} // namespace

TEST_CASE("A roster's shifts are in the team's local time, before and after the clocks change")
{
    Shifts::Roster roster = rosterOf(R"({"shifts":[
        {"agent":"ana","days":["mon","tue","wed","thu","fri"],"start":"09:00","end":"17:00"}]})");
    roster.setCalendar("Europe/Madrid", {});
    // Friday in winter time (UTC+1), Monday in summer time (UTC+2).
    CHECK_FALSE(roster.shiftOf(QStringLiteral("ana"), utc("2027-03-26T07:59:00Z")));
    CHECK(roster.shiftOf(QStringLiteral("ana"), utc("2027-03-26T08:00:00Z")));
    CHECK(roster.shiftOf(QStringLiteral("ana"), utc("2027-03-29T07:00:00Z")));
    CHECK_FALSE(roster.shiftOf(QStringLiteral("ana"), utc("2027-03-29T15:00:00Z")));
    const auto monday = roster.shiftOf(QStringLiteral("ana"), utc("2027-03-29T10:00:00Z"));
    REQUIRE(monday);
    CHECK(monday->start == utc("2027-03-29T07:00:00Z"));
    CHECK(monday->end == utc("2027-03-29T15:00:00Z"));
    CHECK(roster.localTime(monday->end) == u"17:00");
    // Nobody on the weekend; the next change after Friday's shift is Monday's start.
    CHECK(roster.onAt(utc("2027-03-27T10:00:00Z")).isEmpty());
    CHECK(roster.nextChange(QStringLiteral("ana"), utc("2027-03-26T16:00:00Z")) ==
          utc("2027-03-29T07:00:00Z"));
    CHECK(roster.nextChange(QStringLiteral("bo"), utc("2027-03-26T16:00:00Z")).isNull());
}

TEST_CASE("An overnight shift ends the next morning, and holidays have no shifts")
{
    Shifts::Roster roster = rosterOf(R"({"shifts":[
        {"agent":"bo","days":["sat"],"start":"22:00","end":"06:00","channels":["X support"]},
        {"agent":"cy","days":["sun"],"start":"00:00","end":"24:00"}]})");
    roster.setCalendar("", {QDate(2027, 1, 3)});
    const auto night = roster.shiftOf(QStringLiteral("bo"), utc("2027-01-03T05:59:00Z"));
    REQUIRE(night);
    CHECK(night->start == utc("2027-01-02T22:00:00Z"));
    CHECK(night->channels == QStringList{QStringLiteral("X support")});
    // Sunday the 3rd is a holiday: Cy's whole-day shift does not run; the next Sunday it does.
    CHECK_FALSE(roster.shiftOf(QStringLiteral("cy"), utc("2027-01-03T12:00:00Z")));
    CHECK(roster.shiftOf(QStringLiteral("cy"), utc("2027-01-10T23:59:00Z")));
    const auto next = roster.startingAfter(utc("2027-01-03T12:00:00Z"), 2);
    REQUIRE(next.size() == 2);
    CHECK(next[0].agent == u"bo");
    CHECK(next[0].start == utc("2027-01-09T22:00:00Z"));
    CHECK(next[1].agent == u"cy");
}

TEST_CASE("A roster with mistakes names each one with its place")
{
    auto broken = Shifts::Roster::fromJson(R"({"shifts":[
        {"agent":"","days":["mon"],"start":"09:00","end":"17:00"},
        {"agent":"ana","days":["someday"],"start":"9","end":"25:00"}],
        "shiftPost": 42})");
    REQUIRE_FALSE(broken.ok());
    const QString message = broken.error().userMessage;
    CHECK(message.contains(u"shifts[0].agent"));
    CHECK(message.contains(u"shifts[1].days"));
    CHECK(message.contains(u"shifts[1].start"));
    CHECK(message.contains(u"shifts[1].end"));
    CHECK(message.contains(u"shiftPost"));
    CHECK_FALSE(Shifts::Roster::fromJson("[]").ok());
    CHECK_FALSE(Shifts::Roster::fromJson("{\"shifts\":").ok());

    // What is written is what is read back.
    const Shifts::Roster roster = rosterOf(
        R"({"shifts":[{"agent":"ana","days":["fri","mon"],"start":"09:30","end":"13:00"}],
            "shiftPost":"{name} on until {end} {zone} {signoff}"})");
    CHECK(Shifts::Roster::fromJson(roster.toJson()).value().toJson() == roster.toJson());
    const auto span = roster.shiftOf(QStringLiteral("ana"), utc("2027-01-04T10:00:00Z"));
    REQUIRE(span);
    CHECK(Shifts::shiftPostText(roster, *span, QStringLiteral("Ana"), QStringLiteral("^AG")) ==
          u"Ana on until 13:00 UTC ^AG");
}

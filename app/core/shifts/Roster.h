#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace CareDesk::Shifts {

// One line of the weekly roster: an agent on some days, from a time to a time.
struct Shift
{
    QString agent;   // login name
    QList<int> days; // the days it starts on: 1 Monday ... 7 Sunday
    QTime start;
    QTime end;            // at or before `start`: it ends the next day
    QStringList channels; // channel names; empty: every channel
};

// One shift on one date, in absolute time.
struct ShiftSpan
{
    QString agent;
    QDateTime start; // UTC
    QDateTime end;   // UTC
    QStringList channels;

    bool operator==(const ShiftSpan &) const = default;
};

// A team's weekly shift roster, in the team's time zone and never on its holidays (both from
// its SLA policy). Kept as JSON:
//   {"shifts": [{"agent": "ana", "days": ["mon", "tue"], "start": "09:00", "end": "17:00",
//                "channels": ["X support"]}],
//    "shiftPost": "{name} is here until {end}. Ask away! {signoff}"}
// A shift ends the next day when its end is not after its start ("22:00" to "06:00").
// "shiftPost" is what the shift-change post proposed at the start of a shift says.
class Roster
{
public:
    // Every problem with its place ("shifts[2].start: a time is HH:MM").
    static Core::Result<Roster> fromJson(const QByteArray &json);
    QByteArray toJson() const;
    // The team's calendar: an IANA time zone (empty: UTC) and the dates nobody works.
    void setCalendar(const QByteArray &timeZone, const QSet<QDate> &holidays);

    const QList<Shift> &shifts() const { return m_shifts; }
    bool isEmpty() const { return m_shifts.isEmpty(); }
    bool rosters(const QString &agent) const;
    QString shiftPost() const;
    // The team's time zone as people read it ("CET", "GMT+1") at a moment.
    QString zoneName(const QDateTime &at) const;
    // A time of day in the team's time zone, "17:00".
    QString localTime(const QDateTime &at) const;

    // The shifts that overlap [from, to), by start.
    QList<ShiftSpan> spansBetween(const QDateTime &from, const QDateTime &to) const;
    // Who is on at `at`, by start.
    QList<ShiftSpan> onAt(const QDateTime &at) const;
    // The shifts that start after `at`, soonest first, at most `count`, within eight days.
    QList<ShiftSpan> startingAfter(const QDateTime &at, int count) const;
    std::optional<ShiftSpan> shiftOf(const QString &agent, const QDateTime &at) const;
    // When the roster next puts `agent` on or takes them off after `at`; invalid: never.
    QDateTime nextChange(const QString &agent, const QDateTime &at) const;

    static constexpr int MAX_SHIFTS = 2000;
    static constexpr int MAX_POST_LENGTH = 280;

private:
    QList<Shift> m_shifts;
    QString m_shiftPost;
    QTimeZone m_zone = QTimeZone::utc();
    QSet<QDate> m_holidays;
};

// The shift-change post for `span`, from the roster's text: {name}, {end}, {zone} and
// {signoff} filled in.
QString shiftPostText(const Roster &roster, const ShiftSpan &span, const QString &displayName,
                      const QString &signOff);

} // namespace CareDesk::Shifts

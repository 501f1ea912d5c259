#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QTime>

#include <array>
#include <optional>

namespace CareDesk::Triage {

// When a team owes its first answer: a target in minutes of opening time, counted only within
// the team's business hours and never on its holidays. Without business hours the clock runs
// day and night. Kept as JSON (a workspace's sla-policy.json, a team's setting on the server):
//   {"firstResponseMinutes": 60, "timeZone": "Europe/Madrid",
//    "hours": {"mon": ["09:00", "18:00"], ..., "sat": null, "sun": null},
//    "holidays": ["2026-12-25"], "autoResolveDays": 7}
// A day left out of "hours", or null, is closed; "24:00" closes at midnight. "autoResolveDays"
// (optional, 7 when left out): an imported conversation the brand answered last and that has
// been quiet for longer comes in resolved, as history rather than backlog.
struct SlaPolicy
{
    struct OpeningHours
    {
        QTime open;
        QTime close; // invalid: midnight at the end of the day
    };

    int firstResponseMinutes = 60;
    QByteArray timeZone;                              // IANA name; empty: UTC
    bool businessHours = false;                       // false: open around the clock
    std::array<std::optional<OpeningHours>, 7> hours; // Monday first
    QSet<QDate> holidays;
    int autoResolveDays = 7;

    // When an answer to a message that arrived at `start` is due.
    QDateTime dueFrom(const QDateTime &start) const;
    // The same in milliseconds since the epoch; around the clock without building a date.
    qint64 dueFromMs(qint64 startMs) const;
    bool alwaysOpen() const { return !businessHours && holidays.isEmpty(); }

    // Every problem with its place ("hours.mon: the closing time must come after the opening").
    static Core::Result<SlaPolicy> fromJson(const QByteArray &json);
    QByteArray toJson() const;

    static constexpr int MAX_MINUTES = 14 * 24 * 60;
    static constexpr int MAX_AUTO_RESOLVE_DAYS = 3650;
};

} // namespace CareDesk::Triage

Q_DECLARE_METATYPE(CareDesk::Triage::SlaPolicy)

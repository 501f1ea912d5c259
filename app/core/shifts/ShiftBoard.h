#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace CareDesk::Shifts {

// One shift as the desk shows it: who, from when until when in the team's time zone.
struct ShiftLine
{
    QString agent; // login
    QDateTime start;
    QDateTime end;
    QString localStart; // "09:00", in the team's time zone
    QString localEnd;
    QStringList channels; // empty: every channel
};

// Who is on now and who comes next, with the roster itself (GET /v1/roster).
struct ShiftBoard
{
    QString timeZone; // as people read it: "CET"
    QList<ShiftLine> onNow;
    QList<ShiftLine> next;
    QJsonObject roster; // Shifts::Roster as JSON
};

// The shift-change post proposed when the agent's shift starts (GET /v1/roster/me).
struct ShiftPostProposal
{
    QString text;
    QStringList channels;
    QString until; // the shift's end, in the team's time zone
};

ShiftLine shiftLineFromJson(const QJsonObject &object);
ShiftBoard shiftBoardFromJson(const QJsonObject &object);

} // namespace CareDesk::Shifts

Q_DECLARE_METATYPE(CareDesk::Shifts::ShiftBoard)
Q_DECLARE_METATYPE(CareDesk::Shifts::ShiftPostProposal)

#include "ShiftBoard.h"

#include <QJsonArray>

namespace CareDesk::Shifts {

namespace {

QList<ShiftLine> linesOf(const QJsonArray &array)
{
    QList<ShiftLine> lines;
    for (const QJsonValue &value : array)
        lines.append(shiftLineFromJson(value.toObject()));
    return lines;
}

} // namespace

ShiftLine shiftLineFromJson(const QJsonObject &object)
{
    ShiftLine line;
    line.agent = object.value(QLatin1String("agent")).toString();
    line.start =
        QDateTime::fromString(object.value(QLatin1String("start")).toString(), Qt::ISODate);
    line.end = QDateTime::fromString(object.value(QLatin1String("end")).toString(), Qt::ISODate);
    line.localStart = object.value(QLatin1String("localStart")).toString();
    line.localEnd = object.value(QLatin1String("localEnd")).toString();
    const QJsonArray channels = object.value(QLatin1String("channels")).toArray();
    for (const QJsonValue &channel : channels)
        line.channels.append(channel.toString());
    return line;
}

ShiftBoard shiftBoardFromJson(const QJsonObject &object)
{
    ShiftBoard board;
    board.timeZone = object.value(QLatin1String("timeZone")).toString();
    board.onNow = linesOf(object.value(QLatin1String("onNow")).toArray());
    board.next = linesOf(object.value(QLatin1String("next")).toArray());
    board.roster = object.value(QLatin1String("roster")).toObject();
    return board;
}

} // namespace CareDesk::Shifts

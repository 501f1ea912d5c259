#pragma once

#include <QJsonValue>

namespace CareDesk::Protocol {

// Times on the wire: ISO 8601 in UTC with milliseconds, null for none. In memory, milliseconds
// since the epoch, 0 for none.
QJsonValue timeToJson(qint64 ms);
qint64 timeFromJson(const QJsonValue &value);

} // namespace CareDesk::Protocol

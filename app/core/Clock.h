#pragma once

#include <QDateTime>

namespace CareDesk::Core {

// Where "now" comes from. Injected everywhere time matters (SLA, waiting time, scenarios) so
// tests can move time by hand.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace CareDesk::Core

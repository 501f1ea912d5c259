#pragma once

#include "RouteTable.h"

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Server {

class ChangeFanout;
class TeamShifts;
class TeamStore;

// POST /v1/queue/next (the conversation this agent should take now) and POST /v1/presence.
class QueueApi final
{
public:
    QueueApi(TeamStore &store, ChangeFanout &fanout, TeamShifts &shifts, const Core::Clock &clock);

    HttpResponse next(const ApiCall &call);
    HttpResponse presence(const ApiCall &call);

private:
    TeamStore &m_store;
    ChangeFanout &m_fanout;
    TeamShifts &m_shifts;
    const Core::Clock &m_clock;
};

} // namespace CareDesk::Server

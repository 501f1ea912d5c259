#pragma once

#include "RouteTable.h"

namespace CareDesk::Server {

class EventHub;
class ServerDatabase;

// GET /healthz: a round trip to the database, the versions, and how many live clients there are.
class HealthApi final
{
public:
    HealthApi(ServerDatabase &database, EventHub &events);

    HttpResponse health(const ApiCall &call);

private:
    ServerDatabase &m_database;
    EventHub &m_events;
};

} // namespace CareDesk::Server

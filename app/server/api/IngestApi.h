#pragma once

#include "RouteTable.h"

namespace CareDesk::Server {

class IngestRelay;
class ServerChannels;
class TeamSettings;

// What reaches the inbox from outside: POST /v1/ingest (JSON Lines from an admin or an
// integration token) and GET/POST /v1/webhooks/{channel} (platforms pushing to a channel).
class IngestApi final
{
public:
    IngestApi(TeamSettings &teams, IngestRelay &relay, ServerChannels &channels);

    HttpResponse ingest(const ApiCall &call);
    HttpResponse webhook(const ApiCall &call);

    static constexpr qsizetype MAX_INGEST_BYTES = 32 * 1024 * 1024;

private:
    TeamSettings &m_teams;
    IngestRelay &m_relay;
    ServerChannels &m_channels;
};

} // namespace CareDesk::Server

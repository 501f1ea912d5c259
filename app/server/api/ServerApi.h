// api/: the /v1 API and /healthz: one route table (ServerApi.cpp), one class per API area.
// May use store/, http/ (not the adapter), ServerIngest, ServerChannels, the relay, fan-out, hub.
#pragma once

#include "ChangesApi.h"
#include "ConversationsApi.h"
#include "HealthApi.h"
#include "IngestApi.h"
#include "QueueApi.h"
#include "ReviewsApi.h"
#include "RouteTable.h"
#include "SessionsApi.h"
#include "ShiftsApi.h"
#include "SurveysApi.h"
#include "TeamAdminApi.h"

namespace CareDesk::Server {

// Everything the API works on; each must outlive it.
struct ApiParts
{
    ServerDatabase &database;
    TeamStore &store;
    ServerIngest &ingest;
    ServerChannels &channels;
    IngestRelay &relay;
    ChangeFanout &fanout;
    TeamSurveys &surveys;
    TeamShifts &shifts;
    EventHub &events;
    const Core::Clock &clock;
};

// Answers every request the HTTP server receives (the WebSocket at /v1/events aside), from the
// table of routes built in one place, ServerApi.cpp.
class ServerApi final
{
public:
    explicit ServerApi(const ApiParts &parts);
    ServerApi(const ServerApi &) = delete;
    ServerApi &operator=(const ServerApi &) = delete;

    HttpResponse handle(const HttpRequest &request) const;
    SessionsApi &sessions() { return m_sessions; }
    // Whether requests to `path` carry batches of items, which may be larger than other bodies.
    static bool takesBatches(const QString &path);

private:
    void addRoutes();

    SessionsApi m_sessions;
    ConversationsApi m_conversations;
    QueueApi m_queue;
    TeamAdminApi m_team;
    ReviewsApi m_reviews;
    SurveysApi m_surveys;
    ShiftsApi m_shifts;
    IngestApi m_ingest;
    ChangesApi m_changes;
    HealthApi m_health;
    RouteTable m_routes;
};

} // namespace CareDesk::Server

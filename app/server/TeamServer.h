// The team server: accounts, assignment, the change feed and server-side ingest over HTTP.
// May use core, protocol, Qt HttpServer (in http/ only) and WebSockets; never the UI.
#pragma once

#include "Result.h"
#include "ServerLimits.h"
#include "http/HttpServerAdapter.h"

#include <QHostAddress>

#include <memory>

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Server {

class ChangeFanout;
class EventHub;
class IngestRelay;
class Maintenance;
class PostgresNotifications;
class ServerApi;
class ServerChannels;
class ServerDatabase;
class ServerIngest;
class TeamStore;
class TeamEscalations;
class TeamShifts;
class TeamSurveys;

// The team server put together: the /v1 API, the live event feed and the health check over
// one server database, the team's channels, and the housekeeping. Every request runs on the
// thread that owns the database connection, one at a time; several instances on one
// PostgreSQL stay exclusive through the database itself.
class TeamServer final
{
public:
    ~TeamServer();
    // `dataDirectory` holds the ingest workspace; `clock` must outlive the server.
    static Core::Result<std::unique_ptr<TeamServer>>
    create(std::unique_ptr<ServerDatabase> database, const QString &dataDirectory,
           const Core::Clock &clock);

    // A channel the server runs for a team, from its configuration file (the same file the app
    // and caredesk-cli read; "team" names the team, else "default"). Its secret comes from the
    // environment or the keychain, as the file says.
    Core::Result<void> addChannel(const QString &configFile);
    // The team's CRM, from its settings file (crm.json's form): the server matches the team's
    // customers there and publishes the matches; desks do not each ask the CRM.
    Core::Result<void> setCrm(const QString &settingsFile);
    // Starts polling the channels and delivering replies through them (every 15 s, and at once
    // when a reply is queued); pollChannels() asks them now.
    void startChannels();
    void pollChannels();

    // What one client may cost (sizes, timeouts, connections, logins); call before listen().
    void setLimits(const ServerLimits &limits);
    // HTTPS and WSS with a PEM certificate chain and key; call before listen().
    Core::Result<void> useTls(const QString &certificateFile, const QString &keyFile);
    Core::Result<quint16> listen(const QHostAddress &address, quint16 port);
    HttpResponse handle(const HttpRequest &request);

    TeamStore &store() { return *m_store; }
    // What POST /v1/ingest uses: a batch stored piece by piece, or all at once.
    IngestRelay &relay() { return *m_relay; }
    TeamSurveys &surveys() { return *m_surveys; }
    TeamShifts &shifts() { return *m_shifts; }
    // Gives the queue back the conversations of agents who went offline, hands waiting
    // conversations out by each team's policy, and sends out the changes. Runs every
    // Maintenance::INTERVAL_MS; tests call it after moving the clock.
    void maintain();

private:
    TeamServer(std::unique_ptr<ServerDatabase> database, std::unique_ptr<ServerIngest> ingest,
               const Core::Clock &clock, const QString &dataDirectory);

    qint64 nowMs() const;
    // An agent's first live connection makes them available, their last one offline.
    void followLivePresence();

    // Declared in the order they are built; each is gone before what it uses.
    std::unique_ptr<ServerDatabase> m_database;
    std::unique_ptr<ServerIngest> m_ingest;
    const Core::Clock &m_clock;
    std::unique_ptr<TeamStore> m_store;
    std::unique_ptr<EventHub> m_events;
    std::unique_ptr<PostgresNotifications> m_instances;
    std::unique_ptr<ChangeFanout> m_fanout;
    std::unique_ptr<ServerChannels> m_channels;
    std::unique_ptr<IngestRelay> m_relay;
    std::unique_ptr<TeamSurveys> m_surveys;
    std::unique_ptr<TeamShifts> m_shifts;
    std::unique_ptr<TeamEscalations> m_escalations;
    std::unique_ptr<ServerApi> m_api;
    HttpServerAdapter m_http;
    std::unique_ptr<Maintenance> m_maintenance;
};

} // namespace CareDesk::Server

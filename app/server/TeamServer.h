#pragma once

#include "HttpServerAdapter.h"
#include "Result.h"
#include "store/TeamStore.h"

#include <memory>
#include <variant>

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Server {

class ChangeFanout;
class EventHub;
class IngestRelay;
class Maintenance;
class PostgresNotifications;
class ServerChannels;
class ServerDatabase;
class ServerIngest;

// The /v1 API, the live event feed and the health check, over one server database. Every
// request runs on the thread that owns the database connection, one at a time; several
// instances on one PostgreSQL stay exclusive through the database itself.
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
    // Starts polling the channels and delivering replies through them (every 15 s, and at once
    // when a reply is queued); pollChannels() asks them now.
    void startChannels();
    void pollChannels();

    // HTTPS and WSS with a PEM certificate chain and key; call before listen().
    Core::Result<void> useTls(const QString &certificateFile, const QString &keyFile);
    Core::Result<quint16> listen(const QHostAddress &address, quint16 port);
    HttpResponse handle(const HttpRequest &request);

    TeamStore &store() { return *m_store; }
    // Gives the queue back the conversations of agents who went offline, hands waiting
    // conversations out by each team's policy, and sends out the changes. Runs every
    // Maintenance::INTERVAL_MS; tests call it after moving the clock.
    void maintain();

    static constexpr qint64 SESSION_LIFETIME_MS = 14LL * 24 * 60 * 60 * 1000;
    static constexpr qsizetype MAX_BODY_BYTES = 64 * 1024;
    static constexpr qsizetype MAX_INGEST_BYTES = 32 * 1024 * 1024;
    // Failed logins allowed per account in LOGIN_WINDOW_MS before further tries wait.
    static constexpr int MAX_FAILED_LOGINS = 5;
    static constexpr qint64 LOGIN_WINDOW_MS = 15 * 60 * 1000;

private:
    TeamServer(std::unique_ptr<ServerDatabase> database, std::unique_ptr<ServerIngest> ingest,
               const Core::Clock &clock, const QString &dataDirectory);

    qint64 nowMs() const;
    std::variant<Agent, HttpResponse> authenticate(const HttpRequest &request);
    void changed(qint64 teamId);
    // An agent's first live connection makes them available, their last one offline.
    void followLivePresence();

    HttpResponse health();
    HttpResponse login(const HttpRequest &request);
    HttpResponse logout(const HttpRequest &request);
    HttpResponse listConversations(const Agent &agent, const HttpRequest &request);
    HttpResponse conversationAction(const Agent &agent, qint64 conversationId,
                                    const QString &action, const HttpRequest &request);
    HttpResponse next(const Agent &agent);
    HttpResponse presence(const Agent &agent, const HttpRequest &request);
    HttpResponse changes(const Agent &agent, const HttpRequest &request);
    HttpResponse ingest(const Agent &agent, const HttpRequest &request);
    HttpResponse agents(const Agent &agent);
    HttpResponse addAgent(const Agent &agent, const HttpRequest &request);
    HttpResponse updateAgent(const Agent &agent, qint64 agentId, const HttpRequest &request);
    HttpResponse routing(const Agent &agent, const HttpRequest &request);
    HttpResponse saveReview(const Agent &agent, const HttpRequest &request);
    HttpResponse reviews(const Agent &agent, const HttpRequest &request);
    HttpResponse webhook(const QString &channel, const HttpRequest &request);

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
    HttpServerAdapter m_http;
    std::unique_ptr<Maintenance> m_maintenance;
};

} // namespace CareDesk::Server

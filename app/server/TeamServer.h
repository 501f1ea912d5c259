#pragma once

#include "HttpServerAdapter.h"
#include "Result.h"
#include "TeamStore.h"

#include <QHash>
#include <QTimer>

#include <memory>
#include <variant>

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Server {

class EventHub;
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
    static Core::Result<std::unique_ptr<TeamServer>> create(std::unique_ptr<ServerDatabase> database,
                                                            const QString &dataDirectory, const Core::Clock &clock);

    Core::Result<quint16> listen(const QHostAddress &address, quint16 port);
    HttpResponse handle(const HttpRequest &request);

    TeamStore &store() { return *m_store; }
    // Gives the queue back the conversations of agents who went offline, hands waiting
    // conversations out by each team's policy, and sends out the changes. Runs every
    // MAINTENANCE_INTERVAL_MS; tests call it after moving the clock.
    void maintain();
    static constexpr int MAINTENANCE_INTERVAL_MS = 15000;

    static constexpr qint64 SESSION_LIFETIME_MS = 14LL * 24 * 60 * 60 * 1000;
    static constexpr qsizetype MAX_BODY_BYTES = 64 * 1024;
    static constexpr qsizetype MAX_INGEST_BYTES = 32 * 1024 * 1024;
    // Failed logins allowed per account in LOGIN_WINDOW_MS before further tries wait.
    static constexpr int MAX_FAILED_LOGINS = 5;
    static constexpr qint64 LOGIN_WINDOW_MS = 15 * 60 * 1000;

private:
    TeamServer(std::unique_ptr<ServerDatabase> database, std::unique_ptr<ServerIngest> ingest, const Core::Clock &clock);

    qint64 nowMs() const;
    std::variant<Agent, HttpResponse> authenticate(const HttpRequest &request);
    // After a write: hand out work if the team's policy says so, and tell every client.
    void changed(qint64 teamId);

    HttpResponse health();
    HttpResponse login(const HttpRequest &request);
    HttpResponse logout(const HttpRequest &request);
    HttpResponse listConversations(const Agent &agent, const HttpRequest &request);
    HttpResponse conversationAction(const Agent &agent, qint64 conversationId, const QString &action,
                                    const HttpRequest &request);
    HttpResponse next(const Agent &agent);
    HttpResponse presence(const Agent &agent, const HttpRequest &request);
    HttpResponse changes(const Agent &agent, const HttpRequest &request);
    HttpResponse ingest(const Agent &agent, const HttpRequest &request);
    HttpResponse agents(const Agent &agent);
    HttpResponse addAgent(const Agent &agent, const HttpRequest &request);
    HttpResponse updateAgent(const Agent &agent, qint64 agentId, const HttpRequest &request);
    HttpResponse routing(const Agent &agent, const HttpRequest &request);

    std::unique_ptr<ServerDatabase> m_database;
    std::unique_ptr<ServerIngest> m_ingest;
    const Core::Clock &m_clock;
    std::unique_ptr<TeamStore> m_store;
    std::unique_ptr<EventHub> m_events;
    HttpServerAdapter m_http;
    QTimer m_maintenance;
    QHash<QString, QList<qint64>> m_failedLogins; // login -> times of recent failures
};

} // namespace CareDesk::Server

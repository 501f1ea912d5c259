#pragma once

#include "HttpServerAdapter.h"
#include "Result.h"
#include "store/TeamStore.h"

#include <QHash>
#include <QTimer>

#include <memory>
#include <variant>

namespace CareDesk::Core {
class Clock;
}
namespace CareDesk::Channels {
class ChannelCatalog;
}
namespace CareDesk::Security {
class CredentialStore;
}
namespace CareDesk::Workspace {
class WorkspaceService;
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
    TeamServer(std::unique_ptr<ServerDatabase> database, std::unique_ptr<ServerIngest> ingest,
               const Core::Clock &clock, const QString &dataDirectory);

    qint64 nowMs() const;
    std::variant<Agent, HttpResponse> authenticate(const HttpRequest &request);
    // After a write: hand out work if the team's policy says so, and tell every client.
    void changed(qint64 teamId);
    // Publishes what the ingest workspace stored since last time into the shared store: for
    // `team`, or for each channel's own team.
    void publishIngested(std::optional<qint64> team = std::nullopt);
    // Queues replies the channels do not have yet, and records what became of the others.
    void settleReplies();
    // Hands a reply to its channel's outbox; true when it cannot go out and was marked failed.
    bool queueForChannel(const ReplyDelivery::PendingReply &reply);

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

    std::unique_ptr<ServerDatabase> m_database;
    std::unique_ptr<ServerIngest> m_ingest;
    const Core::Clock &m_clock;
    std::unique_ptr<TeamStore> m_store;
    std::unique_ptr<EventHub> m_events;
    std::unique_ptr<Channels::ChannelCatalog> m_catalog;
    std::unique_ptr<Security::CredentialStore> m_credentials;
    std::unique_ptr<Workspace::WorkspaceService> m_channels;
    QHash<QString, qint64> m_channelTeams; // channel (account) name -> team
    // Where a channel's webhook secrets are: environment variables named in its config.
    struct WebhookSecrets
    {
        QString appSecretVariable;
        QString verifyTokenVariable;
    };
    QHash<QString, WebhookSecrets> m_webhooks;
    HttpServerAdapter m_http;
    QTimer m_maintenance;
};

} // namespace CareDesk::Server

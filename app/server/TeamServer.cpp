#include "TeamServer.h"

#include "ChangeFanout.h"
#include "Clock.h"
#include "EventHub.h"
#include "IngestRelay.h"
#include "Maintenance.h"
#include "PostgresNotifications.h"
#include "ServerChannels.h"
#include "ServerDatabase.h"
#include "ServerIngest.h"
#include "TeamEscalations.h"
#include "TeamShifts.h"
#include "TeamSurveys.h"
#include "api/ServerApi.h"
#include "store/TeamStore.h"

#include <QWebSocket>

namespace CareDesk::Server {

using Core::Result;

TeamServer::TeamServer(std::unique_ptr<ServerDatabase> database,
                       std::unique_ptr<ServerIngest> ingest, const Core::Clock &clock,
                       const QString &dataDirectory)
    : m_database(std::move(database))
    , m_ingest(std::move(ingest))
    , m_clock(clock)
    , m_store(std::make_unique<TeamStore>(*m_database))
    , m_events(std::make_unique<EventHub>(m_store->sessions(), m_store->feed(),
                                          m_store->conversations(), [this] { return nowMs(); }))
    , m_instances(std::make_unique<PostgresNotifications>(*m_database, *m_events))
    , m_fanout(
          std::make_unique<ChangeFanout>(m_store->dispatcher(), *m_instances, *m_events, m_clock))
    , m_channels(std::make_unique<ServerChannels>(ServerIngest::directoryIn(dataDirectory), m_clock,
                                                  *m_ingest, m_store->teams()))
    , m_relay(std::make_unique<IngestRelay>(*m_ingest, *m_store, *m_channels, *m_fanout, m_clock))
    , m_surveys(std::make_unique<TeamSurveys>(*m_store, *m_ingest, *m_channels, *m_fanout, m_clock))
    , m_shifts(std::make_unique<TeamShifts>(*m_store, *m_ingest, *m_channels, *m_fanout, m_clock))
    , m_escalations(std::make_unique<TeamEscalations>(*m_store, *m_ingest, *m_fanout, m_clock))
    , m_api(std::make_unique<ServerApi>(ApiParts{*m_database, *m_store, *m_ingest, *m_channels,
                                                 *m_relay, *m_fanout, *m_surveys, *m_shifts,
                                                 *m_events, m_clock}))
    , m_http([this](const HttpRequest &request) { return handle(request); })
    , m_maintenance(std::make_unique<Maintenance>(*m_store, *m_relay, *m_fanout, *m_shifts,
                                                  *m_escalations, m_clock))
{
    QObject::connect(m_channels.get(), &ServerChannels::inboxChanged, m_channels.get(), [this] {
        m_relay->publishIngested();
        m_relay->settleReplies();
        m_escalations->applyRules();
        // After publishing: an answer reopened its conversation, and the survey decides.
        m_surveys->readAnswers();
    });
    // A customer matched in the team's CRM: their conversations again, with the match and the
    // priority it gives.
    QObject::connect(m_channels.get(), &ServerChannels::customerChanged, m_channels.get(),
                     [this](qint64 customerId) { m_relay->republishCustomer(customerId); });
    // Batches of items may be large; every other request is a small JSON object.
    m_http.setBodyLimit([this](const QByteArray &, const QString &path) -> qint64 {
        return ServerApi::takesBatches(path) ? IngestApi::MAX_INGEST_BYTES
                                             : m_http.limits().bodyBytes;
    });
    // GET /v1/events: the live side of the change feed.
    m_http.acceptWebSockets(QStringLiteral("/v1/events"),
                            [this](std::unique_ptr<QWebSocket> socket, const QHostAddress &client) {
                                m_events->accept(std::move(socket), client);
                            });
    followLivePresence();
    // A detractor's answer meets the team's detractor rule.
    QObject::connect(m_surveys.get(), &TeamSurveys::detractorAnswered, m_surveys.get(),
                     [this](qint64 sourceConversationId, int score) {
                         m_escalations->detractorAnswered(sourceConversationId, score);
                     });
    // Other instances on the same PostgreSQL announce their commits; their changes are then
    // read from the feed like our own.
    m_instances->listen();
    m_maintenance->start();
}

TeamServer::~TeamServer() = default;

Result<std::unique_ptr<TeamServer>> TeamServer::create(std::unique_ptr<ServerDatabase> database,
                                                       const QString &dataDirectory,
                                                       const Core::Clock &clock)
{
    auto ingest = ServerIngest::open(dataDirectory, clock);
    if (!ingest)
        return ingest.error();
    auto server = std::unique_ptr<TeamServer>(
        new TeamServer(std::move(database), std::move(ingest).value(), clock, dataDirectory));
    // What was stored but not yet published when the server last stopped goes out now.
    server->m_relay->publishIngested();
    server->m_relay->settleReplies();
    return server;
}

void TeamServer::followLivePresence()
{
    const auto follow = [this](qint64 agentId, Presence presence) {
        auto agent = m_store->accounts().agent(agentId);
        if (!agent || !agent.value())
            return;
        // Coming online changes only who was offline: away stays away. A rostered agent
        // arrives as the roster says.
        if (presence == Presence::Available && agent.value()->presence != Presence::Offline)
            return;
        if (presence == Presence::Available)
            presence = m_shifts->presenceOnArrival(*agent.value());
        if (m_store->accounts().setPresence(*agent.value(), presence, nowMs()))
            m_fanout->changed(agent.value()->teamId);
    };
    QObject::connect(m_events.get(), &EventHub::agentOnline, m_events.get(),
                     [follow](qint64 agentId) { follow(agentId, Presence::Available); });
    QObject::connect(m_events.get(), &EventHub::agentOffline, m_events.get(),
                     [follow](qint64 agentId) { follow(agentId, Presence::Offline); });
}

Result<void> TeamServer::addChannel(const QString &configFile)
{
    return m_channels->add(configFile);
}

Result<void> TeamServer::setCrm(const QString &settingsFile)
{
    return m_channels->setCrm(settingsFile);
}

void TeamServer::startChannels()
{
    m_channels->start();
}

void TeamServer::pollChannels()
{
    m_channels->pollNow();
}

void TeamServer::setLimits(const ServerLimits &limits)
{
    m_http.setLimits(limits.http);
    m_api->sessions().setLimits(limits.logins);
    m_store->sessions().setIdleTimeout(limits.sessionIdleMs);
}

Result<void> TeamServer::useTls(const QString &certificateFile, const QString &keyFile)
{
    return m_http.useTls(certificateFile, keyFile);
}

Result<quint16> TeamServer::listen(const QHostAddress &address, quint16 port)
{
    return m_http.listen(address, port);
}

HttpResponse TeamServer::handle(const HttpRequest &request)
{
    return m_api->handle(request);
}

void TeamServer::maintain()
{
    m_maintenance->run();
}

qint64 TeamServer::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

} // namespace CareDesk::Server

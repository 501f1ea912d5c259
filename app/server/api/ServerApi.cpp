#include "ServerApi.h"

#include "server/store/TeamStore.h"

#include <QCoreApplication>

namespace CareDesk::Server {

namespace {

// The catalogs know these messages under the context of the server as one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamServer)
};

// A route's handler: `handler` of `api`.
template<typename Api>
RouteTable::Handler to(Api *api, HttpResponse (Api::*handler)(const ApiCall &))
{
    return [api, handler](const ApiCall &call) { return (api->*handler)(call); };
}

} // namespace

ServerApi::ServerApi(const ApiParts &parts)
    : m_sessions(parts.store.accounts(), parts.store.sessions(), parts.store.logins(), parts.fanout,
                 parts.clock)
    , m_conversations(parts.store, parts.ingest, parts.relay, parts.channels, parts.surveys,
                      parts.fanout, parts.clock)
    , m_queue(parts.store, parts.fanout, parts.shifts, parts.clock)
    , m_team(parts.store, parts.fanout, parts.clock)
    , m_reviews(parts.store.reviews(), parts.clock)
    , m_surveys(parts.surveys)
    , m_shifts(parts.shifts)
    , m_ingest(parts.store.teams(), parts.relay, parts.channels)
    , m_changes(parts.store.feed())
    , m_health(parts.database, parts.events)
    , m_routes([this](const HttpRequest &request) { return m_sessions.authenticate(request); })
{
    addRoutes();
}

bool ServerApi::takesBatches(const QString &path)
{
    return path == u"/v1/ingest" || path.startsWith(u"/v1/webhooks/");
}

HttpResponse ServerApi::handle(const HttpRequest &request) const
{
    return m_routes.handle(request);
}

void ServerApi::addRoutes()
{
    RouteTable &r = m_routes;
    r.addId(QStringLiteral("conversation"), Tr::tr("There is no such conversation."));
    r.addId(QStringLiteral("agent"), Tr::tr("There is no such agent."));

    r.add("GET", QStringLiteral("/healthz"), Access::Public, to(&m_health, &HealthApi::health));
    r.add("POST", QStringLiteral("/v1/sessions"), Access::Public,
          to(&m_sessions, &SessionsApi::login));
    // Platforms prove themselves with a signature, not a session.
    r.add("GET", QStringLiteral("/v1/webhooks/{channel}"), Access::Public,
          to(&m_ingest, &IngestApi::webhook));
    r.add("POST", QStringLiteral("/v1/webhooks/{channel}"), Access::Public,
          to(&m_ingest, &IngestApi::webhook));

    r.add("DELETE", QStringLiteral("/v1/sessions/current"), Access::Staff,
          to(&m_sessions, &SessionsApi::logout));
    r.add("DELETE", QStringLiteral("/v1/sessions"), Access::Staff,
          to(&m_sessions, &SessionsApi::logoutEverywhere));
    r.add("GET", QStringLiteral("/v1/me"), Access::Staff, to(&m_sessions, &SessionsApi::me));

    r.add("GET", QStringLiteral("/v1/conversations"), Access::Staff,
          to(&m_conversations, &ConversationsApi::list));
    r.add("GET", QStringLiteral("/v1/conversations/{conversation}"), Access::Staff,
          to(&m_conversations, &ConversationsApi::detail));
    // Working a conversation is for agents and leads; trainers and admins only read.
    r.add("POST", QStringLiteral("/v1/conversations/{conversation}/{action}"), Access::Workers,
          to(&m_conversations, &ConversationsApi::act));
    r.add("*", QStringLiteral("/v1/conversations/{conversation}/{action}/{...}"), Access::Staff,
          [](const ApiCall &) {
              return HttpResponse::error(404, QStringLiteral("not_found"),
                                         Tr::tr("There is no such conversation."));
          });

    r.add("POST", QStringLiteral("/v1/queue/next"), Access::Workers, to(&m_queue, &QueueApi::next));
    r.add("POST", QStringLiteral("/v1/presence"), Access::Staff, to(&m_queue, &QueueApi::presence));
    r.add("GET", QStringLiteral("/v1/changes"), Access::Staff,
          to(&m_changes, &ChangesApi::changes));
    r.add("POST", QStringLiteral("/v1/ingest"), Access::Feeders, to(&m_ingest, &IngestApi::ingest));

    r.add("GET", QStringLiteral("/v1/agents"), Access::Supervisors,
          to(&m_team, &TeamAdminApi::agents));
    r.add("POST", QStringLiteral("/v1/agents"), Access::Admins,
          to(&m_team, &TeamAdminApi::addAgent));
    r.add("PATCH", QStringLiteral("/v1/agents/{agent}"), Access::Supervisors,
          to(&m_team, &TeamAdminApi::updateAgent));
    r.add("GET", QStringLiteral("/v1/routing"), Access::Supervisors,
          to(&m_team, &TeamAdminApi::routing));
    r.add("PUT", QStringLiteral("/v1/routing"), Access::Supervisors,
          to(&m_team, &TeamAdminApi::setRouting));
    r.add("GET", QStringLiteral("/v1/escalation-settings"), Access::Staff,
          to(&m_team, &TeamAdminApi::escalationSettings));
    r.add("PUT", QStringLiteral("/v1/escalation-settings"), Access::Supervisors,
          to(&m_team, &TeamAdminApi::setEscalationSettings));
    r.add("GET", QStringLiteral("/v1/translation-settings"), Access::Staff,
          to(&m_team, &TeamAdminApi::translationSettings));
    r.add("PUT", QStringLiteral("/v1/translation-settings"), Access::Supervisors,
          to(&m_team, &TeamAdminApi::setTranslationSettings));
    r.add("GET", QStringLiteral("/v1/team-dictionary"), Access::Staff,
          to(&m_team, &TeamAdminApi::teamWords));
    r.add("POST", QStringLiteral("/v1/team-dictionary"), Access::Supervisors,
          to(&m_team, &TeamAdminApi::changeTeamWords));

    // Who may read which reviews depends on what is asked: the handler decides.
    r.add("GET", QStringLiteral("/v1/reviews"), Access::Staff, to(&m_reviews, &ReviewsApi::list));
    r.add("POST", QStringLiteral("/v1/reviews"), Access::Supervisors,
          to(&m_reviews, &ReviewsApi::save));
    r.add("GET", QStringLiteral("/v1/surveys/summary"), Access::Supervisors,
          to(&m_surveys, &SurveysApi::summary));
    r.add("GET", QStringLiteral("/v1/roster"), Access::Staff,
          to(&m_shifts, &ShiftsApi::teamShifts));
    r.add("PUT", QStringLiteral("/v1/roster"), Access::Supervisors,
          to(&m_shifts, &ShiftsApi::setRoster));
    r.add("GET", QStringLiteral("/v1/roster/me"), Access::Workers,
          to(&m_shifts, &ShiftsApi::myShift));
    r.add("POST", QStringLiteral("/v1/shift-posts"), Access::Workers,
          to(&m_shifts, &ShiftsApi::decidePost));
}

} // namespace CareDesk::Server

#pragma once

#include "RouteTable.h"

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Server {

class ChangeFanout;
class TeamStore;

// Running the team, for leads and admins: GET/POST /v1/agents, PATCH /v1/agents/{id} (skills,
// capacity, role), and GET/PUT /v1/routing (the routing policy, offline grace and SLA policy).
class TeamAdminApi final
{
public:
    TeamAdminApi(TeamStore &store, ChangeFanout &fanout, const Core::Clock &clock);

    HttpResponse agents(const ApiCall &call);
    HttpResponse addAgent(const ApiCall &call);
    HttpResponse updateAgent(const ApiCall &call);
    HttpResponse routing(const ApiCall &call);
    HttpResponse setRouting(const ApiCall &call);
    // The team's translation service: every desk reads it; leads choose it.
    // GET and PUT /v1/escalation-settings: the team's reasons, targets, rules and whether an
    // escalated case stays with its agent (Escalations::EscalationSettings as JSON).
    HttpResponse escalationSettings(const ApiCall &call);
    HttpResponse setEscalationSettings(const ApiCall &call);
    HttpResponse translationSettings(const ApiCall &call);
    HttpResponse setTranslationSettings(const ApiCall &call);
    // The team dictionary: every desk reads it; leads add and remove words.
    HttpResponse teamWords(const ApiCall &call);
    HttpResponse changeTeamWords(const ApiCall &call);

private:
    qint64 nowMs() const;

    TeamStore &m_store;
    ChangeFanout &m_fanout;
    const Core::Clock &m_clock;
};

} // namespace CareDesk::Server

#pragma once

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Server {

class ChangeFanout;
class ServerIngest;
class TeamStore;

// The teams' escalation rules on the server: each customer's message that reaches the team
// through the ingest workspace (a channel the server runs, or POST /v1/ingest) meets its
// team's rules once it is published (reach, a verified account, the words, repeated contact),
// and a rule's escalation or flag is the team's, on every desk.
class TeamEscalations final
{
public:
    TeamEscalations(TeamStore &store, ServerIngest &ingest, ChangeFanout &fanout,
                    const Core::Clock &clock);

    // Looks at the messages that arrived since it last looked, up to the first not published
    // yet (it is looked at next time).
    void applyRules();

    static constexpr int RULES_BATCH = 500;

private:
    TeamStore &m_store;
    ServerIngest &m_ingest;
    ChangeFanout &m_fanout;
    const Core::Clock &m_clock;
};

} // namespace CareDesk::Server

#pragma once

#include "escalations/EscalationRules.h"

#include <optional>

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
    // The overdue-reply rule, over the teams' conversations whose first answer is late.
    void applySlaRule();
    // The detractor rule, for an answer read in this conversation of the ingest workspace.
    void detractorAnswered(qint64 sourceConversationId, int score);

    static constexpr int RULES_BATCH = 500;

private:
    // Records a rule's finding in the team's conversation and tells the team's desks.
    void record(qint64 conversationId, qint64 teamId,
                const std::optional<Escalations::RuleHit> &hit, bool keepWithAgent);
    Escalations::EscalationSettings settingsOf(qint64 teamId);

    TeamStore &m_store;
    ServerIngest &m_ingest;
    ChangeFanout &m_fanout;
    const Core::Clock &m_clock;
};

} // namespace CareDesk::Server

#pragma once

#include "Agent.h"
#include "Result.h"

#include <QJsonObject>

#include <optional>

namespace CareDesk::Server {

class Assignments;
class ConversationReads;
class ServerDatabase;

// Hands waiting conversations to agents by each team's policy (AssignmentRules), as agents ask
// for the next one, as work arrives, and as agents who went offline give theirs back.
class Dispatcher final
{
public:
    Dispatcher(ServerDatabase &database, ConversationReads &reads, Assignments &assignments);

    // The best conversation this agent may take now, claimed for them; nullopt when none.
    Core::Result<std::optional<QJsonObject>> takeNext(const Agent &agent, qint64 nowMs);
    // Assigns waiting conversations to available agents by the team's policy. Returns how many.
    Core::Result<int> dispatch(qint64 teamId, qint64 nowMs);
    // Conversations of agents offline for longer than their team's grace period go back to the
    // queue. Returns how many.
    Core::Result<int> requeueFromOfflineAgents(qint64 nowMs);

private:
    ServerDatabase &m_database;
    ConversationReads &m_reads;
    Assignments &m_assignments;
};

} // namespace CareDesk::Server

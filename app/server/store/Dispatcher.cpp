#include "Dispatcher.h"

#include "Assignments.h"
#include "ConversationReads.h"
#include "StoreSql.h"

#include "server/AssignmentRules.h"
#include "server/ServerDatabase.h"

#include <algorithm>
#include <tuple>

namespace CareDesk::Server {

using Core::Result;
using namespace StoreSql;

namespace {

struct TeamSnapshot
{
    QList<AssignmentRules::Candidate> candidates;
    AssignmentRules::Policy policy = AssignmentRules::Policy::LeastLoaded;
};

Result<TeamSnapshot> teamSnapshot(QSqlDatabase &db, qint64 teamId)
{
    TeamSnapshot snapshot;
    auto policy =
        run(db, QStringLiteral("SELECT routing_policy FROM teams WHERE id = ?"), {teamId});
    if (!policy)
        return policy.error();
    if (policy.value().next())
        snapshot.policy = AssignmentRules::policyFromString(policy.value().value(0).toString())
                              .value_or(AssignmentRules::Policy::LeastLoaded);
    // Agents and leads take conversations; trainers and admins do not.
    auto agents = run(
        db,
        QStringLiteral(
            "SELECT a.id, a.presence, a.languages, a.categories, a.capacity, a.last_assigned_at,"
            " (SELECT COUNT(*) FROM conversations c WHERE c.assignee_id = a.id"
            " AND c.status <> 'resolved')"
            " FROM agents a WHERE a.team_id = ? AND a.role IN ('agent', 'lead')"),
        {teamId});
    if (!agents)
        return agents.error();
    while (agents.value().next()) {
        const QSqlQuery &q = agents.value();
        snapshot.candidates.append({q.value(0).toLongLong(), q.value(1).toString() == u"available",
                                    split(q.value(2).toString()), split(q.value(3).toString()),
                                    q.value(4).toInt(), q.value(6).toInt(),
                                    q.value(5).toLongLong()});
    }
    return snapshot;
}

// The team's waiting conversations, most urgent first.
Result<QList<AssignmentRules::Waiting>> waitingConversations(QSqlDatabase &db, qint64 teamId,
                                                             int limit)
{
    auto found =
        run(db,
            QStringLiteral(
                "SELECT id, language, category, COALESCE(previous_agent_id, 0) FROM conversations"
                " WHERE team_id = ? AND assignee_id IS NULL AND status IN ('new', 'open')"
                // An escalated case waits for a lead to take it, not for the next agent.
                " AND NOT EXISTS (SELECT 1 FROM escalations e WHERE e.conversation_id ="
                " conversations.id AND e.taken_at IS NULL AND e.flag_only = 0)"
                " ORDER BY priority DESC, sla_due_at ASC, id ASC LIMIT ?"),
            {teamId, limit});
    if (!found)
        return found.error();
    QList<AssignmentRules::Waiting> waiting;
    while (found.value().next())
        waiting.append({found.value().value(0).toLongLong(), found.value().value(1).toString(),
                        found.value().value(2).toString(), found.value().value(3).toLongLong()});
    return waiting;
}

constexpr int ROUTING_WINDOW = 500; // how far down the queue routing looks for a match

} // namespace

Dispatcher::Dispatcher(ServerDatabase &database, ConversationReads &reads, Assignments &assignments)
    : m_database(database)
    , m_reads(reads)
    , m_assignments(assignments)
{}

Result<std::optional<QJsonObject>> Dispatcher::takeNext(const Agent &agent, qint64 nowMs)
{
    return inWrite<std::optional<QJsonObject>>(
        m_database, [&]() -> Result<std::optional<QJsonObject>> {
            QSqlDatabase &db = m_database.connection();
            auto team = teamSnapshot(db, agent.teamId);
            if (!team)
                return team.error();
            auto me = std::find_if(team.value().candidates.begin(), team.value().candidates.end(),
                                   [&](const AssignmentRules::Candidate &candidate) {
                                       return candidate.agentId == agent.id;
                                   });
            if (me == team.value().candidates.end())
                return std::optional<QJsonObject>();
            // Asking for work is being available for it.
            me->available = true;
            auto waiting = waitingConversations(db, agent.teamId, ROUTING_WINDOW);
            if (!waiting)
                return waiting.error();
            for (const AssignmentRules::Waiting &conversation : waiting.value()) {
                if (!AssignmentRules::mayPull(*me, conversation, team.value().candidates))
                    continue;
                auto assigned = m_assignments.assign(agent.teamId, conversation.conversationId,
                                                     agent.id, QStringLiteral("next"), nowMs);
                if (!assigned)
                    return assigned.error();
                if (!assigned.value())
                    continue;
                auto json = m_reads.conversation(conversation.conversationId);
                if (!json)
                    return json.error();
                return std::optional<QJsonObject>(json.value());
            }
            return std::optional<QJsonObject>();
        });
}

Result<int> Dispatcher::dispatch(qint64 teamId, qint64 nowMs)
{
    QSqlDatabase &db = m_database.connection();
    // Most writes change nothing routing cares about: look before taking the write lock.
    auto worth =
        run(db,
            QStringLiteral("SELECT t.routing_policy FROM teams t WHERE t.id = ?"
                           " AND t.routing_policy <> 'manual'"
                           " AND EXISTS (SELECT 1 FROM agents a WHERE a.team_id = t.id AND "
                           "a.presence = 'available')"
                           " AND EXISTS (SELECT 1 FROM conversations c WHERE c.team_id = t.id"
                           " AND c.assignee_id IS NULL AND c.status IN ('new', 'open'))"),
            {teamId});
    if (!worth)
        return worth.error();
    if (!worth.value().next())
        return 0;
    return inWrite<int>(m_database, [&]() -> Result<int> {
        auto team = teamSnapshot(db, teamId);
        if (!team)
            return team.error();
        if (team.value().policy == AssignmentRules::Policy::Manual)
            return 0;
        auto waiting = waitingConversations(db, teamId, ROUTING_WINDOW);
        if (!waiting)
            return waiting.error();
        int assignedCount = 0;
        for (const AssignmentRules::Waiting &conversation : waiting.value()) {
            const auto chosen =
                AssignmentRules::choose(team.value().policy, conversation, team.value().candidates);
            if (!chosen)
                continue;
            auto assigned = m_assignments.assign(teamId, conversation.conversationId, *chosen,
                                                 QStringLiteral("routed"), nowMs);
            if (!assigned)
                return assigned.error();
            if (!assigned.value())
                continue;
            ++assignedCount;
            for (AssignmentRules::Candidate &candidate : team.value().candidates)
                if (candidate.agentId == *chosen) {
                    ++candidate.open;
                    candidate.lastAssignedAtMs = nowMs;
                }
        }
        return assignedCount;
    });
}

Result<int> Dispatcher::requeueFromOfflineAgents(qint64 nowMs)
{
    return inWrite<int>(m_database, [&]() -> Result<int> {
        QSqlDatabase &db = m_database.connection();
        auto held = run(
            db,
            QStringLiteral(
                "SELECT c.id, c.team_id, a.id FROM conversations c"
                " JOIN agents a ON a.id = c.assignee_id JOIN teams t ON t.id = a.team_id"
                " WHERE a.presence = 'offline' AND a.presence_at < ? - t.offline_grace_secs * 1000"
                " AND c.status <> 'resolved'"),
            {nowMs});
        if (!held)
            return held.error();
        QList<std::tuple<qint64, qint64, qint64>> conversations;
        while (held.value().next())
            conversations.append({held.value().value(0).toLongLong(),
                                  held.value().value(1).toLongLong(),
                                  held.value().value(2).toLongLong()});
        for (const auto &[conversationId, teamId, agentId] : conversations)
            if (auto returned = m_assignments.returnToQueue(teamId, conversationId, agentId,
                                                            QStringLiteral("offline"), true, nowMs);
                !returned)
                return returned.error();
        return static_cast<int>(conversations.size());
    });
}

} // namespace CareDesk::Server

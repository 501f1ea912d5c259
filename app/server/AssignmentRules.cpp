#include "AssignmentRules.h"

#include <algorithm>

namespace CareDesk::Server::AssignmentRules {

QString toString(Policy policy)
{
    switch (policy) {
    case Policy::Manual:
        return QStringLiteral("manual");
    case Policy::RoundRobin:
        return QStringLiteral("round-robin");
    case Policy::LeastLoaded:
        return QStringLiteral("least-loaded");
    }
    return QString();
}

std::optional<Policy> policyFromString(const QString &text)
{
    for (Policy policy : {Policy::Manual, Policy::RoundRobin, Policy::LeastLoaded})
        if (toString(policy) == text)
            return policy;
    return std::nullopt;
}

bool canTake(const Candidate &agent, const Waiting &conversation)
{
    if (!agent.available || agent.open >= agent.capacity)
        return false;
    const bool languageKnown = !conversation.language.isEmpty() && conversation.language != u"und";
    if (languageKnown && !agent.languages.isEmpty() &&
        !agent.languages.contains(conversation.language))
        return false;
    if (!agent.categories.isEmpty() && !agent.categories.contains(conversation.category))
        return false;
    return true;
}

bool mayPull(const Candidate &agent, const Waiting &conversation, const QList<Candidate> &team)
{
    if (!canTake(agent, conversation))
        return false;
    if (conversation.previousAgentId == 0 || conversation.previousAgentId == agent.agentId)
        return true;
    const auto previous = std::find_if(team.begin(), team.end(), [&](const Candidate &candidate) {
        return candidate.agentId == conversation.previousAgentId;
    });
    return previous == team.end() || !canTake(*previous, conversation);
}

std::optional<qint64> choose(Policy policy, const Waiting &conversation,
                             const QList<Candidate> &team)
{
    if (policy == Policy::Manual)
        return std::nullopt;
    const Candidate *best = nullptr;
    for (const Candidate &candidate : team) {
        if (!canTake(candidate, conversation))
            continue;
        if (candidate.agentId == conversation.previousAgentId)
            return candidate.agentId;
        if (!best) {
            best = &candidate;
            continue;
        }
        const auto key = [policy](const Candidate &c) {
            // Load counts only under least-loaded; both then prefer who waited longest.
            return std::make_tuple(policy == Policy::LeastLoaded ? c.open : 0, c.lastAssignedAtMs,
                                   c.agentId);
        };
        if (key(candidate) < key(*best))
            best = &candidate;
    }
    if (!best)
        return std::nullopt;
    return best->agentId;
}

} // namespace CareDesk::Server::AssignmentRules

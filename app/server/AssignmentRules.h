#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CareDesk::Server::AssignmentRules {

// Who gets which waiting conversation, as pure rules over plain values: the database side
// (who is waiting, who is available) is store/Dispatcher's.

// How a team's waiting conversations reach agents. Every policy lets agents pull the next one
// (POST /v1/queue/next); round-robin and least-loaded also hand them out as they arrive.
enum class Policy { Manual, RoundRobin, LeastLoaded };
QString toString(Policy policy);
std::optional<Policy> policyFromString(const QString &text);

// An agent as routing sees them.
struct Candidate
{
    qint64 agentId = 0;
    bool available = false;
    QStringList languages;  // empty: any
    QStringList categories; // empty: any
    int capacity = 0;
    int open = 0; // conversations they hold now
    qint64 lastAssignedAtMs = 0;
};

// A waiting conversation as routing sees it.
struct Waiting
{
    qint64 conversationId = 0;
    QString language;
    QString category;
    qint64 previousAgentId = 0; // who helped this customer last; 0: nobody
};

// Available, below capacity, and speaks the language and knows the category. A conversation
// whose language is unknown can go to anyone.
bool canTake(const Candidate &agent, const Waiting &conversation);

// Whether `agent` may take `conversation` now: a returning customer is kept for the agent who
// helped them last while that agent can take it.
bool mayPull(const Candidate &agent, const Waiting &conversation, const QList<Candidate> &team);

// Who gets `conversation` under `policy`: the previous agent when they can take it, otherwise
// the least loaded (least-loaded) or the one who waited longest for work (round-robin), ties
// broken by who waited longest then by id. nullopt under manual or when nobody can.
std::optional<qint64> choose(Policy policy, const Waiting &conversation,
                             const QList<Candidate> &team);

} // namespace CareDesk::Server::AssignmentRules

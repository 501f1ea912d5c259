#pragma once

#include "Agent.h"
#include "Result.h"

#include <QList>

#include <optional>
#include <utility>

namespace CareDesk::Server {

class Assignments;
class ChangeFeed;
class ServerDatabase;
class TeamSettings;

// The team's people: accounts with their role, skills, capacity, presence and password hash.
class AccountStore final
{
public:
    AccountStore(ServerDatabase &database, ChangeFeed &feed, TeamSettings &teams,
                 Assignments &assignments);

    Core::Result<Agent> addAgent(const NewAgent &agent, const QString &passwordHash, qint64 nowMs);
    // Someone who left: sessions end, their conversations go back to the queue, and they can no
    // longer sign in; what they wrote stays. False when there is no such login.
    Core::Result<bool> disableAgent(const QString &login, qint64 nowMs);
    // A new password; every session of the account ends.
    Core::Result<bool> setPassword(const QString &login, const QString &passwordHash);
    // The agent and the stored password hash (accounts that were disabled are not found).
    Core::Result<std::optional<std::pair<Agent, QString>>> agentByLogin(const QString &login);
    Core::Result<std::optional<Agent>> agent(qint64 agentId);
    Core::Result<QList<Agent>> teamAgents(qint64 teamId);
    // Skills, capacity and role as given; the login and password stay.
    Core::Result<void> updateAgent(const Agent &agent, qint64 nowMs);
    Core::Result<void> setPresence(const Agent &agent, Presence presence, qint64 nowMs);

private:
    ServerDatabase &m_database;
    ChangeFeed &m_feed;
    TeamSettings &m_teams;
    Assignments &m_assignments;
};

} // namespace CareDesk::Server

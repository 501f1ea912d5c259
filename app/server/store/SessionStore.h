#pragma once

#include "Agent.h"
#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace CareDesk::Server {

class ServerDatabase;
class TeamSettings;

// How people and systems sign in: session tokens, integration tokens (both stored hashed), and
// the recent wrong passwords per login that slow guessing down on every instance.
class SessionStore final
{
public:
    SessionStore(ServerDatabase &database, TeamSettings &teams);

    Core::Result<QByteArray> createSession(qint64 agentId, qint64 nowMs, qint64 lifetimeMs);
    // The agent a session token belongs to, or the integration an integration token names.
    Core::Result<std::optional<Agent>> agentForToken(const QByteArray &token, qint64 nowMs);
    Core::Result<void> endSession(const QByteArray &token);
    // The agents of the sessions that are still valid among `tokens`, by token, in one query:
    // the live feed checks all its sessions at once.
    Core::Result<QHash<QByteArray, Agent>> agentsForSessions(const QList<QByteArray> &tokens,
                                                             qint64 nowMs);

    // A new integration token for `team`; shown once, stored hashed.
    Core::Result<QByteArray> addIntegration(const QString &name, const QString &team, qint64 nowMs);
    // Revokes an integration's token; false when there is none by that name.
    Core::Result<bool> removeIntegration(const QString &name);

    // Wrong passwords for `login` since `sinceMs`, oldest first; older ones are forgotten.
    Core::Result<QList<qint64>> loginFailures(const QString &login, qint64 sinceMs);
    Core::Result<void> recordLoginFailure(const QString &login, qint64 nowMs);
    Core::Result<void> clearLoginFailures(const QString &login);

private:
    ServerDatabase &m_database;
    TeamSettings &m_teams;
};

} // namespace CareDesk::Server

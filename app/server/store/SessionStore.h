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

// How people and systems stay signed in: session tokens and integration tokens, both stored
// hashed. A session ends when signed out, at its expiry, or after the idle timeout unused.
class SessionStore final
{
public:
    SessionStore(ServerDatabase &database, TeamSettings &teams);

    Core::Result<QByteArray> createSession(qint64 agentId, qint64 nowMs, qint64 lifetimeMs);
    // A session unused for this long ends (default DEFAULT_IDLE_MS).
    void setIdleTimeout(qint64 idleMs);
    static constexpr qint64 DEFAULT_IDLE_MS = 12LL * 60 * 60 * 1000;
    // The agent a session token belongs to, or the integration an integration token names.
    Core::Result<std::optional<Agent>> agentForToken(const QByteArray &token, qint64 nowMs);
    Core::Result<void> endSession(const QByteArray &token);
    // "Sign out everywhere", and what a new password or a closed account does: every session of
    // the agent ends. Returns how many there were.
    Core::Result<int> endSessionsOf(qint64 agentId);
    // Marks sessions as used now (a live feed uses its session without requests).
    Core::Result<void> touch(const QList<QByteArray> &tokens, qint64 nowMs);
    static constexpr qint64 TOUCH_INTERVAL_MS = 60 * 1000;
    // Deletes expired and idle sessions; returns how many.
    Core::Result<int> purge(qint64 nowMs);
    // The agents of the sessions that are still valid among `tokens`, by token, in one query:
    // the live feed checks all its sessions at once.
    Core::Result<QHash<QByteArray, Agent>> agentsForSessions(const QList<QByteArray> &tokens,
                                                             qint64 nowMs);

    // A new integration token for `team`; shown once, stored hashed.
    Core::Result<QByteArray> addIntegration(const QString &name, const QString &team, qint64 nowMs);
    // Revokes an integration's token; false when there is none by that name.
    Core::Result<bool> removeIntegration(const QString &name);

private:
    ServerDatabase &m_database;
    TeamSettings &m_teams;
    qint64 m_idleMs = DEFAULT_IDLE_MS;
};

} // namespace CareDesk::Server

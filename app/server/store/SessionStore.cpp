#include "SessionStore.h"

#include "StoreRows.h"
#include "StoreSql.h"
#include "TeamSettings.h"

#include "server/Passwords.h"
#include "server/ServerDatabase.h"

#include <QCoreApplication>

namespace CareDesk::Server {

using Core::Error;
using Core::Result;
using namespace StoreSql;

namespace {

// The catalogs know the store's messages under the context it had as one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamStore)
};

} // namespace

SessionStore::SessionStore(ServerDatabase &database, TeamSettings &teams)
    : m_database(database)
    , m_teams(teams)
{}

Result<QByteArray> SessionStore::createSession(qint64 agentId, qint64 nowMs, qint64 lifetimeMs)
{
    const QByteArray token = Passwords::newToken();
    auto stored = run(m_database.connection(),
                      QStringLiteral("INSERT INTO sessions(token_hash, agent_id, created_at, "
                                     "expires_at, last_used_at) VALUES(?, ?, ?, ?, ?)"),
                      {Passwords::tokenDigest(token), agentId, nowMs, nowMs + lifetimeMs, nowMs});
    if (!stored)
        return stored.error();
    return token;
}

void SessionStore::setIdleTimeout(qint64 idleMs)
{
    m_idleMs = idleMs;
}

Result<std::optional<Agent>> SessionStore::agentForToken(const QByteArray &token, qint64 nowMs)
{
    const QString digest = Passwords::tokenDigest(token);
    auto found = run(m_database.connection(),
                     QStringLiteral("SELECT s.last_used_at, ") + StoreRows::AGENT_COLUMNS +
                         QStringLiteral(" FROM sessions s JOIN agents a ON a.id = s.agent_id"
                                        " WHERE s.token_hash = ? AND s.expires_at > ?"
                                        " AND s.last_used_at > ? AND a.disabled = 0"),
                     {digest, nowMs, nowMs - m_idleMs});
    if (!found)
        return found.error();
    if (found.value().next()) {
        const Agent agent = StoreRows::readAgent(found.value(), 1);
        // Use is written down once a minute at most: most requests only read.
        if (found.value().value(0).toLongLong() < nowMs - TOUCH_INTERVAL_MS)
            if (auto touched = touch({token}, nowMs); !touched)
                return touched.error();
        return std::optional<Agent>(agent);
    }
    auto integration =
        run(m_database.connection(),
            QStringLiteral("SELECT name, team_id FROM integration_tokens WHERE token_hash = ?"),
            {Passwords::tokenDigest(token)});
    if (!integration)
        return integration.error();
    if (!integration.value().next())
        return std::optional<Agent>();
    Agent feeder;
    feeder.login = integration.value().value(0).toString();
    feeder.displayName = feeder.login;
    feeder.role = Role::Integration;
    feeder.teamId = integration.value().value(1).toLongLong();
    feeder.capacity = 0;
    return std::optional<Agent>(feeder);
}

Result<QHash<QByteArray, Agent>> SessionStore::agentsForSessions(const QList<QByteArray> &tokens,
                                                                 qint64 nowMs)
{
    QHash<QByteArray, Agent> agents;
    if (tokens.isEmpty())
        return agents;
    QHash<QString, QByteArray> tokenByDigest;
    QVariantList values{nowMs, nowMs - m_idleMs};
    for (const QByteArray &token : tokens) {
        const QString digest = Passwords::tokenDigest(token);
        tokenByDigest.insert(digest, token);
        values.append(digest);
    }
    auto found = run(
        m_database.connection(),
        QStringLiteral("SELECT s.token_hash, ") + StoreRows::AGENT_COLUMNS +
            QStringLiteral(" FROM sessions s JOIN agents a ON a.id = s.agent_id"
                           " WHERE s.expires_at > ? AND s.last_used_at > ? AND a.disabled = 0"
                           " AND s.token_hash IN (") +
            QStringList(QList<QString>(tokens.size(), QStringLiteral("?"))).join(QLatin1Char(',')) +
            QLatin1Char(')'),
        values);
    if (!found)
        return found.error();
    while (found.value().next())
        agents.insert(tokenByDigest.value(found.value().value(0).toString()),
                      StoreRows::readAgent(found.value(), 1));
    return agents;
}

Result<void> SessionStore::endSession(const QByteArray &token)
{
    auto removed =
        run(m_database.connection(), QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"),
            {Passwords::tokenDigest(token)});
    if (!removed)
        return removed.error();
    return {};
}

Result<void> SessionStore::touch(const QList<QByteArray> &tokens, qint64 nowMs)
{
    if (tokens.isEmpty())
        return {};
    QVariantList values{nowMs};
    for (const QByteArray &token : tokens)
        values.append(Passwords::tokenDigest(token));
    auto touched = run(
        m_database.connection(),
        QStringLiteral("UPDATE sessions SET last_used_at = ? WHERE token_hash IN (") +
            QStringList(QList<QString>(tokens.size(), QStringLiteral("?"))).join(QLatin1Char(',')) +
            QLatin1Char(')'),
        values);
    if (!touched)
        return touched.error();
    return {};
}

Result<int> SessionStore::endSessionsOf(qint64 agentId)
{
    auto removed = run(m_database.connection(),
                       QStringLiteral("DELETE FROM sessions WHERE agent_id = ?"), {agentId});
    if (!removed)
        return removed.error();
    return removed.value().numRowsAffected();
}

Result<int> SessionStore::purge(qint64 nowMs)
{
    auto removed =
        run(m_database.connection(),
            QStringLiteral("DELETE FROM sessions WHERE expires_at <= ? OR last_used_at <= ?"),
            {nowMs, nowMs - m_idleMs});
    if (!removed)
        return removed.error();
    return removed.value().numRowsAffected();
}

Result<QByteArray> SessionStore::addIntegration(const QString &name, const QString &team,
                                                qint64 nowMs)
{
    auto teamId = m_teams.teamId(team);
    if (!teamId)
        return teamId.error();
    const QByteArray token = Passwords::newToken();
    auto stored = run(m_database.connection(),
                      QStringLiteral("INSERT INTO integration_tokens(token_hash, name, team_id, "
                                     "created_at) VALUES(?, ?, ?, ?)"),
                      {Passwords::tokenDigest(token), name, teamId.value(), nowMs});
    if (!stored)
        return Error{Tr::tr("There is already an integration called %1.").arg(name),
                     stored.error().detail};
    return token;
}

Result<bool> SessionStore::removeIntegration(const QString &name)
{
    auto removed = run(m_database.connection(),
                       QStringLiteral("DELETE FROM integration_tokens WHERE name = ?"), {name});
    if (!removed)
        return removed.error();
    return removed.value().numRowsAffected() > 0;
}

} // namespace CareDesk::Server

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
                                     "expires_at) VALUES(?, ?, ?, ?)"),
                      {Passwords::tokenDigest(token), agentId, nowMs, nowMs + lifetimeMs});
    if (!stored)
        return stored.error();
    return token;
}

Result<std::optional<Agent>> SessionStore::agentForToken(const QByteArray &token, qint64 nowMs)
{
    auto found =
        run(m_database.connection(),
            QStringLiteral("SELECT ") + StoreRows::AGENT_COLUMNS +
                QStringLiteral(" FROM sessions s JOIN agents a ON a.id = s.agent_id"
                               " WHERE s.token_hash = ? AND s.expires_at > ? AND a.disabled = 0"),
            {Passwords::tokenDigest(token), nowMs});
    if (!found)
        return found.error();
    if (found.value().next())
        return std::optional<Agent>(StoreRows::readAgent(found.value()));
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
    QVariantList values{nowMs};
    for (const QByteArray &token : tokens) {
        const QString digest = Passwords::tokenDigest(token);
        tokenByDigest.insert(digest, token);
        values.append(digest);
    }
    auto found = run(
        m_database.connection(),
        QStringLiteral("SELECT s.token_hash, ") + StoreRows::AGENT_COLUMNS +
            QStringLiteral(" FROM sessions s JOIN agents a ON a.id = s.agent_id"
                           " WHERE s.expires_at > ? AND a.disabled = 0"
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

Result<QList<qint64>> SessionStore::loginFailures(const QString &login, qint64 sinceMs)
{
    QSqlDatabase &db = m_database.connection();
    if (auto forgotten =
            run(db, QStringLiteral("DELETE FROM login_failures WHERE at < ?"), {sinceMs});
        !forgotten)
        return forgotten.error();
    auto found = run(
        db, QStringLiteral("SELECT at FROM login_failures WHERE login = ? ORDER BY at"), {login});
    if (!found)
        return found.error();
    QList<qint64> failures;
    while (found.value().next())
        failures.append(found.value().value(0).toLongLong());
    return failures;
}

Result<void> SessionStore::recordLoginFailure(const QString &login, qint64 nowMs)
{
    auto stored =
        run(m_database.connection(),
            QStringLiteral("INSERT INTO login_failures(login, at) VALUES(?, ?)"), {login, nowMs});
    if (!stored)
        return stored.error();
    return {};
}

Result<void> SessionStore::clearLoginFailures(const QString &login)
{
    auto cleared = run(m_database.connection(),
                       QStringLiteral("DELETE FROM login_failures WHERE login = ?"), {login});
    if (!cleared)
        return cleared.error();
    return {};
}

} // namespace CareDesk::Server

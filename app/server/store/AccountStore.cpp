#include "AccountStore.h"

#include "Assignments.h"
#include "ChangeFeed.h"
#include "StoreRows.h"
#include "StoreSql.h"
#include "TeamSettings.h"

#include "server/ServerDatabase.h"

#include <QCoreApplication>

namespace CareDesk::Server {

using Core::Error;
using Core::Result;
using namespace StoreSql;
using StoreRows::AGENT_COLUMNS;
using StoreRows::readAgent;

namespace {

// The catalogs know the store's messages under the context it had as one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamStore)
};

} // namespace

AccountStore::AccountStore(ServerDatabase &database, ChangeFeed &feed, TeamSettings &teams,
                           Assignments &assignments)
    : m_database(database)
    , m_feed(feed)
    , m_teams(teams)
    , m_assignments(assignments)
{}

Result<Agent> AccountStore::addAgent(const NewAgent &agent, const QString &passwordHash,
                                     qint64 nowMs)
{
    return inWrite<Agent>(m_database, [&]() -> Result<Agent> {
        auto team = m_teams.teamId(agent.team);
        if (!team)
            return team.error();
        QSqlDatabase &db = m_database.connection();
        auto existing =
            run(db, QStringLiteral("SELECT id FROM agents WHERE login = ?"), {agent.login});
        if (!existing)
            return existing.error();
        if (existing.value().next())
            return Error{Tr::tr("There is already an account called %1.").arg(agent.login),
                         QString()};
        auto inserted = run(
            db,
            QStringLiteral("INSERT INTO agents(login, display_name, role, team_id, password_hash,"
                           " created_at, languages, categories, capacity)"
                           " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {agent.login, agent.displayName.isEmpty() ? agent.login : agent.displayName,
             toString(agent.role), team.value(), passwordHash, nowMs, joined(agent.languages),
             joined(agent.categories), agent.capacity});
        if (!inserted)
            return inserted.error();
        if (!inserted.value().next())
            return databaseError(inserted.value());
        auto stored = this->agent(inserted.value().value(0).toLongLong());
        if (!stored)
            return stored.error();
        if (auto changed = m_feed.append(team.value(), QStringLiteral("agent"),
                                         QString::number(stored.value()->id),
                                         stored.value()->toFeedJson(), nowMs);
            !changed)
            return changed.error();
        return *stored.value();
    });
}

Result<bool> AccountStore::disableAgent(const QString &login, qint64 nowMs)
{
    return inWrite<bool>(m_database, [&]() -> Result<bool> {
        QSqlDatabase &db = m_database.connection();
        auto found =
            run(db, QStringLiteral("SELECT id, COALESCE(team_id, 0) FROM agents WHERE login = ?"),
                {login});
        if (!found)
            return found.error();
        if (!found.value().next())
            return false;
        const qint64 agentId = found.value().value(0).toLongLong();
        const qint64 teamId = found.value().value(1).toLongLong();
        for (const QString &statement :
             {QStringLiteral("UPDATE agents SET disabled = 1, presence = 'offline' WHERE id = ?"),
              QStringLiteral("DELETE FROM sessions WHERE agent_id = ?")})
            if (auto done = run(db, statement, {agentId}); !done)
                return done.error();
        auto held =
            run(db,
                QStringLiteral(
                    "SELECT id FROM conversations WHERE assignee_id = ? AND status <> 'resolved'"),
                {agentId});
        if (!held)
            return held.error();
        QList<qint64> conversations;
        while (held.value().next())
            conversations.append(held.value().value(0).toLongLong());
        // Someone who left is nobody's returning agent.
        for (qint64 conversationId : conversations)
            if (auto returned = m_assignments.returnToQueue(
                    teamId, conversationId, agentId, QStringLiteral("disabled"), false, nowMs);
                !returned)
                return returned.error();
        auto stored = this->agent(agentId);
        if (!stored)
            return stored.error();
        QJsonObject data = stored.value()->toFeedJson();
        data.insert(QStringLiteral("disabled"), true);
        if (auto changed = m_feed.append(teamId, QStringLiteral("agent"), QString::number(agentId),
                                         data, nowMs);
            !changed)
            return changed.error();
        return true;
    });
}

Result<bool> AccountStore::setPassword(const QString &login, const QString &passwordHash)
{
    return inWrite<bool>(m_database, [&]() -> Result<bool> {
        QSqlDatabase &db = m_database.connection();
        auto updated =
            run(db, QStringLiteral("UPDATE agents SET password_hash = ? WHERE login = ?"),
                {passwordHash, login});
        if (!updated)
            return updated.error();
        if (updated.value().numRowsAffected() == 0)
            return false;
        auto ended = run(
            db,
            QStringLiteral(
                "DELETE FROM sessions WHERE agent_id = (SELECT id FROM agents WHERE login = ?)"),
            {login});
        if (!ended)
            return ended.error();
        return true;
    });
}

Result<std::optional<std::pair<Agent, QString>>> AccountStore::agentByLogin(const QString &login)
{
    auto found = run(
        m_database.connection(),
        QStringLiteral("SELECT ") + AGENT_COLUMNS +
            QStringLiteral(", a.password_hash FROM agents a WHERE a.login = ? AND a.disabled = 0"),
        {login});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<std::pair<Agent, QString>>();
    return std::optional<std::pair<Agent, QString>>(
        std::make_pair(readAgent(found.value()), found.value().value(11).toString()));
}

Result<std::optional<Agent>> AccountStore::agent(qint64 agentId)
{
    auto found = run(m_database.connection(),
                     QStringLiteral("SELECT ") + AGENT_COLUMNS +
                         QStringLiteral(" FROM agents a WHERE a.id = ?"),
                     {agentId});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<Agent>();
    return std::optional<Agent>(readAgent(found.value()));
}

Result<QList<Agent>> AccountStore::teamAgents(qint64 teamId)
{
    auto found = run(m_database.connection(),
                     QStringLiteral("SELECT ") + AGENT_COLUMNS +
                         QStringLiteral(" FROM agents a WHERE a.team_id = ? ORDER BY a.id"),
                     {teamId});
    if (!found)
        return found.error();
    QList<Agent> agents;
    while (found.value().next())
        agents.append(readAgent(found.value()));
    return agents;
}

Result<void> AccountStore::updateAgent(const Agent &agent, qint64 nowMs)
{
    auto written = inWrite<bool>(m_database, [&]() -> Result<bool> {
        auto updated = run(m_database.connection(),
                           QStringLiteral("UPDATE agents SET role = ?, languages = ?, categories = "
                                          "?, capacity = ? WHERE id = ?"),
                           {toString(agent.role), joined(agent.languages), joined(agent.categories),
                            agent.capacity, agent.id});
        if (!updated)
            return updated.error();
        if (auto changed = m_feed.append(agent.teamId, QStringLiteral("agent"),
                                         QString::number(agent.id), agent.toFeedJson(), nowMs);
            !changed)
            return changed.error();
        return true;
    });
    if (!written)
        return written.error();
    return {};
}

Result<void> AccountStore::setPresence(const Agent &agent, Presence presence, qint64 nowMs)
{
    auto written = inWrite<bool>(m_database, [&]() -> Result<bool> {
        auto updated =
            run(m_database.connection(),
                QStringLiteral("UPDATE agents SET presence = ?, presence_at = ? WHERE id = ?"),
                {toString(presence), nowMs, agent.id});
        if (!updated)
            return updated.error();
        auto stored = this->agent(agent.id);
        if (!stored)
            return stored.error();
        if (auto changed =
                m_feed.append(agent.teamId, QStringLiteral("agent"), QString::number(agent.id),
                              stored.value()->toFeedJson(), nowMs);
            !changed)
            return changed.error();
        return true;
    });
    if (!written)
        return written.error();
    return {};
}

} // namespace CareDesk::Server

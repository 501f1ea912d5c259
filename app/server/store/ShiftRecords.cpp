#include "ShiftRecords.h"

#include "StoreSql.h"

#include "server/ServerDatabase.h"

namespace CareDesk::Server {

using Core::Result;
using namespace StoreSql;

ShiftRecords::ShiftRecords(ServerDatabase &database)
    : m_database(database)
{}

Result<ShiftRecords::TeamRoster> ShiftRecords::roster(qint64 teamId)
{
    auto found = run(m_database.connection(),
                     QStringLiteral("SELECT roster, sla_policy FROM teams WHERE id = ?"), {teamId});
    if (!found)
        return found.error();
    TeamRoster roster;
    if (found.value().next()) {
        roster.roster = found.value().value(0).toString().toUtf8();
        roster.slaPolicy = found.value().value(1).toString().toUtf8();
    }
    return roster;
}

Result<void> ShiftRecords::setRoster(qint64 teamId, const QByteArray &roster)
{
    auto written = inWrite<bool>(m_database, [&]() -> Result<bool> {
        auto updated =
            run(m_database.connection(), QStringLiteral("UPDATE teams SET roster = ? WHERE id = ?"),
                {QString::fromUtf8(roster), teamId});
        if (!updated)
            return updated.error();
        // A new roster is followed at once: what agents held against the old one ends.
        auto released =
            run(m_database.connection(),
                QStringLiteral("UPDATE agents SET presence_held_until = 0 WHERE team_id = ?"),
                {teamId});
        if (!released)
            return released.error();
        return true;
    });
    if (!written)
        return written.error();
    return {};
}

Result<qint64> ShiftRecords::heldUntil(qint64 agentId)
{
    auto found =
        run(m_database.connection(),
            QStringLiteral("SELECT presence_held_until FROM agents WHERE id = ?"), {agentId});
    if (!found)
        return found.error();
    return found.value().next() ? found.value().value(0).toLongLong() : qint64(0);
}

Result<void> ShiftRecords::holdPresence(qint64 agentId, qint64 untilMs)
{
    auto written = inWrite<bool>(m_database, [&]() -> Result<bool> {
        auto updated = run(m_database.connection(),
                           QStringLiteral("UPDATE agents SET presence_held_until = ? WHERE id = ?"),
                           {untilMs, agentId});
        if (!updated)
            return updated.error();
        return true;
    });
    if (!written)
        return written.error();
    return {};
}

Result<bool> ShiftRecords::decide(const PostDecision &decision, qint64 nowMs)
{
    return inWrite<bool>(m_database, [&]() -> Result<bool> {
        auto inserted = run(
            m_database.connection(),
            QStringLiteral("INSERT INTO shift_posts(agent_id, shift_start, team_id, decision,"
                           " channel, client_id, text, at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT DO NOTHING RETURNING agent_id"),
            {decision.agentId, decision.shiftStartMs, decision.teamId, decision.decision,
             orEmpty(decision.channel), orEmpty(decision.clientId), orEmpty(decision.text), nowMs});
        if (!inserted)
            return inserted.error();
        return inserted.value().next();
    });
}

Result<std::optional<ShiftRecords::PostDecision>> ShiftRecords::decision(qint64 agentId,
                                                                         qint64 shiftStartMs)
{
    auto found =
        run(m_database.connection(),
            QStringLiteral("SELECT team_id, decision, channel, client_id, text FROM shift_posts"
                           " WHERE agent_id = ? AND shift_start = ?"),
            {agentId, shiftStartMs});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<PostDecision>();
    QSqlQuery &row = found.value();
    return std::optional<PostDecision>(
        PostDecision{agentId, row.value(0).toLongLong(), shiftStartMs, row.value(1).toString(),
                     row.value(2).toString(), row.value(3).toString(), row.value(4).toString()});
}

} // namespace CareDesk::Server

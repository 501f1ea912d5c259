#include "EscalationRecords.h"

#include "ChangeFeed.h"
#include "ConversationReads.h"
#include "StoreSql.h"

#include "server/ServerDatabase.h"

#include <QCoreApplication>

namespace CareDesk::Server {

using Core::Result;
using namespace StoreSql;

namespace {

// The catalogs know these messages under the context of the server as one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamServer)
};

// An escalated case leaves its agent for the queue (where routing leaves it for the leads).
Result<QSqlQuery> backToQueue(QSqlDatabase &db, qint64 conversationId)
{
    return run(db,
               QStringLiteral(
                   "UPDATE conversations SET previous_agent_id = assignee_id, assignee_id = NULL,"
                   " assigned_at = 0 WHERE id = ? AND assignee_id IS NOT NULL"),
               {conversationId});
}

} // namespace

EscalationRecords::EscalationRecords(ServerDatabase &database, ConversationReads &reads,
                                     ChangeFeed &feed)
    : m_database(database)
    , m_reads(reads)
    , m_feed(feed)
{}

Result<Outcome<QJsonObject>> EscalationRecords::escalate(const Agent &agent, qint64 conversationId,
                                                         const HandUp &handUp, qint64 nowMs)
{
    auto settings = this->settings(agent.teamId);
    if (!settings)
        return settings.error();
    return inWrite<Outcome<QJsonObject>>(m_database, [&]() -> Result<Outcome<QJsonObject>> {
        QSqlDatabase &db = m_database.connection();
        auto locked = m_reads.state(conversationId);
        if (!locked)
            return locked.error();
        if (!locked.value() || !agent.sees(locked.value()->teamId))
            return Outcome<QJsonObject>::refused(Refusal::Kind::NotFound,
                                                 Tr::tr("There is no such conversation."));
        const ConversationState &current = *locked.value();
        if (current.assigneeId != agent.id && !agent.supervises())
            return Outcome<QJsonObject>::refused(
                Refusal::Kind::Forbidden,
                Tr::tr("Only whoever holds this conversation, or a lead, can escalate it."));
        auto open = run(db,
                        QStringLiteral("SELECT by_name FROM escalations WHERE conversation_id = ?"
                                       " AND taken_at IS NULL AND flag_only = 0"),
                        {conversationId});
        if (!open)
            return open.error();
        if (open.value().next()) {
            const QString by = open.value().value(0).toString();
            return Outcome<QJsonObject>::refused(
                Refusal::Kind::Conflict,
                by.isEmpty() ? Tr::tr("A rule escalated this conversation already; it waits for "
                                      "someone to take it.")
                             : Tr::tr("%1 escalated this conversation already; it waits for "
                                      "someone to take it.")
                                   .arg(by));
        }
        auto inserted = run(db,
                            QStringLiteral("INSERT INTO escalations(team_id, conversation_id,"
                                           " target, reason, note, by_name, at)"
                                           " VALUES(?, ?, ?, ?, ?, ?, ?)"),
                            {current.teamId, conversationId, handUp.target, handUp.reason,
                             orEmpty(handUp.note), agent.displayName, nowMs});
        if (!inserted)
            return inserted.error();
        // Unless the team keeps escalated cases with their agent, the case leaves their queue.
        if (!settings.value().keepWithAgent)
            if (auto released = backToQueue(db, conversationId); !released)
                return released.error();
        auto json = m_feed.conversationChanged(current.teamId, conversationId, nowMs);
        if (!json)
            return json.error();
        return Outcome<QJsonObject>{json.value(), std::nullopt};
    });
}

Result<std::optional<std::pair<qint64, qint64>>>
EscalationRecords::publishedConversation(qint64 sourceConversationId)
{
    auto found = run(m_database.connection(),
                     QStringLiteral("SELECT id, team_id FROM conversations WHERE source_id = ?"),
                     {sourceConversationId});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<std::pair<qint64, qint64>>();
    return std::optional<std::pair<qint64, qint64>>(
        {found.value().value(0).toLongLong(), found.value().value(1).toLongLong()});
}

Result<bool> EscalationRecords::recordRule(qint64 conversationId, const Escalations::RuleHit &hit,
                                           bool keepWithAgent, qint64 nowMs)
{
    const bool flag = hit.action == Escalations::RuleAction::Flag;
    return inWrite<bool>(m_database, [&]() -> Result<bool> {
        QSqlDatabase &db = m_database.connection();
        auto open = run(db,
                        QStringLiteral("SELECT 1 FROM escalations WHERE conversation_id = ?"
                                       " AND taken_at IS NULL"),
                        {conversationId});
        if (!open)
            return open.error();
        if (open.value().next())
            return false;
        auto inserted =
            run(db,
                QStringLiteral("INSERT INTO escalations(team_id, conversation_id, target, reason,"
                               " by_name, rule, rule_detail, flag_only, at)"
                               " SELECT team_id, id, 'leads', ?, '', ?, ?, ?, ? FROM conversations"
                               " WHERE id = ? RETURNING team_id"),
                {Escalations::describeRule(hit.code, hit.detail), hit.code, orEmpty(hit.detail),
                 flag ? 1 : 0, nowMs, conversationId});
        if (!inserted)
            return inserted.error();
        if (!inserted.value().next())
            return false;
        const qint64 teamId = inserted.value().value(0).toLongLong();
        if (!flag && !keepWithAgent)
            if (auto released = backToQueue(db, conversationId); !released)
                return released.error();
        if (auto changed = m_feed.conversationChanged(teamId, conversationId, nowMs); !changed)
            return changed.error();
        return true;
    });
}

Result<QList<std::pair<qint64, qint64>>> EscalationRecords::overdueUnmarked(qint64 nowMs)
{
    auto found =
        run(m_database.connection(),
            QStringLiteral(
                "SELECT c.id, c.team_id FROM conversations c"
                " WHERE c.status IN ('new', 'open') AND c.sla_due_at > 0 AND c.sla_due_at < ?"
                " AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id"
                "  AND m.direction = 'out')"
                " AND NOT EXISTS (SELECT 1 FROM escalations e WHERE e.conversation_id = c.id"
                "  AND e.rule = 'sla')"
                " ORDER BY c.sla_due_at LIMIT 500"),
            {nowMs});
    if (!found)
        return found.error();
    QList<std::pair<qint64, qint64>> overdue;
    while (found.value().next())
        overdue.append({found.value().value(0).toLongLong(), found.value().value(1).toLongLong()});
    return overdue;
}

Result<bool> EscalationRecords::take(qint64 conversationId, const Agent &agent, qint64 nowMs)
{
    return inWrite<bool>(m_database, [&]() -> Result<bool> {
        auto taken = run(m_database.connection(),
                         QStringLiteral("UPDATE escalations SET taken_by = ?, taken_at = ?"
                                        " WHERE conversation_id = ? AND taken_at IS NULL"
                                        " AND by_name <> ? RETURNING team_id"),
                         {agent.displayName, nowMs, conversationId, agent.displayName});
        if (!taken)
            return taken.error();
        if (!taken.value().next())
            return false;
        const qint64 teamId = taken.value().value(0).toLongLong();
        if (auto changed = m_feed.conversationChanged(teamId, conversationId, nowMs); !changed)
            return changed.error();
        return true;
    });
}

Result<Escalations::EscalationSettings> EscalationRecords::settings(qint64 teamId)
{
    auto found =
        run(m_database.connection(),
            QStringLiteral("SELECT escalation_settings FROM teams WHERE id = ?"), {teamId});
    if (!found)
        return found.error();
    const QByteArray json =
        found.value().next() ? found.value().value(0).toString().toUtf8() : QByteArray();
    if (json.isEmpty())
        return Escalations::EscalationSettings::defaults();
    return Escalations::EscalationSettings::fromJson(json);
}

Result<void> EscalationRecords::setSettings(qint64 teamId,
                                            const Escalations::EscalationSettings &settings)
{
    auto written = inWrite<bool>(m_database, [&]() -> Result<bool> {
        auto updated = run(m_database.connection(),
                           QStringLiteral("UPDATE teams SET escalation_settings = ? WHERE id = ?"),
                           {QString::fromUtf8(settings.toJson()), teamId});
        if (!updated)
            return updated.error();
        return true;
    });
    if (!written)
        return written.error();
    return {};
}

} // namespace CareDesk::Server

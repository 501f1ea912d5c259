#include "StoreRows.h"

#include "StoreSql.h"

#include <protocol/ConversationWire.h>
#include <protocol/MessageWire.h>
#include <protocol/WireTime.h>

#include <QJsonDocument>
#include <QVariant>

namespace CareDesk::Server::StoreRows {

const QString AGENT_COLUMNS =
    QStringLiteral("a.id, a.login, a.display_name, a.role, COALESCE(a.team_id, 0), a.languages, "
                   "a.categories, a.capacity,"
                   " a.presence, a.presence_at, a.last_assigned_at");

Agent readAgent(const QSqlQuery &query, int first)
{
    Agent agent;
    agent.id = query.value(first).toLongLong();
    agent.login = query.value(first + 1).toString();
    agent.displayName = query.value(first + 2).toString();
    agent.role = roleFromString(query.value(first + 3).toString()).value_or(Role::Agent);
    agent.teamId = query.value(first + 4).toLongLong();
    agent.languages = StoreSql::split(query.value(first + 5).toString());
    agent.categories = StoreSql::split(query.value(first + 6).toString());
    agent.capacity = query.value(first + 7).toInt();
    agent.presence =
        presenceFromString(query.value(first + 8).toString()).value_or(Presence::Offline);
    agent.presenceAtMs = query.value(first + 9).toLongLong();
    agent.lastAssignedAtMs = query.value(first + 10).toLongLong();
    return agent;
}

const QString CONVERSATION_COLUMNS = QStringLiteral(
    "c.id, COALESCE(c.team_id, 0), c.channel, c.platform, c.customer_name, c.customer_handle,"
    " c.customer_followers, c.language, c.category, c.actionable, c.priority, c.status, "
    "c.sla_due_at,"
    " c.created_at, c.last_activity_at, c.preview, c.unaddressed, COALESCE(c.assignee_id, 0),"
    " COALESCE(a.display_name, ''), c.assigned_at, c.rev, COALESCE(c.previous_agent_id, 0),"
    " c.priority_reasons, c.customer_crm, sv.kind, sv.agent_name, sv.delivery, sv.asked_at,"
    " sv.answered_at, sv.score, sv.comment, sv.follow_up, es.target, es.reason, es.note,"
    " es.by_name, es.at, es.taken_by, es.taken_at, es.rule, es.rule_detail, es.flag_only");
const QString CONVERSATION_FROM =
    QStringLiteral(" FROM conversations c LEFT JOIN agents a ON a.id = c.assignee_id"
                   " LEFT JOIN surveys sv ON sv.conversation_id = c.id"
                   " LEFT JOIN escalations es ON es.id = (SELECT max(e.id) FROM escalations e"
                   " WHERE e.conversation_id = c.id)");

namespace {

// The conversation's satisfaction survey (columns 24 to 31), empty when none was asked.
QJsonObject readSurvey(const QSqlQuery &q)
{
    if (q.value(24).isNull())
        return {};
    QJsonObject survey{{QStringLiteral("kind"), q.value(24).toString()},
                       {QStringLiteral("agent"), q.value(25).toString()},
                       {QStringLiteral("delivery"), q.value(26).toString()},
                       {QStringLiteral("askedAt"), Protocol::timeToJson(q.value(27).toLongLong())},
                       {QStringLiteral("followUp"), q.value(31).toString()}};
    if (!q.value(28).isNull()) {
        survey.insert(QStringLiteral("answeredAt"), Protocol::timeToJson(q.value(28).toLongLong()));
        survey.insert(QStringLiteral("score"), q.value(29).toInt());
        survey.insert(QStringLiteral("comment"), q.value(30).toString());
    }
    return survey;
}

// The conversation's latest escalation (columns 32 to 41), empty when it has none.
QJsonObject readEscalation(const QSqlQuery &q)
{
    if (q.value(32).isNull())
        return {};
    QJsonObject escalation{{QStringLiteral("target"), q.value(32).toString()},
                           {QStringLiteral("reason"), q.value(33).toString()},
                           {QStringLiteral("note"), q.value(34).toString()},
                           {QStringLiteral("by"), q.value(35).toString()},
                           {QStringLiteral("at"), Protocol::timeToJson(q.value(36).toLongLong())}};
    if (!q.value(39).toString().isEmpty()) {
        escalation.insert(QStringLiteral("rule"), q.value(39).toString());
        escalation.insert(QStringLiteral("ruleDetail"), q.value(40).toString());
    }
    if (q.value(41).toInt() != 0)
        escalation.insert(QStringLiteral("flagOnly"), true);
    if (!q.value(38).isNull()) {
        escalation.insert(QStringLiteral("takenBy"), q.value(37).toString());
        escalation.insert(QStringLiteral("takenAt"),
                          Protocol::timeToJson(q.value(38).toLongLong()));
    }
    return escalation;
}

} // namespace

QJsonObject readConversation(const QSqlQuery &q)
{
    Protocol::ConversationWire wire;
    wire.id = q.value(0).toLongLong();
    wire.teamId = q.value(1).toLongLong();
    wire.channel = q.value(2).toString();
    wire.platform = q.value(3).toString();
    wire.customerName = q.value(4).toString();
    wire.customerHandle = q.value(5).toString();
    wire.customerFollowers = q.value(6).toLongLong();
    wire.language = q.value(7).toString();
    wire.category = q.value(8).toString();
    wire.actionable = q.value(9).toInt() != 0;
    wire.priority = q.value(10).toInt();
    wire.status = q.value(11).toString();
    wire.slaDueMs = q.value(12).toLongLong();
    wire.createdAtMs = q.value(13).toLongLong();
    wire.lastActivityAtMs = q.value(14).toLongLong();
    wire.preview = q.value(15).toString();
    wire.unaddressed = q.value(16).toInt();
    wire.assigneeId = q.value(17).toLongLong();
    wire.assigneeName = q.value(18).toString();
    wire.assignedSinceMs = q.value(19).toLongLong();
    wire.rev = q.value(20).toLongLong();
    wire.priorityReasons = QJsonDocument::fromJson(q.value(22).toString().toUtf8()).array();
    wire.customerCrm = QJsonDocument::fromJson(q.value(23).toString().toUtf8()).object();
    wire.survey = readSurvey(q);
    wire.escalation = readEscalation(q);
    return wire.toJson();
}

const QString MESSAGE_COLUMNS =
    QStringLiteral("m.id, m.conversation_id, m.platform_id, m.direction, m.visibility, "
                   "m.author_name, m.author_handle,"
                   " m.text, m.language, m.created_at, m.addressed, COALESCE(m.agent_id, 0),"
                   " m.source_text, m.source_language, m.translation_provider");

QJsonObject readMessage(const QSqlQuery &q)
{
    Protocol::MessageWire wire;
    wire.id = q.value(0).toLongLong();
    wire.conversationId = q.value(1).toLongLong();
    wire.platformId = q.value(2).toString();
    wire.direction = q.value(3).toString();
    wire.visibility = q.value(4).toString();
    wire.authorName = q.value(5).toString();
    wire.authorHandle = q.value(6).toString();
    wire.text = q.value(7).toString();
    wire.language = q.value(8).toString();
    wire.createdAtMs = q.value(9).toLongLong();
    wire.addressed = q.value(10).toString();
    wire.agentId = q.value(11).toLongLong();
    wire.translatedFrom = {q.value(12).toString(), q.value(13).toString(), q.value(14).toString()};
    return wire.toJson();
}

Protocol::ChangeRecord readChange(const QSqlQuery &q)
{
    Protocol::ChangeRecord change;
    change.rev = q.value(0).toLongLong();
    change.entity = q.value(1).toString();
    change.id = q.value(2).toString();
    change.op = q.value(3).toString() == u"remove" ? Protocol::ChangeRecord::Op::Remove
                                                   : Protocol::ChangeRecord::Op::Upsert;
    change.data = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    return change;
}

QString visibilityName(Core::Visibility visibility)
{
    return visibility == Core::Visibility::Public ? QStringLiteral("public")
                                                  : QStringLiteral("private");
}

} // namespace CareDesk::Server::StoreRows

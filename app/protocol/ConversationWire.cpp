#include "ConversationWire.h"

#include "WireTime.h"

namespace CareDesk::Protocol {

QJsonObject ConversationWire::toJson() const
{
    QJsonValue assignee = QJsonValue::Null;
    if (assigneeId > 0)
        assignee = QJsonObject{{QStringLiteral("id"), assigneeId},
                               {QStringLiteral("name"), assigneeName},
                               {QStringLiteral("since"), timeToJson(assignedSinceMs)}};
    QJsonObject customer{{QStringLiteral("name"), customerName},
                         {QStringLiteral("handle"), customerHandle},
                         {QStringLiteral("followers"), customerFollowers}};
    if (!customerCrm.isEmpty())
        customer.insert(QStringLiteral("crm"), customerCrm);
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("teamId"), teamId},
        {QStringLiteral("channel"), channel},
        {QStringLiteral("platform"), platform},
        {QStringLiteral("customer"), customer},
        {QStringLiteral("language"), language},
        {QStringLiteral("category"), category},
        {QStringLiteral("actionable"), actionable},
        {QStringLiteral("priority"), priority},
        {QStringLiteral("priorityReasons"), priorityReasons},
        {QStringLiteral("status"), status},
        {QStringLiteral("slaDue"), timeToJson(slaDueMs)},
        {QStringLiteral("createdAt"), timeToJson(createdAtMs)},
        {QStringLiteral("lastActivityAt"), timeToJson(lastActivityAtMs)},
        {QStringLiteral("preview"), preview},
        {QStringLiteral("unaddressed"), unaddressed},
        {QStringLiteral("assignee"), assignee},
        {QStringLiteral("rev"), rev},
    };
    if (!survey.isEmpty())
        json.insert(QStringLiteral("survey"), survey);
    if (!escalation.isEmpty())
        json.insert(QStringLiteral("escalation"), escalation);
    return json;
}

ConversationWire ConversationWire::fromJson(const QJsonObject &json)
{
    ConversationWire wire;
    wire.id = json.value(u"id").toInteger();
    wire.teamId = json.value(u"teamId").toInteger();
    wire.channel = json.value(u"channel").toString();
    wire.platform = json.value(u"platform").toString();
    const QJsonObject customer = json.value(u"customer").toObject();
    wire.customerName = customer.value(u"name").toString();
    wire.customerHandle = customer.value(u"handle").toString();
    wire.customerFollowers = customer.value(u"followers").toInteger();
    wire.customerCrm = customer.value(u"crm").toObject();
    wire.survey = json.value(u"survey").toObject();
    wire.escalation = json.value(u"escalation").toObject();
    wire.language = json.value(u"language").toString();
    wire.category = json.value(u"category").toString();
    wire.actionable = json.value(u"actionable").toBool();
    wire.priority = json.value(u"priority").toInt();
    wire.priorityReasons = json.value(u"priorityReasons").toArray();
    wire.status = json.value(u"status").toString();
    wire.slaDueMs = timeFromJson(json.value(u"slaDue"));
    wire.createdAtMs = timeFromJson(json.value(u"createdAt"));
    wire.lastActivityAtMs = timeFromJson(json.value(u"lastActivityAt"));
    wire.preview = json.value(u"preview").toString();
    wire.unaddressed = json.value(u"unaddressed").toInt();
    const QJsonObject assignee = json.value(u"assignee").toObject();
    wire.assigneeId = assignee.value(u"id").toInteger();
    wire.assigneeName = assignee.value(u"name").toString();
    wire.assignedSinceMs = timeFromJson(assignee.value(u"since"));
    wire.rev = json.value(u"rev").toInteger();
    return wire;
}

} // namespace CareDesk::Protocol

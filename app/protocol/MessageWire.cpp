#include "MessageWire.h"

#include "WireTime.h"

namespace CareDesk::Protocol {

QJsonObject TranslatedFrom::toJson() const
{
    return {{QStringLiteral("text"), text},
            {QStringLiteral("language"), language},
            {QStringLiteral("provider"), provider}};
}

TranslatedFrom TranslatedFrom::fromJson(const QJsonObject &json)
{
    return {json.value(u"text").toString(), json.value(u"language").toString(),
            json.value(u"provider").toString()};
}

QJsonObject MessageWire::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("conversationId"), conversationId},
        {QStringLiteral("platformId"), platformId},
        {QStringLiteral("direction"), direction},
        {QStringLiteral("visibility"), visibility},
        {QStringLiteral("author"), QJsonObject{{QStringLiteral("name"), authorName},
                                               {QStringLiteral("handle"), authorHandle}}},
        {QStringLiteral("text"), text},
        {QStringLiteral("language"), language},
        {QStringLiteral("createdAt"), timeToJson(createdAtMs)},
        {QStringLiteral("addressed"), addressed},
        {QStringLiteral("agentId"), agentId}};
    if (!translatedFrom.isEmpty())
        json.insert(QStringLiteral("translatedFrom"), translatedFrom.toJson());
    return json;
}

MessageWire MessageWire::fromJson(const QJsonObject &json)
{
    MessageWire wire;
    wire.id = json.value(u"id").toInteger();
    wire.conversationId = json.value(u"conversationId").toInteger();
    wire.platformId = json.value(u"platformId").toString();
    wire.direction = json.value(u"direction").toString();
    wire.visibility = json.value(u"visibility").toString();
    const QJsonObject author = json.value(u"author").toObject();
    wire.authorName = author.value(u"name").toString();
    wire.authorHandle = author.value(u"handle").toString();
    wire.text = json.value(u"text").toString();
    wire.language = json.value(u"language").toString();
    wire.createdAtMs = timeFromJson(json.value(u"createdAt"));
    wire.addressed = json.value(u"addressed").toString();
    wire.agentId = json.value(u"agentId").toInteger();
    wire.translatedFrom = TranslatedFrom::fromJson(json.value(u"translatedFrom").toObject());
    return wire;
}

} // namespace CareDesk::Protocol

#include "LiveFeed.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <limits>

namespace CareDesk::Protocol {

namespace {

std::optional<QJsonObject> objectOf(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// A revision as a desk may send it: any number, read as the whole revision it stands for. Out
// of range it is the nearest revision there can be (a double holds more than a qint64 does).
qint64 revisionOf(const QJsonValue &value)
{
    if (const qint64 whole = value.toInteger(-1); whole >= 0)
        return whole;
    const double number = value.toDouble();
    if (std::isnan(number) || number <= 0)
        return 0;
    return number < 9.0e18 ? static_cast<qint64>(number) : std::numeric_limits<qint64>::max();
}

QString typeName(DeskMessage::Type type)
{
    switch (type) {
    case DeskMessage::Type::Hello:
        return QStringLiteral("hello");
    case DeskMessage::Type::Viewing:
        return QStringLiteral("viewing");
    case DeskMessage::Type::Typing:
        return QStringLiteral("typing");
    case DeskMessage::Type::Ping:
        return QStringLiteral("ping");
    default:
        return {};
    }
}

} // namespace

QJsonObject Activity::toJson() const
{
    return {{QStringLiteral("type"), QStringLiteral("activity")},
            {QStringLiteral("what"), what},
            {QStringLiteral("conversationId"), conversationId},
            {QStringLiteral("teamId"), teamId},
            {QStringLiteral("agent"),
             QJsonObject{{QStringLiteral("id"), agentId}, {QStringLiteral("name"), agentName}}}};
}

std::optional<Activity> Activity::fromJson(const QJsonObject &json)
{
    if (json.value(QLatin1String("type")).toString() != u"activity")
        return std::nullopt;
    const QJsonObject agent = json.value(QLatin1String("agent")).toObject();
    return Activity{json.value(QLatin1String("what")).toString(),
                    json.value(QLatin1String("conversationId")).toInteger(),
                    json.value(QLatin1String("teamId")).toInteger(),
                    agent.value(QLatin1String("id")).toInteger(),
                    agent.value(QLatin1String("name")).toString()};
}

QString DeskMessage::toText() const
{
    QJsonObject json{{QStringLiteral("type"), typeName(type)}};
    if (type == Type::Hello) {
        json.insert(QStringLiteral("token"), token);
        json.insert(QStringLiteral("since"), since);
    } else if (type == Type::Viewing || type == Type::Typing) {
        json.insert(QStringLiteral("conversationId"), conversationId);
    }
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

DeskMessage DeskMessage::fromText(const QString &text)
{
    DeskMessage message;
    const std::optional<QJsonObject> object = objectOf(text);
    if (!object) {
        message.type = Type::NotAnObject;
        return message;
    }
    const QJsonObject &json = *object;
    const QString type = json.value(QLatin1String("type")).toString();
    if (type == u"hello") {
        const QJsonValue token = json.value(QLatin1String("token"));
        const QJsonValue since = json.value(QLatin1String("since"));
        if (!token.isString() || (!since.isUndefined() && !since.isDouble())) {
            message.type = Type::BadHello;
            return message;
        }
        message.type = Type::Hello;
        message.token = token.toString();
        message.since = revisionOf(since);
    } else if (type == u"viewing" || type == u"typing") {
        message.type = type == u"viewing" ? Type::Viewing : Type::Typing;
        // Only a conversation's id names one: anything else is no conversation (0).
        message.conversationId =
            std::max<qint64>(0, json.value(QLatin1String("conversationId")).toInteger());
    } else if (type == u"ping") {
        message.type = Type::Ping;
    }
    return message;
}

FeedMessage FeedMessage::fromText(const QString &text)
{
    FeedMessage message;
    const QJsonObject json = objectOf(text).value_or(QJsonObject());
    const QString type = json.value(QLatin1String("type")).toString();
    if (type == u"changes") {
        message.type = Type::Changes;
        const QJsonArray values = json.value(QLatin1String("changes")).toArray();
        for (const QJsonValue &value : values)
            if (auto change = ChangeRecord::fromJson(value.toObject()))
                message.changes.append(*change);
    } else if (type == u"welcome") {
        message.type = Type::Welcome;
        message.rev = json.value(QLatin1String("rev")).toInteger();
    } else if (auto activity = Activity::fromJson(json)) {
        message.type = Type::Activity;
        message.activity = *activity;
    } else if (type == u"error") {
        message.type = Type::Error;
        const QJsonObject error = json.value(QLatin1String("error")).toObject();
        message.errorCode = error.value(QLatin1String("code")).toString();
        message.errorMessage = error.value(QLatin1String("message")).toString();
    } else if (type == u"pong") {
        message.type = Type::Pong;
    }
    return message;
}

} // namespace CareDesk::Protocol

#include "Agent.h"

#include <QJsonArray>

namespace CareDesk::Server {

QString toString(Role role)
{
    switch (role) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Lead:
        return QStringLiteral("lead");
    case Role::Trainer:
        return QStringLiteral("trainer");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Integration:
        return QStringLiteral("integration");
    }
    return QString();
}

std::optional<Role> roleFromString(const QString &text)
{
    for (Role role : {Role::Agent, Role::Lead, Role::Trainer, Role::Admin, Role::Integration})
        if (toString(role) == text)
            return role;
    return std::nullopt;
}

QString toString(Presence presence)
{
    switch (presence) {
    case Presence::Available:
        return QStringLiteral("available");
    case Presence::Away:
        return QStringLiteral("away");
    case Presence::Offline:
        return QStringLiteral("offline");
    }
    return QString();
}

std::optional<Presence> presenceFromString(const QString &text)
{
    for (Presence presence : {Presence::Available, Presence::Away, Presence::Offline})
        if (toString(presence) == text)
            return presence;
    return std::nullopt;
}

QJsonObject Agent::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("login"), login},
            {QStringLiteral("name"), displayName},
            {QStringLiteral("role"), toString(role)},
            {QStringLiteral("teamId"), teamId},
            {QStringLiteral("languages"), QJsonArray::fromStringList(languages)},
            {QStringLiteral("categories"), QJsonArray::fromStringList(categories)},
            {QStringLiteral("capacity"), capacity},
            {QStringLiteral("presence"), toString(presence)}};
}

QJsonObject Agent::toFeedJson() const
{
    QJsonObject json = toJson();
    json.remove(QStringLiteral("login"));
    return json;
}

} // namespace CareDesk::Server

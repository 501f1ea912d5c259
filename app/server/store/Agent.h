#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace CareDesk::Server {

// Integration is not a person: a token that may only feed /v1/ingest for its team.
enum class Role { Agent, Lead, Trainer, Admin, Integration };
QString toString(Role role);
std::optional<Role> roleFromString(const QString &text);

enum class Presence { Available, Away, Offline };
QString toString(Presence presence);
std::optional<Presence> presenceFromString(const QString &text);

struct Agent
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Agent;
    qint64 teamId = 0;
    QStringList languages;  // empty: any language
    QStringList categories; // empty: any category
    int capacity = 8;       // open conversations at most
    Presence presence = Presence::Offline;
    qint64 presenceAtMs = 0;
    qint64 lastAssignedAtMs = 0;

    // Leads and admins may act on conversations others hold (transfer, release).
    bool supervises() const { return role == Role::Lead || role == Role::Admin; }
    // Admins see every team; everyone else their own.
    bool sees(qint64 team) const { return role == Role::Admin || teamId == team; }
    QJsonObject toJson() const;
    // As colleagues see it in the change feed: without the login, which is half of what a
    // password guess needs.
    QJsonObject toFeedJson() const;
};

struct NewAgent
{
    QString login;
    QString displayName;
    Role role = Role::Agent;
    QString team; // created when new; empty: "default"
    QStringList languages;
    QStringList categories;
    int capacity = 8;
};

} // namespace CareDesk::Server

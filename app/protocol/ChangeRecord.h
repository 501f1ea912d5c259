// Protocol: the team server's wire types and their JSON, shared by the server and the desk.
// May use Qt Core only.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace CareDesk::Protocol {

// The version of the /v1 wire format this build speaks.
inline constexpr int API_VERSION = 1;

// One change to shared state. Every change bumps the server-wide revision; clients ask for
// `changes since REV` and receive the same records live.
struct ChangeRecord
{
    enum class Op { Upsert, Remove };

    qint64 rev = 0;
    QString entity; // "conversation", "message", "assignment", ...
    QString id;
    Op op = Op::Upsert;
    QJsonObject data;

    QJsonObject toJson() const;
    // nullopt when `json` is not a well-formed change record.
    static std::optional<ChangeRecord> fromJson(const QJsonObject &json);

    friend bool operator==(const ChangeRecord &, const ChangeRecord &) = default;
};

// The answer to GET /v1/changes?since=REV.
struct ChangeFeed
{
    qint64 rev = 0;
    QList<ChangeRecord> changes;

    QJsonObject toJson() const;
    static std::optional<ChangeFeed> fromJson(const QJsonObject &json);
};

} // namespace CareDesk::Protocol

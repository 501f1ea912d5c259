#pragma once

#include "ChangeRecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace CareDesk::Protocol {

// The live feed (GET /v1/events): a WebSocket carrying one JSON object per text message. The
// server reads what a desk says and the desk reads what the server says through these types,
// so both sides spell the messages the same way.

// A teammate viewing or typing in a conversation, relayed to the rest of their team (and
// between server instances): {"type":"activity","what","conversationId","teamId",
// "agent":{id,name}}.
struct Activity
{
    QString what; // "viewing" or "typing"
    qint64 conversationId = 0;
    qint64 teamId = 0;
    qint64 agentId = 0;
    QString agentName;

    QJsonObject toJson() const;
    // nullopt when `json` is not an activity message.
    static std::optional<Activity> fromJson(const QJsonObject &json);
};

// What a desk says: {"type":"hello","token":"...","since":REV} first, then
// {"type":"viewing"|"typing","conversationId":N} and {"type":"ping"}.
struct DeskMessage
{
    enum class Type {
        NotAnObject, // not one JSON object in UTF-8
        Hello,
        BadHello, // a hello without a token, or with a `since` that is not a number
        Viewing,
        Typing,
        Ping,
        Unknown, // another type: the server answers that it does not know it
    };
    Type type = Type::Unknown;
    QString token;             // Hello
    qint64 since = 0;          // Hello: the last revision the desk holds
    qint64 conversationId = 0; // Viewing, Typing: 0 when the message names none

    QString toText() const;
    static DeskMessage fromText(const QString &text);
};

// What the server says: {"type":"changes","changes":[...]}, {"type":"welcome","rev":N,...},
// activities, {"type":"error","error":{code,message}} and {"type":"pong"}.
struct FeedMessage
{
    enum class Type { Changes, Welcome, Activity, Error, Pong, Unknown };
    Type type = Type::Unknown;
    QList<ChangeRecord> changes; // Changes: the well-formed records, in order
    qint64 rev = 0;              // Welcome: the revision the desk is now at
    Protocol::Activity activity;
    QString errorCode; // Error
    QString errorMessage;

    static FeedMessage fromText(const QString &text);
};

} // namespace CareDesk::Protocol

#pragma once

#include <QJsonObject>
#include <QString>

namespace CareDesk::Protocol {

// A reply sent machine-translated: what the agent wrote, in which language, and the service
// that translated it. Empty for every other message.
struct TranslatedFrom
{
    QString text;
    QString language;
    QString provider;

    bool isEmpty() const { return text.isEmpty(); }
    QJsonObject toJson() const;
    static TranslatedFrom fromJson(const QJsonObject &json);
};

// A message as the team server shows it: in a conversation's detail and the change feed's
// "message" records, written by the server and read by the desk's mirror through this type.
struct MessageWire
{
    qint64 id = 0;
    qint64 conversationId = 0;
    QString platformId; // empty until a reply is on the platform
    QString direction;  // inbound, outbound
    QString visibility; // public, private
    QString authorName;
    QString authorHandle;
    QString text;
    QString language;
    qint64 createdAtMs = 0;
    QString addressed;
    qint64 agentId = 0; // the teammate who wrote a reply; 0 for the customer's messages
    TranslatedFrom translatedFrom;

    QJsonObject toJson() const;
    static MessageWire fromJson(const QJsonObject &json);
};

} // namespace CareDesk::Protocol

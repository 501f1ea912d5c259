#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace CareDesk::Protocol {

// A conversation as the team server shows it: in its pages, its detail and the change feed's
// "conversation" records. The server writes it and the desk's mirror reads it through this one
// type, so both spell the keys the same way. Times are milliseconds since the epoch, 0 for none.
struct ConversationWire
{
    qint64 id = 0;
    qint64 teamId = 0;
    QString channel;
    QString platform;
    QString customerName;
    QString customerHandle;
    qint64 customerFollowers = 0;
    QString language;
    QString category;
    bool actionable = false;
    int priority = 0;
    // The reasons for the priority, as facts: [{"code","points","detail"}] (triage's
    // PriorityReasons), so every desk explains them in its own language.
    QJsonArray priorityReasons;
    // Who the customer is in the team's CRM: the record (CrmRecord's JSON) with "matchedBy",
    // "linkedBy" and "linkedAt"; empty when they are not matched.
    QJsonObject customerCrm;
    // The satisfaction survey asked after a resolve, when there was one: {kind, agent,
    // delivery, askedAt, followUp, and with an answer answeredAt, score, comment}.
    QJsonObject survey;
    // The latest escalation, when there was one: {target, reason, note, by, at, rule?,
    // ruleDetail?, flagOnly?, takenBy?, takenAt?} (open until taken; `by` empty for a rule).
    QJsonObject escalation;
    QString status;
    qint64 slaDueMs = 0;
    qint64 createdAtMs = 0;
    qint64 lastActivityAtMs = 0;
    QString preview;
    int unaddressed = 0;
    // Who holds it; id 0 (and a null name) when it waits in the queue.
    qint64 assigneeId = 0;
    QString assigneeName;
    qint64 assignedSinceMs = 0;
    qint64 rev = 0;

    QJsonObject toJson() const;
    static ConversationWire fromJson(const QJsonObject &json);
};

} // namespace CareDesk::Protocol

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace CareDesk::Triage {

// One thing that raised a conversation's priority. It is stored and sent as facts (a code, the
// points and one detail); the sentence an agent reads is made when it is shown, in that agent's
// language, so a workspace shared across languages reads right for everyone.
struct PriorityReason
{
    QString code; // stable: "category", "influence", "verified", "tier", "customer", "urgency",
                  // "repeat", "sla"
    int points = 0;
    // What the sentence names. category: the category; influence: the follower count; tier and
    // customer (a CRM match): the tier; urgency: the upset words; repeat: the earlier unanswered
    // messages; sla: the seconds left before the reply is due, negative once overdue; verified:
    // nothing.
    QString detail;
    // Only in reasons stored before details were: the sentence as it was written then.
    QString storedText;
};

// The sentence for the agent, in the language of the user interface: "Reach: 1,840 followers".
QString describe(const PriorityReason &reason);
// Each sentence with its points, "Service request (+40)", joined by `separator`.
QString describeAll(const QList<PriorityReason> &reasons, const QString &separator);

// [{"code","points","detail"}] in UTF-8.
QByteArray reasonsToJson(const QList<PriorityReason> &reasons);
// Reads what reasonsToJson wrote, and the older [{"code","points","text"}]. Anything that is not
// such an array gives no reasons.
QList<PriorityReason> reasonsFromJson(QByteArrayView json);

} // namespace CareDesk::Triage

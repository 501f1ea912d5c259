#pragma once

#include "Result.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace CareDesk::Escalations {

// What a rule does when it fires: escalate the case to the leads, or only flag it in the inbox.
enum class RuleAction { Escalate, Flag };

// What is known about a customer's message when it arrives.
struct ArrivalFacts
{
    qint64 followers = 0;
    bool verified = false;
    QString text;
    int contactsToday = 0; // the customer's messages in the last 24 hours, this one included
};

// A rule that fired: which ("followers", "verified", "words", "repeat", "sla", "detractor"), what
// it saw (the follower count, the word, ...), and what it does.
struct RuleHit
{
    QString code;
    QString detail;
    RuleAction action = RuleAction::Escalate;
};

// A rule's finding in the words of the user interface: "Words from the escalation list: lawyer".
QString describeRule(const QString &code, const QString &detail);

// How a team escalates, kept as escalation.json beside the workspace (and on the team server):
//   {"reasons": ["Legal threat", ...], "targets": ["Billing", ...], "keepWithAgent": false,
//    "rules": {"followersAbove": {"count": 100000, "then": "escalate"},
//              "verified": {"then": "flag"},
//              "words": {"then": "escalate", "en": ["lawyer", "press"], "es": [...]},
//              "repeatedContacts": {"count": 3, "then": "flag"},
//              "slaBreach": {"then": "flag"}, "detractor": {"then": "escalate"}}}
// A rule left out is off; the file left out gives the defaults below.
struct EscalationSettings
{
    QStringList reasons;
    QStringList targets;        // teams or skills besides the leads
    bool keepWithAgent = false; // an escalated case stays with its agent instead of the queue
    qint64 followersAbove = 0;  // 0: off
    std::optional<RuleAction> followersAction;
    std::optional<RuleAction> verifiedAction;
    QHash<QString, QStringList> words; // language -> words and phrases, lower case
    std::optional<RuleAction> wordsAction;
    int repeatedContacts = 0; // 0: off
    std::optional<RuleAction> repeatedAction;
    std::optional<RuleAction> slaBreachAction;
    std::optional<RuleAction> detractorAction;

    // The first rule a message meets, in the order above.
    std::optional<RuleHit> check(const ArrivalFacts &facts) const;
    std::optional<RuleHit> slaBreached() const;
    std::optional<RuleHit> detractor(int score) const;

    static EscalationSettings defaults();
    static Core::Result<EscalationSettings> fromJson(const QByteArray &json);
    QByteArray toJson() const;
    static QString pathIn(const QString &workspaceDirectory);
    static Core::Result<EscalationSettings> ofWorkspace(const QString &workspaceDirectory);
};

} // namespace CareDesk::Escalations

Q_DECLARE_METATYPE(CareDesk::Escalations::EscalationSettings)

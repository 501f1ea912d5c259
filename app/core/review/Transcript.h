#pragma once

#include "model/Inbox.h"
#include "storage/AgentActions.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace CareDesk::Review {

// One thing that happened in a conversation, as a lead reads it back.
struct TimelineEntry
{
    enum class Kind {
        CustomerMessage,
        Reply,
        Note,
        Assignment,     // from -> to (empty: the queue)
        StatusChange,   // from -> to
        Addressed,      // a customer message marked answered elsewhere, acknowledged or dismissed
        CategoryChange, // from -> to
        Survey,         // to: asked, answered (score) or not answered
        Escalation,     // to: escalated or flagged (text: the reason), or taken
        Share,          // to: repost, quote (text: its words) or like; praise shared
    };
    Kind kind = Kind::CustomerMessage;
    QDateTime at;
    QString actor;            // the agent, or the customer's name for their messages
    QString text;             // message or note text; a survey's kind
    std::optional<int> score; // a survey's answer
    qint64 messageId = 0;
    Core::Visibility visibility = Core::Visibility::Public;
    QString from;
    QString to;
    QString reason; // a change CareDesk made itself: "import" (history resolved as it came in)
    // A reply: how long the customer had been waiting for it, from their oldest message it
    // answered. -1 for everything else.
    qint64 customerWaitedSecs = -1;
    // A reply sent machine-translated: what the agent wrote, and the service.
    Core::MessageTranslation translation;
};

// A conversation as a lead reviews it: every message, note, assignment and status change on
// one timeline, with the times that matter.
struct Transcript
{
    Core::ConversationDetail conversation;
    QString agent;                 // who worked it: the assignee, else whoever last replied
    QList<TimelineEntry> entries;  // oldest first
    qint64 firstResponseSecs = -1; // -1: never answered
    qint64 resolutionSecs = -1;    // -1: not resolved
    qint64 longestWaitSecs =
        0; // the longest the customer waited at any step (until now if still waiting)
    bool slaBreached =
        false; // the first answer came after the SLA, or has not come and the SLA has passed
};

// Puts the conversation and its audit trail on one timeline. Reading never changes anything.
Transcript buildTranscript(const Core::ConversationDetail &conversation,
                           const QList<Storage::AuditEvent> &audit, const QDateTime &now);

} // namespace CareDesk::Review

Q_DECLARE_METATYPE(CareDesk::Review::Transcript)

// Review: the lead's transcripts, QA reviews, scorecards, reports and dashboard figures.
// May use model/, triage/ and storage/; its SQL lives in ReviewStore and DashboardStore.
#pragma once

#include "model/Inbox.h"
#include "review/Scorecard.h"
#include "review/Transcript.h"
#include "triage/SlaPolicy.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace CareDesk::Review {

// Which transcripts a lead looks at. Empty or zero fields do not narrow.
struct TranscriptFilter
{
    enum class Outcome { Any, Resolved, Unresolved };
    QString agent;
    qint64 channelId = 0;
    QDateTime from; // conversations started at or after
    QDateTime to;   // ... and before
    QString category;
    QString language;
    Outcome outcome = Outcome::Any;
    bool slaBreachedOnly = false;
    bool unreviewedOnly = false;
    int limit = 500;
};

// One line of the review list.
struct TranscriptRow
{
    qint64 conversationId = 0;
    QDateTime startedAt;
    QString channelName;
    QString customerName;
    QString agent;
    QString category;
    QString language;
    Core::ConversationStatus status = Core::ConversationStatus::New;
    qint64 firstResponseSecs = -1;
    bool slaBreached = false;
    int messageCount = 0;
    double reviewPercent = -1; // -1: not reviewed yet
};

// What the review workspace shows for one conversation: the transcript, the team's scorecard,
// the reviewer's review so far (id 0: none yet) and CareDesk's suggested scores.
struct ReviewSheet
{
    Transcript transcript;
    QList<Criterion> criteria;
    QaReview review;
    QHash<qint64, std::optional<int>> suggested;
};

// An agent's share of the queue, as the lead's queue control shows it.
struct AgentLoad
{
    QString name;
    QString presence;  // available, away, offline; empty when not known (solo)
    int open = 0;      // conversations they hold that are not resolved
    int capacity = -1; // -1: no limit set
};

// What the lead's queue control shows: who holds what, who waits longest, and the rules.
struct QueueSnapshot
{
    bool team = false;     // routing and presence come from the team server
    QString routingPolicy; // manual, round-robin, least-loaded (team only)
    Triage::SlaPolicy sla;
    QList<AgentLoad> agents;
    QList<Core::InboxRow> waiting; // unresolved conversations, the longest waiting first
};

} // namespace CareDesk::Review

Q_DECLARE_METATYPE(CareDesk::Review::TranscriptFilter)
Q_DECLARE_METATYPE(CareDesk::Review::TranscriptRow)
Q_DECLARE_METATYPE(CareDesk::Review::ReviewSheet)
Q_DECLARE_METATYPE(CareDesk::Review::AgentLoad)
Q_DECLARE_METATYPE(CareDesk::Review::QueueSnapshot)

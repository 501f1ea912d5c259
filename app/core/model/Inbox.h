// Model: the plain types every layer passes around (inbox rows, conversations, drafts).
// May use Qt Core, the SDK's types and triage's priority reasons only.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

#include "model/CrmRecord.h"
#include "triage/PriorityReasons.h"

namespace CareDesk::Core {

enum class ConversationStatus { New, Open, Pending, Resolved };
enum class Direction { Inbound, Outbound };
enum class Visibility { Public, Private };
// Whether an inbound message has been dealt with; every one must end up not Open.
enum class Addressed { Open, Replied, Acknowledged, Dismissed };

QString toString(ConversationStatus status);
ConversationStatus conversationStatusFromString(const QString &text);
QString toString(Addressed addressed);
Addressed addressedFromString(const QString &text);

// One row of the inbox: everything the list shows, nothing more.
struct InboxRow
{
    qint64 conversationId = 0;
    QString channelName;
    QString platform; // "twitter", "facebook", "sandbox"
    Visibility visibility = Visibility::Public;
    QString customerName;
    QString customerHandle;
    qint64 customerFollowers = 0;
    QString preview;  // first line of the latest inbound message
    QString language; // ISO 639-1, "und" when unknown
    ConversationStatus status = ConversationStatus::New;
    int priority = 0;
    QDateTime slaDue;
    QDateTime waitingSince; // oldest unaddressed inbound message
    QString assignee;
    int unaddressedCount = 0;
    QString category; // service, warranty, pre-sales, praise, spam, other
    bool customerVerified = false;
    bool hasDraft = false; // the agent has started a reply here
    bool handoffWaiting =
        false;              // moved to private messages; the customer has not answered there yet
    bool escalated = false; // handed up (by an agent or a rule) and not taken yet
    bool flagged = false;   // a rule flagged it on arrival
};

// The order of the inbox. Every order ends on the conversation id, so that no two rows tie.
enum class InboxSort {
    Priority,      // most urgent first, then the SLA that runs out first
    OldestWaiting, // the customer who has waited longest for a reply first; conversations that
                   // wait on no reply (pending, answered) have no wait to sort by and are left out
    Newest,        // latest activity first
};

// Whose conversations the inbox shows.
enum class AssigneeFilter { Anyone, Unassigned, Agent };

// What the inbox shows and in which order. The default is the agent's working inbox: every
// conversation that is not resolved, most urgent first.
struct InboxQuery
{
    // Empty: every status.
    QList<ConversationStatus> statuses{ConversationStatus::New, ConversationStatus::Open,
                                       ConversationStatus::Pending};
    QString category;     // empty: any category
    QString language;     // ISO 639-1; empty: any language
    qint64 channelId = 0; // 0: any channel
    AssigneeFilter assigneeFilter = AssigneeFilter::Anyone;
    QString assignee;            // the agent, with AssigneeFilter::Agent
    bool actionableOnly = false; // only what triage marked as needing an answer
    bool detractorsOnly = false; // only detractors' follow-ups still open (the leads' view)
    bool escalatedOnly = false;  // only escalations not taken yet (the leads' view)
    InboxSort sort = InboxSort::Priority;
};

// Where the next inbox page starts: the sort key of the last row already shown. A cursor only
// continues the order it came from.
struct InboxCursor
{
    int priority = 0;
    qint64 slaDueMs = 0;
    qint64 conversationId = 0;
    bool isStart = true;
    InboxSort sort = InboxSort::Priority;
    qint64 sortTimeMs = 0; // OldestWaiting: waiting since; Newest: last activity
};

struct InboxPage
{
    QList<InboxRow> rows;
    InboxCursor next;
    bool hasMore = false;
};

// A message in another language: the machine translation shown under an inbound message, or,
// on a reply sent machine-translated, what the agent wrote (`agentWrote`). `provider` is the
// service ("apertium", "libretranslate", "deepl"); `via`, the languages a chained translation
// went through.
struct MessageTranslation
{
    enum class State { None, Pending, Done, Failed };
    State state = State::None;
    QString text;
    QString language;       // of `text`
    QString sourceLanguage; // of the message
    QString provider;
    QStringList via;
    bool agentWrote = false;
    QString error;         // Failed: why, in words for the agent
    bool retryable = true; // Failed: whether trying again can help
};

// A reply translated before it is sent: the translation (which the agent may still edit) and
// the translation back into the agent's language, to check it.
struct ReplyTranslation
{
    QString text;
    QString backTranslation;
    QString from; // the agent's language
    QString to;   // the customer's
    QString provider;
    QStringList via;
    QString error; // empty when translated
};

struct MessageRecord
{
    qint64 id = 0;
    Direction direction = Direction::Inbound;
    Visibility visibility = Visibility::Public;
    QString authorName;
    QString authorHandle;
    QString text;
    QString language;
    QDateTime createdAt;
    Addressed addressed = Addressed::Open;
    QString platformId;
    QString category;
    QString replyTo;
    QString sentBy; // a reply: the agent who sent it from CareDesk; empty when sent elsewhere
    MessageTranslation translation;
};

struct PastConversation
{
    qint64 conversationId = 0;
    QDateTime startedAt;
    ConversationStatus status = ConversationStatus::New;
    QString preview;
};

// An internal note: seen by the team, never sent to the customer.
struct NoteRecord
{
    qint64 id = 0;
    QString author;
    QString text;
    QDateTime createdAt;
};

// One of the customer's accounts (the same person on X and on Facebook).
struct CustomerIdentity
{
    QString platform;
    QString handle;
    qint64 followers = 0;
    bool verified = false;
};

struct CustomerProfile
{
    qint64 customerId = 0;
    QString displayName;
    QString handle;
    QString platform;
    qint64 followers = 0;
    bool verified = false;
    QString locale;
    QString tier;
    QString language;
    QList<PastConversation> conversations;
    QList<CustomerIdentity> identities;
    QList<NoteRecord> notes;     // the team's notes across their conversations, newest first
    std::optional<CrmLink> crm;  // who they are in the team's CRM
    QList<CrmOffer> crmOffers;   // matches waiting for an agent to confirm
    QList<CustomerMerge> merges; // customers merged into this one, undoable
    QList<MergeSuggestion> mergeSuggestions; // customers likely the same person
    QString crmProblem;     // why the CRM could not be asked just now; empty when it could
    bool crmByTeam = false; // a team's customer: the team server matches them, not this desk
};

// A canned response put into a reply, as it was inserted (variables filled in). Kept with the
// draft and recorded when the reply goes, so a lead sees how much agents adapt each template.
struct CannedUse
{
    qint64 responseId = 0;
    QString title;
    QString insertedText;
};

// One message of a reply as the agent sends it.
struct ReplyText
{
    bool isPublic = true;
    QString text;
    QList<CannedUse> canned;
    // A reply the agent wrote in their language and had machine-translated: what they wrote
    // (state Done, agentWrote); State::None otherwise.
    MessageTranslation translatedFrom;
};

// What an agent had typed in a conversation and not sent yet; kept across restarts.
struct Draft
{
    QString text; // empty: no draft
    Visibility visibility = Visibility::Public;
    QList<CannedUse> canned; // canned responses inserted (for the unchanged check)
};

// The satisfaction survey a conversation's customer was sent after it was resolved.
struct SurveyRecord
{
    QString kind;     // "csat" (1–5) or "nps" (0–10)
    QString agent;    // who resolved the conversation
    QString delivery; // the question's outbox state: queued, sent, failed, ...
    QDateTime askedAt;
    QDateTime answeredAt; // invalid: no answer yet
    std::optional<int> score;
    QString comment;
    bool detractor = false;
    bool followUpOpen = false; // a detractor's answer the team has not followed up yet
    QString clientId;          // the question's outbox entry
    qint64 answerMessageId = 0;
};

// A case handed up, by an agent or by a rule, or only flagged by a rule.
struct EscalationRecord
{
    qint64 id = 0;
    QString target; // "leads", or a team or skill
    QString reason;
    QString note;
    QString by;         // the agent; empty for a rule
    QString rule;       // a rule's code: followers, verified, words, repeat, sla, detractor
    QString ruleDetail; // what the rule saw
    bool flagOnly = false;
    QDateTime at;
    QString takenBy;
    QDateTime takenAt; // invalid while open
};

// A customer's message shared from the brand's account: a repost, a quote post or a like.
struct ShareRecord
{
    QString action; // repost, quote, like
    QString state;  // queued, sending, sent, failed, uncertain (the outbox's)
    QString by;     // the agent
    QString text;   // a quote post's words
    QString lastError;
    QDateTime at;
};

struct ConversationDetail
{
    qint64 conversationId = 0;
    QString channelName;
    QString channelRegion;  // the country the channel's customers mostly write from; may be empty
    QString channelSignOff; // how public replies are signed: "initials", "first-name", or empty
    QString platform;
    ConversationStatus status = ConversationStatus::New;
    QString language;
    QDateTime slaDue;
    QDateTime createdAt;
    QDateTime firstResponseAt; // invalid until the channel first answers
    QDateTime resolvedAt;
    QString category;
    bool actionable = false;
    int priority = 0;
    QList<Triage::PriorityReason> priorityReasons;
    QString assignee; // empty: in the queue
    QList<MessageRecord> messages;
    QList<NoteRecord> notes; // oldest first
    Draft draft;
    CustomerProfile customer;
    std::optional<SurveyRecord> survey;
    std::optional<EscalationRecord> escalation; // the latest
    // What this conversation's praise can be shared as on its channel ("repost", "quote",
    // "like"); empty unless it is praise on a channel that shares.
    QStringList shareActions;
    QList<ShareRecord> shares; // oldest first
};

// How many conversations each inbox view holds, under the same filters.
struct InboxCounts
{
    int mine = 0;
    int unassigned = 0;
    int all = 0;
    int detractors = 0;  // detractors' follow-ups still open, whoever holds them
    int escalations = 0; // escalations not taken yet
};

// A channel as the status bar and Settings show it.
struct ChannelSummary
{
    qint64 id = 0;
    QString name;
    QString platform;
    QString health; // Channels::ChannelHealth::State as text: ok, backing-off, ...
    QString lastError;
    QDateTime lastReceivedAt;
    QDateTime nextPollAt;
    qint64 quotaRemaining = -1; // -1: not reported
    qint64 quotaLimit = -1;
    bool polled = true; // false: known from imported history only
    QString region;     // ISO 3166 country its phone numbers are read as first; empty: the desk's
    QString signOff;    // how its public replies are signed: "initials", "first-name", or empty
};

// A reply on its way out, as the outbox status shows it. Sent replies are in the timeline.
struct OutgoingReply
{
    QString clientId;
    qint64 conversationId = 0;
    QString state; // queued, sending, failed, uncertain
    Visibility visibility = Visibility::Public;
    QString text;
    QString lastError;
    QDateTime nextAttemptAt; // when it goes (the end of the undo window) or is tried again
};

// A message (and its conversation) found by a search of the workspace.
struct SearchHit
{
    qint64 messageId = 0;
    qint64 conversationId = 0;
    QString customer;
    QString text;
    QDateTime createdAt;
};

} // namespace CareDesk::Core

Q_DECLARE_METATYPE(CareDesk::Core::InboxPage)
Q_DECLARE_METATYPE(CareDesk::Core::InboxCursor)
Q_DECLARE_METATYPE(CareDesk::Core::InboxQuery)
Q_DECLARE_METATYPE(CareDesk::Core::ConversationDetail)
Q_DECLARE_METATYPE(CareDesk::Core::Draft)
Q_DECLARE_METATYPE(CareDesk::Core::CannedUse)
Q_DECLARE_METATYPE(CareDesk::Core::ReplyText)
Q_DECLARE_METATYPE(CareDesk::Core::InboxCounts)
Q_DECLARE_METATYPE(CareDesk::Core::ChannelSummary)
Q_DECLARE_METATYPE(CareDesk::Core::OutgoingReply)
Q_DECLARE_METATYPE(CareDesk::Core::SearchHit)
Q_DECLARE_METATYPE(CareDesk::Core::ReplyTranslation)

#include "Transcript.h"

#include <optional>

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace CareDesk::Review {

namespace {

// The change an audit event records; none for those the transcript does not show (notes have
// their own entries, translation requests only say a service was asked).
std::optional<TimelineEntry> change(const Storage::AuditEvent &event)
{
    const QJsonObject detail = QJsonDocument::fromJson(event.detail.toUtf8()).object();
    TimelineEntry entry;
    entry.at = event.at;
    entry.actor = event.actor;
    entry.from = detail.value(u"from").toString();
    entry.to = detail.value(u"to").toString();
    entry.reason = detail.value(u"reason").toString();
    if (event.action == u"assign")
        entry.kind = TimelineEntry::Kind::Assignment;
    else if (event.action == u"status")
        entry.kind = TimelineEntry::Kind::StatusChange;
    else if (event.action == u"category")
        entry.kind = TimelineEntry::Kind::CategoryChange;
    else if (event.action == u"escalation") {
        entry.kind = TimelineEntry::Kind::Escalation;
        entry.text = detail.value(u"reason").toString();
        entry.from = detail.value(u"target").toString();
    } else if (event.action == u"survey") {
        entry.kind = TimelineEntry::Kind::Survey;
        entry.text = detail.value(u"kind").toString();
        if (detail.contains(u"score"))
            entry.score = detail.value(u"score").toInt();
    } else if (event.action == u"addressed") {
        entry.kind = TimelineEntry::Kind::Addressed;
        entry.messageId = event.entityId;
    } else
        return std::nullopt;
    return entry;
}

} // namespace

Transcript buildTranscript(const Core::ConversationDetail &conversation,
                           const QList<Storage::AuditEvent> &audit, const QDateTime &now)
{
    Transcript transcript;
    transcript.conversation = conversation;

    for (const Core::MessageRecord &message : conversation.messages) {
        TimelineEntry entry;
        const bool inbound = message.direction == Core::Direction::Inbound;
        entry.kind = inbound ? TimelineEntry::Kind::CustomerMessage : TimelineEntry::Kind::Reply;
        entry.at = message.createdAt;
        entry.actor =
            inbound ? (message.authorName.isEmpty() ? message.authorHandle : message.authorName)
                    : message.sentBy;
        entry.text = message.text;
        entry.messageId = message.id;
        entry.visibility = message.visibility;
        entry.translation = message.translation;
        transcript.entries.append(entry);
    }
    for (const Core::NoteRecord &note : conversation.notes) {
        TimelineEntry entry;
        entry.kind = TimelineEntry::Kind::Note;
        entry.at = note.createdAt;
        entry.actor = note.author;
        entry.text = note.text;
        transcript.entries.append(entry);
    }
    for (const Core::ShareRecord &share : conversation.shares) {
        if (share.state != u"sent")
            continue; // what never reached the platform did not happen
        TimelineEntry entry;
        entry.kind = TimelineEntry::Kind::Share;
        entry.at = share.at;
        entry.actor = share.by;
        entry.to = share.action;
        entry.text = share.text;
        transcript.entries.append(entry);
    }
    for (const Storage::AuditEvent &event : audit)
        if (auto entry = change(event))
            transcript.entries.append(*entry);
    // Stable: a message and the change it caused in the same millisecond keep that order.
    std::stable_sort(transcript.entries.begin(), transcript.entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.at < b.at; });

    // How long the customer waited at each step: from their oldest message not yet answered
    // to the next reply.
    QDateTime waitingSince;
    QDateTime firstCustomerMessage;
    for (TimelineEntry &entry : transcript.entries) {
        if (entry.kind == TimelineEntry::Kind::CustomerMessage) {
            if (!firstCustomerMessage.isValid())
                firstCustomerMessage = entry.at;
            if (!waitingSince.isValid())
                waitingSince = entry.at;
        } else if (entry.kind == TimelineEntry::Kind::Reply) {
            if (!entry.actor.isEmpty())
                transcript.agent = entry.actor;
            if (waitingSince.isValid()) {
                entry.customerWaitedSecs = waitingSince.secsTo(entry.at);
                transcript.longestWaitSecs =
                    std::max(transcript.longestWaitSecs, entry.customerWaitedSecs);
                waitingSince = QDateTime();
            }
        }
    }
    const bool resolved = conversation.status == Core::ConversationStatus::Resolved;
    if (waitingSince.isValid() && !resolved)
        transcript.longestWaitSecs = std::max(transcript.longestWaitSecs, waitingSince.secsTo(now));
    if (!conversation.assignee.isEmpty())
        transcript.agent = conversation.assignee;

    const QDateTime start =
        firstCustomerMessage.isValid() ? firstCustomerMessage : conversation.createdAt;
    if (conversation.firstResponseAt.isValid())
        transcript.firstResponseSecs = start.secsTo(conversation.firstResponseAt);
    if (resolved && conversation.resolvedAt.isValid())
        transcript.resolutionSecs = start.secsTo(conversation.resolvedAt);
    if (conversation.actionable && conversation.slaDue.isValid()) {
        transcript.slaBreached = conversation.firstResponseAt.isValid()
                                     ? conversation.firstResponseAt > conversation.slaDue
                                     : !resolved && now > conversation.slaDue;
    }
    return transcript;
}

} // namespace CareDesk::Review

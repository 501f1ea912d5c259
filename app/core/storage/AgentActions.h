#pragma once

#include "Result.h"
#include "model/Inbox.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace CareDesk::Storage {

struct Note
{
    qint64 id = 0;
    QString author;
    QString text;
    QDateTime createdAt;
};

struct AuditEvent
{
    QDateTime at;
    QString actor;
    QString action; // "status", "addressed", "category", "assign", "note"
    QString detail; // JSON object: what changed, from what to what
    QString entity; // "conversation" or "message"
    qint64 entityId = 0;
};

// What an agent does to a conversation, each change written together with its audit event in
// one transaction: a team lead can always see who did what, and when.
class AgentActions final
{
public:
    explicit AgentActions(QSqlDatabase db);

    // An internal note: never sent to the customer.
    Core::Result<qint64> addNote(qint64 conversationId, const QString &author, const QString &text,
                                 const QDateTime &now);
    Core::Result<QList<Note>> notes(qint64 conversationId);

    // Resolving stamps the resolution time; reopening clears it.
    Core::Result<void> setStatus(qint64 conversationId, Core::ConversationStatus status,
                                 const QString &actor, const QDateTime &now);
    // An inbound message answered outside CareDesk, acknowledged (a like) or dismissed.
    Core::Result<void> setAddressed(qint64 messageId, Core::Addressed addressed,
                                    const QString &actor, const QDateTime &now);
    // The agent knows better than triage: the conversation takes the category, and the
    // classifier learns from the customer's messages in it.
    Core::Result<void> correctCategory(qint64 conversationId, const QString &category,
                                       bool actionable, const QString &actor, const QDateTime &now);
    // An empty assignee returns the conversation to the queue.
    Core::Result<void> assign(qint64 conversationId, const QString &assignee, const QString &actor,
                              const QDateTime &now);

    // History, not backlog: every conversation that holds a message with an id above
    // `messagesAfterId` (those an import just stored) and whose last message is the brand's,
    // sent before `quietSince`, is resolved as of that message. The first response is set from
    // the brand's first message where no reply marked it. Each gets its audit event, with
    // "reason": "import". Set-based, so that an archive of a million rows is done in one pass.
    // Returns how many were resolved.
    Core::Result<int> resolveAnsweredHistory(qint64 messagesAfterId, const QDateTime &quietSince,
                                             const QDateTime &now);

    // Records one event of the trail, inside the caller's transaction when it has one (other
    // stores record their changes here too).
    Core::Result<void> audit(const QString &entity, qint64 entityId, const QString &action,
                             const QString &actor, const QJsonObject &detail, const QDateTime &now);
    // Oldest first. `entity` is "conversation" or "message".
    Core::Result<QList<AuditEvent>> auditTrail(const QString &entity, qint64 entityId);

private:
    // `column` is one of this class's own column names, never user input.
    Core::Result<QString> conversationField(const QString &column, qint64 conversationId);
    Core::Result<void> inTransaction(const std::function<Core::Result<void>()> &change);

    QSqlDatabase m_db;
};

} // namespace CareDesk::Storage

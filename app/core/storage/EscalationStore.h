#pragma once

#include "Result.h"
#include "escalations/EscalationRules.h"
#include "model/Inbox.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace CareDesk::Storage {

// A customer's message the escalation rules have not looked at yet.
struct ArrivedMessage
{
    qint64 messageId = 0;
    qint64 conversationId = 0;
    Escalations::ArrivalFacts facts;
};

// The escalations of a workspace (table escalations) and how far the rules have looked. SQL
// only; the rules are the escalation desk's.
class EscalationStore final
{
public:
    explicit EscalationStore(QSqlDatabase db);

    // Records an escalation or a flag, with its audit event; false when the conversation has an
    // open escalation already (or the same open flag).
    Core::Result<bool> escalate(qint64 conversationId, const Core::EscalationRecord &escalation,
                                const QDateTime &now);
    // Someone other than who escalated took the conversation: the escalation is done.
    Core::Result<bool> take(qint64 conversationId, const QString &agent, const QDateTime &now);
    Core::Result<std::optional<Core::EscalationRecord>> latest(qint64 conversationId);

    // The customers' messages after the last one the rules saw, oldest first, at most `limit`.
    Core::Result<QList<ArrivedMessage>> arrivedAfter(qint64 messageId, int limit);
    Core::Result<qint64> rulesCheckedUpTo();
    Core::Result<void> setRulesCheckedUpTo(qint64 messageId);
    // Unresolved conversations whose first answer is overdue and that no SLA rule marked yet.
    Core::Result<QList<qint64>> overdueUnmarked(const QDateTime &now);

private:
    QSqlDatabase m_db;
};

} // namespace CareDesk::Storage

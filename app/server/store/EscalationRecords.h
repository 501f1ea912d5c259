#pragma once

#include "Agent.h"
#include "Outcome.h"
#include "Result.h"
#include "escalations/EscalationRules.h"

#include <QJsonObject>

namespace CareDesk::Server {

class ChangeFeed;
class ConversationReads;
class ServerDatabase;

// Escalations of the team's conversations (table escalations) and each team's escalation
// settings (teams.escalation_settings): an agent hands a case up, it leaves their queue unless
// the team keeps escalated cases with their agent, and it stays open until someone else takes
// the conversation. Every write records the conversation's change for the desks.
class EscalationRecords final
{
public:
    EscalationRecords(ServerDatabase &database, ConversationReads &reads, ChangeFeed &feed);

    struct HandUp
    {
        QString target; // "leads", or a team or skill
        QString reason;
        QString note;
    };
    // By the conversation's holder or a lead; refused while an escalation is open.
    Core::Result<Outcome<QJsonObject>> escalate(const Agent &agent, qint64 conversationId,
                                                const HandUp &handUp, qint64 nowMs);
    // The team's conversation published from the ingest workspace's `sourceConversationId`:
    // {id, team}; nullopt while it is not published yet.
    Core::Result<std::optional<std::pair<qint64, qint64>>>
    publishedConversation(qint64 sourceConversationId);
    // A rule's escalation or flag; false when the conversation has an open one already.
    Core::Result<bool> recordRule(qint64 conversationId, const Escalations::RuleHit &hit,
                                  bool keepWithAgent, qint64 nowMs);
    // Unresolved conversations whose first answer is overdue and that no SLA rule marked yet:
    // {id, team}.
    Core::Result<QList<std::pair<qint64, qint64>>> overdueUnmarked(qint64 nowMs);
    // The conversation went to `agent`: an open escalation by someone else is taken.
    Core::Result<bool> take(qint64 conversationId, const Agent &agent, qint64 nowMs);

    Core::Result<Escalations::EscalationSettings> settings(qint64 teamId);
    Core::Result<void> setSettings(qint64 teamId, const Escalations::EscalationSettings &settings);

private:
    ServerDatabase &m_database;
    ConversationReads &m_reads;
    ChangeFeed &m_feed;
};

} // namespace CareDesk::Server

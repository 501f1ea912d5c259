#pragma once

#include "escalations/EscalationRules.h"
#include "model/Inbox.h"

#include <QObject>

namespace CareDesk::Workspace {

struct WorkspaceContext;

// When a case is beyond its agent: the agent escalates it by hand (to the team's leads or
// another team or skill, with a reason and a note), or a rule escalates or flags it as the
// customer's message arrives (reach, a verified account, words from the team's list, repeated
// contact), as its SLA runs out, or when the customer answers the survey as a detractor. An
// escalation stays open until someone else takes the conversation. Lives on the storage thread.
class EscalationDesk final : public QObject
{
    Q_OBJECT

public:
    explicit EscalationDesk(WorkspaceContext &context, QObject *parent = nullptr);

    // Reads escalation.json again (the defaults without one).
    void configure();
    void configure(const Escalations::EscalationSettings &settings);
    const Escalations::EscalationSettings &settings() const { return m_settings; }

    // By hand. Unless the team keeps escalated cases with their agent, the case goes back to
    // the queue.
    void escalate(qint64 conversationId, const QString &target, const QString &reason,
                  const QString &note, const QString &agent);
    // The rules, over the messages stored since they last looked and the SLAs now past.
    void applyRules();
    void detractorAnswered(qint64 conversationId, int score);
    // Someone took the conversation: an escalation by someone else is done.
    void conversationTaken(qint64 conversationId, const QString &agent);
    // The latest escalation, and an open rule's reason among the priority reasons.
    void attach(Core::ConversationDetail &detail);

Q_SIGNALS:
    void settingsLoaded(const CareDesk::Escalations::EscalationSettings &settings);
    void escalated(qint64 conversationId);
    void refused(const CareDesk::Core::Error &error);

private:
    bool record(qint64 conversationId, const Escalations::RuleHit &hit);

    WorkspaceContext &m_context;
    Escalations::EscalationSettings m_settings = Escalations::EscalationSettings::defaults();
};

} // namespace CareDesk::Workspace

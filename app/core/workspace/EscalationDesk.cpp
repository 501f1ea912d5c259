#include "EscalationDesk.h"

#include "Clock.h"
#include "WorkspaceContext.h"
#include "storage/AgentActions.h"
#include "storage/EscalationStore.h"

namespace CareDesk::Workspace {

using Escalations::RuleAction;
using Escalations::RuleHit;

namespace {

constexpr int RULES_BATCH = 500;

} // namespace

EscalationDesk::EscalationDesk(WorkspaceContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

void EscalationDesk::configure()
{
    auto settings = Escalations::EscalationSettings::ofWorkspace(m_context.directory);
    if (!settings) {
        Q_EMIT refused(settings.error());
        configure(Escalations::EscalationSettings::defaults());
        return;
    }
    configure(settings.value());
}

void EscalationDesk::configure(const Escalations::EscalationSettings &settings)
{
    m_settings = settings;
    Q_EMIT settingsLoaded(m_settings);
}

void EscalationDesk::escalate(qint64 conversationId, const QString &target, const QString &reason,
                              const QString &note, const QString &agent)
{
    if (!m_context.isOpen())
        return;
    Core::EscalationRecord escalation;
    escalation.target = target.isEmpty() ? QStringLiteral("leads") : target;
    escalation.reason = reason;
    escalation.note = note.trimmed();
    escalation.by = agent;
    const QDateTime now = m_context.clock.now();
    auto recorded =
        Storage::EscalationStore(m_context.connection()).escalate(conversationId, escalation, now);
    if (!recorded) {
        Q_EMIT refused(recorded.error());
        return;
    }
    if (!recorded.value()) {
        Q_EMIT refused({tr("This conversation is escalated already and waits to be taken."), {}});
        return;
    }
    if (!m_settings.keepWithAgent)
        if (auto released = Storage::AgentActions(m_context.connection())
                                .assign(conversationId, QString(), agent, now);
            !released)
            Q_EMIT refused(released.error());
    Q_EMIT escalated(conversationId);
}

bool EscalationDesk::record(qint64 conversationId, const RuleHit &hit)
{
    Core::EscalationRecord escalation;
    escalation.target = QStringLiteral("leads");
    escalation.reason = Escalations::describeRule(hit.code, hit.detail);
    escalation.rule = hit.code;
    escalation.ruleDetail = hit.detail;
    escalation.flagOnly = hit.action == RuleAction::Flag;
    auto recorded = Storage::EscalationStore(m_context.connection())
                        .escalate(conversationId, escalation, m_context.clock.now());
    if (!recorded) {
        Q_EMIT refused(recorded.error());
        return false;
    }
    return recorded.value();
}

void EscalationDesk::applyRules()
{
    if (!m_context.isOpen())
        return;
    Storage::EscalationStore store(m_context.connection());
    auto from = store.rulesCheckedUpTo();
    if (!from) {
        Q_EMIT refused(from.error());
        return;
    }
    QSet<qint64> changed;
    for (qint64 after = from.value();;) {
        auto arrived = store.arrivedAfter(after, RULES_BATCH);
        if (!arrived) {
            Q_EMIT refused(arrived.error());
            return;
        }
        for (const Storage::ArrivedMessage &message : arrived.value()) {
            if (const auto hit = m_settings.check(message.facts))
                if (record(message.conversationId, *hit))
                    changed.insert(message.conversationId);
            after = message.messageId;
        }
        if (auto saved = store.setRulesCheckedUpTo(after); !saved) {
            Q_EMIT refused(saved.error());
            return;
        }
        if (arrived.value().size() < RULES_BATCH)
            break;
    }
    if (const auto hit = m_settings.slaBreached()) {
        auto overdue = store.overdueUnmarked(m_context.clock.now());
        if (!overdue)
            Q_EMIT refused(overdue.error());
        else
            for (qint64 conversationId : overdue.value())
                if (record(conversationId, *hit))
                    changed.insert(conversationId);
    }
    for (qint64 conversationId : std::as_const(changed))
        Q_EMIT escalated(conversationId);
}

void EscalationDesk::detractorAnswered(qint64 conversationId, int score)
{
    if (!m_context.isOpen())
        return;
    if (const auto hit = m_settings.detractor(score); hit && record(conversationId, *hit))
        Q_EMIT escalated(conversationId);
}

void EscalationDesk::conversationTaken(qint64 conversationId, const QString &agent)
{
    if (!m_context.isOpen() || agent.isEmpty())
        return;
    if (auto taken = Storage::EscalationStore(m_context.connection())
                         .take(conversationId, agent, m_context.clock.now());
        !taken)
        Q_EMIT refused(taken.error());
}

void EscalationDesk::attach(Core::ConversationDetail &detail)
{
    auto latest = Storage::EscalationStore(m_context.connection()).latest(detail.conversationId);
    if (!latest || !latest.value())
        return;
    detail.escalation = latest.value();
    const Core::EscalationRecord &escalation = *latest.value();
    // A rule's escalation explains itself among the reasons for the priority.
    if (!escalation.rule.isEmpty() && !escalation.takenAt.isValid())
        detail.priorityReasons.append(
            {QStringLiteral("escalation"), 0, escalation.rule + u':' + escalation.ruleDetail, {}});
}

} // namespace CareDesk::Workspace

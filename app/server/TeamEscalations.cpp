#include "TeamEscalations.h"

#include "ChangeFanout.h"
#include "Clock.h"
#include "Logging.h"
#include "ServerIngest.h"
#include "store/TeamStore.h"

#include <QHash>
#include <QSet>

namespace CareDesk::Server {

TeamEscalations::TeamEscalations(TeamStore &store, ServerIngest &ingest, ChangeFanout &fanout,
                                 const Core::Clock &clock)
    : m_store(store)
    , m_ingest(ingest)
    , m_fanout(fanout)
    , m_clock(clock)
{
    // The rules look at what arrives from the server's first start with them on: what was
    // there before is history.
    if (auto from = m_ingest.rulesCheckedUpTo(); from)
        if (auto pinned = m_ingest.setRulesCheckedUpTo(from.value()); !pinned)
            qCWarning(lcServer) << "escalation rules' start not kept:" << pinned.error().detail;
}

Escalations::EscalationSettings TeamEscalations::settingsOf(qint64 teamId)
{
    auto settings = m_store.escalations().settings(teamId);
    return settings ? settings.value() : Escalations::EscalationSettings::defaults();
}

void TeamEscalations::record(qint64 conversationId, qint64 teamId,
                             const std::optional<Escalations::RuleHit> &hit, bool keepWithAgent)
{
    if (!hit)
        return;
    auto recorded = m_store.escalations().recordRule(conversationId, *hit, keepWithAgent,
                                                     m_clock.now().toMSecsSinceEpoch());
    if (!recorded)
        qCWarning(lcServer) << "escalation not recorded:" << recorded.error().detail;
    else if (recorded.value())
        m_fanout.changed(teamId);
}

void TeamEscalations::applySlaRule()
{
    auto overdue = m_store.escalations().overdueUnmarked(m_clock.now().toMSecsSinceEpoch());
    if (!overdue) {
        qCWarning(lcServer) << "overdue replies not looked at:" << overdue.error().detail;
        return;
    }
    for (const auto &[conversationId, teamId] : overdue.value()) {
        const Escalations::EscalationSettings settings = settingsOf(teamId);
        record(conversationId, teamId, settings.slaBreached(), settings.keepWithAgent);
    }
}

void TeamEscalations::detractorAnswered(qint64 sourceConversationId, int score)
{
    auto published = m_store.escalations().publishedConversation(sourceConversationId);
    if (!published || !published.value())
        return;
    const auto [conversationId, teamId] = *published.value();
    const Escalations::EscalationSettings settings = settingsOf(teamId);
    record(conversationId, teamId, settings.detractor(score), settings.keepWithAgent);
}

void TeamEscalations::applyRules()
{
    auto from = m_ingest.rulesCheckedUpTo();
    if (!from) {
        qCWarning(lcServer) << "escalation rules not applied:" << from.error().detail;
        return;
    }
    QHash<qint64, Escalations::EscalationSettings> settingsOf; // team -> its settings
    QSet<qint64> changedTeams;
    qint64 after = from.value();
    bool more = true;
    while (more) {
        auto arrived = m_ingest.arrivedAfter(after, RULES_BATCH);
        if (!arrived) {
            qCWarning(lcServer) << "escalation rules not applied:" << arrived.error().detail;
            break;
        }
        more = arrived.value().size() == RULES_BATCH;
        for (const Storage::ArrivedMessage &message : arrived.value()) {
            auto published = m_store.escalations().publishedConversation(message.conversationId);
            if (!published || !published.value()) {
                more = false; // not the team's yet: looked at once it is
                break;
            }
            const auto [conversationId, teamId] = *published.value();
            if (!settingsOf.contains(teamId)) {
                auto settings = m_store.escalations().settings(teamId);
                settingsOf.insert(teamId, settings ? settings.value()
                                                   : Escalations::EscalationSettings::defaults());
            }
            const Escalations::EscalationSettings &settings = settingsOf[teamId];
            if (const auto hit = settings.check(message.facts)) {
                auto recorded =
                    m_store.escalations().recordRule(conversationId, *hit, settings.keepWithAgent,
                                                     m_clock.now().toMSecsSinceEpoch());
                if (!recorded) {
                    qCWarning(lcServer) << "escalation not recorded:" << recorded.error().detail;
                    more = false;
                    break;
                }
                if (recorded.value())
                    changedTeams.insert(teamId);
            }
            after = message.messageId;
        }
    }
    if (after != from.value())
        if (auto saved = m_ingest.setRulesCheckedUpTo(after); !saved)
            qCWarning(lcServer) << "escalation rules' progress not kept:" << saved.error().detail;
    for (qint64 teamId : std::as_const(changedTeams))
        m_fanout.changed(teamId);
}

} // namespace CareDesk::Server

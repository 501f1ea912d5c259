#include "Maintenance.h"

#include "api/LoginGuard.h"

#include "ChangeFanout.h"
#include "Clock.h"
#include "IngestRelay.h"
#include "Logging.h"
#include "TeamEscalations.h"
#include "TeamShifts.h"
#include "store/TeamStore.h"

namespace CareDesk::Server {

Maintenance::Maintenance(TeamStore &store, IngestRelay &relay, ChangeFanout &fanout,
                         TeamShifts &shifts, TeamEscalations &escalations, const Core::Clock &clock)
    : m_store(store)
    , m_relay(relay)
    , m_fanout(fanout)
    , m_shifts(shifts)
    , m_escalations(escalations)
    , m_clock(clock)
{
    m_timer.setInterval(INTERVAL_MS);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { run(); });
}

void Maintenance::start()
{
    m_timer.start();
}

void Maintenance::run()
{
    m_relay.settleReplies();
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    if (auto requeued = m_store.dispatcher().requeueFromOfflineAgents(nowMs); !requeued)
        qCWarning(lcServer) << "requeue failed:" << requeued.error().detail;
    // Shifts that began or ended change who is available before conversations are handed out.
    m_shifts.followRoster();
    // What POST /v1/ingest published meets the team's escalation rules too.
    m_escalations.applyRules();
    m_escalations.applySlaRule();
    const auto teams = m_store.teams().teamIds();
    for (qint64 teamId : teams ? teams.value() : QList<qint64>())
        m_fanout.dispatch(teamId);
    m_fanout.changed(0);
    if (nowMs - m_lastPurgeMs >= PURGE_INTERVAL_MS) {
        m_lastPurgeMs = nowMs;
        purge(nowMs);
    }
}

void Maintenance::purge(qint64 nowMs)
{
    // Expired and idle sessions, and what the login guard no longer needs, do not pile up.
    if (auto sessions = m_store.sessions().purge(nowMs); !sessions)
        qCWarning(lcServer) << "session purge failed:" << sessions.error().detail;
    else if (sessions.value() > 0)
        qCInfo(lcServer) << "purged" << sessions.value() << "expired or idle sessions";
    // A day's changes stay whole, so that the live feed has long sent them.
    if (auto compacted = m_store.feed().compact(nowMs - CHANGE_HISTORY_WHOLE_MS); !compacted)
        qCWarning(lcServer) << "change history compaction failed:" << compacted.error().detail;
    if (auto logins = m_store.logins().purge(nowMs - LoginLimits{}.windowMs,
                                             nowMs - LoginGuard::KNOWN_ADDRESS_MS);
        !logins)
        qCWarning(lcServer) << "login record purge failed:" << logins.error().detail;
}

} // namespace CareDesk::Server

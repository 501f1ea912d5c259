#include "Maintenance.h"

#include "ChangeFanout.h"
#include "Clock.h"
#include "IngestRelay.h"
#include "Logging.h"
#include "store/TeamStore.h"

namespace CareDesk::Server {

Maintenance::Maintenance(TeamStore &store, IngestRelay &relay, ChangeFanout &fanout,
                         const Core::Clock &clock)
    : m_store(store)
    , m_relay(relay)
    , m_fanout(fanout)
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
    const auto teams = m_store.teams().teamIds();
    for (qint64 teamId : teams ? teams.value() : QList<qint64>())
        m_fanout.dispatch(teamId);
    m_fanout.changed(0);
}

} // namespace CareDesk::Server

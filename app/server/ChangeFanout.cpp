#include "ChangeFanout.h"

#include "Clock.h"
#include "EventHub.h"
#include "Logging.h"
#include "PostgresNotifications.h"
#include "store/Dispatcher.h"

namespace CareDesk::Server {

ChangeFanout::ChangeFanout(Dispatcher &dispatcher, PostgresNotifications &instances,
                           EventHub &events, const Core::Clock &clock)
    : m_dispatcher(dispatcher)
    , m_instances(instances)
    , m_events(events)
    , m_clock(clock)
{}

void ChangeFanout::accessChanged()
{
    m_events.checkSessions();
}

void ChangeFanout::changed(qint64 teamId)
{
    if (teamId > 0)
        dispatch(teamId);
    m_instances.announceChanges();
    m_events.schedulePump();
}

void ChangeFanout::dispatch(qint64 teamId)
{
    if (auto routed = m_dispatcher.dispatch(teamId, m_clock.now().toMSecsSinceEpoch()); !routed)
        qCWarning(lcServer) << "routing failed:" << routed.error().detail;
}

} // namespace CareDesk::Server

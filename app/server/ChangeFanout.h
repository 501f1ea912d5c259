#pragma once

#include <QtGlobal>

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Server {

class Dispatcher;
class EventHub;
class PostgresNotifications;

// What follows every committed write: waiting work handed out by the team's policy, the other
// server instances told, and the live clients sent the new changes.
class ChangeFanout final
{
public:
    ChangeFanout(Dispatcher &dispatcher, PostgresNotifications &instances, EventHub &events,
                 const Core::Clock &clock);

    // After a write for `teamId`; 0 when no team's queue changed.
    void changed(qint64 teamId);
    // After a session ended or an agent's role, team or account changed: live feeds that may
    // no longer hear what they hear are closed at once.
    void accessChanged();
    // Hands out waiting work by `teamId`'s policy.
    void dispatch(qint64 teamId);

private:
    Dispatcher &m_dispatcher;
    PostgresNotifications &m_instances;
    EventHub &m_events;
    const Core::Clock &m_clock;
};

} // namespace CareDesk::Server

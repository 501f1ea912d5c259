#pragma once

#include <QTimer>

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Server {

class ChangeFanout;
class IngestRelay;
class TeamEscalations;
class TeamShifts;
class TeamStore;

// The server's housekeeping, every INTERVAL_MS: what became of replies is recorded, agents
// offline for longer than their team's grace period give their conversations back to the
// queue, waiting conversations are handed out by each team's policy, and the changes go out.
class Maintenance final
{
public:
    Maintenance(TeamStore &store, IngestRelay &relay, ChangeFanout &fanout, TeamShifts &shifts,
                TeamEscalations &escalations, const Core::Clock &clock);

    void start();
    // One round now (tests call it after moving the clock).
    void run();
    static constexpr int INTERVAL_MS = 15000;
    // Expired sessions and old login records are deleted this often.
    static constexpr qint64 PURGE_INTERVAL_MS = 60 * 1000;
    // Changes younger than this are never compacted away.
    static constexpr qint64 CHANGE_HISTORY_WHOLE_MS = 24LL * 60 * 60 * 1000;

private:
    void purge(qint64 nowMs);

    TeamStore &m_store;
    IngestRelay &m_relay;
    ChangeFanout &m_fanout;
    TeamShifts &m_shifts;
    TeamEscalations &m_escalations;
    const Core::Clock &m_clock;
    QTimer m_timer;
    qint64 m_lastPurgeMs = 0;
};

} // namespace CareDesk::Server

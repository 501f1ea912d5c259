#pragma once

#include "Result.h"
#include "server/store/Agent.h"
#include "shifts/Roster.h"

#include <QJsonObject>

#include <optional>

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Server {

class ChangeFanout;
class ServerChannels;
class ServerIngest;
class TeamStore;

// Each team's shifts: the weekly roster leads keep (GET and PUT /v1/roster), rostered agents'
// presence following it (available on shift, away off it, while their desk is connected)
// unless they set their own, which holds until the roster next changes for them; and the
// shift-change post proposed when a shift starts, posted on the agent's word through the team's
// channel, once (GET /v1/roster/me, POST /v1/shift-posts).
class TeamShifts final
{
public:
    TeamShifts(TeamStore &store, ServerIngest &ingest, ServerChannels &channels,
               ChangeFanout &fanout, const Core::Clock &clock);

    // The team's roster in its time zone and with its holidays.
    Core::Result<Shifts::Roster> rosterOf(qint64 teamId);
    // Checks, stores and follows a roster (JSON); a mistake is refused with its place.
    Core::Result<QJsonObject> setRoster(qint64 teamId, const QByteArray &json);
    // The roster, who is on now and who comes next.
    Core::Result<QJsonObject> teamShifts(qint64 teamId);

    // Sets every connected rostered agent's presence as the roster says, where they hold none.
    void followRoster();
    // The presence an agent whose desk just connected takes: the roster's, or available.
    Presence presenceOnArrival(const Agent &agent);
    // The agent set their presence themselves: it holds until the roster next changes for them.
    void presenceSetByAgent(const Agent &agent);

    // The agent's shift now and next, with the shift-change post proposed when one is due.
    Core::Result<QJsonObject> myShift(const Agent &agent);
    // {"decision": "post", "channel", "text"} or {"decision": "decline"} for the current shift.
    Core::Result<QJsonObject> decidePost(const Agent &agent, const QJsonObject &body);

    // A shift's post is proposed for this long after it starts.
    static constexpr qint64 PROPOSAL_WINDOW_MS = 2 * 3600 * 1000;

private:
    struct Proposal
    {
        Shifts::ShiftSpan shift;
        QString text;
    };
    Core::Result<std::optional<Proposal>> proposalFor(const Agent &agent,
                                                      const Shifts::Roster &roster);
    Core::Result<void> followRoster(qint64 teamId);
    QJsonObject spanJson(const Shifts::Roster &roster, const Shifts::ShiftSpan &span) const;
    qint64 nowMs() const;

    TeamStore &m_store;
    ServerIngest &m_ingest;
    ServerChannels &m_channels;
    ChangeFanout &m_fanout;
    const Core::Clock &m_clock;
};

} // namespace CareDesk::Server

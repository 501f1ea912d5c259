#pragma once

#include "Result.h"
#include "shifts/ShiftBoard.h"

#include <QObject>
#include <QTimer>

namespace CareDesk::Workspace {

class TeamSession;

// The desk's side of a team's shifts: the roster with who is on now and next (queue control),
// a lead's changes to it, the agent's own presence, and the shift-change post the server
// proposes when the agent's shift starts (asked every minute while signed in), posted or
// declined on the agent's word. Solo desks have no roster.
class ShiftDesk final : public QObject
{
    Q_OBJECT

public:
    explicit ShiftDesk(TeamSession &team, QObject *parent = nullptr);

    void loadShifts();
    // Roster JSON, as PUT /v1/roster takes it; the server names each mistake.
    void saveRoster(const QByteArray &roster);
    // "available" or "away": it holds until the roster next changes for the agent.
    void setPresence(const QString &presence);
    // Asks the server whether a shift-change post is waiting.
    void checkShiftPost();
    // Posts the proposed post on `channel` with the agent's `text`, or declines it.
    void decideShiftPost(bool post, const QString &channel, const QString &text);

    static constexpr int CHECK_INTERVAL_MS = 60 * 1000;

Q_SIGNALS:
    void shiftsLoaded(const CareDesk::Shifts::ShiftBoard &board);
    void rosterSaved(const QString &message);
    void presenceSet(const QString &presence);
    void shiftPostProposed(const CareDesk::Shifts::ShiftPostProposal &proposal);
    void shiftPostDecided(const QString &message);
    void refused(const CareDesk::Core::Error &error);

private:
    TeamSession &m_team;
    QTimer m_checks;
    bool m_proposalShown = false; // the proposal on screen is not offered again until decided
};

} // namespace CareDesk::Workspace

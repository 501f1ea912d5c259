#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace CareDesk::Server {

class ServerDatabase;

// Each team's shift roster with its calendar (teams.roster, teams.sla_policy), presence an agent
// holds against the roster (agents.presence_held_until), and the shift-change posts decided
// (table shift_posts). SQL only; what the roster means is TeamShifts'.
class ShiftRecords final
{
public:
    explicit ShiftRecords(ServerDatabase &database);

    struct TeamRoster
    {
        QByteArray roster;    // Shifts::Roster JSON; empty: none
        QByteArray slaPolicy; // Triage::SlaPolicy JSON; empty: around the clock, in UTC
    };
    Core::Result<TeamRoster> roster(qint64 teamId);
    Core::Result<void> setRoster(qint64 teamId, const QByteArray &roster);

    // Until when the agent's own presence holds against the roster (ms; 0: it does not).
    Core::Result<qint64> heldUntil(qint64 agentId);
    Core::Result<void> holdPresence(qint64 agentId, qint64 untilMs);

    struct PostDecision
    {
        qint64 agentId = 0;
        qint64 teamId = 0;
        qint64 shiftStartMs = 0;
        QString decision; // posted, declined
        QString channel;
        QString clientId; // the post's entry in the ingest workspace's outbox
        QString text;
    };
    // Records what became of a shift's post; false when it was decided before.
    Core::Result<bool> decide(const PostDecision &decision, qint64 nowMs);
    // What was decided for the shift of `agentId` that started at `shiftStartMs`.
    Core::Result<std::optional<PostDecision>> decision(qint64 agentId, qint64 shiftStartMs);

private:
    ServerDatabase &m_database;
};

} // namespace CareDesk::Server

#pragma once

#include "Result.h"
#include "ServerIngest.h"
#include "store/ReplyDelivery.h"

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Server {

class ChangeFanout;
class ServerChannels;
class ServerIngest;
class TeamStore;

// Between the server's ingest workspace and the team's shared store. What channels and
// POST /v1/ingest stored there is published for the team; agents' replies go into their
// channel's outbox there, and what became of each is recorded for the team.
class IngestRelay final
{
public:
    IngestRelay(ServerIngest &ingest, TeamStore &store, ServerChannels &channels,
                ChangeFanout &fanout, const Core::Clock &clock);

    // Stores a team's JSON Lines (POST /v1/ingest) and publishes them for that team, piece by
    // piece as they are stored, with the event loop free between pieces; then calls `done`.
    void ingest(qint64 teamId, QByteArray lines, ServerIngest::Done done);
    // Publishes what the ingest workspace stored since last time, each conversation for the
    // team it belongs to: the team that sent it, or its channel's.
    void publishIngested();
    // The customer's open conversations published again: who they are changed (a CRM match),
    // and with it their priority, without a new message.
    void republishCustomer(qint64 customerId);
    // Queues replies the channels do not have yet, and records what became of the others.
    void settleReplies();
    // Hands a reply to its channel's outbox; true when it cannot go out and was marked failed.
    bool queueForChannel(const ReplyDelivery::PendingReply &reply);

private:
    // Publishes each into its team's store; false when the store failed (nothing after is).
    bool publish(const QList<TeamConversation> &conversations);
    qint64 nowMs() const;

    ServerIngest &m_ingest;
    TeamStore &m_store;
    ServerChannels &m_channels;
    ChangeFanout &m_fanout;
    const Core::Clock &m_clock;
};

} // namespace CareDesk::Server

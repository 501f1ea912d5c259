#pragma once

#include "store/ReplyDelivery.h"

#include <optional>

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

    // Publishes what the ingest workspace stored since last time: for `team`, or for each
    // channel's own team.
    void publishIngested(std::optional<qint64> team = std::nullopt);
    // Queues replies the channels do not have yet, and records what became of the others.
    void settleReplies();
    // Hands a reply to its channel's outbox; true when it cannot go out and was marked failed.
    bool queueForChannel(const ReplyDelivery::PendingReply &reply);

private:
    qint64 nowMs() const;

    ServerIngest &m_ingest;
    TeamStore &m_store;
    ServerChannels &m_channels;
    ChangeFanout &m_fanout;
    const Core::Clock &m_clock;
};

} // namespace CareDesk::Server

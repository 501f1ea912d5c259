#pragma once

#include "Result.h"

#include <QJsonObject>

namespace CareDesk::Server {

class ChangeFeed;
class ServerDatabase;

// Who holds a conversation, changed inside the caller's write, and the history such changes
// leave on the conversation. The conditional take here is what makes a claim exclusive.
class Assignments final
{
public:
    Assignments(ServerDatabase &database, ChangeFeed &feed);

    // Gives the conversation to `agentId` if nobody holds it; false when someone does.
    Core::Result<bool> assign(qint64 teamId, qint64 conversationId, qint64 agentId,
                              const QString &reason, qint64 nowMs);
    // Back to the queue without its holder, as the server decided (`reason`): "offline" keeps
    // the holder as the customer's previous agent, a closed account does not.
    Core::Result<void> returnToQueue(qint64 teamId, qint64 conversationId, qint64 fromAgentId,
                                     const QString &reason, bool keepAsPrevious, qint64 nowMs);
    // One line of the conversation's history (claimed, released, transferred, status...).
    Core::Result<void> recordEvent(qint64 conversationId, qint64 agentId, const QString &kind,
                                   const QJsonObject &detail, qint64 nowMs);

private:
    ServerDatabase &m_database;
    ChangeFeed &m_feed;
};

} // namespace CareDesk::Server

#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace CareDesk::Server {

class ChangeFeed;
class ServerDatabase;

// Replies agents sent through the server, as their channels deliver them: which are still on
// their way, and what became of each.
class ReplyDelivery final
{
public:
    ReplyDelivery(ServerDatabase &database, ChangeFeed &feed);

    // A reply not yet known to be sent or failed.
    struct PendingReply
    {
        QString clientId;
        qint64 sourceConversationId = 0;
        bool isPublic = true;
        QString text;
        QString author;
        QString state;
    };
    // Oldest first.
    Core::Result<QList<PendingReply>> pending();
    // What the channel made of a reply: "sending", "sent", "failed" or "uncertain".
    Core::Result<void> settle(const QString &clientId, const QString &state, const QString &detail,
                              qint64 nowMs);

private:
    ServerDatabase &m_database;
    ChangeFeed &m_feed;
};

} // namespace CareDesk::Server

#pragma once

#include "Result.h"
#include "model/Inbox.h"

#include <optional>

namespace CareDesk::Server {

class ChangeFeed;
class ServerDatabase;

// Brings what the server's ingest workspace stored into the team's shared state: each
// conversation as it now stands, with every message, and how far publishing has come.
class Publisher final
{
public:
    Publisher(ServerDatabase &database, ChangeFeed &feed);

    // The conversation as the server's ingest workspace now has it, with every message, for
    // `teamId`; its changes are that team's. An outbound message that an agent's reply already
    // shows is matched to it, not repeated. False, and nothing written, when the workspace's
    // conversation was published for another team: a team never writes into another's.
    Core::Result<bool> publish(qint64 teamId, const Core::ConversationDetail &conversation,
                               qint64 nowMs);
    // How far publishing has come: the ingest workspace's newest message already published.
    Core::Result<qint64> publishedUpTo();
    Core::Result<void> setPublishedUpTo(qint64 messageId);

private:
    // Inserts or updates the team's conversation row; returns its id here, none when the row
    // is another team's.
    Core::Result<std::optional<qint64>>
    upsertConversation(qint64 teamId, const Core::ConversationDetail &conversation);
    // The messages not yet published, each with its change.
    Core::Result<void> publishMessages(qint64 teamId, qint64 conversationId,
                                       const Core::ConversationDetail &conversation, qint64 nowMs);

    ServerDatabase &m_database;
    ChangeFeed &m_feed;
};

} // namespace CareDesk::Server

#pragma once

#include "Agent.h"
#include "Outcome.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace CareDesk::Server {

class ConversationReads;
class ServerDatabase;

// Leads' QA reviews of their team's conversations, shared through the server. (The desktop's
// own review workspace is core's Review::ReviewStore; this is the team's copy.)
class TeamReviews final
{
public:
    TeamReviews(ServerDatabase &database, ConversationReads &reads);

    // One review per conversation and reviewer, replaced when saved again. It is the work of
    // whoever holds (or last held) the conversation. `review` carries summary, scores and
    // comments as the client sent them.
    Core::Result<Outcome<QJsonObject>> save(const Agent &reviewer, qint64 conversationId,
                                            const QJsonObject &review, qint64 nowMs);
    // Newest first: the reviews of `agentId`'s work (0: everyone's) that `viewer` may see.
    Core::Result<QJsonArray> list(const Agent &viewer, qint64 agentId);

private:
    ServerDatabase &m_database;
    ConversationReads &m_reads;
};

} // namespace CareDesk::Server

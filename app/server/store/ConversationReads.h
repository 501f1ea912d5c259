#pragma once

#include "Agent.h"
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace CareDesk::Server {

class ServerDatabase;

// What a conversation list may be narrowed to. The scope (which teams) comes from the agent.
struct ConversationFilter
{
    QStringList statuses; // empty: every status but resolved
    enum class Assignee { Anyone, Me, Unassigned, Agent } assignee = Assignee::Anyone;
    qint64 assigneeId = 0;
    QString language;
    QString category;
    QString channel;
};

// The sort key of the last row of a page; the next page starts after it.
struct ConversationCursor
{
    int priority = 0;
    qint64 slaDueMs = 0;
    qint64 id = 0;

    QString encode() const;
    static std::optional<ConversationCursor> decode(const QString &text);
};

struct ConversationPage
{
    QJsonArray conversations;
    std::optional<ConversationCursor> next;
};

// Who holds a conversation and where it stands, as a write reads it before changing it.
struct ConversationState
{
    qint64 teamId = 0;
    qint64 assigneeId = 0;
    QString assigneeName;
    qint64 assignedAtMs = 0;
    QString status;
    qint64 rev = 0;
    qint64 sourceId = 0;
};

// Conversations as agents see them: pages of the queue, one conversation in full, and the
// few facts writes and routing look up.
class ConversationReads final
{
public:
    explicit ConversationReads(ServerDatabase &database);

    Core::Result<ConversationPage> page(const Agent &viewer, const ConversationFilter &filter,
                                        const std::optional<ConversationCursor> &after, int limit);
    // Conversation, messages, notes and history; nullopt when missing or not the viewer's.
    Core::Result<std::optional<QJsonObject>> detail(const Agent &viewer, qint64 conversationId);
    // The conversation as clients see it, whoever asks; an error when it does not exist.
    Core::Result<QJsonObject> conversation(qint64 conversationId);
    Core::Result<std::optional<ConversationState>> state(qint64 conversationId);
    Core::Result<int> openCount(qint64 agentId);
    // The conversation's id in the server's ingest workspace.
    Core::Result<qint64> sourceIdOf(qint64 conversationId);

private:
    ServerDatabase &m_database;
};

} // namespace CareDesk::Server

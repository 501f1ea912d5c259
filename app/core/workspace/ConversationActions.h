#pragma once

#include "Result.h"
#include "model/Inbox.h"

#include <QString>

namespace CareDesk::Workspace {

class TeamSession;
struct WorkspaceContext;

// What an agent's action leads to, for whoever shows the workspace.
class ActionListener
{
public:
    virtual void reportRefusal(const Core::Error &error) = 0;
    // The conversation changed: it and the inbox are shown again.
    virtual void reportChanged(qint64 conversationId) = 0;

protected:
    ~ActionListener() = default;
};

// An agent's actions on a conversation. A local conversation is changed here, each change
// recorded with its audit event; a team's conversation is the server's to change, which
// keeps exactly one owner, and the change comes back on the team's feed.
class ConversationActions
{
public:
    virtual ~ConversationActions() = default;
    virtual void setStatus(qint64 conversationId, Core::ConversationStatus status,
                           const QString &agent) = 0;
    // An empty assignee returns the conversation to the queue.
    virtual void assign(qint64 conversationId, const QString &assignee, const QString &agent) = 0;
    virtual void addNote(qint64 conversationId, const QString &text, const QString &agent) = 0;
};

// The actions on a conversation of this workspace alone.
class LocalActions final : public ConversationActions
{
public:
    LocalActions(WorkspaceContext &context, ActionListener &listener);

    void setStatus(qint64 conversationId, Core::ConversationStatus status,
                   const QString &agent) override;
    void assign(qint64 conversationId, const QString &assignee, const QString &agent) override;
    void addNote(qint64 conversationId, const QString &text, const QString &agent) override;
    // Whether a customer's message is dealt with is this desk's record, in a team too.
    void setAddressed(qint64 conversationId, qint64 messageId, Core::Addressed addressed,
                      const QString &agent);

private:
    WorkspaceContext &m_context;
    ActionListener &m_listener;
};

// The actions on a team's conversation, sent to the team server.
class TeamActions final : public ConversationActions
{
public:
    // `local` keeps this desk's own copy of what the server does not hold (notes).
    TeamActions(TeamSession &team, LocalActions &local);

    void setStatus(qint64 conversationId, Core::ConversationStatus status,
                   const QString &agent) override;
    void assign(qint64 conversationId, const QString &assignee, const QString &agent) override;
    void addNote(qint64 conversationId, const QString &text, const QString &agent) override;

private:
    TeamSession &m_team;
    LocalActions &m_local;
};

} // namespace CareDesk::Workspace

#include "ConversationActions.h"

#include "Clock.h"
#include "TeamSession.h"
#include "WorkspaceContext.h"
#include "storage/AgentActions.h"
#include "storage/WorkspaceStore.h"
#include "sync/TeamSync.h"

namespace CareDesk::Workspace {

using Core::ConversationStatus;

LocalActions::LocalActions(WorkspaceContext &context, ActionListener &listener)
    : m_context(context)
    , m_listener(listener)
{}

void LocalActions::setStatus(qint64 conversationId, ConversationStatus status, const QString &agent)
{
    if (auto done = Storage::AgentActions(m_context.connection())
                        .setStatus(conversationId, status, agent, m_context.clock.now());
        !done)
        m_listener.reportRefusal(done.error());
    m_listener.reportChanged(conversationId);
}

void LocalActions::assign(qint64 conversationId, const QString &assignee, const QString &agent)
{
    Storage::AgentActions actions(m_context.connection());
    if (auto done = actions.assign(conversationId, assignee, agent, m_context.clock.now()); !done) {
        m_listener.reportRefusal(done.error());
    } else if (!assignee.isEmpty()) {
        // Taking a new conversation opens it.
        auto detail = Storage::WorkspaceStore(m_context.connection()).conversation(conversationId);
        if (detail && detail.value().status == ConversationStatus::New)
            (void)actions.setStatus(conversationId, ConversationStatus::Open, agent,
                                    m_context.clock.now());
    }
    m_listener.reportChanged(conversationId);
}

void LocalActions::addNote(qint64 conversationId, const QString &text, const QString &agent)
{
    if (auto done = Storage::AgentActions(m_context.connection())
                        .addNote(conversationId, agent, text, m_context.clock.now());
        !done)
        m_listener.reportRefusal(done.error());
    m_listener.reportChanged(conversationId);
}

void LocalActions::setAddressed(qint64 conversationId, qint64 messageId, Core::Addressed addressed,
                                const QString &agent)
{
    if (auto done = Storage::AgentActions(m_context.connection())
                        .setAddressed(messageId, addressed, agent, m_context.clock.now());
        !done)
        m_listener.reportRefusal(done.error());
    m_listener.reportChanged(conversationId);
}

TeamActions::TeamActions(TeamSession &team, LocalActions &local)
    : m_team(team)
    , m_local(local)
{}

void TeamActions::setStatus(qint64 conversationId, ConversationStatus status, const QString &)
{
    // The server knows no "new" a desk could set: taking it up opens it.
    m_team.sync().setStatus(
        m_team.serverConversation(conversationId),
        Core::toString(status == ConversationStatus::New ? ConversationStatus::Open : status));
}

void TeamActions::assign(qint64 conversationId, const QString &assignee, const QString &agent)
{
    // Exactly one owner: the server decides, and says who has it when the claim is late.
    const qint64 serverId = m_team.serverConversation(conversationId);
    if (assignee.isEmpty())
        m_team.sync().release(serverId);
    else if (assignee == agent)
        m_team.sync().claim(serverId);
    else
        m_team.sync().transfer(serverId, assignee);
}

void TeamActions::addNote(qint64 conversationId, const QString &text, const QString &agent)
{
    // The team sees it; this desk keeps its own copy too.
    m_team.sync().addNote(m_team.serverConversation(conversationId), text);
    m_local.addNote(conversationId, text, agent);
}

} // namespace CareDesk::Workspace

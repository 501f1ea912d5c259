#pragma once

#include "Result.h"
#include "model/Inbox.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

#include <map>

namespace CareDesk::Workspace {

class ChannelPoller;
class LocalActions;
class TeamSession;
struct WorkspaceContext;

// Replies on their way out: queued with an undo window, taken back, retried, and the list of
// what is not sent yet. A local conversation's replies go to the workspace's outbox, which the
// channels deliver; a team conversation's are held here for the undo window and then go to
// the team outbox, which the team server takes.
class ReplyQueue final : public QObject
{
    Q_OBJECT

public:
    ReplyQueue(WorkspaceContext &context, TeamSession &team, ChannelPoller &channels,
               LocalActions &localActions, QObject *parent = nullptr);

    // Queues a reply, held back for `holdSecs` so the agent can take it back. Replying takes an
    // unassigned conversation and clears its draft. Several parts are a hand-off, the move from
    // public to private in one step: a public acknowledgement and the private opener, queued
    // together (one undo takes back both). The canned responses in each part are recorded as
    // sent.
    void queueReplies(qint64 conversationId, const QList<Core::ReplyText> &parts,
                      const QString &agent, int holdSecs);
    // Takes back replies still in their undo window.
    void undoReplies(const QStringList &clientIds);
    void retryReply(const QString &clientId);
    // Sends what is due in the outbox now, without polling.
    void deliverDue();
    // Says again what is not sent yet.
    void publishOutbox();

Q_SIGNALS:
    // Replies queued in one step (one, or two for a hand-off), with the end of their undo window.
    void repliesQueued(qint64 conversationId, const QStringList &clientIds,
                       const QDateTime &holdUntil);
    // Replies taken back; the last one's text goes back into the composer.
    void repliesUndone(qint64 conversationId, const QList<CareDesk::Core::OutgoingReply> &replies);
    // Everything not sent yet, whenever it changes.
    void outboxChanged(const QList<CareDesk::Core::OutgoingReply> &unsent);
    void refused(const CareDesk::Core::Error &error);

private:
    // A team reply in its undo window, held here until it goes to the team outbox.
    struct HeldReply
    {
        qint64 conversationId = 0;
        qint64 serverConversationId = 0;
        bool isPublic = true;
        QString text;
        QDateTime holdUntil;
    };
    void queueLocally(qint64 conversationId, const QList<Core::ReplyText> &parts,
                      const QString &agent, const QDateTime &holdUntil);
    void queueForTeam(qint64 conversationId, qint64 serverId, const QList<Core::ReplyText> &parts,
                      const QString &agent, const QDateTime &holdUntil);
    void releaseHeldReply(const QString &clientId);
    // A reply sent machine-translated keeps what the agent wrote and the service that translated.
    Core::Result<void> recordTranslation(qint64 conversationId, const QString &clientId,
                                         const Core::ReplyText &reply, const QString &agent);
    // A reply taken back from the outbox; nullopt when it is not there or too late.
    std::optional<Core::OutgoingReply> takeBack(const QString &clientId, bool &tooLate);
    QList<Core::OutgoingReply> heldReplies() const;
    QList<Core::OutgoingReply> teamRepliesWaiting() const;

    WorkspaceContext &m_context;
    TeamSession &m_team;
    ChannelPoller &m_channels;
    LocalActions &m_localActions;
    std::map<QString, HeldReply> m_heldReplies; // client id -> team reply in its undo window
};

} // namespace CareDesk::Workspace

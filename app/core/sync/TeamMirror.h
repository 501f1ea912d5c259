#pragma once

#include "Result.h"

#include <protocol/ChangeRecord.h>
#include <protocol/ConversationWire.h>
#include <protocol/MessageWire.h>

#include <QJsonObject>
#include <QSqlDatabase>

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Sync {

// A reply written in team mode, waiting to reach the server (or refused by it).
struct TeamReply
{
    QString clientId;
    qint64 serverConversationId = 0;
    bool isPublic = true;
    QString text;
    qint64 baseRev = 0; // the conversation's revision the agent was looking at
    QString state;      // waiting, accepted, refused
    QString error;
};

// What a signed-in desktop keeps of the team's shared state, in its local workspace: the
// server's conversations and messages become ordinary workspace rows (so the inbox, search
// and history work on them offline), each linked to its server id. Applying the change feed
// is idempotent and moves the stored revision in the same transaction, so a crash or a
// reconnect never loses or doubles a change.
class TeamMirror final
{
public:
    TeamMirror(QSqlDatabase db, const Core::Clock &clock);

    // The revision of `server` this workspace has applied; 0 before the first sync.
    Core::Result<qint64> revision(const QString &server);
    Core::Result<void> remember(const QString &server, const QString &login);
    // Applies changes in order, skipping those at or below the stored revision.
    Core::Result<int> apply(const QString &server, const QList<Protocol::ChangeRecord> &changes);

    Core::Result<qint64> localConversation(qint64 serverConversationId);
    Core::Result<qint64> serverConversation(qint64 localConversationId);
    // A message's id on the server, and back; 0 when the message is not the team's.
    Core::Result<qint64> serverMessage(qint64 localMessageId);
    Core::Result<qint64> localMessage(qint64 serverMessageId);
    // The server revision of the conversation as mirrored here.
    Core::Result<qint64> conversationRev(qint64 serverConversationId);

    // Replies go into the team outbox first, with a client id, so nothing typed is lost while
    // the server is out of reach, and a resent request is recognised by the server.
    Core::Result<TeamReply> queueReply(qint64 serverConversationId, bool isPublic,
                                       const QString &text);
    Core::Result<QList<TeamReply>> replies(const QString &state);
    Core::Result<void> settleReply(const QString &clientId, const QString &state,
                                   const QString &error);
    // What the agent wrote, when a waiting reply is the machine translation of it (the desk
    // recorded it when the reply was queued); empty otherwise.
    Core::Result<Protocol::TranslatedFrom> translatedFrom(const TeamReply &reply);

private:
    Core::Result<qint64> link(const QString &entity, const QString &serverId);
    Core::Result<void> setLink(const QString &entity, const QString &serverId, qint64 localId);
    Core::Result<void> applyConversation(const Protocol::ChangeRecord &change);
    Core::Result<void> applySurvey(qint64 conversationId, const Protocol::ConversationWire &data);
    Core::Result<void> applyEscalation(qint64 conversationId,
                                       const Protocol::ConversationWire &data);
    Core::Result<void> applyCustomerCrm(qint64 conversationId,
                                        const Protocol::ConversationWire &data);
    Core::Result<void> recordRemoteChanges(qint64 localId, const Protocol::ConversationWire &data,
                                           qint64 now);
    Core::Result<qint64> customerOf(const Protocol::ConversationWire &data, qint64 now);
    Core::Result<void> applyMessage(const Protocol::ChangeRecord &change);
    // A teammate's reply sent machine-translated: kept as this desk keeps its own.
    Core::Result<void> keepTranslatedReply(qint64 conversationId, const QString &serverMessageId,
                                           const Protocol::MessageWire &data);

    QSqlDatabase m_db;
    const Core::Clock &m_clock;
};

} // namespace CareDesk::Sync

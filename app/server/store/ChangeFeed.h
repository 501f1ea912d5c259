#pragma once

#include "Agent.h"
#include "Result.h"

#include <protocol/ChangeRecord.h>

#include <QJsonObject>
#include <QList>

#include <utility>

namespace CareDesk::Server {

class ConversationReads;
class ServerDatabase;

// The change feed: every change to shared state gets the next server-wide revision, written in
// the same transaction as the change itself, so a change is in the feed exactly when it
// happened. Clients read it since the revision they have seen.
class ChangeFeed final
{
public:
    ChangeFeed(ServerDatabase &database, ConversationReads &conversations);

    // Inside the caller's write: appends a change of `entity` `id` for `teamId` (0: everyone);
    // returns its revision.
    Core::Result<qint64> append(qint64 teamId, const QString &entity, const QString &id,
                                const QJsonObject &data, qint64 nowMs);
    // Inside the caller's write, the end of every write to a conversation: its revision moves
    // and its change is appended. Returns the conversation as it now is.
    Core::Result<QJsonObject> conversationChanged(qint64 teamId, qint64 conversationId,
                                                  qint64 nowMs);
    // A message of the team as it now stands: appends its change record.
    Core::Result<void> messageChanged(qint64 teamId, qint64 messageId, qint64 nowMs);

    // The change feed, as the viewer may see it.
    Core::Result<Protocol::ChangeFeed> since(const Agent &viewer, qint64 rev, int limit);
    Core::Result<qint64> latestRev();
    // Every change after `rev` with the team it belongs to (0: every team), for the live feed.
    Core::Result<QList<std::pair<qint64, Protocol::ChangeRecord>>> after(qint64 rev, int limit);
    // Compacts the history: a change older than `beforeMs` goes when a later change of the same
    // entity exists. Whatever revision a client has, what it reads after it still ends in the
    // current state of everything that changed since, so no client ever has to start over.
    // Returns how many went.
    Core::Result<int> compact(qint64 beforeMs);

private:
    ServerDatabase &m_database;
    ConversationReads &m_conversations;
};

} // namespace CareDesk::Server

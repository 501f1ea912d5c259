#pragma once

#include "Result.h"
#include "channels/ChannelConfig.h"
#include "ingest/Importer.h"
#include "model/Inbox.h"
#include "outbox/Outbox.h"

#include <QByteArray>

#include <memory>

namespace CareDesk::Core {
class Clock;
}
namespace CareDesk::Storage {
class Database;
}
namespace CareDesk::Triage {
class TriageEngine;
}

namespace CareDesk::Server {

// The core ingest pipeline, run once for the whole team: items are threaded and triaged into
// the server's own workspace (a local SQLite file, the same engine the desktop uses, which
// also holds the team's channels and their outbox), and the conversations they touched are
// handed out to be published into the shared store.
class ServerIngest final
{
public:
    ~ServerIngest();
    static Core::Result<std::unique_ptr<ServerIngest>> open(const QString &directory,
                                                            const Core::Clock &clock);
    // Where the server keeps its workspace under its data folder.
    static QString directoryIn(const QString &dataDirectory);

    // JSON Lines of inbound items; bad lines are reported in the summary, never fatal.
    Core::Result<Ingest::ImportSummary> ingestJsonLines(const QByteArray &lines);
    // Every conversation with a message stored after message `afterMessageId`, as it now stands;
    // `lastMessageId` is set to the newest message, where the next call starts.
    Core::Result<QList<Core::ConversationDetail>> touchedAfter(qint64 afterMessageId,
                                                               qint64 &lastMessageId);

    // A channel the server runs, from its configuration file (see ChannelConfig).
    Core::Result<void> addChannel(const Channels::ChannelConfig &config, const QString &platform);
    // Queues an agent's reply for its channel under the agent's client id; a second call with
    // the same id changes nothing.
    Core::Result<void> queueReply(qint64 sourceConversationId, bool isPublic, const QString &text,
                                  const QString &clientId, const QString &author);
    Core::Result<Outbox::OutboxEntry> outboxEntry(const QString &clientId);
    // Keeps threading in step with the team: a conversation resolved on the server is closed
    // here too, so that the customer's next message starts a new one.
    Core::Result<void> setStatus(qint64 sourceConversationId, Core::ConversationStatus status);

private:
    ServerIngest(std::unique_ptr<Storage::Database> database, const Core::Clock &clock);

    std::unique_ptr<Storage::Database> m_database;
    const Core::Clock &m_clock;
    std::unique_ptr<Triage::TriageEngine> m_triage;
};

} // namespace CareDesk::Server

#pragma once

#include "Result.h"
#include "ingest/Importer.h"
#include "model/Inbox.h"

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

struct IngestOutcome
{
    Ingest::ImportSummary summary;
    // Every conversation the batch added to or created, as it now stands, for publishing.
    QList<Core::ConversationDetail> touched;
};

// The core ingest pipeline, run once for the whole team: items are threaded and triaged into
// the server's own workspace (a local SQLite file, the same engine the desktop uses), and the
// conversations they touched are handed back to be published into the shared store.
class ServerIngest final
{
public:
    ~ServerIngest();
    static Core::Result<std::unique_ptr<ServerIngest>> open(const QString &directory, const Core::Clock &clock);

    // JSON Lines of inbound items; bad lines are reported in the summary, never fatal.
    Core::Result<IngestOutcome> ingestJsonLines(const QByteArray &lines);
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

#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

class QIODevice;

namespace CareDesk::Core {
class Clock;
}
namespace CareDesk::Triage {
class TriageEngine;
}

namespace CareDesk::Ingest {

struct ImportSummary
{
    int messages = 0;      // messages stored
    int conversations = 0; // conversations created
    int customers = 0;     // customers created
    int channels = 0;      // channels created
    int skipped = 0;       // duplicates, noise and bad lines
    QStringList errors;    // "line N: what was wrong", one per bad line
};

// Brings history into a workspace: files of inbound items (JSON Lines) and tweet archives.
// Everything goes through the same ingest pipeline as live messages, so imported history is
// threaded, triaged and searchable like the rest. Bad lines are reported and skipped; they
// never abort an import. Imported channels have no connector: they are history, not polled.
class Importer final
{
public:
    Importer(QSqlDatabase db, const Core::Clock &clock, const Triage::TriageEngine &triage);

    // Each line an inbound item in the shared JSON shape (platform, channel, id, author.id, text).
    Core::Result<ImportSummary> importJsonLines(QIODevice &in);

    static constexpr int BATCH_SIZE = 2000;

private:
    Core::Result<qint64> channelFor(const QString &platform, const QString &name);
    Core::Result<int> count(const QString &table);

    QSqlDatabase m_db;
    const Core::Clock &m_clock;
    const Triage::TriageEngine &m_triage;
};

} // namespace CareDesk::Ingest

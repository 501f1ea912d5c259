#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <algorithm>
#include <array>

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
    int resolved = 0;      // conversations the brand answered last, long enough ago (history)
    QStringList errors;    // "line N: what was wrong", one per bad line
    // Where the time of a JSON Lines import went: the thread that writes, the worker that
    // parses and analyses the next batch beside it, and the writer waiting for the worker.
    double writingSeconds = 0;
    double analysingSeconds = 0;
    double waitingSeconds = 0;
};

// Brings history into a workspace: files of inbound items (JSON Lines) and tweet archives.
// Everything goes through the same ingest pipeline as live messages, so imported history is
// threaded, triaged and searchable like the rest. Bad lines are reported and skipped; they
// never abort an import. Imported channels have no connector: they are history, not polled.
// A conversation the import touched whose last word was the brand's, more than the team's
// SLA policy's autoResolveDays before now, comes in resolved: it is history, not backlog.
class Importer final
{
public:
    Importer(QSqlDatabase db, const Core::Clock &clock, const Triage::TriageEngine &triage);

    // Each line an inbound item in the shared JSON shape (platform, channel, id, author.id, text).
    Core::Result<ImportSummary> importJsonLines(QIODevice &in);

    // A tweet archive in the common CSV layout (see TweetCsvReader). Each brand account (the
    // author of rows with inbound False) becomes a channel; a customer's tweet belongs to the
    // brand that answered it, whose tweet it answers, or that it mentions. The archive is read
    // whole and replayed oldest first, so every reply lands after what it answers; it takes
    // about twice the file's size in memory.
    Core::Result<ImportSummary> importTweetCsv(QIODevice &in);

    // One transaction per batch: big enough that each conversation is written once per batch
    // and commits are rare, small enough that an interrupted import loses little work.
    static constexpr int BATCH_SIZE = 20000;
    // JSON Lines batches grow to BATCH_SIZE from a small first one, so that the first
    // conversations land at once. Each batch is twice the one before: analysing a line takes
    // about half as long as writing it, so the worker reading ahead and the writer finish
    // together and neither waits for the other.
    static constexpr qint64 batchLines(int batchIndex)
    {
        return std::min<qint64>(BATCH_SIZE, qint64(500) << std::min(batchIndex, 8));
    }
    // Small enough that the first batch is cut after its 500 lines, not after a megabyte.
    static constexpr qint64 READ_BLOCK_BYTES = 64 * 1024;

private:
    Core::Result<qint64> channelFor(const QString &platform, const QString &name);
    Core::Result<int> count(const QString &table);
    using Counts = std::array<int, 4>; // messages, conversations, customers, channels
    Core::Result<Counts> counts();
    Core::Result<void> fillCounts(const Counts &before, ImportSummary &summary);
    Core::Result<qint64> lastMessageId();
    // Resolves what the import brought in after `messagesAfterId` that is history already.
    Core::Result<void> resolveHistory(qint64 messagesAfterId, ImportSummary &summary);

    QSqlDatabase m_db;
    const Core::Clock &m_clock;
    const Triage::TriageEngine &m_triage;
};

} // namespace CareDesk::Ingest

// Ingest: inbound items turned into conversations and messages (noise, threading, triage).
// May use triage/, the SDK and storage's ingest writer.
#pragma once

#include "Result.h"
#include "triage/TriageEngine.h"

#include <sdk/ChannelPlugin.h>

#include <QList>
#include <QSqlDatabase>

#include <memory>

namespace CareDesk::Core {
class Clock;
}
namespace CareDesk::Storage {
class IngestWriter;
}

namespace CareDesk::Ingest {

struct IngestReport
{
    int added = 0;
    int duplicates = 0;
    int noise = 0;
    int newConversations = 0;
    int replies = 0;       // the channel's own answers, recorded in their conversations
    int orphanReplies = 0; // the channel's own posts that answer nothing known here
};

// An item with the channel it arrived on, for batches that span channels (imports).
struct RoutedItem
{
    qint64 channelId = 0;
    QString platform;
    Sdk::InboundItem item;
};

// What the worker works out about an item's text before it is written, so that the thread
// that writes has only to write.
struct PreparedText
{
    Triage::TextAnalysis analysis; // empty for reposts and the channel's own posts
    QByteArray utf8;               // the text as it is stored and indexed
    size_t hash = 0;               // qHash of the text, to spot the same text sent again
};

// An item with what its text says, ready to be written.
struct AnalyzedItem
{
    RoutedItem routed;
    PreparedText text;
};

// Takes a batch of inbound items, sets reposts and floods aside as noise, threads each item
// into a conversation, triages it, records the channel's own replies against what they answer,
// and writes the batch in one transaction: a crash keeps all of it or none of it.
//
// Two steps, so that a backlog keeps both cores busy: analyze() reads the text (language,
// category) and needs no database, so it can run on a worker thread; write() threads and scores
// on the thread that owns the connection, and stores through Storage::IngestWriter.
class IngestPipeline final
{
public:
    // `triage` must outlive the pipeline; it holds the team's rules and classifier.
    IngestPipeline(QSqlDatabase db, const Core::Clock &clock, const Triage::TriageEngine &triage);
    ~IngestPipeline();

    Core::Result<IngestReport> ingest(qint64 channelId, const QString &platform,
                                      const QList<Sdk::InboundItem> &items);
    // Items are taken in the order given: a reply must come after what it answers.
    Core::Result<IngestReport> ingest(const QList<RoutedItem> &items);

    static QList<AnalyzedItem> analyze(const Triage::TriageEngine &triage, QList<RoutedItem> items);
    // analyze() for one item; callers that read their own input (imports) use it on their worker.
    static PreparedText prepareText(const Triage::TriageEngine &triage,
                                    const Sdk::InboundItem &item);
    Core::Result<IngestReport> write(const QList<AnalyzedItem> &items);

    // The same author posting the same text within this window is a flood, not a new request.
    static constexpr qint64 DUPLICATE_WINDOW_SECS = 24 * 60 * 60;

private:
    QSqlDatabase m_db;
    const Core::Clock &m_clock;
    const Triage::TriageEngine &m_triage;
    std::unique_ptr<Storage::IngestWriter> m_writer; // prepared on first use
};

} // namespace CareDesk::Ingest

#pragma once

#include "Result.h"
#include "triage/TriageEngine.h"

#include <sdk/ChannelPlugin.h>

#include <QList>
#include <QSqlDatabase>

namespace CareDesk::Core {
class Clock;
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

// Takes a batch of inbound items, sets reposts and floods aside as noise, threads each item
// into a conversation, triages it, records the channel's own replies against what they answer,
// and writes the batch in one transaction: a crash keeps all of it or none of it.
class IngestPipeline final
{
public:
    // `triage` must outlive the pipeline; it holds the team's rules and classifier.
    IngestPipeline(QSqlDatabase db, const Core::Clock &clock, const Triage::TriageEngine &triage);

    Core::Result<IngestReport> ingest(qint64 channelId, const QString &platform,
                                      const QList<Sdk::InboundItem> &items);
    // Items are taken in the order given: a reply must come after what it answers.
    Core::Result<IngestReport> ingest(const QList<RoutedItem> &items);

    // Until triage sets one from channel and category, every new conversation gets an hour:
    // what customers on social channels expect.
    static constexpr int DEFAULT_SLA_MINUTES = 60;
    // The same author posting the same text within this window is a flood, not a new request.
    static constexpr qint64 DUPLICATE_WINDOW_SECS = 24 * 60 * 60;

private:
    Core::Result<void> ingestOne(qint64 channelId, const QString &platform,
                                 const Sdk::InboundItem &item, IngestReport &report);
    Core::Result<void> recordChannelReply(qint64 channelId, const Sdk::InboundItem &item,
                                          IngestReport &report);

    QSqlDatabase m_db;
    const Core::Clock &m_clock;
    const Triage::TriageEngine &m_triage;
};

} // namespace CareDesk::Ingest

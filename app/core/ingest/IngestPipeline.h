#pragma once

#include "Result.h"
#include "triage/LanguageDetector.h"

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
};

// Takes a batch of inbound items from one channel, threads each into a conversation and writes
// the batch in one transaction: a crash keeps all of it or none of it.
class IngestPipeline final
{
public:
    IngestPipeline(QSqlDatabase db, const Core::Clock &clock);

    Core::Result<IngestReport> ingest(qint64 channelId, const QString &platform,
                                      const QList<Sdk::InboundItem> &items);

    // Until triage sets one from channel and category, every new conversation gets an hour:
    // what customers on social channels expect.
    static constexpr int DEFAULT_SLA_MINUTES = 60;

private:
    Core::Result<void> ingestOne(qint64 channelId, const QString &platform,
                                 const Sdk::InboundItem &item, IngestReport &report);

    QSqlDatabase m_db;
    const Core::Clock &m_clock;
    Triage::LanguageDetector m_languages;
};

} // namespace CareDesk::Ingest

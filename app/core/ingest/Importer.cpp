#include "Importer.h"

#include "Clock.h"
#include "InboundItemJson.h"
#include "IngestPipeline.h"
#include "Logging.h"
#include "TweetCsvReader.h"
#include "storage/AgentActions.h"
#include "storage/BackgroundCheckpoint.h"
#include "storage/WorkspaceStore.h"
#include "triage/TriageEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <future>
#include <utility>
#include <vector>

namespace CareDesk::Ingest {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Ingest::Importer)
};

// A written batch holds a few hundred thousand small strings. They are freed on another thread,
// so that the writer goes on with the next batch at once; `previous` is the last such freeing.
template<typename Spent> void freeElsewhere(std::future<void> &previous, Spent &&spent)
{
    if (previous.valid())
        previous.wait();
    auto held = std::make_unique<std::decay_t<Spent>>(std::forward<Spent>(spent));
    previous = std::async(std::launch::async, [held = std::move(held)]() mutable { held.reset(); });
}

} // namespace

Importer::Importer(QSqlDatabase db, const Core::Clock &clock, const Triage::TriageEngine &triage)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_triage(triage)
{}

Core::Result<int> Importer::count(const QString &table)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return Core::Error{Tr::tr("The workspace could not be read."), query.lastError().text()};
    return query.value(0).toInt();
}

Core::Result<Importer::Counts> Importer::counts()
{
    Counts result{};
    const std::array tables{QStringLiteral("messages"), QStringLiteral("conversations"),
                            QStringLiteral("customers"), QStringLiteral("channels")};
    for (std::size_t i = 0; i < tables.size(); ++i) {
        auto counted = count(tables[i]);
        if (!counted)
            return counted.error();
        result[i] = counted.value();
    }
    return result;
}

Core::Result<void> Importer::fillCounts(const Counts &before, ImportSummary &summary)
{
    auto after = counts();
    if (!after)
        return after.error();
    summary.messages = after.value()[0] - before[0];
    summary.conversations = after.value()[1] - before[1];
    summary.customers = after.value()[2] - before[2];
    summary.channels = after.value()[3] - before[3];
    return {};
}

Core::Result<qint64> Importer::lastMessageId()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM messages")) || !query.next())
        return Core::Error{Tr::tr("The workspace could not be read."), query.lastError().text()};
    return query.value(0).toLongLong();
}

Core::Result<void> Importer::resolveHistory(qint64 messagesAfterId, ImportSummary &summary)
{
    QElapsedTimer timer;
    timer.start();
    const QDateTime now = m_clock.now();
    const QDateTime quietSince = now.addDays(-m_triage.slaPolicy().autoResolveDays);
    auto resolved =
        Storage::AgentActions(m_db).resolveAnsweredHistory(messagesAfterId, quietSince, now);
    if (!resolved)
        return resolved.error();
    summary.resolved = resolved.value();
    qCInfo(lcIngest).nospace() << summary.resolved
                               << " conversations the brand answered last resolved in "
                               << timer.nsecsElapsed() / 1e9 << " s";
    return {};
}

Core::Result<qint64> Importer::channelFor(const QString &platform, const QString &name)
{
    // No plugin id: a channel known only from history is never polled.
    return Storage::WorkspaceStore(m_db).ensureChannel(QString(), name, platform,
                                                       QStringLiteral("{}"), m_clock.now());
}

namespace {

// One batch of lines, parsed and analysed away from the thread that writes. The writer only
// fills in each item's channel id, known by the channel's name.
struct ParsedBatch
{
    QList<AnalyzedItem> items;
    QStringList channels; // the channel's name, item by item
    QStringList errors;
    qint64 workNs = 0; // time the worker spent on it
};

// Whole lines of the input, with the number of the first: the worker splits them.
struct RawChunk
{
    qint64 firstLine = 1;
    QByteArray bytes;
};

ParsedBatch parseAndAnalyze(const RawChunk &chunk, const Triage::TriageEngine &triage)
{
    QElapsedTimer timer;
    timer.start();
    struct Line
    {
        qint64 number;
        QByteArray bytes;
    };
    QList<Line> lines;
    qint64 number = chunk.firstLine;
    for (qsizetype start = 0; start < chunk.bytes.size(); ++number) {
        qsizetype end = chunk.bytes.indexOf('\n', start);
        if (end < 0)
            end = chunk.bytes.size();
        if (QByteArray trimmed = chunk.bytes.sliced(start, end - start).trimmed();
            !trimmed.isEmpty())
            lines.append({number, std::move(trimmed)});
        start = end + 1;
    }

    ParsedBatch batch;
    batch.items.reserve(lines.size());
    batch.channels.reserve(lines.size());
    for (const Line &line : lines) {
        // Invalid UTF-8 (stray, overlong or surrogate bytes) is an error too.
        auto envelope = inboundFromJson(line.bytes, Requirement::Complete);
        if (!envelope) {
            batch.errors.append(
                Tr::tr("line %1: %2").arg(line.number).arg(envelope.error().userMessage));
            continue;
        }
        InboundEnvelope &parsed = envelope.value();
        PreparedText text = IngestPipeline::prepareText(triage, parsed.item);
        batch.items.append(
            {{0, std::move(parsed.platform), std::move(parsed.item)}, std::move(text)});
        batch.channels.append(std::move(parsed.channel));
    }
    batch.workNs = timer.nsecsElapsed();
    return batch;
}

using ChannelIds = QHash<QPair<QString, QString>, qint64>; // (platform, name) -> id

// Fills in each item's channel id by the channel's name, making channels on first sight
// through `channelFor`.
template<typename ChannelFor>
Core::Result<void> routeToChannels(ParsedBatch &batch, ChannelIds &channelIds,
                                   const ChannelFor &channelFor)
{
    // Lines in a row mostly share their channel: the last one is tried first.
    QPair<QString, QString> lastKey;
    qint64 lastChannelId = 0;
    for (qsizetype i = 0; i < batch.items.size(); ++i) {
        RoutedItem &routed = batch.items[i].routed;
        if (!lastChannelId || routed.platform != lastKey.first ||
            batch.channels.at(i) != lastKey.second) {
            lastKey = {routed.platform, batch.channels.at(i)};
            auto channelId = channelIds.constFind(lastKey);
            if (channelId == channelIds.cend()) {
                auto created = channelFor(lastKey.first, lastKey.second);
                if (!created)
                    return created.error();
                channelId = channelIds.insert(lastKey, created.value());
            }
            lastChannelId = channelId.value();
        }
        routed.channelId = lastChannelId;
    }
    return {};
}

void logTimes(qint64 writingNs, qint64 analysingNs, qint64 waitingNs, ImportSummary &summary)
{
    summary.writingSeconds = writingNs / 1e9;
    summary.analysingSeconds = analysingNs / 1e9;
    summary.waitingSeconds = waitingNs / 1e9;
    qCInfo(lcIngest).nospace() << "import written in " << summary.writingSeconds
                               << " s, analysed beside it in " << summary.analysingSeconds
                               << " s; the writer waited " << summary.waitingSeconds << " s";
}

} // namespace

Core::Result<ImportSummary> Importer::importJsonLines(QIODevice &in)
{
    ImportSummary summary;
    auto before = counts();
    if (!before)
        return before.error();
    auto lastBefore = lastMessageId();
    if (!lastBefore)
        return lastBefore.error();

    IngestPipeline pipeline(m_db, m_clock, m_triage);
    Storage::BackgroundCheckpoint checkpoint(m_db);
    qint64 writingNs = 0;
    qint64 analysingNs = 0;
    qint64 waitingNs = 0;
    ChannelIds channelIds;
    const auto channelOf = [this](const QString &platform, const QString &name) {
        return channelFor(platform, name);
    };
    std::future<void> freeing;
    const auto write = [&](ParsedBatch batch) -> Core::Result<void> {
        analysingNs += batch.workNs;
        summary.skipped += static_cast<int>(batch.errors.size());
        summary.errors += batch.errors;
        if (auto routed = routeToChannels(batch, channelIds, channelOf); !routed)
            return routed;
        QElapsedTimer writing;
        writing.start();
        auto report = pipeline.write(batch.items);
        writingNs += writing.nsecsElapsed();
        if (!report)
            return report.error();
        checkpoint.afterCommit();
        summary.skipped +=
            report.value().duplicates + report.value().noise + report.value().orphanReplies;
        freeElsewhere(freeing, std::move(batch));
        return {};
    };
    const auto writeWhenAnalysed = [&](std::future<ParsedBatch> &analysed) {
        QElapsedTimer waiting;
        waiting.start();
        analysed.wait();
        waitingNs += waiting.nsecsElapsed();
        return write(analysed.get());
    };

    // Two cores at work: while one batch is written here, the next is read, parsed and
    // analysed (language, category) on a worker thread. Order is kept: batches are written as
    // read. This thread only cuts the input into chunks of whole lines.
    std::future<ParsedBatch> next;
    RawChunk chunk;
    qint64 linesInChunk = 0;
    int batchesStarted = 0;
    bool atEnd = false;
    while (!atEnd) {
        const QByteArray block = in.read(READ_BLOCK_BYTES);
        atEnd = block.isEmpty();
        chunk.bytes += block;
        linesInChunk += block.count('\n');
        // Small batches first, so that writing starts at once (and the inbox fills early);
        // then large ones, which write fastest.
        if (linesInChunk < batchLines(batchesStarted) && !atEnd)
            continue;
        const qsizetype cut = atEnd ? chunk.bytes.size() : chunk.bytes.lastIndexOf('\n') + 1;
        RawChunk rest{chunk.firstLine + linesInChunk, chunk.bytes.sliced(cut)};
        chunk.bytes.truncate(cut);
        std::future<ParsedBatch> parsing =
            std::async(std::launch::async, parseAndAnalyze, std::move(chunk), std::cref(m_triage));
        ++batchesStarted;
        chunk = std::move(rest);
        linesInChunk = 0;
        if (next.valid()) {
            if (auto written = writeWhenAnalysed(next); !written)
                return written.error();
        }
        next = std::move(parsing);
    }
    if (next.valid()) {
        if (auto written = writeWhenAnalysed(next); !written)
            return written.error();
    }

    logTimes(writingNs, analysingNs, waitingNs, summary);
    if (auto history = resolveHistory(lastBefore.value(), summary); !history)
        return history.error();
    if (auto filled = fillCounts(before.value(), summary); !filled)
        return filled.error();
    return summary;
}

namespace {

// The brand account a tweet text addresses: the first @mention that names one (handles are
// case-insensitive on X).
QString mentionedBrand(const QString &text, const QHash<QString, QString> &brandsByFoldedHandle)
{
    for (qsizetype at = text.indexOf(u'@'); at >= 0; at = text.indexOf(u'@', at + 1)) {
        qsizetype end = at + 1;
        while (end < text.size() && (text.at(end).isLetterOrNumber() || text.at(end) == u'_'))
            ++end;
        const auto brand =
            brandsByFoldedHandle.constFind(text.mid(at + 1, end - at - 1).toCaseFolded());
        if (brand != brandsByFoldedHandle.cend())
            return brand.value();
    }
    return QString();
}

// The rows of the archive in the file's order; bad rows are counted as skipped.
std::vector<TweetCsvRow> readRows(TweetCsvReader &reader, ImportSummary &summary)
{
    std::vector<TweetCsvRow> rows;
    while (auto next = reader.next()) {
        if (!*next) {
            ++summary.skipped;
            summary.errors.append(next->error().userMessage);
            continue;
        }
        rows.push_back(std::move(next->value()));
    }
    return rows;
}

// Oldest first, so that each reply comes after what it answers. Tweet ids grow with time; they
// break ties between tweets of the same second.
void sortOldestFirst(std::vector<TweetCsvRow> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const TweetCsvRow &a, const TweetCsvRow &b) {
        if (a.createdAt != b.createdAt)
            return a.createdAt < b.createdAt;
        if (a.tweetId.size() != b.tweetId.size())
            return a.tweetId.size() < b.tweetId.size();
        return a.tweetId < b.tweetId;
    });
}

// Who the brands are, and which tweets are theirs.
struct Brands
{
    QHash<QString, QString> ofTweet;
    QHash<QString, QString> byFoldedHandle;
};

Brands brandsOf(const std::vector<TweetCsvRow> &rows)
{
    Brands brands;
    for (const TweetCsvRow &row : rows) {
        if (!row.inbound) {
            brands.ofTweet.insert(row.tweetId, row.authorId);
            brands.byFoldedHandle.insert(row.authorId.toCaseFolded(), row.authorId);
        }
    }
    return brands;
}

// The brand whose channel a row goes to: its author for the brand's own tweets; for a
// customer's, the brand it answers (or that answered what it answers), that answered it, or
// that it mentions. Empty: none. `channelOfTweet` keeps where customers' tweets went.
QString brandOfRow(const TweetCsvRow &row, const Brands &brands,
                   QHash<QString, QString> &channelOfTweet)
{
    if (!row.inbound)
        return row.authorId;
    QString brand = brands.ofTweet.value(row.inResponseToTweetId,
                                         channelOfTweet.value(row.inResponseToTweetId));
    for (qsizetype i = 0; brand.isEmpty() && i < row.responseTweetIds.size(); ++i)
        brand = brands.ofTweet.value(row.responseTweetIds.at(i));
    if (brand.isEmpty())
        brand = mentionedBrand(row.text, brands.byFoldedHandle);
    if (!brand.isEmpty())
        channelOfTweet.insert(row.tweetId, brand);
    return brand;
}

Sdk::InboundItem itemOf(TweetCsvRow &&row)
{
    Sdk::InboundItem item;
    item.platformId = row.tweetId;
    item.inReplyToId = row.inResponseToTweetId;
    item.text = std::move(row.text);
    item.createdAt = row.createdAt;
    item.fromChannel = !row.inbound;
    if (row.inbound) {
        // Archives carry no profile: the id stands in for the handle until the customer
        // writes again through a live channel.
        item.author.platformUserId = row.authorId;
        item.author.handle = row.authorId;
    }
    return item;
}

} // namespace

Core::Result<ImportSummary> Importer::importTweetCsv(QIODevice &in)
{
    ImportSummary summary;
    TweetCsvReader reader(in);
    if (auto header = reader.readHeader(); !header)
        return header.error();

    std::vector<TweetCsvRow> rows = readRows(reader, summary);
    const Brands brands = brandsOf(rows);
    sortOldestFirst(rows);

    auto before = counts();
    if (!before)
        return before.error();
    auto lastBefore = lastMessageId();
    if (!lastBefore)
        return lastBefore.error();
    IngestPipeline pipeline(m_db, m_clock, m_triage);
    Storage::BackgroundCheckpoint checkpoint(m_db);
    QHash<QString, qint64> channelIds;
    QHash<QString, QString> channelOfTweet; // customers' tweets: the brand they were routed to
    // As with JSON Lines: while one batch is written here, the next is analysed on a worker.
    QList<RoutedItem> batch;
    std::future<QList<AnalyzedItem>> analysing;
    std::future<void> freeing;
    const auto writeAnalysed = [&]() -> Core::Result<void> {
        if (!analysing.valid())
            return {};
        QList<AnalyzedItem> analysed = analysing.get();
        auto report = pipeline.write(analysed);
        freeElsewhere(freeing, std::move(analysed));
        if (!report)
            return report.error();
        checkpoint.afterCommit();
        summary.skipped +=
            report.value().duplicates + report.value().noise + report.value().orphanReplies;
        return {};
    };
    const auto flush = [&]() -> Core::Result<void> {
        std::future<QList<AnalyzedItem>> next =
            std::async(std::launch::async, &IngestPipeline::analyze, std::cref(m_triage),
                       std::exchange(batch, {}));
        auto written = writeAnalysed();
        analysing = std::move(next);
        return written;
    };

    for (TweetCsvRow &row : rows) {
        const QString brand = brandOfRow(row, brands, channelOfTweet);
        if (brand.isEmpty()) {
            ++summary.skipped;
            summary.errors.append(Tr::tr("Line %1 of the tweet archive was skipped: no brand "
                                         "account answers or is mentioned in it.")
                                      .arg(row.line));
            continue;
        }
        auto channelId = channelIds.constFind(brand);
        if (channelId == channelIds.cend()) {
            auto created = channelFor(QStringLiteral("twitter"), brand);
            if (!created)
                return created.error();
            channelId = channelIds.insert(brand, created.value());
        }

        batch.append({channelId.value(), QStringLiteral("twitter"), itemOf(std::move(row))});
        if (batch.size() >= BATCH_SIZE) {
            if (auto flushed = flush(); !flushed)
                return flushed.error();
        }
    }
    if (auto flushed = flush(); !flushed)
        return flushed.error();
    if (auto written = writeAnalysed(); !written)
        return written.error();
    if (auto history = resolveHistory(lastBefore.value(), summary); !history)
        return history.error();
    if (auto filled = fillCounts(before.value(), summary); !filled)
        return filled.error();
    return summary;
}

} // namespace CareDesk::Ingest

#include "IngestPipeline.h"

#include "Clock.h"
#include "Logging.h"
#include "storage/IngestWriter.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlError>

#include <optional>

namespace CareDesk::Ingest {

using namespace CareDesk::Core;
using Storage::IngestWriter;

namespace {

Error saveError(const QString &detail)
{
    return Error{
        QCoreApplication::translate("CareDesk::Ingest", "New messages could not be saved."),
        detail};
}

qint64 toMs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromMs(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

// One batch as the pipeline sees it: what each item is (noise, the channel's own reply, a
// customer's message), which conversation it joins and how urgent that makes it. The storage
// writer stores what is decided here, in the batch's transaction.
class Batch final
{
public:
    Batch(IngestWriter &writer, const Triage::TriageEngine &triage, QDateTime now,
          IngestReport &report)
        : m_writer(writer)
        , m_triage(triage)
        , m_now(std::move(now))
        , m_report(report)
    {}

    Result<void> addInbound(const AnalyzedItem &analyzed);
    Result<void> addChannelReply(const AnalyzedItem &analyzed);

private:
    qint64 createdAtMs(const Sdk::InboundItem &item) const
    {
        return toMs(item.createdAt.isValid() ? item.createdAt : m_now);
    }
    Result<bool> setAsideAsNoise(const AnalyzedItem &analyzed,
                                 const IngestWriter::Identity &identity, qint64 createdAtMs);
    Result<std::optional<qint64>> threadOf(const AnalyzedItem &analyzed,
                                           const IngestWriter::Identity &identity);
    Triage::TriageInput triageInput(const Sdk::InboundItem &item,
                                    const IngestWriter::Identity &identity,
                                    const IngestWriter::Conversation *state) const;
    Result<IngestWriter::Conversation *> startConversation(const AnalyzedItem &analyzed,
                                                           const IngestWriter::Identity &identity,
                                                           const Triage::TriageResult &triage,
                                                           qint64 createdAtMs);
    static void join(IngestWriter::Conversation &state, const Triage::TriageResult &triage);

    IngestWriter &m_writer;
    const Triage::TriageEngine &m_triage;
    const QDateTime m_now; // a batch is stored at one moment: its transaction's
    IngestReport &m_report;
};

Result<void> Batch::addInbound(const AnalyzedItem &analyzed)
{
    const qint64 channelId = analyzed.routed.channelId;
    const Sdk::InboundItem &item = analyzed.routed.item;
    auto stored = m_writer.alreadyStored(channelId, item.platformId);
    if (!stored)
        return stored.error();
    if (stored.value()) {
        ++m_report.duplicates;
        return {};
    }

    const qint64 createdAt = createdAtMs(item);
    const Triage::TextAnalysis &analysis = analyzed.text.analysis;
    const QString textLanguage =
        analysis.language.isKnown() ? analysis.language.code : QStringLiteral("und");
    auto identityFound = m_writer.identityOf(analyzed.routed.platform, item.author, textLanguage);
    if (!identityFound)
        return identityFound.error();
    IngestWriter::Identity &identity = *identityFound.value();
    auto noise = setAsideAsNoise(analyzed, identity, createdAt);
    if (!noise)
        return noise.error();
    if (noise.value())
        return {};

    auto threaded = threadOf(analyzed, identity);
    if (!threaded)
        return threaded.error();
    IngestWriter::Conversation *state = nullptr;
    if (const std::optional<qint64> conversationId = threaded.value()) {
        auto found = m_writer.conversationState(*conversationId);
        if (!found)
            return found.error();
        state = found.value();
    }
    const Triage::TriageResult triage =
        m_triage.score(analysis, triageInput(item, identity, state));
    const QString &language = triage.language.code;
    if (triage.language.isKnown() && language != identity.language) {
        if (auto ok = m_writer.setCustomerLanguage(identity, language); !ok)
            return ok;
    }
    if (state) {
        join(*state, triage);
    } else {
        auto started = startConversation(analyzed, identity, triage, createdAt);
        if (!started)
            return started.error();
        state = started.value();
    }

    if (auto inserted = m_writer.insertMessage(state->id, channelId, item, analyzed.text.utf8,
                                               identity.identityId, language, triage.category,
                                               identity.searchName, createdAt);
        !inserted)
        return inserted;
    m_writer.rememberText(identity, analyzed.text.hash, item.text, createdAt);
    ++state->openInbound;
    if (!state->waitingSinceMs || createdAt < state->waitingSinceMs)
        state->waitingSinceMs = createdAt;
    ++m_report.added;
    return {};
}

// Reposts and the same text sent again are kept for the record, never as work.
Result<bool> Batch::setAsideAsNoise(const AnalyzedItem &analyzed,
                                    const IngestWriter::Identity &identity, qint64 createdAtMs)
{
    const Sdk::InboundItem &item = analyzed.routed.item;
    auto duplicate =
        m_writer.isRecentDuplicate(identity, analyzed.text.hash, item.text, analyzed.text.utf8,
                                   createdAtMs, IngestPipeline::DUPLICATE_WINDOW_SECS * 1000);
    if (!duplicate)
        return duplicate.error();
    if (!item.isRepost && !duplicate.value())
        return false;
    ++m_report.noise;
    if (auto ok = m_writer.insertNoise(analyzed.routed.channelId, item.platformId, item.isRepost,
                                       identity.identityId, analyzed.text.utf8, createdAtMs);
        !ok)
        return ok.error();
    return true;
}

// Threading: a reply joins the conversation of what it answers; then the platform's thread;
// then the customer's open conversation on this channel; none: it starts a new conversation.
Result<std::optional<qint64>> Batch::threadOf(const AnalyzedItem &analyzed,
                                              const IngestWriter::Identity &identity)
{
    auto linked = m_writer.linkedConversation(analyzed.routed.channelId, analyzed.routed.item);
    if (!linked || linked.value())
        return linked;
    return m_writer.openConversationOf(identity, analyzed.routed.channelId);
}

Triage::TriageInput Batch::triageInput(const Sdk::InboundItem &item,
                                       const IngestWriter::Identity &identity,
                                       const IngestWriter::Conversation *state) const
{
    Triage::TriageInput input;
    input.customerLanguage = identity.language;
    input.followers = item.author.followers;
    input.verified = item.author.verified;
    input.tier = identity.tier;
    input.existingCustomer = identity.existingCustomer;
    input.crmTier = identity.crmTier;
    input.now = m_now;
    if (state) {
        input.earlierUnanswered = state->openInbound;
        input.waitingSince = fromMs(state->waitingSinceMs);
        input.slaDue = fromMs(state->slaDueMs);
    }
    return input;
}

Result<IngestWriter::Conversation *>
Batch::startConversation(const AnalyzedItem &analyzed, const IngestWriter::Identity &identity,
                         const Triage::TriageResult &triage, qint64 createdAtMs)
{
    const Sdk::InboundItem &item = analyzed.routed.item;
    IngestWriter::NewConversation conversation;
    conversation.channelId = analyzed.routed.channelId;
    conversation.customerId = identity.customerId;
    conversation.threadKey = item.threadId.isEmpty() ? item.platformId : item.threadId;
    conversation.language = triage.language.code;
    conversation.category = triage.category;
    conversation.actionable = triage.actionable;
    conversation.priority = triage.priority;
    conversation.reasons = triage.reasons;
    conversation.slaDueMs = m_triage.slaPolicy().dueFromMs(createdAtMs);
    conversation.createdAtMs = createdAtMs;
    auto started = m_writer.insertConversation(conversation);
    if (started)
        ++m_report.newConversations;
    return started;
}

// A conversation is as urgent as its most urgent open message, and a thank-you or an aside
// does not overwrite the category of the request it follows.
void Batch::join(IngestWriter::Conversation &state, const Triage::TriageResult &triage)
{
    const bool keepCategory =
        !state.category.isEmpty() && state.category != u"other" && !triage.actionable;
    if (!keepCategory) {
        state.categoryChanged |=
            state.category != triage.category || state.actionable != triage.actionable;
        state.category = triage.category;
        state.actionable = triage.actionable;
        if (triage.priority >= state.priority) {
            state.priorityChanged |= triage.priority != state.priority;
            state.priority = triage.priority;
            state.newReasons = triage.reasons;
        }
    }
    state.changed = true; // reopened if it waited on the customer, and active now
}

Result<void> Batch::addChannelReply(const AnalyzedItem &analyzed)
{
    const qint64 channelId = analyzed.routed.channelId;
    const Sdk::InboundItem &item = analyzed.routed.item;
    auto stored = m_writer.alreadyStored(channelId, item.platformId);
    if (!stored)
        return stored.error();
    if (stored.value()) {
        ++m_report.duplicates;
        return {};
    }
    auto threaded = m_writer.linkedConversation(channelId, item);
    if (!threaded)
        return threaded.error();
    const std::optional<qint64> conversationId = threaded.value();
    // A post of the brand's own that answers no customer is not a conversation.
    if (!conversationId) {
        ++m_report.orphanReplies;
        return {};
    }
    const qint64 createdAt = createdAtMs(item);
    if (auto inserted = m_writer.insertMessage(*conversationId, channelId, item, analyzed.text.utf8,
                                               0, QString(), QString(), QByteArray(), createdAt);
        !inserted)
        return inserted;
    if (auto answered =
            m_writer.markAnswered(*conversationId, channelId, item.inReplyToId, createdAt);
        !answered)
        return answered;
    ++m_report.replies;
    return {};
}

} // namespace

IngestPipeline::IngestPipeline(QSqlDatabase db, const Clock &clock,
                               const Triage::TriageEngine &triage)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_triage(triage)
{}

IngestPipeline::~IngestPipeline() = default;

Result<IngestReport> IngestPipeline::ingest(qint64 channelId, const QString &platform,
                                            const QList<Sdk::InboundItem> &items)
{
    QList<RoutedItem> routed;
    routed.reserve(items.size());
    for (const Sdk::InboundItem &item : items)
        routed.append({channelId, platform, item});
    return ingest(routed);
}

Result<IngestReport> IngestPipeline::ingest(const QList<RoutedItem> &items)
{
    return write(analyze(m_triage, items));
}

PreparedText IngestPipeline::prepareText(const Triage::TriageEngine &triage,
                                         const Sdk::InboundItem &item)
{
    PreparedText prepared;
    if (!item.fromChannel && !item.isRepost)
        prepared.analysis = triage.analyzeText(item.text, item.languageHint);
    prepared.utf8 = item.text.toUtf8();
    // The seed every QHash of this process uses: a crafted flood cannot aim at its buckets.
    prepared.hash = qHash(item.text, QHashSeed::globalSeed());
    return prepared;
}

QList<AnalyzedItem> IngestPipeline::analyze(const Triage::TriageEngine &triage,
                                            QList<RoutedItem> items)
{
    QList<AnalyzedItem> analyzed;
    analyzed.reserve(items.size());
    for (RoutedItem &routed : items) {
        PreparedText text = prepareText(triage, routed.item);
        analyzed.append({std::move(routed), std::move(text)});
    }
    return analyzed;
}

Result<IngestReport> IngestPipeline::write(const QList<AnalyzedItem> &items)
{
    IngestReport report;
    if (items.isEmpty())
        return report;
    if (!m_writer) {
        sqlite3 *handle = Storage::sqliteHandle(m_db);
        if (!handle)
            return saveError(QStringLiteral("the workspace is not an SQLite database"));
        m_writer = std::make_unique<IngestWriter>(handle);
        if (const auto error = m_writer->prepareError()) {
            m_writer.reset();
            return saveError(*error);
        }
    }
    if (!m_db.transaction())
        return saveError(m_db.lastError().text());
    const QDateTime now = m_clock.now();
    if (auto begun = m_writer->beginBatch(items.size(), now); !begun) {
        m_db.rollback();
        return begun.error();
    }
    Batch batch(*m_writer, m_triage, now, report);
    for (const AnalyzedItem &analyzed : items) {
        auto result = analyzed.routed.item.fromChannel ? batch.addChannelReply(analyzed)
                                                       : batch.addInbound(analyzed);
        if (!result) {
            m_writer->forget();
            m_db.rollback();
            return result.error();
        }
    }
    if (auto flushed = m_writer->flushConversations(); !flushed) {
        m_writer->forget();
        m_db.rollback();
        return flushed.error();
    }
    if (!m_db.commit()) {
        const QString detail = m_db.lastError().text();
        m_writer->forget();
        m_db.rollback();
        return saveError(detail);
    }
    qCInfo(lcIngest) << "added" << report.added << "replies" << report.replies << "duplicates"
                     << report.duplicates << "noise" << report.noise;
    return report;
}

} // namespace CareDesk::Ingest

#include "IngestPipeline.h"

#include "Clock.h"
#include "Logging.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>

#include <array>
#include <memory>
#include <optional>

namespace CareDesk::Ingest {

using namespace CareDesk::Core;
using Storage::SqliteStatement;

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

} // namespace

// Writes analysed items with statements prepared once. What it learns about customers and
// conversations it remembers from batch to batch, as long as no other connection has written
// to the workspace in between (SQLite's data_version says so) and while the pipeline lives:
// the desktop app makes one pipeline per fetch, so agents' changes are always read afresh.
// A failed batch forgets everything, since what was learned may have been rolled back.
class IngestPipeline::Writer final
{
public:
    Writer(sqlite3 *db, const Clock &clock, const Triage::TriageEngine &triage);

    std::optional<QString> prepareError() const;
    // Call inside the batch's transaction, before writing.
    Result<void> beginBatch(qsizetype items);
    void forget();
    Result<void> writeInbound(const AnalyzedItem &analyzed, IngestReport &report);
    Result<void> writeChannelReply(const AnalyzedItem &analyzed, IngestReport &report);
    // Writes what this batch changed in its conversations; call before the commit.
    Result<void> flushConversations();

private:
    struct Identity
    {
        qint64 identityId = 0;
        qint64 customerId = 0;
        QString language;
        QString tier;
        bool newInBatch = false; // created by this pipeline: nothing older of theirs is stored
        Sdk::Author stored;      // the profile as the database has it now
        QByteArray searchName;   // its name and handle, as the search index keeps them
    };
    Result<void> updateProfile(Identity &identity, const Sdk::Author &author);
    // A conversation as this batch leaves it. Changes are written once, before the commit,
    // instead of once per message, and name only the columns that changed: SQLite moves the
    // row in every inbox index that holds a column the update sets, changed or not.
    struct Conversation
    {
        QString category;
        bool actionable = false;
        int priority = 0;
        int openInbound = 0;
        qint64 waitingSinceMs = 0;
        qint64 slaDueMs = 0;
        qint64 updatedAtMs = 0;         // as the row holds it
        bool waitingOnCustomer = false; // status 'pending': a new message reopens it
        // Written as JSON once, when the batch is flushed; none: the stored reasons stand.
        std::optional<QList<Triage::PriorityReason>> newReasons;
        bool changed = false; // a message of this batch joined it: it is active now
        bool categoryChanged = false;
        bool priorityChanged = false;
    };
    // UPDATE statements by the columns they set, prepared when first needed.
    enum ConversationChange {
        UPDATED = 1,
        CATEGORY = 2,
        PRIORITY = 4,
        REASONS = 8,
        REOPENED = 16,
        ALL_CHANGES = 32
    };
    using ChannelKey = QPair<qint64, QString>;
    // A text its author sent, found by the hash the worker computed: the writer never hashes
    // whole texts itself.
    struct SentText
    {
        qint64 identityId = 0;
        size_t textHash = 0;
        QString text;
        friend bool operator==(const SentText &a, const SentText &b)
        {
            return a.identityId == b.identityId && a.textHash == b.textHash && a.text == b.text;
        }
        friend size_t qHash(const SentText &key, size_t seed)
        {
            return qHashMulti(seed, key.identityId, key.textHash);
        }
    };

    Result<bool> alreadyStored(qint64 channelId, const QString &platformId);
    // Whether the channel held nothing when this pipeline first wrote to it: then all it holds
    // was written here, and is remembered.
    Result<bool> ownsChannel(qint64 channelId);
    Result<Identity *> identityOf(const QString &platform, const Sdk::Author &author,
                                  const QString &language);
    Result<bool> isRecentDuplicate(const SentText &sent, const Identity &identity,
                                   const QByteArray &textUtf8, qint64 createdAtMs);
    Result<std::optional<qint64>> conversationOfMessage(qint64 channelId,
                                                        const QString &platformId);
    Result<std::optional<qint64>> conversationByThread(qint64 channelId, const QString &threadKey);
    // The conversation the platform links an item to: what it replies to, else its thread.
    Result<std::optional<qint64>> linkedConversation(qint64 channelId,
                                                     const Sdk::InboundItem &item);
    Result<std::optional<qint64>> openConversationOf(const Identity &identity, qint64 channelId);
    Result<Conversation *> conversationState(qint64 conversationId);
    Result<void> flushConversation(qint64 conversationId, Conversation &state);
    // Stores the message and indexes it for search; `textUtf8` is the item's text in UTF-8.
    Result<void> insertMessage(qint64 conversationId, qint64 channelId,
                               const Sdk::InboundItem &item, const QByteArray &textUtf8,
                               qint64 identityId, const QString &language, const QString &category,
                               const QByteArray &customerUtf8, qint64 createdAtMs);
    static Result<void> check(const SqliteStatement &statement);
    static Result<std::optional<qint64>> lookup(SqliteStatement &statement);

    const Clock &m_clock;
    const Triage::TriageEngine &m_triage;
    SqliteStatement m_alreadyStored;
    SqliteStatement m_channelHoldsAny;
    SqliteStatement m_conversationOfMessage;
    SqliteStatement m_conversationByThread;
    SqliteStatement m_openConversation;
    SqliteStatement m_findIdentity;
    SqliteStatement m_updateIdentity;
    SqliteStatement m_insertCustomer;
    SqliteStatement m_insertIdentity;
    SqliteStatement m_recentDuplicate;
    SqliteStatement m_insertNoise;
    SqliteStatement m_conversationState;
    SqliteStatement m_setCustomerLanguage;
    SqliteStatement m_insertConversation;
    SqliteStatement m_insertMessage;
    SqliteStatement m_indexForSearch;
    std::array<std::unique_ptr<SqliteStatement>, ALL_CHANGES> m_updateConversation;
    SqliteStatement m_markMessageReplied;
    SqliteStatement m_markConversationReplied;
    SqliteStatement m_dataVersion;
    sqlite3 *m_db;
    qint64 m_seenDataVersion = -1;
    QDateTime m_batchNow; // a batch is stored at one moment: its transaction's

    QHash<QPair<QString, QString>, Identity> m_identities;
    QHash<ChannelKey, qint64> m_conversationOfStored;
    // A backlog imported into a new channel (the first import of a team's history) is never
    // looked up item by item: whether an item is stored, this pipeline knows.
    QHash<qint64, bool> m_ownsChannel;
    QSet<ChannelKey> m_noiseInOwnedChannels;
    QHash<QPair<qint64, qint64>, qint64> m_openConversations; // (customer, channel)
    QHash<qint64, Conversation> m_conversations;
    QHash<SentText, qint64> m_lastTextOf; // -> created at
};

IngestPipeline::Writer::Writer(sqlite3 *db, const Clock &clock, const Triage::TriageEngine &triage)
    : m_clock(clock)
    , m_triage(triage)
    , m_alreadyStored(
          db, "SELECT 1 FROM messages WHERE channel_id = ?1 AND platform_id = ?2"
              " UNION ALL SELECT 1 FROM noise WHERE channel_id = ?1 AND platform_id = ?2 LIMIT 1")
    , m_channelHoldsAny(db, "SELECT EXISTS(SELECT 1 FROM messages WHERE channel_id = ?1)"
                            " OR EXISTS(SELECT 1 FROM noise WHERE channel_id = ?1)")
    , m_conversationOfMessage(
          db, "SELECT conversation_id FROM messages WHERE channel_id = ? AND platform_id = ?")
    , m_conversationByThread(db,
                             "SELECT id FROM conversations WHERE channel_id = ? AND thread_key = ?"
                             " ORDER BY status = 'resolved', id DESC LIMIT 1")
    , m_openConversation(db, "SELECT id FROM conversations WHERE customer_id = ? AND channel_id = ?"
                             " AND status <> 'resolved' ORDER BY id DESC LIMIT 1")
    , m_findIdentity(
          db,
          "SELECT i.id, i.customer_id, i.handle, i.display_name, i.followers, i.verified,"
          " i.locale, c.language, c.tier FROM identities i JOIN customers c ON c.id = i.customer_id"
          " WHERE i.platform = ? AND i.platform_user_id = ?")
    , m_updateIdentity(
          db, "UPDATE identities SET handle = ?1, display_name = ?2, followers = ?3, verified = ?4,"
              " locale = CASE WHEN ?5 = '' THEN locale ELSE ?5 END WHERE id = ?6")
    , m_insertCustomer(db,
                       "INSERT INTO customers(display_name, created_at, language) VALUES(?, ?, ?)")
    , m_insertIdentity(
          db,
          "INSERT INTO identities(customer_id, platform, platform_user_id, handle, display_name,"
          " followers, verified, locale) VALUES(?, ?, ?, ?, ?, ?, ?, ?)")
    // Through the customer's conversations: messages carry no index by author, which every
    // stored message would pay for.
    , m_recentDuplicate(db,
                        "SELECT 1 FROM conversations c JOIN messages m ON m.conversation_id = c.id"
                        " WHERE c.customer_id = ?1 AND m.identity_id = ?2 AND m.created_at >= ?3"
                        " AND m.created_at <= ?4 AND m.text = ?5 LIMIT 1")
    , m_insertNoise(db, "INSERT OR IGNORE INTO noise(channel_id, platform_id, reason, identity_id, "
                        "text, created_at)"
                        " VALUES(?, ?, ?, ?, ?, ?)")
    , m_conversationState(
          db, "SELECT c.category, c.priority, c.sla_due, c.actionable, c.status = 'pending', "
              "c.updated_at,"
              " (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id"
              "   AND m.direction = 'in' AND m.addressed = 'open'),"
              " (SELECT MIN(m.created_at) FROM messages m WHERE m.conversation_id = c.id"
              "   AND m.direction = 'in' AND m.addressed = 'open')"
              " FROM conversations c WHERE c.id = ?")
    , m_setCustomerLanguage(db, "UPDATE customers SET language = ? WHERE id = ?")
    , m_insertConversation(
          db, "INSERT INTO conversations(channel_id, customer_id, thread_key, language, priority,"
              " sla_due, created_at, updated_at, category, actionable, priority_reasons)"
              " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    , m_insertMessage(
          db,
          "INSERT INTO messages(conversation_id, channel_id, platform_id, direction, visibility,"
          " identity_id, text, language, created_at, reply_to, category)"
          " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    , m_indexForSearch(db, "INSERT INTO message_search(rowid, text, customer) VALUES(?, ?, ?)")
    // A reply answers the message it replies to and what the customer wrote before it on the
    // same side (public or private) and left open: one answer to two tweets answers both.
    , m_markMessageReplied(
          db,
          "UPDATE messages SET addressed = 'replied' WHERE id IN ("
          " SELECT o.id FROM messages t JOIN messages o ON o.conversation_id = t.conversation_id"
          " WHERE t.channel_id = ?1 AND t.platform_id = ?2 AND t.direction = 'in'"
          " AND (o.id = t.id OR (o.direction = 'in' AND o.addressed = 'open'"
          "      AND o.visibility = t.visibility AND o.created_at <= t.created_at)))")
    , m_markConversationReplied(
          db, "UPDATE conversations SET first_response_at = COALESCE(first_response_at, ?1),"
              " status = CASE WHEN status = 'resolved' THEN status"
              "   WHEN EXISTS(SELECT 1 FROM messages m WHERE m.conversation_id = conversations.id"
              "               AND m.direction = 'in' AND m.addressed = 'open') THEN 'open'"
              "   ELSE 'pending' END,"
              " updated_at = ?2 WHERE id = ?3")
    , m_dataVersion(db, "PRAGMA data_version")
    , m_db(db)
{}

std::optional<QString> IngestPipeline::Writer::prepareError() const
{
    for (const SqliteStatement *statement :
         {&m_alreadyStored, &m_channelHoldsAny, &m_conversationOfMessage, &m_conversationByThread,
          &m_openConversation, &m_findIdentity, &m_updateIdentity, &m_insertCustomer,
          &m_insertIdentity, &m_recentDuplicate, &m_insertNoise, &m_conversationState,
          &m_setCustomerLanguage, &m_insertConversation, &m_insertMessage, &m_indexForSearch,
          &m_markMessageReplied, &m_markConversationReplied, &m_dataVersion}) {
        if (statement->failed())
            return statement->error();
    }
    return std::nullopt;
}

Result<void> IngestPipeline::Writer::beginBatch(qsizetype items)
{
    auto version = lookup(m_dataVersion);
    if (!version)
        return version.error();
    const qint64 current = version.value().value_or(-1);
    // A long import would otherwise hold every text it has seen.
    constexpr qsizetype MAX_REMEMBERED_TEXTS = 200000;
    if (current != m_seenDataVersion || m_lastTextOf.size() > MAX_REMEMBERED_TEXTS)
        forget();
    m_seenDataVersion = current;
    m_batchNow = m_clock.now();
    m_conversationOfStored.reserve(m_conversationOfStored.size() + items);
    m_lastTextOf.reserve(m_lastTextOf.size() + items);
    return {};
}

void IngestPipeline::Writer::forget()
{
    m_identities.clear();
    m_conversationOfStored.clear();
    m_ownsChannel.clear();
    m_noiseInOwnedChannels.clear();
    m_openConversations.clear();
    m_conversations.clear();
    m_lastTextOf.clear();
}

Result<void> IngestPipeline::Writer::check(const SqliteStatement &statement)
{
    if (statement.failed())
        return saveError(statement.error());
    return {};
}

Result<std::optional<qint64>> IngestPipeline::Writer::lookup(SqliteStatement &statement)
{
    auto found = statement.lookupInt64();
    if (!found)
        return saveError(found.error().detail);
    return found;
}

Result<bool> IngestPipeline::Writer::alreadyStored(qint64 channelId, const QString &platformId)
{
    if (m_conversationOfStored.contains({channelId, platformId}))
        return true;
    auto owned = ownsChannel(channelId);
    if (!owned)
        return owned.error();
    if (owned.value())
        return m_noiseInOwnedChannels.contains({channelId, platformId});
    m_alreadyStored.bind(1, channelId);
    m_alreadyStored.bind(2, platformId);
    auto found = lookup(m_alreadyStored);
    if (!found)
        return found.error();
    return found.value().has_value();
}

Result<bool> IngestPipeline::Writer::ownsChannel(qint64 channelId)
{
    if (const auto known = m_ownsChannel.constFind(channelId); known != m_ownsChannel.cend())
        return known.value();
    m_channelHoldsAny.bind(1, channelId);
    auto holdsAny = lookup(m_channelHoldsAny);
    if (!holdsAny)
        return holdsAny.error();
    const bool owned = holdsAny.value().value_or(1) == 0;
    m_ownsChannel.insert(channelId, owned);
    return owned;
}

Result<IngestPipeline::Writer::Identity *>
IngestPipeline::Writer::identityOf(const QString &platform, const Sdk::Author &author,
                                   const QString &language)
{
    const QPair<QString, QString> key{platform, author.platformUserId};
    if (const auto known = m_identities.find(key); known != m_identities.end()) {
        if (auto updated = updateProfile(known.value(), author); !updated)
            return updated.error();
        return &known.value();
    }

    Identity identity;
    m_findIdentity.bind(1, platform);
    m_findIdentity.bind(2, author.platformUserId);
    if (m_findIdentity.step()) {
        identity.identityId = m_findIdentity.int64(0);
        identity.customerId = m_findIdentity.int64(1);
        identity.stored.handle = m_findIdentity.text(2);
        identity.stored.displayName = m_findIdentity.text(3);
        identity.stored.followers = m_findIdentity.int64(4);
        identity.stored.verified = m_findIdentity.int64(5) != 0;
        identity.stored.locale = m_findIdentity.text(6);
        identity.language = m_findIdentity.text(7);
        identity.tier = m_findIdentity.text(8);
        m_findIdentity.reset();
        if (auto updated = updateProfile(identity, author); !updated)
            return updated.error();
    } else {
        m_findIdentity.reset();
        if (auto ok = check(m_findIdentity); !ok)
            return ok.error();
        m_insertCustomer.bind(1, author.displayName.isEmpty() ? author.handle : author.displayName);
        m_insertCustomer.bind(2, toMs(m_batchNow));
        m_insertCustomer.bind(3, language);
        if (auto ok = m_insertCustomer.exec(); !ok)
            return saveError(ok.error().detail);
        identity.customerId = m_insertCustomer.lastInsertId();
        m_insertIdentity.bind(1, identity.customerId);
        m_insertIdentity.bind(2, platform);
        m_insertIdentity.bind(3, author.platformUserId);
        m_insertIdentity.bind(4, author.handle);
        m_insertIdentity.bind(5, author.displayName);
        m_insertIdentity.bind(6, author.followers);
        m_insertIdentity.bind(7, author.verified ? 1 : 0);
        m_insertIdentity.bind(8, author.locale);
        if (auto ok = m_insertIdentity.exec(); !ok)
            return saveError(ok.error().detail);
        identity.identityId = m_insertIdentity.lastInsertId();
        identity.stored = author;
        identity.language = language;
        identity.newInBatch = true;
    }
    if (identity.searchName.isEmpty())
        identity.searchName =
            (identity.stored.displayName + QLatin1Char(' ') + identity.stored.handle).toUtf8();
    return &m_identities.insert(key, identity).value();
}

// Handles, names and follower counts change; keep the newest the platform told us.
Result<void> IngestPipeline::Writer::updateProfile(Identity &identity, const Sdk::Author &author)
{
    const Sdk::Author &stored = identity.stored;
    const bool changed =
        stored.handle != author.handle || stored.displayName != author.displayName ||
        stored.followers != author.followers || stored.verified != author.verified ||
        (!author.locale.isEmpty() && stored.locale != author.locale);
    if (!changed)
        return {};
    m_updateIdentity.bind(1, author.handle);
    m_updateIdentity.bind(2, author.displayName);
    m_updateIdentity.bind(3, author.followers);
    m_updateIdentity.bind(4, author.verified ? 1 : 0);
    m_updateIdentity.bind(5, author.locale);
    m_updateIdentity.bind(6, identity.identityId);
    if (auto ok = m_updateIdentity.exec(); !ok)
        return saveError(ok.error().detail);
    const QString locale = author.locale.isEmpty() ? stored.locale : author.locale;
    identity.stored = author;
    identity.stored.locale = locale;
    identity.searchName = (author.displayName + QLatin1Char(' ') + author.handle).toUtf8();
    return {};
}

Result<bool> IngestPipeline::Writer::isRecentDuplicate(const SentText &sent,
                                                       const Identity &identity,
                                                       const QByteArray &textUtf8,
                                                       qint64 createdAtMs)
{
    const qint64 window = DUPLICATE_WINDOW_SECS * 1000;
    const auto last = m_lastTextOf.constFind(sent);
    if (last != m_lastTextOf.cend() && qAbs(createdAtMs - last.value()) <= window)
        return true;
    if (identity.newInBatch)
        return false;
    m_recentDuplicate.bind(1, identity.customerId);
    m_recentDuplicate.bind(2, identity.identityId);
    m_recentDuplicate.bind(3, createdAtMs - window);
    m_recentDuplicate.bind(4, createdAtMs);
    m_recentDuplicate.bindUtf8(5, textUtf8);
    auto found = lookup(m_recentDuplicate);
    if (!found)
        return found.error();
    return found.value().has_value();
}

Result<std::optional<qint64>>
IngestPipeline::Writer::conversationOfMessage(qint64 channelId, const QString &platformId)
{
    if (const auto known = m_conversationOfStored.constFind({channelId, platformId});
        known != m_conversationOfStored.cend())
        return std::optional<qint64>(known.value());
    m_conversationOfMessage.bind(1, channelId);
    m_conversationOfMessage.bind(2, platformId);
    return lookup(m_conversationOfMessage);
}

Result<std::optional<qint64>> IngestPipeline::Writer::conversationByThread(qint64 channelId,
                                                                           const QString &threadKey)
{
    m_conversationByThread.bind(1, channelId);
    m_conversationByThread.bind(2, threadKey);
    return lookup(m_conversationByThread);
}

Result<std::optional<qint64>>
IngestPipeline::Writer::linkedConversation(qint64 channelId, const Sdk::InboundItem &item)
{
    if (!item.inReplyToId.isEmpty()) {
        auto parent = conversationOfMessage(channelId, item.inReplyToId);
        if (!parent || parent.value())
            return parent;
    }
    if (!item.threadId.isEmpty())
        return conversationByThread(channelId, item.threadId);
    return std::optional<qint64>();
}

Result<std::optional<qint64>> IngestPipeline::Writer::openConversationOf(const Identity &identity,
                                                                         qint64 channelId)
{
    if (const auto known = m_openConversations.constFind({identity.customerId, channelId});
        known != m_openConversations.cend())
        return std::optional<qint64>(known.value());
    if (identity.newInBatch)
        return std::optional<qint64>();
    m_openConversation.bind(1, identity.customerId);
    m_openConversation.bind(2, channelId);
    return lookup(m_openConversation);
}

Result<IngestPipeline::Writer::Conversation *>
IngestPipeline::Writer::conversationState(qint64 conversationId)
{
    if (const auto known = m_conversations.find(conversationId); known != m_conversations.end())
        return &known.value();
    m_conversationState.bind(1, conversationId);
    if (!m_conversationState.step()) {
        m_conversationState.reset();
        if (auto ok = check(m_conversationState); !ok)
            return ok.error();
        return saveError(
            QStringLiteral("conversation %1 vanished during ingest").arg(conversationId));
    }
    Conversation state;
    state.category = m_conversationState.text(0);
    state.priority = static_cast<int>(m_conversationState.int64(1));
    state.slaDueMs = m_conversationState.int64(2);
    state.actionable = m_conversationState.int64(3) != 0;
    state.waitingOnCustomer = m_conversationState.int64(4) != 0;
    state.updatedAtMs = m_conversationState.int64(5);
    state.openInbound = static_cast<int>(m_conversationState.int64(6));
    state.waitingSinceMs = m_conversationState.isNull(7) ? 0 : m_conversationState.int64(7);
    m_conversationState.reset();
    return &m_conversations.insert(conversationId, state).value();
}

Result<void> IngestPipeline::Writer::insertMessage(qint64 conversationId, qint64 channelId,
                                                   const Sdk::InboundItem &item,
                                                   const QByteArray &textUtf8, qint64 identityId,
                                                   const QString &language, const QString &category,
                                                   const QByteArray &customerUtf8,
                                                   qint64 createdAtMs)
{
    m_insertMessage.bind(1, conversationId);
    m_insertMessage.bind(2, channelId);
    m_insertMessage.bind(3, item.platformId);
    m_insertMessage.bindUtf8(4, item.fromChannel ? "out" : "in");
    m_insertMessage.bindUtf8(5, item.isPublic() ? "public" : "private");
    if (identityId)
        m_insertMessage.bind(6, identityId);
    else
        m_insertMessage.bindNull(6);
    m_insertMessage.bindUtf8(7, textUtf8);
    if (language.isEmpty())
        m_insertMessage.bindUtf8(8, "und");
    else
        m_insertMessage.bind(8, language);
    m_insertMessage.bind(9, createdAtMs);
    m_insertMessage.bind(10, item.inReplyToId);
    m_insertMessage.bind(11, category);
    if (auto ok = m_insertMessage.exec(); !ok)
        return saveError(ok.error().detail);
    m_indexForSearch.bind(1, m_insertMessage.lastInsertId());
    m_indexForSearch.bindUtf8(2, textUtf8);
    m_indexForSearch.bindUtf8(3, customerUtf8);
    if (auto ok = m_indexForSearch.exec(); !ok)
        return saveError(ok.error().detail);
    m_conversationOfStored.insert({channelId, item.platformId}, conversationId);
    return {};
}

Result<void> IngestPipeline::Writer::writeInbound(const AnalyzedItem &analyzed,
                                                  IngestReport &report)
{
    const qint64 channelId = analyzed.routed.channelId;
    const Sdk::InboundItem &item = analyzed.routed.item;
    auto stored = alreadyStored(channelId, item.platformId);
    if (!stored)
        return stored.error();
    if (stored.value()) {
        ++report.duplicates;
        return {};
    }

    const QDateTime &now = m_batchNow;
    const qint64 createdAtMs = toMs(item.createdAt.isValid() ? item.createdAt : now);
    const Triage::TextAnalysis &analysis = analyzed.text.analysis;
    const QString textLanguage =
        analysis.language.isKnown() ? analysis.language.code : QStringLiteral("und");
    auto identityFound = identityOf(analyzed.routed.platform, item.author, textLanguage);
    if (!identityFound)
        return identityFound.error();
    Identity &identity = *identityFound.value();

    // Reposts and the same text sent again are kept for the record, never as work.
    const QByteArray &textUtf8 = analyzed.text.utf8;
    const SentText sent{identity.identityId, analyzed.text.hash, item.text};
    auto duplicate = isRecentDuplicate(sent, identity, textUtf8, createdAtMs);
    if (!duplicate)
        return duplicate.error();
    if (item.isRepost || duplicate.value()) {
        ++report.noise;
        m_insertNoise.bind(1, channelId);
        m_insertNoise.bind(2, item.platformId);
        m_insertNoise.bindUtf8(3, item.isRepost ? "repost" : "duplicate");
        m_insertNoise.bind(4, identity.identityId);
        m_insertNoise.bindUtf8(5, textUtf8);
        m_insertNoise.bind(6, createdAtMs);
        if (auto ok = m_insertNoise.exec(); !ok)
            return saveError(ok.error().detail);
        if (m_ownsChannel.value(channelId))
            m_noiseInOwnedChannels.insert({channelId, item.platformId});
        return {};
    }

    // Threading: a reply joins the conversation of what it answers; then the platform's thread;
    // then the customer's open conversation on this channel; else a new conversation.
    auto threaded = linkedConversation(channelId, item);
    if (!threaded)
        return threaded.error();
    std::optional<qint64> conversationId = threaded.value();
    const QString threadKey = item.threadId.isEmpty() ? item.platformId : item.threadId;
    if (!conversationId) {
        auto open = openConversationOf(identity, channelId);
        if (!open)
            return open.error();
        conversationId = open.value();
    }

    Triage::TriageInput input;
    input.customerLanguage = identity.language;
    input.followers = item.author.followers;
    input.verified = item.author.verified;
    input.tier = identity.tier;
    input.now = now;
    Conversation *state = nullptr;
    if (conversationId) {
        auto found = conversationState(*conversationId);
        if (!found)
            return found.error();
        state = found.value();
        input.earlierUnanswered = state->openInbound;
        input.waitingSince = fromMs(state->waitingSinceMs);
        input.slaDue = fromMs(state->slaDueMs);
    }
    const Triage::TriageResult triage = m_triage.score(analysis, input);
    const QString language = triage.language.code;
    if (triage.language.isKnown() && language != identity.language) {
        m_setCustomerLanguage.bind(1, language);
        m_setCustomerLanguage.bind(2, identity.customerId);
        if (auto ok = m_setCustomerLanguage.exec(); !ok)
            return saveError(ok.error().detail);
        identity.language = language;
    }

    if (!conversationId) {
        const qint64 slaDueMs = m_triage.slaPolicy().dueFromMs(createdAtMs);
        m_insertConversation.bind(1, channelId);
        m_insertConversation.bind(2, identity.customerId);
        m_insertConversation.bind(3, threadKey);
        m_insertConversation.bind(4, language);
        m_insertConversation.bind(5, triage.priority);
        m_insertConversation.bind(6, slaDueMs);
        m_insertConversation.bind(7, createdAtMs);
        m_insertConversation.bind(8, toMs(now));
        m_insertConversation.bind(9, triage.category);
        m_insertConversation.bind(10, triage.actionable ? 1 : 0);
        const QByteArray reasons = Triage::reasonsToJson(triage.reasons);
        m_insertConversation.bindUtf8(11, reasons);
        if (auto ok = m_insertConversation.exec(); !ok)
            return saveError(ok.error().detail);
        conversationId = m_insertConversation.lastInsertId();
        m_openConversations.insert({identity.customerId, channelId}, *conversationId);
        Conversation created;
        created.category = triage.category;
        created.actionable = triage.actionable;
        created.priority = triage.priority;
        created.slaDueMs = slaDueMs;
        created.updatedAtMs = toMs(now);
        state = &m_conversations.insert(*conversationId, created).value();
        ++report.newConversations;
    } else {
        // A conversation is as urgent as its most urgent open message, and a thank-you or an
        // aside does not overwrite the category of the request it follows.
        const bool keepCategory =
            !state->category.isEmpty() && state->category != u"other" && !triage.actionable;
        if (!keepCategory) {
            state->categoryChanged |=
                state->category != triage.category || state->actionable != triage.actionable;
            state->category = triage.category;
            state->actionable = triage.actionable;
            if (triage.priority >= state->priority) {
                state->priorityChanged |= triage.priority != state->priority;
                state->priority = triage.priority;
                state->newReasons = triage.reasons;
            }
        }
        state->changed = true; // reopened if it waited on the customer, and active now
    }

    if (auto inserted =
            insertMessage(*conversationId, channelId, item, textUtf8, identity.identityId, language,
                          triage.category, identity.searchName, createdAtMs);
        !inserted)
        return inserted.error();
    m_lastTextOf.insert(sent, createdAtMs);
    ++state->openInbound;
    if (!state->waitingSinceMs || createdAtMs < state->waitingSinceMs)
        state->waitingSinceMs = createdAtMs;
    ++report.added;
    return {};
}

Result<void> IngestPipeline::Writer::writeChannelReply(const AnalyzedItem &analyzed,
                                                       IngestReport &report)
{
    const qint64 channelId = analyzed.routed.channelId;
    const Sdk::InboundItem &item = analyzed.routed.item;
    auto stored = alreadyStored(channelId, item.platformId);
    if (!stored)
        return stored.error();
    if (stored.value()) {
        ++report.duplicates;
        return {};
    }
    auto threaded = linkedConversation(channelId, item);
    if (!threaded)
        return threaded.error();
    const std::optional<qint64> conversationId = threaded.value();
    // A post of the brand's own that answers no customer is not a conversation.
    if (!conversationId) {
        ++report.orphanReplies;
        return {};
    }
    const qint64 createdAtMs = toMs(item.createdAt.isValid() ? item.createdAt : m_batchNow);
    if (auto inserted = insertMessage(*conversationId, channelId, item, analyzed.text.utf8, 0,
                                      QString(), QString(), QByteArray(), createdAtMs);
        !inserted)
        return inserted.error();
    m_markMessageReplied.bind(1, channelId);
    m_markMessageReplied.bind(2, item.inReplyToId);
    if (auto ok = m_markMessageReplied.exec(); !ok)
        return saveError(ok.error().detail);
    m_markConversationReplied.bind(1, createdAtMs);
    m_markConversationReplied.bind(2, toMs(m_batchNow));
    m_markConversationReplied.bind(3, *conversationId);
    if (auto ok = m_markConversationReplied.exec(); !ok)
        return saveError(ok.error().detail);
    // Its open messages changed: write what the batch changed, then read it again when needed.
    if (const auto known = m_conversations.find(*conversationId); known != m_conversations.end()) {
        if (auto flushed = flushConversation(*conversationId, known.value()); !flushed)
            return flushed.error();
        m_conversations.erase(known);
    }
    ++report.replies;
    return {};
}

Result<void> IngestPipeline::Writer::flushConversation(qint64 conversationId, Conversation &state)
{
    if (!state.changed)
        return {};
    // The time is set only where the row does not hold it yet (a conversation this batch created
    // does): setting it again would move the row in the "newest" inbox index for nothing.
    const qint64 nowMs = toMs(m_batchNow);
    const int changes = (state.updatedAtMs != nowMs ? UPDATED : 0) |
                        (state.categoryChanged ? CATEGORY : 0) |
                        (state.priorityChanged ? PRIORITY : 0) | (state.newReasons ? REASONS : 0) |
                        (state.waitingOnCustomer ? REOPENED : 0);
    if (!changes) {
        state.changed = false;
        return {};
    }
    std::unique_ptr<SqliteStatement> &update = m_updateConversation[changes];
    if (!update) {
        QByteArrayList columns;
        if (changes & UPDATED)
            columns.append("updated_at = ?1");
        if (changes & CATEGORY)
            columns.append("category = ?2, actionable = ?3");
        if (changes & PRIORITY)
            columns.append("priority = ?4");
        if (changes & REASONS)
            columns.append("priority_reasons = ?5");
        if (changes & REOPENED)
            columns.append("status = 'open'");
        const QByteArray sql = "UPDATE conversations SET " + columns.join(", ") + " WHERE id = ?6";
        update = std::make_unique<SqliteStatement>(m_db, sql.constData());
        if (auto ok = check(*update); !ok) {
            update.reset();
            return ok;
        }
    }
    if (changes & UPDATED)
        update->bind(1, nowMs);
    if (changes & CATEGORY) {
        update->bind(2, state.category);
        update->bind(3, state.actionable ? 1 : 0);
    }
    if (changes & PRIORITY)
        update->bind(4, state.priority);
    // Bound without a copy: it must outlive the statement's step.
    const QByteArray reasons =
        state.newReasons ? Triage::reasonsToJson(*state.newReasons) : QByteArray();
    if (changes & REASONS)
        update->bindUtf8(5, reasons);
    update->bind(6, conversationId);
    if (auto ok = update->exec(); !ok)
        return saveError(ok.error().detail);
    state.updatedAtMs = nowMs;
    state.changed = state.categoryChanged = state.priorityChanged = state.waitingOnCustomer = false;
    state.newReasons.reset();
    return {};
}

Result<void> IngestPipeline::Writer::flushConversations()
{
    for (auto it = m_conversations.begin(); it != m_conversations.end(); ++it) {
        if (auto flushed = flushConversation(it.key(), it.value()); !flushed)
            return flushed;
    }
    return {};
}

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
        m_writer = std::make_unique<Writer>(handle, m_clock, m_triage);
        if (const auto error = m_writer->prepareError()) {
            m_writer.reset();
            return saveError(*error);
        }
    }
    if (!m_db.transaction())
        return saveError(m_db.lastError().text());
    if (auto begun = m_writer->beginBatch(items.size()); !begun) {
        m_db.rollback();
        return begun.error();
    }
    for (const AnalyzedItem &analyzed : items) {
        auto result = analyzed.routed.item.fromChannel
                          ? m_writer->writeChannelReply(analyzed, report)
                          : m_writer->writeInbound(analyzed, report);
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

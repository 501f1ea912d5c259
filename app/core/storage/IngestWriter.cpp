#include "IngestWriter.h"

#include <QCoreApplication>

namespace CareDesk::Storage {

using Core::Error;
using Core::Result;

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

Result<void> check(const SqliteStatement &statement)
{
    if (statement.failed())
        return saveError(statement.error());
    return {};
}

Result<std::optional<qint64>> lookup(SqliteStatement &statement)
{
    auto found = statement.lookupInt64();
    if (!found)
        return saveError(found.error().detail);
    return found;
}

} // namespace

IngestWriter::IngestWriter(sqlite3 *db)
    : m_alreadyStored(
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
          db, "SELECT i.id, i.customer_id, i.handle, i.display_name, i.followers, i.verified,"
              " i.locale, c.language, c.tier, l.customer_id IS NOT NULL, coalesce(l.tier, '')"
              " FROM identities i JOIN customers c ON c.id = i.customer_id"
              " LEFT JOIN customer_crm_links l ON l.customer_id = c.id"
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
          db, "SELECT c.category, c.priority, c.sla_due, c.actionable,"
              " c.status IN ('pending', 'resolved'), "
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

IngestWriter::~IngestWriter() = default;

std::optional<QString> IngestWriter::prepareError() const
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

Result<void> IngestWriter::beginBatch(qsizetype items, const QDateTime &now)
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
    m_batchNow = now;
    m_conversationOfStored.reserve(m_conversationOfStored.size() + items);
    m_lastTextOf.reserve(m_lastTextOf.size() + items);
    return {};
}

void IngestWriter::forget()
{
    m_identities.clear();
    m_conversationOfStored.clear();
    m_ownsChannel.clear();
    m_noiseInOwnedChannels.clear();
    m_openConversations.clear();
    m_conversations.clear();
    m_lastTextOf.clear();
}

Result<bool> IngestWriter::alreadyStored(qint64 channelId, const QString &platformId)
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

Result<bool> IngestWriter::ownsChannel(qint64 channelId)
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

Result<IngestWriter::Identity *> IngestWriter::identityOf(const QString &platform,
                                                          const Sdk::Author &author,
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
        identity.existingCustomer = m_findIdentity.int64(9) != 0;
        identity.crmTier = m_findIdentity.text(10);
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
Result<void> IngestWriter::updateProfile(Identity &identity, const Sdk::Author &author)
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

Result<bool> IngestWriter::isRecentDuplicate(const Identity &identity, size_t textHash,
                                             const QString &text, const QByteArray &textUtf8,
                                             qint64 createdAtMs, qint64 windowMs)
{
    const auto last = m_lastTextOf.constFind(SentText{identity.identityId, textHash, text});
    if (last != m_lastTextOf.cend() && qAbs(createdAtMs - last.value()) <= windowMs)
        return true;
    if (identity.newInBatch)
        return false;
    m_recentDuplicate.bind(1, identity.customerId);
    m_recentDuplicate.bind(2, identity.identityId);
    m_recentDuplicate.bind(3, createdAtMs - windowMs);
    m_recentDuplicate.bind(4, createdAtMs);
    m_recentDuplicate.bindUtf8(5, textUtf8);
    auto found = lookup(m_recentDuplicate);
    if (!found)
        return found.error();
    return found.value().has_value();
}

void IngestWriter::rememberText(const Identity &identity, size_t textHash, const QString &text,
                                qint64 createdAtMs)
{
    m_lastTextOf.insert(SentText{identity.identityId, textHash, text}, createdAtMs);
}

Result<void> IngestWriter::insertNoise(qint64 channelId, const QString &platformId, bool isRepost,
                                       qint64 identityId, const QByteArray &textUtf8,
                                       qint64 createdAtMs)
{
    m_insertNoise.bind(1, channelId);
    m_insertNoise.bind(2, platformId);
    m_insertNoise.bindUtf8(3, isRepost ? "repost" : "duplicate");
    m_insertNoise.bind(4, identityId);
    m_insertNoise.bindUtf8(5, textUtf8);
    m_insertNoise.bind(6, createdAtMs);
    if (auto ok = m_insertNoise.exec(); !ok)
        return saveError(ok.error().detail);
    if (m_ownsChannel.value(channelId))
        m_noiseInOwnedChannels.insert({channelId, platformId});
    return {};
}

Result<std::optional<qint64>> IngestWriter::conversationOfMessage(qint64 channelId,
                                                                  const QString &platformId)
{
    if (const auto known = m_conversationOfStored.constFind({channelId, platformId});
        known != m_conversationOfStored.cend())
        return std::optional<qint64>(known.value());
    m_conversationOfMessage.bind(1, channelId);
    m_conversationOfMessage.bind(2, platformId);
    return lookup(m_conversationOfMessage);
}

Result<std::optional<qint64>> IngestWriter::conversationByThread(qint64 channelId,
                                                                 const QString &threadKey)
{
    m_conversationByThread.bind(1, channelId);
    m_conversationByThread.bind(2, threadKey);
    return lookup(m_conversationByThread);
}

Result<std::optional<qint64>> IngestWriter::linkedConversation(qint64 channelId,
                                                               const Sdk::InboundItem &item)
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

Result<std::optional<qint64>> IngestWriter::openConversationOf(const Identity &identity,
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

Result<IngestWriter::Conversation *> IngestWriter::conversationState(qint64 conversationId)
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
    state.id = conversationId;
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

Result<void> IngestWriter::insertMessage(qint64 conversationId, qint64 channelId,
                                         const Sdk::InboundItem &item, const QByteArray &textUtf8,
                                         qint64 identityId, const QString &language,
                                         const QString &category, const QByteArray &customerUtf8,
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

Result<IngestWriter::Conversation *>
IngestWriter::insertConversation(const NewConversation &conversation)
{
    const qint64 nowMs = toMs(m_batchNow);
    m_insertConversation.bind(1, conversation.channelId);
    m_insertConversation.bind(2, conversation.customerId);
    m_insertConversation.bind(3, conversation.threadKey);
    m_insertConversation.bind(4, conversation.language);
    m_insertConversation.bind(5, conversation.priority);
    m_insertConversation.bind(6, conversation.slaDueMs);
    m_insertConversation.bind(7, conversation.createdAtMs);
    m_insertConversation.bind(8, nowMs);
    m_insertConversation.bind(9, conversation.category);
    m_insertConversation.bind(10, conversation.actionable ? 1 : 0);
    const QByteArray reasons = Triage::reasonsToJson(conversation.reasons);
    m_insertConversation.bindUtf8(11, reasons);
    if (auto ok = m_insertConversation.exec(); !ok)
        return saveError(ok.error().detail);
    Conversation created;
    created.id = m_insertConversation.lastInsertId();
    created.category = conversation.category;
    created.actionable = conversation.actionable;
    created.priority = conversation.priority;
    created.slaDueMs = conversation.slaDueMs;
    created.updatedAtMs = nowMs;
    m_openConversations.insert({conversation.customerId, conversation.channelId}, created.id);
    return &m_conversations.insert(created.id, created).value();
}

Result<void> IngestWriter::setCustomerLanguage(Identity &identity, const QString &language)
{
    m_setCustomerLanguage.bind(1, language);
    m_setCustomerLanguage.bind(2, identity.customerId);
    if (auto ok = m_setCustomerLanguage.exec(); !ok)
        return saveError(ok.error().detail);
    identity.language = language;
    return {};
}

Result<void> IngestWriter::markAnswered(qint64 conversationId, qint64 channelId,
                                        const QString &inReplyToId, qint64 createdAtMs)
{
    m_markMessageReplied.bind(1, channelId);
    m_markMessageReplied.bind(2, inReplyToId);
    if (auto ok = m_markMessageReplied.exec(); !ok)
        return saveError(ok.error().detail);
    m_markConversationReplied.bind(1, createdAtMs);
    m_markConversationReplied.bind(2, toMs(m_batchNow));
    m_markConversationReplied.bind(3, conversationId);
    if (auto ok = m_markConversationReplied.exec(); !ok)
        return saveError(ok.error().detail);
    // Its open messages changed: write what the batch changed, then read it again when needed.
    if (const auto known = m_conversations.find(conversationId); known != m_conversations.end()) {
        if (auto flushed = flushConversation(known.value()); !flushed)
            return flushed.error();
        m_conversations.erase(known);
    }
    return {};
}

Result<void> IngestWriter::flushConversation(Conversation &state)
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
    auto prepared = updateFor(changes);
    if (!prepared)
        return prepared.error();
    SqliteStatement *update = prepared.value();
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
    update->bind(6, state.id);
    if (auto ok = update->exec(); !ok)
        return saveError(ok.error().detail);
    state.updatedAtMs = nowMs;
    state.changed = state.categoryChanged = state.priorityChanged = state.waitingOnCustomer = false;
    state.newReasons.reset();
    return {};
}

Result<void> IngestWriter::flushConversations()
{
    for (auto it = m_conversations.begin(); it != m_conversations.end(); ++it) {
        if (auto flushed = flushConversation(it.value()); !flushed)
            return flushed;
    }
    return {};
}

Result<SqliteStatement *> IngestWriter::updateFor(int changes)
{
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
            return ok.error();
        }
    }
    return update.get();
}

} // namespace CareDesk::Storage

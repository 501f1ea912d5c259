#include "WorkspaceStore.h"

#include "ChannelSettings.h"
#include "InboxSql.h"

#include "triage/NaiveBayes.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace CareDesk::Storage {

using Core::SearchHit;

using namespace CareDesk::Core;
using namespace InboxSql;

namespace {

// Gives this file's free functions a translation context lupdate understands.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Storage::WorkspaceStore)
};

Error readError(const QSqlQuery &query)
{
    return Error{Tr::tr("The workspace could not be read."), query.lastError().text()};
}

Error writeError(const QSqlQuery &query)
{
    return Error{Tr::tr("The workspace could not be saved."), query.lastError().text()};
}

qint64 toMs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

// The best `limit` matches of an FTS5 expression, best first.
//
// Ranking every match costs in proportion to the matches: ORDER BY rank over the 100k
// messages that contain a common word takes about 300 ms. So only the newest candidates are
// ranked: FTS5 walks its index newest first (rowid = message id, which grows with time) and
// stops after SEARCH_CANDIDATES matches, bm25 orders those, and only the best `limit` are joined
// to their conversations. With fewer matches than that, the ranking is exact; otherwise an older
// message is found by adding a word.
constexpr int SEARCH_CANDIDATES = 2000;

Result<QList<SearchHit>> rankedSearch(const QSqlDatabase &db, const QString &match, int limit)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT m.id, m.conversation_id, cu.display_name, m.text, m.created_at"
        " FROM (SELECT message_id, score FROM"
        "        (SELECT rowid AS message_id, rank AS score FROM message_search"
        "         WHERE message_search MATCH ? ORDER BY rowid DESC LIMIT ?)"
        "       ORDER BY score, message_id DESC LIMIT ?) best"
        " JOIN messages m ON m.id = best.message_id JOIN conversations c ON c.id = "
        "m.conversation_id"
        " JOIN customers cu ON cu.id = c.customer_id ORDER BY best.score, best.message_id DESC"));
    query.addBindValue(match);
    query.addBindValue(SEARCH_CANDIDATES);
    query.addBindValue(limit);
    if (!query.exec())
        return readError(query);
    QList<SearchHit> hits;
    while (query.next()) {
        hits.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                     query.value(2).toString(), query.value(3).toString(), fromMs(query.value(4))});
    }
    return hits;
}

} // namespace

WorkspaceStore::WorkspaceStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<qint64> WorkspaceStore::ensureChannel(const QString &pluginId, const QString &name,
                                             const QString &platform, const QString &settingsJson,
                                             const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id FROM channels WHERE plugin_id = ? AND name = ? AND platform = ?"));
    query.addBindValue(text(pluginId));
    query.addBindValue(text(name));
    query.addBindValue(text(platform));
    if (!query.exec())
        return readError(query);
    if (query.next())
        return query.value(0).toLongLong();
    query.prepare(
        QStringLiteral("INSERT INTO channels(plugin_id, name, platform, settings, created_at) "
                       "VALUES(?, ?, ?, ?, ?)"));
    query.addBindValue(text(pluginId));
    query.addBindValue(text(name));
    query.addBindValue(text(platform));
    query.addBindValue(text(settingsJson));
    query.addBindValue(toMs(now));
    if (!query.exec())
        return writeError(query);
    return query.lastInsertId().toLongLong();
}

Result<QList<ChannelRecord>> WorkspaceStore::channels()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT id, plugin_id, name, platform, settings, cursor, last_received_at, last_error, "
            "health,"
            " consecutive_failures, next_poll_at, quota_remaining, quota_limit, quota_resets_at"
            " FROM channels ORDER BY id")))
        return readError(query);
    const auto timeOrInvalid = [](const QVariant &value) {
        return value.isNull() ? QDateTime()
                              : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
    };
    QList<ChannelRecord> result;
    while (query.next()) {
        ChannelRecord channel{query.value(0).toLongLong(),   query.value(1).toString(),
                              query.value(2).toString(),     query.value(3).toString(),
                              query.value(4).toString(),     query.value(5).toString(),
                              timeOrInvalid(query.value(6)), {}};
        channel.health.lastError = query.value(7).toString();
        channel.health.state = Channels::channelHealthStateFrom(query.value(8).toString());
        channel.health.consecutiveFailures = query.value(9).toInt();
        channel.health.nextPollAt = timeOrInvalid(query.value(10));
        channel.health.quota.remaining =
            query.value(11).isNull() ? -1 : query.value(11).toLongLong();
        channel.health.quota.limit = query.value(12).isNull() ? -1 : query.value(12).toLongLong();
        channel.health.quota.resetsAt = timeOrInvalid(query.value(13));
        result.append(channel);
    }
    return result;
}

Result<void> WorkspaceStore::recordFetch(qint64 channelId, const QString &cursor,
                                         const Channels::ChannelHealth &health,
                                         const std::optional<QDateTime> &receivedAt)
{
    const auto msOrNull = [](const QDateTime &time) {
        return time.isValid() ? QVariant(toMs(time)) : QVariant(QMetaType::fromType<qint64>());
    };
    const auto countOrNull = [](qint64 count) {
        return count >= 0 ? QVariant(count) : QVariant(QMetaType::fromType<qint64>());
    };
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE channels SET cursor = ?, last_error = ?, health = ?, "
                                 "consecutive_failures = ?, next_poll_at = ?,"
                                 " quota_remaining = ?, quota_limit = ?, quota_resets_at = ?,"
                                 " last_received_at = COALESCE(?, last_received_at) WHERE id = ?"));
    query.addBindValue(text(cursor));
    query.addBindValue(text(health.lastError));
    query.addBindValue(Channels::toString(health.state));
    query.addBindValue(health.consecutiveFailures);
    query.addBindValue(msOrNull(health.nextPollAt));
    query.addBindValue(countOrNull(health.quota.remaining));
    query.addBindValue(countOrNull(health.quota.limit));
    query.addBindValue(msOrNull(health.quota.resetsAt));
    query.addBindValue(receivedAt ? QVariant(toMs(*receivedAt))
                                  : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(channelId);
    if (!query.exec())
        return writeError(query);
    return {};
}

Result<InboxPage> WorkspaceStore::inboxPage(const InboxCursor &after, int limit)
{
    return inboxPage(InboxQuery{}, after, limit);
}

Result<InboxPage> WorkspaceStore::inboxPage(const InboxQuery &inboxQuery, const InboxCursor &after,
                                            int limit)
{
    if (limit <= 0)
        return InboxPage{};
    if (!after.isStart && after.sort != inboxQuery.sort)
        return Error{Tr::tr("The workspace could not be read."),
                     QStringLiteral("the inbox cursor continues another order")};

    // First the sort keys of one page (and one row more, to know whether another page follows),
    // then everything the list shows for those rows only: the previews and counts are
    // sub-queries, and computing them for every match would cost as much as the whole table.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const SqlStatement keys = inboxKeysStatement(inboxQuery, after, limit + 1);
    if (!query.prepare(keys.sql))
        return readError(query);
    for (const QVariant &value : keys.values)
        query.addBindValue(value);
    if (!query.exec())
        return readError(query);
    QList<InboxCursor> positions;
    while (query.next()) {
        InboxCursor position;
        position.isStart = false;
        position.sort = inboxQuery.sort;
        position.conversationId = query.value(0).toLongLong();
        if (inboxQuery.sort == InboxSort::Priority) {
            position.priority = query.value(1).toInt();
            position.slaDueMs = query.value(2).toLongLong();
        } else {
            position.sortTimeMs = query.value(1).toLongLong();
        }
        positions.append(position);
    }
    if (query.lastError().isValid())
        return readError(query);

    InboxPage page;
    page.hasMore = positions.size() > limit;
    if (page.hasMore)
        positions.resize(limit);
    if (positions.isEmpty())
        return page;
    page.next = positions.constLast();

    QStringList placeholders;
    for (qsizetype i = 0; i < positions.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    query.finish();
    if (!query.prepare(
            inboxRowColumns() +
            QStringLiteral(" WHERE c.id IN (%1)").arg(placeholders.join(QLatin1Char(',')))))
        return readError(query);
    for (const InboxCursor &position : positions)
        query.addBindValue(position.conversationId);
    if (!query.exec())
        return readError(query);
    QHash<qint64, InboxRow> rows;
    while (query.next()) {
        InboxRow row = inboxRow(query);
        rows.insert(row.conversationId, std::move(row));
    }
    if (query.lastError().isValid())
        return readError(query);
    for (const InboxCursor &position : positions) {
        // Both reads run on this connection one after the other; a row can only be missing if
        // another connection deleted it in between, and then it is simply not shown.
        if (auto found = rows.constFind(position.conversationId); found != rows.constEnd())
            page.rows.append(found.value());
    }
    return page;
}

Result<QList<qint64>> WorkspaceStore::conversationIdsAfter(qint64 afterId, int limit)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM conversations WHERE id > ? ORDER BY id LIMIT ?"));
    query.addBindValue(afterId);
    query.addBindValue(limit);
    if (!query.exec())
        return readError(query);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<InboxCounts> WorkspaceStore::inboxCounts(const InboxQuery &inboxQuery, const QString &agent)
{
    // One pass over the matching conversations counts all three views at once.
    InboxQuery anyone = inboxQuery;
    anyone.assigneeFilter = AssigneeFilter::Anyone;
    anyone.detractorsOnly = false;
    anyone.escalatedOnly = false;
    SqlStatement statement;
    statement.add(
        QStringLiteral(
            "SELECT COUNT(*), COALESCE(SUM(c.assignee = ?), 0), COALESCE(SUM(c.assignee = ''), 0),"
            " COALESCE(SUM(EXISTS(SELECT 1 FROM surveys s WHERE s.conversation_id = c.id"
            " AND s.follow_up = 'open')), 0),"
            " COALESCE(SUM(EXISTS(SELECT 1 FROM escalations e WHERE e.conversation_id = c.id"
            " AND e.taken_at IS NULL AND e.flag_only = 0)), 0) FROM conversations c WHERE 1"),
        {text(agent)});
    const QStringList statuses = inboxStatuses(anyone);
    if (statuses.size() < STATUS_COUNT) {
        statement.add(QStringLiteral(" AND c.status IN ("));
        for (qsizetype i = 0; i < statuses.size(); ++i)
            statement.add(i == 0 ? QStringLiteral("?") : QStringLiteral(", ?"), {statuses.at(i)});
        statement.add(QStringLiteral(")"));
    }
    statement.add(inboxFilters(anyone));
    QSqlQuery query(m_db);
    if (!query.prepare(statement.sql))
        return readError(query);
    for (const QVariant &value : statement.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return readError(query);
    InboxCounts counts;
    counts.all = query.value(0).toInt();
    counts.mine = agent.isEmpty() ? 0 : query.value(1).toInt();
    counts.unassigned = query.value(2).toInt();
    counts.detractors = query.value(3).toInt();
    counts.escalations = query.value(4).toInt();
    return counts;
}

Result<QStringList> WorkspaceStore::conversationLanguages()
{
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT DISTINCT language FROM conversations ORDER BY language")))
        return readError(query);
    QStringList languages;
    while (query.next())
        languages.append(query.value(0).toString());
    return languages;
}

Result<int> WorkspaceStore::conversationCount()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM conversations")) || !query.next())
        return readError(query);
    return query.value(0).toInt();
}

Result<ConversationDetail> WorkspaceStore::conversation(qint64 conversationId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT c.id, ch.name, ch.platform, c.status, c.language, c.sla_due, c.customer_id,"
        " c.category, c.actionable, c.priority, c.priority_reasons, c.created_at,"
        " c.first_response_at, c.resolved_at, c.assignee, ch.settings"
        " FROM conversations c JOIN channels ch ON ch.id = c.channel_id WHERE c.id = ?"));
    query.addBindValue(conversationId);
    if (!query.exec())
        return readError(query);
    if (!query.next())
        return Error{Tr::tr("This conversation no longer exists."),
                     QStringLiteral("conversation %1 not found").arg(conversationId)};
    ConversationDetail detail;
    detail.conversationId = query.value(0).toLongLong();
    detail.channelName = query.value(1).toString();
    detail.platform = query.value(2).toString();
    detail.status = conversationStatusFromString(query.value(3).toString());
    detail.language = query.value(4).toString();
    detail.slaDue = fromMs(query.value(5));
    const qint64 customerId = query.value(6).toLongLong();
    detail.category = query.value(7).toString();
    detail.actionable = query.value(8).toInt() != 0;
    detail.priority = query.value(9).toInt();
    detail.priorityReasons = Triage::reasonsFromJson(query.value(10).toByteArray());
    detail.createdAt = fromMs(query.value(11));
    detail.firstResponseAt = fromMs(query.value(12));
    detail.resolvedAt = fromMs(query.value(13));
    detail.assignee = query.value(14).toString();
    detail.channelRegion = ChannelSettings::regionOf(query.value(15).toString());
    detail.channelSignOff = ChannelSettings::signOffOf(query.value(15).toString());

    query.prepare(QStringLiteral(
        "SELECT m.id, m.direction, m.visibility, COALESCE(i.display_name, ''),"
        " COALESCE(i.handle, ''), m.text, m.language, m.created_at, m.addressed, m.platform_id,"
        " m.category, m.reply_to,"
        " CASE WHEN m.direction = 'out' THEN COALESCE(NULLIF(m.sent_by, ''), (SELECT o.author FROM "
        "outbox o"
        "   WHERE o.channel_id = m.channel_id AND o.platform_id = m.platform_id LIMIT 1)) END"
        " FROM messages m LEFT JOIN identities i ON i.id = m.identity_id"
        " WHERE m.conversation_id = ? ORDER BY m.created_at, m.id"));
    query.addBindValue(conversationId);
    if (!query.exec())
        return readError(query);
    while (query.next()) {
        MessageRecord message;
        message.id = query.value(0).toLongLong();
        message.direction =
            query.value(1).toString() == u"in" ? Direction::Inbound : Direction::Outbound;
        message.visibility =
            query.value(2).toString() == u"private" ? Visibility::Private : Visibility::Public;
        message.authorName = query.value(3).toString();
        message.authorHandle = query.value(4).toString();
        message.text = query.value(5).toString();
        message.language = query.value(6).toString();
        message.createdAt = fromMs(query.value(7));
        message.addressed = addressedFromString(query.value(8).toString());
        message.platformId = query.value(9).toString();
        message.category = query.value(10).toString();
        message.replyTo = query.value(11).toString();
        message.sentBy = query.value(12).toString();
        detail.messages.append(message);
    }

    query.prepare(
        QStringLiteral("SELECT id, author, text, created_at FROM notes WHERE conversation_id = ?"
                       " ORDER BY created_at, id"));
    query.addBindValue(conversationId);
    if (!query.exec())
        return readError(query);
    while (query.next())
        detail.notes.append({query.value(0).toLongLong(), query.value(1).toString(),
                             query.value(2).toString(), fromMs(query.value(3))});

    auto profile = customerProfile(customerId, detail.platform);
    if (!profile)
        return profile.error();
    detail.customer = std::move(profile).value();
    return detail;
}

Result<CustomerProfile> WorkspaceStore::customerProfile(qint64 customerId, const QString &platform)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT cu.id, cu.display_name, cu.tier, cu.language, i.handle, i.platform, i.followers,"
        " i.verified, i.locale FROM customers cu LEFT JOIN identities i ON i.customer_id = cu.id"
        " WHERE cu.id = ? ORDER BY i.platform = ? DESC, i.id LIMIT 1"));
    query.addBindValue(customerId);
    query.addBindValue(text(platform));
    if (!query.exec())
        return readError(query);
    if (!query.next())
        return Error{Tr::tr("This customer no longer exists."),
                     QStringLiteral("customer %1 not found").arg(customerId)};
    CustomerProfile profile;
    profile.customerId = query.value(0).toLongLong();
    profile.displayName = query.value(1).toString();
    profile.tier = query.value(2).toString();
    profile.language = query.value(3).toString();
    profile.handle = query.value(4).toString();
    profile.platform = query.value(5).toString();
    profile.followers = query.value(6).toLongLong();
    profile.verified = query.value(7).toInt() != 0;
    profile.locale = query.value(8).toString();

    query.prepare(QStringLiteral(
        "SELECT c.id, c.created_at, c.status,"
        " (SELECT m.text FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'in'"
        "  ORDER BY m.created_at, m.id LIMIT 1)"
        " FROM conversations c WHERE c.customer_id = ? ORDER BY c.created_at DESC, c.id DESC"));
    query.addBindValue(customerId);
    if (!query.exec())
        return readError(query);
    while (query.next()) {
        profile.conversations.append({query.value(0).toLongLong(), fromMs(query.value(1)),
                                      conversationStatusFromString(query.value(2).toString()),
                                      firstLine(query.value(3).toString())});
    }

    query.prepare(QStringLiteral("SELECT platform, handle, followers, verified FROM identities "
                                 "WHERE customer_id = ? ORDER BY id"));
    query.addBindValue(customerId);
    if (!query.exec())
        return readError(query);
    while (query.next())
        profile.identities.append({query.value(0).toString(), query.value(1).toString(),
                                   query.value(2).toLongLong(), query.value(3).toInt() != 0});

    constexpr int CUSTOMER_NOTES = 20;
    query.prepare(
        QStringLiteral("SELECT n.id, n.author, n.text, n.created_at FROM notes n"
                       " JOIN conversations c ON c.id = n.conversation_id WHERE c.customer_id = ?"
                       " ORDER BY n.created_at DESC, n.id DESC LIMIT ?"));
    query.addBindValue(customerId);
    query.addBindValue(CUSTOMER_NOTES);
    if (!query.exec())
        return readError(query);
    while (query.next())
        profile.notes.append({query.value(0).toLongLong(), query.value(1).toString(),
                              query.value(2).toString(), fromMs(query.value(3))});
    return profile;
}

Result<void> WorkspaceStore::indexForSearch(qint64 messageId, const QString &messageText,
                                            const QString &customer)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO message_search(rowid, text, customer) VALUES(?, ?, ?)"));
    query.addBindValue(messageId);
    query.addBindValue(text(messageText));
    query.addBindValue(text(customer));
    if (!query.exec())
        return writeError(query);
    return {};
}

Result<void> WorkspaceStore::loadClassifier(Triage::NaiveBayes &classifier)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT category, count FROM classifier_documents")))
        return readError(query);
    while (query.next())
        classifier.addDocumentCount(query.value(0).toString(), query.value(1).toLongLong());
    if (!query.exec(QStringLiteral("SELECT category, word, count FROM classifier_words")))
        return readError(query);
    while (query.next())
        classifier.addCounts(query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toLongLong());
    return {};
}

Result<void> WorkspaceStore::trainClassifier(const QString &category, const QStringList &tokens)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO classifier_documents(category, count) VALUES(?, 1)"
                                 " ON CONFLICT(category) DO UPDATE SET count = count + 1"));
    query.addBindValue(category);
    if (!query.exec())
        return writeError(query);
    QHash<QString, int> counts;
    for (const QString &token : tokens)
        ++counts[token];
    query.prepare(QStringLiteral(
        "INSERT INTO classifier_words(category, word, count) VALUES(?, ?, ?)"
        " ON CONFLICT(category, word) DO UPDATE SET count = count + excluded.count"));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        query.addBindValue(category);
        query.addBindValue(it.key());
        query.addBindValue(it.value());
        if (!query.exec())
            return writeError(query);
    }
    return {};
}

Result<QList<SearchHit>> WorkspaceStore::search(const QString &queryText, int limit)
{
    // Each word becomes a quoted term, so what the agent types is never read as FTS syntax
    // ("AND", quotes, stars).
    QStringList words;
    for (QString word :
         queryText.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        words.append(QLatin1Char('"') + word + QLatin1Char('"'));
    }
    if (words.isEmpty() || limit <= 0)
        return QList<SearchHit>{};

    // Whole words first. FTS5 reads a word's matches lazily, newest first, and stops once it has
    // its candidates; a prefix term ("refun"*) makes it merge the complete match lists of every
    // word the prefix starts, which for a common word costs tens of milliseconds on a large
    // workspace. So prefixes ("refun" finds "refund") only fill up what whole words leave: the
    // agent is still typing, or looks for a rarer form of the word.
    auto hits = rankedSearch(m_db, words.join(QLatin1Char(' ')), limit);
    if (!hits || hits.value().size() >= limit)
        return hits;
    QStringList prefixes;
    for (const QString &word : std::as_const(words))
        prefixes.append(word + QLatin1Char('*'));
    auto prefixHits = rankedSearch(m_db, prefixes.join(QLatin1Char(' ')), limit);
    if (!prefixHits)
        return prefixHits.error();
    QList<SearchHit> result = std::move(hits).value();
    for (const SearchHit &hit : std::as_const(prefixHits.value())) {
        if (result.size() == limit)
            break;
        const bool known = std::any_of(result.cbegin(), result.cend(), [&](const SearchHit &found) {
            return found.messageId == hit.messageId;
        });
        if (!known)
            result.append(hit);
    }
    return result;
}

} // namespace CareDesk::Storage

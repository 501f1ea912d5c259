#pragma once

#include "channels/ChannelHealth.h"

#include "Result.h"
#include "model/Inbox.h"

#include <QDateTime>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace CareDesk::Triage {
class NaiveBayes;
}

namespace CareDesk::Storage {

struct ChannelRecord
{
    qint64 id = 0;
    QString pluginId;
    QString name;
    QString platform;
    QString settingsJson;
    QString cursor;
    QDateTime lastReceivedAt;
    Channels::ChannelHealth health;
};

// Typed reads and writes over one open workspace connection. It knows SQL and nothing about
// the rules that decide what to write (those live in ingest and triage).
class WorkspaceStore final
{
public:
    explicit WorkspaceStore(QSqlDatabase db);

    // Channels
    Core::Result<qint64> ensureChannel(const QString &pluginId, const QString &name,
                                       const QString &platform, const QString &settingsJson,
                                       const QDateTime &now);
    Core::Result<QList<ChannelRecord>> channels();
    // After a fetch: where the channel now stands, how it is doing, and when items last came.
    Core::Result<void> recordFetch(qint64 channelId, const QString &cursor,
                                   const Channels::ChannelHealth &health,
                                   const std::optional<QDateTime> &receivedAt);

    // Ingest writes through its own prepared statements (IngestWriter); this one is for
    // tools that add a message to the search index by hand.
    Core::Result<void> indexForSearch(qint64 messageId, const QString &text,
                                      const QString &customer);

    // The classifier's word counts: loaded whole, updated by each labelled example.
    Core::Result<void> loadClassifier(Triage::NaiveBayes &classifier);
    Core::Result<void> trainClassifier(const QString &category, const QStringList &tokens);

    // Full-text search, best matches first: messages with the whole words, then (if those are
    // fewer than `limit`) with words they start. Only the newest few thousand matches are
    // ranked, so a word found in every other message costs little more than a rare one.
    Core::Result<QList<Core::SearchHit>> search(const QString &query, int limit);

    // Reads for the inbox and the conversation view
    // One page of the inbox, after `after` (a cursor from the previous page of the same query).
    Core::Result<Core::InboxPage> inboxPage(const Core::InboxQuery &query,
                                            const Core::InboxCursor &after, int limit);
    // The default inbox: every conversation not resolved, most urgent first.
    Core::Result<Core::InboxPage> inboxPage(const Core::InboxCursor &after, int limit);
    Core::Result<int> conversationCount();
    // Mine (assigned to `agent`), unassigned and all, under the query's other filters.
    Core::Result<Core::InboxCounts> inboxCounts(const Core::InboxQuery &query,
                                                const QString &agent);
    // The languages conversations are in, for the inbox's language filter.
    Core::Result<QStringList> conversationLanguages();
    // Every conversation, a page at a time in id order (exports).
    Core::Result<QList<qint64>> conversationIdsAfter(qint64 afterId, int limit);
    Core::Result<Core::ConversationDetail> conversation(qint64 conversationId);

private:
    Core::Result<Core::CustomerProfile> customerProfile(qint64 customerId, const QString &platform);

    QSqlDatabase m_db;
};

} // namespace CareDesk::Storage

#pragma once

#include "Result.h"
#include "model/Inbox.h"

#include <QDateTime>
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
};

struct IdentityInput
{
    QString platform;
    QString platformUserId;
    QString handle;
    QString displayName;
    qint64 followers = 0;
    bool verified = false;
    QString locale;
};

struct NewConversation
{
    qint64 channelId = 0;
    qint64 customerId = 0;
    QString threadKey;
    QString language;
    int priority = 0;
    QDateTime slaDue;
    QDateTime createdAt;
};

struct NewMessage
{
    qint64 conversationId = 0;
    qint64 channelId = 0;
    QString platformId;
    Core::Direction direction = Core::Direction::Inbound;
    Core::Visibility visibility = Core::Visibility::Public;
    qint64 identityId = 0;
    QString text;
    QString language;
    QDateTime createdAt;
    QString replyTo;
};

struct ConversationTriageState
{
    QString category;
    int priority = 0;
    int openInbound = 0;       // the customer's messages not yet addressed
    QDateTime waitingSince;
    QDateTime slaDue;
    QString customerTier;
};

struct SearchHit
{
    qint64 messageId = 0;
    qint64 conversationId = 0;
    QString customer;
    QString text;
    QDateTime createdAt;
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
    Core::Result<void> recordFetch(qint64 channelId, const QString &cursor, const QString &error,
                                   const std::optional<QDateTime> &receivedAt);

    // Writes used by ingest (call inside a transaction)
    Core::Result<std::pair<qint64, qint64>> upsertIdentity(const IdentityInput &identity,
                                                           const QDateTime &now);
    Core::Result<bool> messageExists(qint64 channelId, const QString &platformId);
    Core::Result<std::optional<qint64>> conversationOfMessage(qint64 channelId,
                                                              const QString &platformId);
    Core::Result<std::optional<qint64>> conversationByThread(qint64 channelId,
                                                             const QString &threadKey);
    Core::Result<std::optional<qint64>> openConversationOf(qint64 customerId, qint64 channelId);
    Core::Result<qint64> createConversation(const NewConversation &conversation);
    Core::Result<qint64> insertMessage(const NewMessage &message);
    Core::Result<void> touchConversation(qint64 conversationId, const QDateTime &now);
    // The channel's own account answered `platformId`: that message is replied, the conversation
    // has its first response, and once nothing of the customer's is left open it waits on them.
    Core::Result<void> markReplied(qint64 channelId, const QString &platformId, qint64 conversationId,
                                   const QDateTime &repliedAt);
    // A new message from the customer reopens a conversation that was waiting on them.
    Core::Result<void> reopenIfPending(qint64 conversationId);
    Core::Result<void> setCustomerLanguage(qint64 customerId, const QString &language);
    Core::Result<bool> noiseExists(qint64 channelId, const QString &platformId);
    Core::Result<void> insertNoise(qint64 channelId, const QString &platformId, const QString &reason,
                                   qint64 identityId, const QString &text, const QDateTime &createdAt);
    // The same author sending the same text again within `window`: a flood, not new work.
    Core::Result<bool> isRecentDuplicate(qint64 identityId, const QString &text,
                                         const QDateTime &createdAt, qint64 windowSecs);
    Core::Result<ConversationTriageState> conversationTriageState(qint64 conversationId);
    // An empty `reasonsJson` keeps the stored reasons.
    Core::Result<void> updateConversationTriage(qint64 conversationId, const QString &category,
                                                bool actionable, int priority,
                                                const QString &reasonsJson);
    Core::Result<void> setMessageCategory(qint64 messageId, const QString &category);
    Core::Result<void> indexForSearch(qint64 messageId, const QString &text, const QString &customer);

    // The classifier's word counts: loaded whole, updated by each labelled example.
    Core::Result<void> loadClassifier(Triage::NaiveBayes &classifier);
    Core::Result<void> trainClassifier(const QString &category, const QStringList &tokens);

    // Full-text search, best matches first: messages with the whole words, then (if those are
    // fewer than `limit`) with words they start. Only the newest few thousand matches are
    // ranked, so a word found in every other message costs little more than a rare one.
    Core::Result<QList<SearchHit>> search(const QString &query, int limit);

    // Reads for the inbox and the conversation view
    // One page of the inbox, after `after` (a cursor from the previous page of the same query).
    Core::Result<Core::InboxPage> inboxPage(const Core::InboxQuery &query,
                                            const Core::InboxCursor &after, int limit);
    // The default inbox: every conversation not resolved, most urgent first.
    Core::Result<Core::InboxPage> inboxPage(const Core::InboxCursor &after, int limit);
    Core::Result<int> conversationCount();
    // Every conversation, a page at a time in id order (exports).
    Core::Result<QList<qint64>> conversationIdsAfter(qint64 afterId, int limit);
    Core::Result<Core::ConversationDetail> conversation(qint64 conversationId);

private:
    Core::Result<Core::CustomerProfile> customerProfile(qint64 customerId, const QString &platform);

    QSqlDatabase m_db;
};

} // namespace CareDesk::Storage

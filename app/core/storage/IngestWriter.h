#pragma once

#include "Result.h"
#include "SqliteStatement.h"
#include "triage/PriorityReasons.h"

#include <sdk/ChannelPlugin.h>

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace CareDesk::Storage {

// What the ingest pipeline stores and looks up, through SQLite statements prepared once. What
// it learns about customers and conversations it remembers from batch to batch, as long as no
// other connection has written to the workspace in between (SQLite's data_version says so) and
// while it lives: the desktop app makes one pipeline per fetch, so agents' changes are always
// read afresh. A failed batch forgets everything, since what was learned may have been rolled
// back. The pipeline decides; this class only reads and writes.
class IngestWriter final
{
public:
    // A customer's identity on one platform, with what the pipeline needs of the customer.
    struct Identity
    {
        qint64 identityId = 0;
        qint64 customerId = 0;
        QString language;
        QString tier;
        bool existingCustomer = false; // linked to a CRM or customer-file record
        QString crmTier;
        bool newInBatch = false; // created by this writer: nothing older of theirs is stored
        Sdk::Author stored;      // the profile as the database has it now
        QByteArray searchName;   // its name and handle, as the search index keeps them
    };

    // A conversation as this batch leaves it. The pipeline changes it; the changes are written
    // once, by flushConversations() before the commit, instead of once per message, and name
    // only the columns that changed: SQLite moves the row in every inbox index that holds a
    // column the update sets, changed or not.
    struct Conversation
    {
        qint64 id = 0;
        QString category;
        bool actionable = false;
        int priority = 0;
        int openInbound = 0;
        qint64 waitingSinceMs = 0;
        qint64 slaDueMs = 0;
        qint64 updatedAtMs = 0;         // as the row holds it
        bool waitingOnCustomer = false; // pending or resolved: the customer's message reopens it
        // Written as JSON once, when the batch is flushed; none: the stored reasons stand.
        std::optional<QList<Triage::PriorityReason>> newReasons;
        bool changed = false; // a message of this batch joined it: it is active now
        bool categoryChanged = false;
        bool priorityChanged = false;
    };

    // A conversation to start, with what triage made of its first message.
    struct NewConversation
    {
        qint64 channelId = 0;
        qint64 customerId = 0;
        QString threadKey;
        QString language;
        QString category;
        bool actionable = false;
        int priority = 0;
        QList<Triage::PriorityReason> reasons;
        qint64 slaDueMs = 0;
        qint64 createdAtMs = 0;
    };

    // `db` must outlive the writer.
    explicit IngestWriter(sqlite3 *db);
    ~IngestWriter();
    IngestWriter(const IngestWriter &) = delete;
    IngestWriter &operator=(const IngestWriter &) = delete;

    // SQLite's message if a statement could not be prepared; then the writer is unusable.
    std::optional<QString> prepareError() const;
    // Call inside the batch's transaction, before writing. The batch is stored at `now`.
    Core::Result<void> beginBatch(qsizetype items, const QDateTime &now);
    void forget();

    // Whether the item is stored already, as a message or as noise.
    Core::Result<bool> alreadyStored(qint64 channelId, const QString &platformId);
    // The author's identity, created with a new customer if unknown; the profile is updated
    // when the platform says something new about it.
    Core::Result<Identity *> identityOf(const QString &platform, const Sdk::Author &author,
                                        const QString &language);
    // Whether the author sent the same text (found by `textHash`) within `windowMs` of
    // `createdAtMs`.
    Core::Result<bool> isRecentDuplicate(const Identity &identity, size_t textHash,
                                         const QString &text, const QByteArray &textUtf8,
                                         qint64 createdAtMs, qint64 windowMs);
    // Keeps a repost or a flood for the record, never as work.
    Core::Result<void> insertNoise(qint64 channelId, const QString &platformId, bool isRepost,
                                   qint64 identityId, const QByteArray &textUtf8,
                                   qint64 createdAtMs);
    // The conversation the platform links an item to: what it replies to, else its thread.
    Core::Result<std::optional<qint64>> linkedConversation(qint64 channelId,
                                                           const Sdk::InboundItem &item);
    // The customer's newest unresolved conversation on the channel.
    Core::Result<std::optional<qint64>> openConversationOf(const Identity &identity,
                                                           qint64 channelId);
    Core::Result<Conversation *> conversationState(qint64 conversationId);
    Core::Result<Conversation *> insertConversation(const NewConversation &conversation);
    Core::Result<void> setCustomerLanguage(Identity &identity, const QString &language);
    // Stores the message and indexes it for search; `textUtf8` is the item's text in UTF-8.
    Core::Result<void> insertMessage(qint64 conversationId, qint64 channelId,
                                     const Sdk::InboundItem &item, const QByteArray &textUtf8,
                                     qint64 identityId, const QString &language,
                                     const QString &category, const QByteArray &customerUtf8,
                                     qint64 createdAtMs);
    // Remembers a customer's text for isRecentDuplicate().
    void rememberText(const Identity &identity, size_t textHash, const QString &text,
                      qint64 createdAtMs);
    // The channel's own reply, stored in `conversationId`, answers what it replies to and what
    // the customer wrote before it on the same side and left open.
    Core::Result<void> markAnswered(qint64 conversationId, qint64 channelId,
                                    const QString &inReplyToId, qint64 createdAtMs);
    // Writes what this batch changed in its conversations; call before the commit.
    Core::Result<void> flushConversations();

private:
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
    // Whether the channel held nothing when this writer first wrote to it: then all it holds
    // was written here, and is remembered.
    Core::Result<bool> ownsChannel(qint64 channelId);
    Core::Result<void> updateProfile(Identity &identity, const Sdk::Author &author);
    Core::Result<std::optional<qint64>> conversationOfMessage(qint64 channelId,
                                                              const QString &platformId);
    Core::Result<std::optional<qint64>> conversationByThread(qint64 channelId,
                                                             const QString &threadKey);
    Core::Result<void> flushConversation(Conversation &state);
    Core::Result<SqliteStatement *> updateFor(int changes);

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
    // looked up item by item: whether an item is stored, this writer knows.
    QHash<qint64, bool> m_ownsChannel;
    QSet<ChannelKey> m_noiseInOwnedChannels;
    QHash<QPair<qint64, qint64>, qint64> m_openConversations; // (customer, channel)
    QHash<qint64, Conversation> m_conversations;
    QHash<SentText, qint64> m_lastTextOf; // -> created at
};

} // namespace CareDesk::Storage

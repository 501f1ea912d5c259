#include "IngestPipeline.h"

#include "Clock.h"
#include "Logging.h"
#include "storage/WorkspaceStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace CareDesk::Ingest {

using namespace CareDesk::Core;
using Storage::WorkspaceStore;

IngestPipeline::IngestPipeline(QSqlDatabase db, const Clock &clock, const Triage::TriageEngine &triage)
    : m_db(std::move(db)), m_clock(clock), m_triage(triage)
{
}

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
    IngestReport report;
    if (items.isEmpty())
        return report;
    if (!m_db.transaction())
        return Error{QCoreApplication::translate("CareDesk::Ingest", "New messages could not be saved."),
                     m_db.lastError().text()};
    for (const RoutedItem &routed : items) {
        auto result = routed.item.fromChannel
                          ? recordChannelReply(routed.channelId, routed.item, report)
                          : ingestOne(routed.channelId, routed.platform, routed.item, report);
        if (!result) {
            m_db.rollback();
            return result.error();
        }
    }
    if (!m_db.commit()) {
        const QString detail = m_db.lastError().text();
        m_db.rollback();
        return Error{QCoreApplication::translate("CareDesk::Ingest", "New messages could not be saved."),
                     detail};
    }
    qCInfo(lcIngest) << "added" << report.added << "replies" << report.replies << "duplicates"
                     << report.duplicates << "noise" << report.noise;
    return report;
}

Result<void> IngestPipeline::recordChannelReply(qint64 channelId, const Sdk::InboundItem &item,
                                                IngestReport &report)
{
    WorkspaceStore store(m_db);
    auto exists = store.messageExists(channelId, item.platformId);
    if (!exists)
        return exists.error();
    if (exists.value()) {
        ++report.duplicates;
        return {};
    }
    std::optional<qint64> conversationId;
    if (!item.inReplyToId.isEmpty()) {
        auto parent = store.conversationOfMessage(channelId, item.inReplyToId);
        if (!parent)
            return parent.error();
        conversationId = parent.value();
    }
    if (!conversationId && !item.threadId.isEmpty()) {
        auto thread = store.conversationByThread(channelId, item.threadId);
        if (!thread)
            return thread.error();
        conversationId = thread.value();
    }
    // A post of the brand's own that answers no customer is not a conversation.
    if (!conversationId) {
        ++report.orphanReplies;
        return {};
    }
    const QDateTime createdAt = item.createdAt.isValid() ? item.createdAt : m_clock.now();
    auto inserted = store.insertMessage({*conversationId, channelId, item.platformId, Direction::Outbound,
                                         item.isPublic() ? Visibility::Public : Visibility::Private,
                                         0, item.text, QString(), createdAt, item.inReplyToId});
    if (!inserted)
        return inserted.error();
    if (auto indexed = store.indexForSearch(inserted.value(), item.text, QString()); !indexed)
        return indexed.error();
    if (auto replied = store.markReplied(channelId, item.inReplyToId, *conversationId, createdAt); !replied)
        return replied.error();
    if (auto touched = store.touchConversation(*conversationId, m_clock.now()); !touched)
        return touched.error();
    ++report.replies;
    return {};
}

namespace {

QString reasonsToJson(const QList<Triage::PriorityReason> &reasons)
{
    QJsonArray array;
    for (const Triage::PriorityReason &reason : reasons) {
        array.append(QJsonObject{{QStringLiteral("code"), reason.code},
                                 {QStringLiteral("points"), reason.points},
                                 {QStringLiteral("text"), reason.text}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

Result<void> IngestPipeline::ingestOne(qint64 channelId, const QString &platform,
                                       const Sdk::InboundItem &item, IngestReport &report)
{
    WorkspaceStore store(m_db);
    auto exists = store.messageExists(channelId, item.platformId);
    if (!exists)
        return exists.error();
    auto isNoise = store.noiseExists(channelId, item.platformId);
    if (!isNoise)
        return isNoise.error();
    if (exists.value() || isNoise.value()) {
        ++report.duplicates;
        return {};
    }

    const QDateTime now = m_clock.now();
    const QDateTime createdAt = item.createdAt.isValid() ? item.createdAt : now;
    auto identity = store.upsertIdentity({platform, item.author.platformUserId, item.author.handle,
                                          item.author.displayName, item.author.followers,
                                          item.author.verified, item.author.locale},
                                         now);
    if (!identity)
        return identity.error();
    const auto [identityId, customerId] = identity.value();

    // Reposts and the same text sent again are kept for the record, never as work.
    auto duplicate = store.isRecentDuplicate(identityId, item.text, createdAt, DUPLICATE_WINDOW_SECS);
    if (!duplicate)
        return duplicate.error();
    if (item.isRepost || duplicate.value()) {
        ++report.noise;
        return store.insertNoise(channelId, item.platformId,
                                 item.isRepost ? QStringLiteral("repost") : QStringLiteral("duplicate"),
                                 identityId, item.text, createdAt);
    }

    // Threading: a reply joins the conversation of what it answers; then the platform's thread;
    // then the customer's open conversation on this channel; else a new conversation.
    std::optional<qint64> conversationId;
    if (!item.inReplyToId.isEmpty()) {
        auto parent = store.conversationOfMessage(channelId, item.inReplyToId);
        if (!parent)
            return parent.error();
        conversationId = parent.value();
    }
    const QString threadKey = item.threadId.isEmpty() ? item.platformId : item.threadId;
    if (!conversationId && !item.threadId.isEmpty()) {
        auto thread = store.conversationByThread(channelId, threadKey);
        if (!thread)
            return thread.error();
        conversationId = thread.value();
    }
    if (!conversationId) {
        auto open = store.openConversationOf(customerId, channelId);
        if (!open)
            return open.error();
        conversationId = open.value();
    }

    Triage::TriageInput input;
    input.text = item.text;
    input.languageHint = item.languageHint;
    input.followers = item.author.followers;
    input.verified = item.author.verified;
    input.now = now;
    Storage::ConversationTriageState before;
    if (conversationId) {
        auto state = store.conversationTriageState(*conversationId);
        if (!state)
            return state.error();
        before = state.value();
        input.tier = before.customerTier;
        input.earlierUnanswered = before.openInbound;
        input.waitingSince = before.waitingSince;
        input.slaDue = before.slaDue;
    }
    const Triage::TriageResult triage = m_triage.triage(input);
    if (triage.language.isKnown()) {
        if (auto saved = store.setCustomerLanguage(customerId, triage.language.code); !saved)
            return saved.error();
    }

    if (!conversationId) {
        auto created = store.createConversation({channelId, customerId, threadKey, triage.language.code,
                                                 triage.priority,
                                                 createdAt.addSecs(DEFAULT_SLA_MINUTES * 60), createdAt});
        if (!created)
            return created.error();
        conversationId = created.value();
        ++report.newConversations;
    }

    auto inserted = store.insertMessage({*conversationId, channelId, item.platformId,
                                         Direction::Inbound,
                                         item.isPublic() ? Visibility::Public : Visibility::Private,
                                         identityId, item.text, triage.language.code, createdAt,
                                         item.inReplyToId});
    if (!inserted)
        return inserted.error();
    if (auto saved = store.setMessageCategory(inserted.value(), triage.category); !saved)
        return saved.error();
    if (auto indexed = store.indexForSearch(inserted.value(), item.text,
                                            item.author.displayName + QLatin1Char(' ') + item.author.handle);
        !indexed)
        return indexed.error();

    // A conversation is as urgent as its most urgent open message, and a thank-you or an aside
    // does not overwrite the category of the request it follows.
    const bool keepCategory = !before.category.isEmpty() && before.category != u"other"
                              && !triage.actionable;
    if (!keepCategory) {
        const bool morePressing = triage.priority >= before.priority;
        if (auto saved = store.updateConversationTriage(
                *conversationId, triage.category, triage.actionable,
                morePressing ? triage.priority : before.priority,
                morePressing ? reasonsToJson(triage.reasons) : QString());
            !saved)
            return saved.error();
    }
    if (auto reopened = store.reopenIfPending(*conversationId); !reopened)
        return reopened.error();
    if (auto touched = store.touchConversation(*conversationId, now); !touched)
        return touched.error();
    ++report.added;
    return {};
}

} // namespace CareDesk::Ingest

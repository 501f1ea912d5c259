#include "IngestPipeline.h"

#include "Clock.h"
#include "Logging.h"
#include "storage/WorkspaceStore.h"

#include <QCoreApplication>
#include <QSqlError>

namespace CareDesk::Ingest {

using namespace CareDesk::Core;
using Storage::WorkspaceStore;

IngestPipeline::IngestPipeline(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db)), m_clock(clock)
{
}

Result<IngestReport> IngestPipeline::ingest(qint64 channelId, const QString &platform,
                                            const QList<Sdk::InboundItem> &items)
{
    IngestReport report;
    if (items.isEmpty())
        return report;
    if (!m_db.transaction())
        return Error{QCoreApplication::translate("CareDesk::Ingest", "New messages could not be saved."),
                     m_db.lastError().text()};
    for (const Sdk::InboundItem &item : items) {
        if (auto result = ingestOne(channelId, platform, item, report); !result) {
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
    qCInfo(lcIngest) << "channel" << channelId << "added" << report.added << "duplicates"
                     << report.duplicates << "noise" << report.noise;
    return report;
}

Result<void> IngestPipeline::ingestOne(qint64 channelId, const QString &platform,
                                       const Sdk::InboundItem &item, IngestReport &report)
{
    if (item.isRepost) {
        ++report.noise;
        return {};
    }
    WorkspaceStore store(m_db);
    auto exists = store.messageExists(channelId, item.platformId);
    if (!exists)
        return exists.error();
    if (exists.value()) {
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

    const Triage::LanguageResult language = m_languages.detect(item.text, item.languageHint, {});
    if (language.source != Triage::LanguageSource::Unknown) {
        if (auto saved = store.setCustomerLanguage(customerId, language.code); !saved)
            return saved.error();
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
    if (!conversationId) {
        auto created = store.createConversation({channelId, customerId, threadKey, language.code, 0,
                                                 createdAt.addSecs(DEFAULT_SLA_MINUTES * 60),
                                                 createdAt});
        if (!created)
            return created.error();
        conversationId = created.value();
        ++report.newConversations;
    }

    auto inserted = store.insertMessage({*conversationId, channelId, item.platformId,
                                         Direction::Inbound,
                                         item.isPublic() ? Visibility::Public : Visibility::Private,
                                         identityId, item.text, language.code, createdAt,
                                         item.inReplyToId});
    if (!inserted)
        return inserted.error();
    if (auto touched = store.touchConversation(*conversationId, now); !touched)
        return touched.error();
    ++report.added;
    return {};
}

} // namespace CareDesk::Ingest

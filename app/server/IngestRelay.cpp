#include "IngestRelay.h"

#include "ChangeFanout.h"
#include "Clock.h"
#include "Logging.h"
#include "ServerChannels.h"
#include "ServerIngest.h"
#include "store/TeamStore.h"

#include <QSet>

namespace CareDesk::Server {

IngestRelay::IngestRelay(ServerIngest &ingest, TeamStore &store, ServerChannels &channels,
                         ChangeFanout &fanout, const Core::Clock &clock)
    : m_ingest(ingest)
    , m_store(store)
    , m_channels(channels)
    , m_fanout(fanout)
    , m_clock(clock)
{}

qint64 IngestRelay::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

void IngestRelay::ingest(qint64 teamId, QByteArray lines, ServerIngest::Done done)
{
    m_ingest.ingestJsonLines(
        teamId, std::move(lines),
        [this] {
            publishIngested();
            m_channels.matchNewCustomers();
        },
        std::move(done));
}

void IngestRelay::publishIngested()
{
    auto from = m_store.publisher().publishedUpTo();
    if (!from) {
        qCWarning(lcServer) << from.error().userMessage << from.error().detail;
        return;
    }
    qint64 last = from.value();
    auto touched = m_ingest.touchedAfter(from.value(), last);
    if (!touched) {
        qCWarning(lcServer) << touched.error().userMessage << touched.error().detail;
        return;
    }
    if (!publish(touched.value()))
        return;
    if (auto saved = m_store.publisher().setPublishedUpTo(last); !saved)
        qCWarning(lcServer) << saved.error().userMessage << saved.error().detail;
}

void IngestRelay::republishCustomer(qint64 customerId)
{
    auto open = m_ingest.openConversationsOf(customerId);
    if (!open) {
        qCWarning(lcServer) << open.error().userMessage << open.error().detail;
        return;
    }
    auto conversations = m_ingest.conversations(open.value());
    if (!conversations) {
        qCWarning(lcServer) << conversations.error().userMessage << conversations.error().detail;
        return;
    }
    publish(conversations.value());
}

bool IngestRelay::publish(const QList<TeamConversation> &conversations)
{
    QSet<qint64> teams;
    for (const auto &[sender, conversation] : conversations) {
        qint64 teamId = sender ? sender : m_channels.teamOf(conversation.channelName);
        if (teamId == 0) {
            auto fallback = m_store.teams().teamId(QString());
            if (!fallback)
                return false;
            teamId = fallback.value();
        }
        // Publishing is idempotent: after a failure here the next call publishes it all again.
        auto published = m_store.publisher().publish(teamId, conversation, nowMs());
        if (!published) {
            qCWarning(lcServer) << published.error().userMessage << published.error().detail;
            return false;
        }
        if (!published.value()) {
            qCWarning(lcServer) << "conversation" << conversation.conversationId
                                << "of the ingest workspace is another team's: not published";
            continue;
        }
        teams.insert(teamId);
    }
    for (qint64 teamId : teams)
        m_fanout.changed(teamId);
    return true;
}

bool IngestRelay::queueForChannel(const ReplyDelivery::PendingReply &reply)
{
    auto queued = m_ingest.queueReply(reply.sourceConversationId, reply.isPublic, reply.text,
                                      reply.clientId, reply.author);
    if (queued)
        return false;
    // It cannot go out (no channel runs here for that conversation, nothing to answer): say so
    // at once instead of leaving the agent waiting.
    return m_store.replies()
        .settle(reply.clientId, QStringLiteral("failed"), queued.error().userMessage, nowMs())
        .ok();
}

void IngestRelay::settleReplies()
{
    auto pending = m_store.replies().pending();
    if (!pending) {
        qCWarning(lcServer) << pending.error().userMessage << pending.error().detail;
        return;
    }
    bool changedAny = false;
    for (const ReplyDelivery::PendingReply &reply : pending.value()) {
        auto entry = m_ingest.outboxEntry(reply.clientId);
        if (!entry) {
            // Accepted but not yet with its channel (the server stopped in between): queue it.
            changedAny = queueForChannel(reply) || changedAny;
            continue;
        }
        const QString state = Outbox::toString(entry.value().state);
        if (state != reply.state &&
            m_store.replies().settle(reply.clientId, state, entry.value().lastError, nowMs()))
            changedAny = true;
    }
    if (changedAny)
        m_fanout.changed(0);
}

} // namespace CareDesk::Server

#include "ShareDesk.h"

#include "Clock.h"
#include "WorkspaceContext.h"
#include "channels/ChannelCatalog.h"
#include "outbox/Outbox.h"
#include "storage/ShareStore.h"

#include <QJsonArray>

namespace CareDesk::Workspace {

using Core::Error;

namespace {

const QString PRAISE = QStringLiteral("praise");

std::optional<Sdk::OutboundAction> actionNamed(const QString &name)
{
    if (name == u"repost")
        return Sdk::OutboundAction::Repost;
    if (name == u"quote")
        return Sdk::OutboundAction::Quote;
    if (name == u"like")
        return Sdk::OutboundAction::Like;
    return std::nullopt;
}

} // namespace

ShareDesk::ShareDesk(WorkspaceContext &context, Channels::ChannelCatalog &catalog, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_catalog(catalog)
{}

QStringList ShareDesk::sharesOf(const QString &pluginId) const
{
    QStringList shares;
    for (const Channels::PluginSpec &spec : m_catalog.plugins()) {
        if (spec.id != pluginId)
            continue;
        const QJsonArray listed = spec.capabilities.value(QLatin1String("shares")).toArray();
        for (const QJsonValue &action : listed)
            shares.append(action.toString());
    }
    return shares;
}

void ShareDesk::attach(Core::ConversationDetail &detail)
{
    Storage::ShareStore store(m_context.connection());
    auto target = store.target(detail.conversationId);
    auto shares = store.sharesOf(detail.conversationId);
    if (!target || !shares) {
        Q_EMIT refused(!target ? target.error() : shares.error());
        return;
    }
    detail.shares = shares.value();
    if (target.value() && target.value()->category == PRAISE &&
        !target.value()->platformId.isEmpty())
        detail.shareActions = sharesOf(target.value()->pluginId);
}

void ShareDesk::share(qint64 conversationId, const QString &actionName, const QString &quoteText,
                      const QString &agent)
{
    const std::optional<Sdk::OutboundAction> action = actionNamed(actionName);
    auto target = Storage::ShareStore(m_context.connection()).target(conversationId);
    if (!target) {
        Q_EMIT refused(target.error());
        return;
    }
    const std::optional<Storage::ShareTarget> &found = target.value();
    if (!action || !found || found->category != PRAISE || found->platformId.isEmpty() ||
        !sharesOf(found->pluginId).contains(actionName)) {
        Q_EMIT refused(Error{tr("Only a customer's public praise can be shared, in the ways its "
                                "channel allows."),
                             actionName});
        return;
    }
    if (*action == Sdk::OutboundAction::Quote && quoteText.trimmed().isEmpty()) {
        Q_EMIT refused(Error{tr("A quote post needs a few words of the team's own."), {}});
        return;
    }
    Outbox::OutboxEntry entry;
    // One id per message and way of sharing: the same praise is never shared twice the same way.
    entry.clientId = QStringLiteral("share:%1:%2:%3")
                         .arg(QString::number(found->channelId), actionName, found->platformId);
    entry.channelId = found->channelId;
    entry.conversationId = conversationId;
    entry.author = agent;
    entry.message.action = *action;
    entry.message.kind =
        found->platform == u"facebook" ? Sdk::ItemKind::Comment : Sdk::ItemKind::Mention;
    entry.message.inReplyToId = found->platformId;
    if (*action == Sdk::OutboundAction::Quote)
        entry.message.text = quoteText.trimmed();
    Outbox::Outbox outbox(m_context.connection(), m_context.clock);
    if (auto existing = outbox.entry(entry.clientId)) {
        Q_EMIT refused(Error{tr("This message has been shared that way already."), {}});
        return;
    }
    if (auto queued = outbox.enqueue(entry); !queued) {
        Q_EMIT refused(queued.error());
        return;
    }
    Q_EMIT shareQueued(conversationId);
}

} // namespace CareDesk::Workspace

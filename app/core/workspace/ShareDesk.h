#pragma once

#include "Result.h"
#include "model/Inbox.h"

#include <QObject>

namespace CareDesk::Channels {
class ChannelCatalog;
}

namespace CareDesk::Workspace {

struct WorkspaceContext;

// Sharing praise: a customer's kind words reposted or quoted on X, or liked on Facebook, from
// the brand's account. Each share goes through the outbox, so it is done exactly once, and is
// kept there with who shared and when. Only praise is shared, only the customer's latest public
// message, and each way only once. Lives on the storage thread with the workspace.
class ShareDesk final : public QObject
{
    Q_OBJECT

public:
    ShareDesk(WorkspaceContext &context, Channels::ChannelCatalog &catalog,
              QObject *parent = nullptr);

    // Fills in what the conversation can be shared as and what was shared of it.
    void attach(Core::ConversationDetail &detail);
    // Queues a share ("repost", "quote" with `quoteText`, or "like") by `agent`.
    void share(qint64 conversationId, const QString &action, const QString &quoteText,
               const QString &agent);

Q_SIGNALS:
    void shareQueued(qint64 conversationId);
    void refused(const CareDesk::Core::Error &error);

private:
    // The ways the channel's plugin shares ("shares" in its capabilities).
    QStringList sharesOf(const QString &pluginId) const;

    WorkspaceContext &m_context;
    Channels::ChannelCatalog &m_catalog;
};

} // namespace CareDesk::Workspace

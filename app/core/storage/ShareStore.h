#pragma once

#include "Result.h"
#include "model/Inbox.h"

#include <QSqlDatabase>

#include <optional>

namespace CareDesk::Storage {

// What sharing a conversation's praise starts from: the customer's latest public message.
struct ShareTarget
{
    qint64 channelId = 0;
    QString pluginId;
    QString category;
    QString platformId; // empty when the customer wrote nothing public
    QString platform;
};

// The shares of a workspace, kept as outbox entries whose action is not a reply. SQL only; the
// rules are the share desk's.
class ShareStore final
{
public:
    explicit ShareStore(QSqlDatabase db);

    Core::Result<std::optional<ShareTarget>> target(qint64 conversationId);
    Core::Result<QList<Core::ShareRecord>> sharesOf(qint64 conversationId);

private:
    QSqlDatabase m_db;
};

} // namespace CareDesk::Storage

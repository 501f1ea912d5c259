#pragma once

#include "Result.h"
#include "model/Inbox.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace CareDesk::Storage {

// Unsent replies, one per conversation, so a restart or a crash never costs an agent what
// they were typing.
class Drafts final
{
public:
    explicit Drafts(QSqlDatabase db);

    // An empty text removes the draft.
    Core::Result<void> save(qint64 conversationId, const Core::Draft &draft, const QDateTime &now);
    // An empty draft when there is none.
    Core::Result<Core::Draft> load(qint64 conversationId);

private:
    QSqlDatabase m_db;
};

} // namespace CareDesk::Storage

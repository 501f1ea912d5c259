#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace CareDesk::Storage {

// A resolved conversation waiting to be attached to its CRM record.
struct CrmLogItem
{
    qint64 id = 0;
    qint64 conversationId = 0;
    QDateTime resolvedAt;
    QString source; // the CRM plugin's id
    QString recordId;
    QString clientId;
    bool uncertain = false; // sent before, no answer came: ask the CRM first
    int attempts = 0;
};

// The conversations a workspace logs back to its CRM, each resolution once: an entry is queued
// once (conversation, time of resolving), carries a client id the CRM keeps with the note, and
// after an answer that never came is looked up before it is sent again.
class CrmLogQueue final
{
public:
    explicit CrmLogQueue(QSqlDatabase db);

    // False when this resolution was queued before.
    Core::Result<bool> enqueue(qint64 conversationId, const QDateTime &resolvedAt,
                               const QString &source, const QString &recordId,
                               const QString &clientId, const QDateTime &now);
    // Entries due by `now`, the oldest first.
    Core::Result<QList<CrmLogItem>> due(const QDateTime &now, int limit);
    Core::Result<void> markLogged(qint64 id, const QString &crmEntryId);
    Core::Result<void> markUncertain(qint64 id, const QDateTime &askAt);
    Core::Result<void> retryLater(qint64 id, const QString &error, const QDateTime &at);
    // Refused for good (the CRM said no): kept with the reason, never sent again.
    Core::Result<void> markFailed(qint64 id, const QString &error);
    // "pending", "uncertain", "logged" or "failed", with the CRM's id once logged.
    Core::Result<std::pair<QString, QString>> stateOf(qint64 conversationId);

private:
    Core::Result<void> update(const QString &sql, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace CareDesk::Storage

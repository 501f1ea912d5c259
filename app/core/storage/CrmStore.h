#pragma once

#include "Result.h"
#include "model/CrmRecord.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace CareDesk::Storage {

// A customer record with the keys it is found by ("email", "phone" or "handle", and the key).
struct KeyedCrmRecord
{
    Core::CrmRecord record;
    QList<std::pair<QString, QString>> keys;
};

// The CRM records a workspace knows, by where they come from ("file": the team's customer file;
// a CRM connector's id), found by e-mail address, phone number or handle.
class CrmStore final
{
public:
    explicit CrmStore(QSqlDatabase db);

    // Replaces every record of `source` with `records`, in one transaction: importing a customer
    // file again leaves no customer it no longer holds.
    Core::Result<int> replaceSource(const QString &source, const QList<KeyedCrmRecord> &records,
                                    const QDateTime &now);
    // The records a key finds, of every source.
    Core::Result<QList<Core::CrmRecord>> find(const QString &kind, const QString &key);

private:
    QSqlDatabase m_db;
};

} // namespace CareDesk::Storage

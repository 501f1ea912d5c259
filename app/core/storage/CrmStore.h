#pragma once

#include "Result.h"
#include "model/CrmRecord.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

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

    // Records of `source` whose name, company, e-mail address or handle holds `text`, ignoring
    // case, up to `limit`: "Find in CRM…" in the customer file.
    Core::Result<QList<Core::CrmRecord>> search(const QString &source, const QString &text,
                                                int limit);

    // What a CRM answered for a key ("email", "phone", "handle"): the records, kept until the
    // next answer, and the time it was asked.
    Core::Result<void> saveLookup(const QString &source, const QString &kind, const QString &key,
                                  const QList<Core::CrmRecord> &found, const QDateTime &now);
    // The answer kept for a key if it was given after `notBefore`; nullopt: ask again.
    Core::Result<std::optional<QList<Core::CrmRecord>>> cachedLookup(const QString &source,
                                                                     const QString &kind,
                                                                     const QString &key,
                                                                     const QDateTime &notBefore);

private:
    QSqlDatabase m_db;
};

} // namespace CareDesk::Storage

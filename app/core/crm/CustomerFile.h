#pragma once

#include "Result.h"
#include "model/CrmRecord.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace CareDesk::Crm {

// The customers of a team without a CRM, from a file it keeps itself:
// - CSV with a header row naming the columns (any order; unknown ones are left out):
//   id,name,emails,phones,handles,tier,value,notes,company — several e-mail addresses, phones
//   or handles separated by ";";
// - or JSON Lines, one customer a line: {"id","name","emails":[...],"phones":[...],
//   "handles":[...],"tier","value","notes","company"} (a list may also be one string).
// Every customer needs an id, unique in the file. A line that cannot be read is reported with
// its number and left out; the rest is read.
struct CustomerFileRead
{
    QList<Core::CrmRecord> customers;
    QStringList problems; // "line 7: ..."
};

class CustomerFile final
{
public:
    // JSON Lines when the first character that is not blank is "{", CSV otherwise.
    static CustomerFileRead parse(const QByteArray &contents);
    static Core::Result<CustomerFileRead> read(const QString &path);

    static constexpr qint64 MAX_BYTES = 256LL * 1024 * 1024;
};

} // namespace CareDesk::Crm

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace CareDesk::Review {

// CSV as every export of the product writes it (RFC 4180, UTF-8, CRLF), safe to open in a
// spreadsheet: a field that starts like a formula (=, +, -, @, a tab or a carriage return) gets
// a leading ' so that the spreadsheet shows it as text instead of running it. Names, titles and
// customer text come from people outside the team; "=HYPERLINK(...)" must stay text.

// One field, quoted when it holds a comma, a quote or a line break.
QByteArray csvField(const QString &text);
// One record: the fields, comma-separated, and CRLF.
QByteArray csvRecord(const QStringList &fields);

} // namespace CareDesk::Review

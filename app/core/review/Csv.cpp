#include "Csv.h"

namespace CareDesk::Review {

namespace {

// The characters OWASP lists as starting a formula in Excel, LibreOffice and Google Sheets.
bool startsLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

} // namespace

QByteArray csvField(const QString &text)
{
    QByteArray utf8 = (startsLikeFormula(text) ? QLatin1Char('\'') + text : text).toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace('"', "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

QByteArray csvRecord(const QStringList &fields)
{
    QByteArray record;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            record += ',';
        record += csvField(fields[i]);
    }
    return record + "\r\n";
}

} // namespace CareDesk::Review

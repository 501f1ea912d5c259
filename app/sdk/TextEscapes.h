#pragma once

// Text as its author wrote it, from platforms that send it escaped for HTML. Header-only and
// Qt Core only, like the rest of the SDK.

#include <QString>
#include <QStringView>

namespace CareDesk::Sdk {

// X sends the text of posts and direct messages (and its archives hold it) with exactly three
// characters escaped: & as "&amp;", < as "&lt;" and > as "&gt;"; quotes and everything else
// come as written. This undoes that, each escape once, left to right: "&amp;lt;" becomes
// "&lt;", which is what the author typed. Nothing else is touched: "&quot;", "&#39;" and a lone
// "&" stay as they are. Call it once, where the text arrives, and never on text that is
// already plain.
inline QString unescapeAmpLtGt(const QString &text)
{
    qsizetype at = text.indexOf(u'&');
    if (at < 0)
        return text;
    QString plain;
    plain.reserve(text.size());
    qsizetype copied = 0;
    for (; at >= 0; at = text.indexOf(u'&', at)) {
        const QStringView rest = QStringView(text).sliced(at);
        QChar decoded;
        qsizetype length = 0;
        if (rest.startsWith(u"&amp;")) {
            decoded = u'&';
            length = 5;
        } else if (rest.startsWith(u"&lt;")) {
            decoded = u'<';
            length = 4;
        } else if (rest.startsWith(u"&gt;")) {
            decoded = u'>';
            length = 4;
        }
        if (length == 0) {
            ++at;
            continue;
        }
        plain.append(QStringView(text).sliced(copied, at - copied));
        plain.append(decoded);
        at += length;
        copied = at;
    }
    plain.append(QStringView(text).sliced(copied));
    return plain;
}

} // namespace CareDesk::Sdk

#include "TwitterTextData.h"

#include <QFile>

// caredesk_core is a static library: its resources reach a program only through a reference.
static void initTwitterTextData()
{
    Q_INIT_RESOURCE(caredesk_twitter_text);
}

namespace CareDesk::Text {

QStringList twitterTextDataLines(const QString &fileName)
{
    initTwitterTextData();
    QFile file(QStringLiteral(":/caredesk/twitter-text/") + fileName);
    // The files are part of the program: without them it was built wrong.
    if (!file.open(QIODevice::ReadOnly))
        qFatal("twitter-text data %s is missing: %s", qPrintable(fileName),
               qPrintable(file.errorString()));
    QStringList lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(u'#'))
            lines.append(trimmed);
    }
    return lines;
}

} // namespace CareDesk::Text

#include "CleartextUrl.h"

#include <QHostAddress>

namespace CareDesk::Security {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool crossesNetworkInClear(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return (scheme == u"http" || scheme == u"ws") && !isLoopbackHost(url.host());
}

} // namespace CareDesk::Security

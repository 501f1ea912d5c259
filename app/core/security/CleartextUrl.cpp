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

bool keepsSecretsPrivate(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == u"https" || (scheme == u"http" && !crossesNetworkInClear(url));
}

} // namespace CareDesk::Security

#include "ClientAddress.h"

namespace CareDesk::Server {

QHostAddress plainAddress(const QHostAddress &address)
{
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    return isIpv4 ? QHostAddress(ipv4) : address;
}

QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor,
                           const QList<QHostAddress> &trustedProxies)
{
    QHostAddress client = plainAddress(peer);
    if (!trustedProxies.contains(client))
        return client;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        const QHostAddress said(QString::fromLatin1(hop->trimmed()));
        if (said.isNull())
            return client; // not an address: the last proxy that wrote it answers for it
        client = plainAddress(said);
        if (!trustedProxies.contains(client))
            return client;
    }
    return client;
}

} // namespace CareDesk::Server

#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>

namespace CareDesk::Server {

// The address a request comes from, for the limits per address and the login guard. Behind a
// reverse proxy every connection comes from the proxy; a proxy the operator trusts
// (--trusted-proxy) says in X-Forwarded-For whom it speaks for. The list is read from its end,
// past the trusted proxies: the first address that is not one is the client. Anything before it
// was written by the client itself, and so is never believed. From a peer that is not trusted,
// the header means nothing at all.
QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor,
                           const QList<QHostAddress> &trustedProxies);

// IPv4 addresses as IPv4 even when they arrive mapped into IPv6 (::ffff:a.b.c.d).
QHostAddress plainAddress(const QHostAddress &address);

} // namespace CareDesk::Server

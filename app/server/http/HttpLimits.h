#pragma once

#include <QHostAddress>
#include <QList>

namespace CareDesk::Server {

// What one client may cost the server. Each limit is enforced before the bytes it guards are
// kept: a body is refused from its Content-Length (or, chunked, as its chunks arrive), never
// read whole first. `caredesk-server serve` sets them from its options.
struct HttpLimits
{
    // The request line and headers together; larger is answered 431.
    qint64 headerBytes = 16 * 1024;
    // A body, unless the route allows more (bodyLimit in HttpServerAdapter); larger is 413.
    qint64 bodyBytes = 64 * 1024;
    // From a request's first byte to the end of its headers; then for the whole body. A client
    // slower than that (one byte a second, say) is answered 408 and closed.
    int headerTimeoutMs = 10'000;
    int bodyTimeoutMs = 60'000;
    // A kept-alive connection with no request is closed after this.
    int idleTimeoutMs = 120'000;
    // Open connections from one address (WebSockets included), and in all. Behind a reverse
    // proxy every client shares its address: raise the first there.
    int connectionsPerAddress = 256;
    int connections = 4096;
    // A WebSocket frame or message from a client: hello and activity are a few hundred bytes.
    qint64 webSocketMessageBytes = 64 * 1024;
    // Reverse proxies whose X-Forwarded-For is believed, so that the limits per address and
    // the login guard see each client instead of the proxy (see clientAddress()).
    QList<QHostAddress> trustedProxies;
};

} // namespace CareDesk::Server

// http/: HTTP plumbing: sockets, requests, responses, limits, JSON bodies, WebSocket upgrades.
// May use Qt Core/Network/WebSockets, Boost.Beast's parser, core's Result and Logging, protocol.
#pragma once

#include "HttpConnection.h"
#include "HttpLimits.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "Result.h"

#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QObject;
class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace CareDesk::Server {

// The server's socket layer: accepts connections (TLS when configured), caps them per address
// and in all, reads each request with the limits in force (HttpConnection), and hands WebSocket
// upgrades on one path to Qt WebSockets. Qt HttpServer 6.4 reads a whole body before anything
// can refuse it, so requests are parsed here, by Boost.Beast's parser, as the bytes arrive.
class HttpServerAdapter final
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServerAdapter(Handler handler);
    ~HttpServerAdapter();

    // Call before listen(). `bodyLimit` gives a route's largest body; by default
    // limits.bodyBytes everywhere.
    void setLimits(const HttpLimits &limits);
    void setBodyLimit(HttpConnection::BodyLimit bodyLimit);
    const HttpLimits &limits() const { return m_limits; }

    // WebSocket upgrades on `path` go to `handler`; a plain request there gets 426.
    // `client` is the address the upgrade came from (see clientAddress()).
    using WebSocketHandler =
        std::function<void(std::unique_ptr<QWebSocket>, const QHostAddress &client)>;
    void acceptWebSockets(const QString &path, WebSocketHandler handler);

    // Serve HTTPS (and WSS) with this PEM certificate chain and key. Call before listen().
    Core::Result<void> useTls(const QString &certificateFile, const QString &keyFile);

    // Returns the port actually bound (useful with port 0).
    Core::Result<quint16> listen(const QHostAddress &address, quint16 port);

private:
    void acceptPending();
    void serve(QTcpSocket *socket);
    HttpResponse answer(const HttpRequest &request) const;

    Handler m_handler;
    HttpLimits m_limits;
    HttpConnection::BodyLimit m_bodyLimit;
    QString m_webSocketPath;
    WebSocketHandler m_webSocketHandler;
    std::optional<QSslConfiguration> m_tls;
    // Parent of the listener, the sockets and their connections: they go with the adapter.
    std::unique_ptr<QObject> m_home;
    QTcpServer *m_listener = nullptr;
    std::unique_ptr<QWebSocketServer> m_webSockets;
    QHash<QHostAddress, int> m_openByAddress;
    // Upgrades handed to Qt WebSockets, by their peer address and port, until it gives the
    // WebSocket back: whom each speaks for.
    QHash<QPair<QHostAddress, quint16>, QHostAddress> m_upgradedFrom;
    int m_open = 0;
};

} // namespace CareDesk::Server

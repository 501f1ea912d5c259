// http/: HTTP plumbing: Qt HttpServer behind one adapter, requests, responses, JSON bodies.
// May use Qt Core/Network/HttpServer/WebSockets, core's Result and Logging, protocol's ApiError.
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "Result.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QHttpServer;
class QWebSocket;

namespace CareDesk::Server {

// The only place that touches Qt HttpServer, whose API changed in Qt 6.8 (bind() instead of
// listen(), handlers with a context object). Everything else sees plain requests and responses;
// routing is ours, so it does not depend on either version's router.
class HttpServerAdapter final
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServerAdapter(Handler handler);
    ~HttpServerAdapter();

    // WebSocket upgrades on `path` go to `handler`; a plain request there gets 426.
    using WebSocketHandler = std::function<void(std::unique_ptr<QWebSocket>)>;
    void acceptWebSockets(const QString &path, WebSocketHandler handler);

    // Serve HTTPS (and WSS) with this PEM certificate chain and key. Call before listen().
    Core::Result<void> useTls(const QString &certificateFile, const QString &keyFile);

    // Returns the port actually bound (useful with port 0).
    Core::Result<quint16> listen(const QHostAddress &address, quint16 port);

private:
    Handler m_handler;
    WebSocketHandler m_webSocketHandler;
    std::optional<QSslConfiguration> m_tls;
    std::unique_ptr<QHttpServer> m_server;
};

} // namespace CareDesk::Server

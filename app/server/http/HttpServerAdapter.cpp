#include "HttpServerAdapter.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QWebSocket>
#include <QtGlobal>

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QSslServer>
#include <QTcpServer>
#endif

namespace CareDesk::Server {

namespace {

HttpRequest toRequest(const QHttpServerRequest &request)
{
    HttpRequest result;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        result.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        result.method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        result.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        result.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Patch:
        result.method = "PATCH";
        break;
    case QHttpServerRequest::Method::Head:
        result.method = "HEAD";
        break;
    case QHttpServerRequest::Method::Options:
        result.method = "OPTIONS";
        break;
    default:
        result.method = "OTHER";
        break;
    }
    result.path = request.url().path();
    result.query = request.query();
    result.body = request.body();
    result.authorization = request.value("Authorization");
    result.remoteAddress = request.remoteAddress();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const QHttpHeaders headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i)
        result.headers.append({headers.nameAt(i).toByteArray(), headers.valueAt(i).toByteArray()});
#else
    for (const auto &[name, value] : request.headers())
        result.headers.append({name, value});
#endif
    return result;
}

void respond(const HttpResponse &response, QHttpServerResponder &responder)
{
    if (response.headers.isEmpty()) {
        responder.write(response.body, response.contentType,
                        static_cast<QHttpServerResponder::StatusCode>(response.status));
        return;
    }
    // The header list write() takes is fixed at compile time; extra headers go one by one.
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
}

} // namespace

HttpServerAdapter::HttpServerAdapter(Handler handler)
    : m_handler(std::move(handler))
    , m_server(std::make_unique<QHttpServer>())
{
    // With no routes registered, every request reaches the missing-route handler: our router.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Qt 6.8 hands the responder by lvalue reference and wants a context object.
    m_server->setMissingHandler(
        m_server.get(), [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            respond(m_handler(toRequest(request)), responder);
        });
#else
    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            QElapsedTimer timer;
            timer.start();
            respond(m_handler(toRequest(request)), responder);
            qCDebug(lcServer) << request.url().path() << "answered in"
                              << timer.nsecsElapsed() / 1000 << "us";
        });
#endif
}

HttpServerAdapter::~HttpServerAdapter() = default;

void HttpServerAdapter::acceptWebSockets(const QString &path, WebSocketHandler handler)
{
    m_webSocketHandler = std::move(handler);
    // Qt hands an upgrade over only when a route for the path exists and writes no answer;
    // a plain request there is told to upgrade.
    m_server->route(path, [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) != 0)
            responder.write(
                QByteArrayLiteral("{\"error\":{\"code\":\"upgrade_required\","
                                  "\"message\":\"Open this address as a WebSocket.\"}}"),
                "application/json", QHttpServerResponder::StatusCode::UpgradeRequired);
    });
    QObject::connect(m_server.get(), &QHttpServer::newWebSocketConnection, m_server.get(), [this] {
        while (m_server->hasPendingWebSocketConnections())
            m_webSocketHandler(m_server->nextPendingWebSocketConnection());
    });
}

Core::Result<void> HttpServerAdapter::useTls(const QString &certificateFile, const QString &keyFile)
{
    const auto failure = [](const QString &message, const QString &file) {
        return Core::Error{message, file};
    };
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty())
        return failure(
            QCoreApplication::translate("CareDesk::Server",
                                        "The TLS certificate could not be read (PEM expected)."),
            certificateFile);
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly))
        return failure(
            QCoreApplication::translate("CareDesk::Server", "The TLS key could not be read."),
            keyFile);
    QSslKey key(&keyIn, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        keyIn.seek(0);
        key = QSslKey(&keyIn, QSsl::Ec, QSsl::Pem);
    }
    if (key.isNull())
        return failure(
            QCoreApplication::translate("CareDesk::Server",
                                        "The TLS key is not an unencrypted RSA or EC key in PEM."),
            keyFile);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls = configuration;
    return {};
}

Core::Result<quint16> HttpServerAdapter::listen(const QHostAddress &address, quint16 port)
{
    const auto failure = [&] {
        return Core::Error{QCoreApplication::translate("CareDesk::Server",
                                                       "The server could not listen on %1:%2. "
                                                       "Is another server using that port?")
                               .arg(address.toString())
                               .arg(port),
                           QString()};
    };
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QTcpServer *tcp = nullptr;
    if (m_tls) {
        auto *ssl = new QSslServer(m_server.get());
        ssl->setSslConfiguration(*m_tls);
        tcp = ssl;
    } else {
        tcp = new QTcpServer(m_server.get());
    }
    if (!tcp->listen(address, port)) {
        delete tcp;
        return failure();
    }
    m_server->bind(tcp);
    return tcp->serverPort();
#else
    if (m_tls)
        m_server->sslSetup(*m_tls);
    // Qt 6.4 returns 0, not -1, when the port is taken.
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0)
        return failure();
    return bound;
#endif
}

} // namespace CareDesk::Server

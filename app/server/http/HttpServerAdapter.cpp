#include "HttpServerAdapter.h"

#include "ClientAddress.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace CareDesk::Server {

namespace {

// The catalogs know these messages under the adapter's name.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::HttpServerAdapter)
};

// Said to a connection over the caps, before it is closed; it reads nothing of the request.
QByteArray tooManyConnections()
{
    const HttpResponse refusal =
        HttpResponse::error(503, QStringLiteral("too_many_connections"),
                            Tr::tr("Too many open connections from your address. Close some and "
                                   "try again."));
    return "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
           "Content-Length: " +
           QByteArray::number(refusal.body.size()) +
           "\r\nRetry-After: 5\r\nConnection: close\r\n\r\n" + refusal.body;
}

constexpr int REFUSAL_LINGER_MS = 1000;

} // namespace

HttpServerAdapter::HttpServerAdapter(Handler handler)
    : m_handler(std::move(handler))
    , m_home(std::make_unique<QObject>())
{}

HttpServerAdapter::~HttpServerAdapter() = default;

void HttpServerAdapter::setLimits(const HttpLimits &limits)
{
    m_limits = limits;
}

void HttpServerAdapter::setBodyLimit(HttpConnection::BodyLimit bodyLimit)
{
    m_bodyLimit = std::move(bodyLimit);
}

void HttpServerAdapter::acceptWebSockets(const QString &path, WebSocketHandler handler)
{
    m_webSocketPath = path;
    m_webSocketHandler = std::move(handler);
    // The connection is already TLS when it is; Qt WebSockets only does the handshake.
    m_webSockets = std::make_unique<QWebSocketServer>(QStringLiteral("CareDesk"),
                                                      QWebSocketServer::NonSecureMode);
    QObject::connect(m_webSockets.get(), &QWebSocketServer::newConnection, m_home.get(), [this] {
        while (m_webSockets->hasPendingConnections()) {
            std::unique_ptr<QWebSocket> socket(m_webSockets->nextPendingConnection());
            // Set before the event loop reads the first frame: a larger one closes the socket
            // from its header, before its payload is read.
            socket->setMaxAllowedIncomingFrameSize(
                static_cast<quint64>(m_limits.webSocketMessageBytes));
            socket->setMaxAllowedIncomingMessageSize(
                static_cast<quint64>(m_limits.webSocketMessageBytes));
            socket->setReadBufferSize(m_limits.webSocketMessageBytes);
            // The client's address, as the upgrade request told it (behind a trusted proxy).
            const auto key = qMakePair(plainAddress(socket->peerAddress()), socket->peerPort());
            const QHostAddress client = m_upgradedFrom.take(key);
            m_webSocketHandler(std::move(socket), client.isNull() ? key.first : client);
        }
    });
}

HttpResponse HttpServerAdapter::answer(const HttpRequest &request) const
{
    if (!m_webSocketPath.isEmpty() && request.path == m_webSocketPath)
        return HttpResponse::error(426, QStringLiteral("upgrade_required"),
                                   Tr::tr("Open this address as a WebSocket."));
    return m_handler(request);
}

Core::Result<void> HttpServerAdapter::useTls(const QString &certificateFile, const QString &keyFile)
{
    const auto failure = [](const QString &message, const QString &file) {
        return Core::Error{message, file};
    };
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty())
        return failure(Tr::tr("The TLS certificate could not be read (PEM expected)."),
                       certificateFile);
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly))
        return failure(Tr::tr("The TLS key could not be read."), keyFile);
    QSslKey key(&keyIn, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        keyIn.seek(0);
        key = QSslKey(&keyIn, QSsl::Ec, QSsl::Pem);
    }
    if (key.isNull())
        return failure(Tr::tr("The TLS key is not an unencrypted RSA or EC key in PEM."), keyFile);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls = configuration;
    return {};
}

Core::Result<quint16> HttpServerAdapter::listen(const QHostAddress &address, quint16 port)
{
    if (m_webSockets)
        m_webSockets->setHandshakeTimeout(m_limits.headerTimeoutMs);
    if (m_tls) {
        auto *tls = new QSslServer(m_home.get());
        tls->setSslConfiguration(*m_tls);
        tls->setHandshakeTimeout(m_limits.headerTimeoutMs);
        m_listener = tls;
    } else {
        m_listener = new QTcpServer(m_home.get());
    }
    if (!m_listener->listen(address, port)) {
        delete std::exchange(m_listener, nullptr);
        return Core::Error{
            Tr::tr("The server could not listen on %1:%2. Is another server using that port?")
                .arg(address.toString())
                .arg(port),
            QString()};
    }
    QObject::connect(m_listener, &QTcpServer::pendingConnectionAvailable, m_home.get(),
                     [this] { acceptPending(); });
    return m_listener->serverPort();
}

void HttpServerAdapter::acceptPending()
{
    while (m_listener->hasPendingConnections()) {
        QTcpSocket *socket = m_listener->nextPendingConnection();
        socket->setParent(m_home.get());
        const QHostAddress address = plainAddress(socket->peerAddress());
        int &fromAddress = m_openByAddress[address];
        if (m_open >= m_limits.connections || fromAddress >= m_limits.connectionsPerAddress) {
            qCWarning(lcServer) << "refused a connection from" << address.toString()
                                << "over the connection caps";
            if (fromAddress == 0)
                m_openByAddress.remove(address);
            // Answered, then what the client sends meanwhile is read and dropped for a moment:
            // closing at once would reset the connection before the answer is read.
            socket->write(tooManyConnections());
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [socket] { socket->skip(socket->bytesAvailable()); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(REFUSAL_LINGER_MS, socket,
                               [socket] { socket->disconnectFromHost(); });
            continue;
        }
        ++fromAddress;
        ++m_open;
        // Counted until the socket is gone, whoever ends up owning it (a WebSocket keeps it).
        QObject::connect(socket, &QObject::destroyed, m_home.get(), [this, address] {
            --m_open;
            if (--m_openByAddress[address] <= 0)
                m_openByAddress.remove(address);
        });
        serve(socket);
    }
}

void HttpServerAdapter::serve(QTcpSocket *socket)
{
    HttpConnection::Upgrade upgrade{
        [this](const QString &path) { return m_webSockets && path == m_webSocketPath; },
        [this](QTcpSocket *upgraded, const QHostAddress &client) {
            const auto key = qMakePair(plainAddress(upgraded->peerAddress()), upgraded->peerPort());
            m_upgradedFrom.insert(key, client);
            QObject::connect(upgraded, &QObject::destroyed, m_home.get(),
                             [this, key] { m_upgradedFrom.remove(key); });
            // Qt WebSockets owns it from here: it deletes a failed handshake's socket, and the
            // WebSocket its own.
            upgraded->setParent(nullptr);
            m_webSockets->handleConnection(upgraded);
        }};
    const auto bodyLimit =
        m_bodyLimit ? m_bodyLimit
                    : HttpConnection::BodyLimit([this](const QByteArray &, const QString &) {
                          return m_limits.bodyBytes;
                      });
    new HttpConnection(
        socket, m_limits, [this](const HttpRequest &request) { return answer(request); }, bodyLimit,
        std::move(upgrade), m_home.get());
}

} // namespace CareDesk::Server

#include "HttpConnection.h"

#include "ClientAddress.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

namespace CareDesk::Server {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Content Too Large";
    case 422:
        return "Unprocessable Content";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray responseHead(const HttpResponse &response, bool keepAlive)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    if (response.status != 204) {
        out += "Content-Type: " + response.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (!keepAlive)
        out += "Connection: close\r\n";
    return out + "\r\n";
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Handler handler,
                               BodyLimit bodyLimit, Upgrade upgrade, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_handler(std::move(handler))
    , m_bodyLimit(std::move(bodyLimit))
    , m_upgrade(std::move(upgrade))
{
    // Qt reads no more than this ahead of the parser: a client that sends faster waits.
    m_socket->setReadBufferSize(qMax<qint64>(64 * 1024, 2 * m_limits.headerBytes));
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::close);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    m_timer.start(m_limits.headerTimeoutMs);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    if (!m_socket || m_state == State::Answering || m_state == State::Closing)
        return; // what comes meanwhile waits in the socket
    if (m_state == State::Draining) {
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    if (m_state == State::Idle) {
        m_state = State::Head;
        m_parser = std::make_unique<RequestParser>(m_limits.headerBytes);
        m_inTransaction = m_unread.isEmpty();
        if (m_inTransaction)
            m_socket->startTransaction();
        m_timer.start(m_limits.headerTimeoutMs);
    }
    m_unread += m_socket->readAll();
    feed();
}

void HttpConnection::feed()
{
    while (m_state == State::Head || m_state == State::Body) {
        qsizetype used = 0;
        QString why;
        const auto outcome = m_parser->put(m_unread, used, why);
        m_unread.remove(0, used);
        switch (outcome) {
        case RequestParser::Outcome::NeedMore:
            return;
        case RequestParser::Outcome::HeadTooLarge:
            fail(431, QStringLiteral("headers_too_large"),
                 tr("The request's headers are too large."));
            return;
        case RequestParser::Outcome::BodyTooLarge:
            fail(413, QStringLiteral("too_large"), tr("The request body is too large."));
            return;
        case RequestParser::Outcome::Malformed:
            fail(400, QStringLiteral("bad_request"),
                 tr("The request is not valid HTTP/1.1 (%1).").arg(why));
            return;
        case RequestParser::Outcome::Progress:
            break;
        }
        if (m_state == State::Head && m_parser->headDone()) {
            if (!acceptHead())
                return;
            m_state = State::Body;
            m_timer.start(m_limits.bodyTimeoutMs);
        }
        if (m_parser->done()) {
            dispatch();
            return;
        }
        if (used == 0)
            return;
    }
}

bool HttpConnection::acceptHead()
{
    const QByteArray target = m_parser->target();
    if (!target.startsWith('/')) {
        fail(400, QStringLiteral("bad_request"), tr("The request target must be a path."));
        return false;
    }
    const QString path = QUrl(QStringLiteral("http://server") + QString::fromUtf8(target)).path();
    if (m_parser->upgrade() && m_upgrade.acceptsAt(path)) {
        // Qt WebSockets reads the handshake itself, so the request goes back unread.
        if (!m_inTransaction || !m_unread.isEmpty()) {
            fail(400, QStringLiteral("bad_request"),
                 tr("Open the WebSocket on a connection of its own."));
            return false;
        }
        m_socket->rollbackTransaction();
        m_inTransaction = false;
        m_socket->disconnect(this);
        m_timer.stop();
        m_state = State::Closing;
        const QHostAddress client = clientAddress(m_socket->peerAddress(), m_parser->forwardedFor(),
                                                  m_limits.trustedProxies);
        QTcpSocket *socket = std::exchange(m_socket, nullptr);
        m_upgrade.handOver(socket, client);
        deleteLater();
        return false;
    }
    if (m_inTransaction) {
        m_socket->commitTransaction();
        m_inTransaction = false;
    }
    const qint64 allowed = m_bodyLimit(m_parser->method(), path);
    const auto declared = m_parser->contentLength();
    if (declared && *declared > static_cast<std::uint64_t>(allowed)) {
        fail(413, QStringLiteral("too_large"),
             tr("The request body is too large: at most %1 bytes are taken here.").arg(allowed));
        return false;
    }
    // A chunked body is counted as its chunks arrive.
    m_parser->limitBody(static_cast<quint64>(allowed));
    if (m_parser->expectsContinue())
        m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
    return true;
}

void HttpConnection::dispatch()
{
    const bool keepAlive = m_parser->keepAlive();
    const QHostAddress client =
        clientAddress(m_socket->peerAddress(), m_parser->forwardedFor(), m_limits.trustedProxies);
    HttpRequest request = m_parser->take();
    request.remoteAddress = client;
    m_answeringHead = request.method == "HEAD";
    m_state = State::Answering;
    m_timer.stop();

    const HttpResponse response = m_handler(request);
    if (!response.pending) {
        write(response, keepAlive);
        return;
    }
    response.pending->whenResolved([self = QPointer(this), keepAlive](const HttpResponse &later) {
        if (self && self->m_socket) // else the client went away meanwhile
            self->write(later, keepAlive);
    });
}

void HttpConnection::write(const HttpResponse &response, bool keepAlive)
{
    m_socket->write(responseHead(response, keepAlive));
    if (!m_answeringHead)
        m_socket->write(response.body);
    m_answeringHead = false;
    if (!keepAlive) {
        m_state = State::Closing;
        m_socket->disconnectFromHost();
        m_timer.start(m_limits.headerTimeoutMs); // a client that never reads is cut off
        return;
    }
    m_state = State::Idle;
    m_parser.reset();
    m_timer.start(m_limits.idleTimeoutMs);
    // A request sent right behind this one (pipelined) is read now.
    if (!m_unread.isEmpty() || m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::fail(int status, const QString &code, const QString &message)
{
    qCDebug(lcServer) << "refused" << status << code << "from" << m_socket->peerAddress();
    if (m_inTransaction) {
        m_socket->commitTransaction();
        m_inTransaction = false;
    }
    m_unread.clear();
    const HttpResponse refusal = HttpResponse::error(status, code, message);
    m_socket->write(responseHead(refusal, false) + refusal.body);
    m_state = State::Draining;
    m_timer.start(DRAIN_MS);
    m_socket->skip(m_socket->bytesAvailable());
}

void HttpConnection::onTimeout()
{
    if (!m_socket)
        return;
    switch (m_state) {
    case State::Head:
    case State::Body:
        fail(408, QStringLiteral("timeout"), tr("The request took too long to arrive."));
        return;
    case State::Idle:
    case State::Draining:
        m_state = State::Closing;
        m_socket->disconnectFromHost();
        m_timer.start(m_limits.headerTimeoutMs);
        return;
    case State::Closing:
        m_socket->abort();
        return;
    case State::Answering:
        return;
    }
}

void HttpConnection::close()
{
    m_state = State::Closing;
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        std::exchange(m_socket, nullptr)->deleteLater();
    }
    deleteLater();
}

} // namespace CareDesk::Server

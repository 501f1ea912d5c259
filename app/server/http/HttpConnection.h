#pragma once

#include "HttpLimits.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "RequestParser.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QTcpSocket;

namespace CareDesk::Server {

// One client's HTTP/1.1 connection: reads requests one at a time, refuses what breaks the
// limits as soon as the head says so, hands each whole request to the handler and writes its
// answer, now or later. A WebSocket upgrade is given away with its bytes unread, so that Qt
// WebSockets performs the handshake. Deletes itself when done; the socket's owner is the caller.
class HttpConnection final : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    // The most body a request may have, from its method and path (already within limits).
    using BodyLimit = std::function<qint64(const QByteArray &method, const QString &path)>;
    // Where upgrades are taken, and who takes the socket of one.
    struct Upgrade
    {
        std::function<bool(const QString &path)> acceptsAt;
        std::function<void(QTcpSocket *socket, const QHostAddress &client)> handOver;
    };

    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Handler handler,
                   BodyLimit bodyLimit, Upgrade upgrade, QObject *parent = nullptr);
    ~HttpConnection() override;

private:
    enum class State { Idle, Head, Body, Answering, Draining, Closing };

    void onReadyRead();
    void feed();
    // After the head: checks the limits and what the head asks for; false when it was answered.
    bool acceptHead();
    void dispatch();
    void write(const HttpResponse &response, bool keepAlive);
    // Answers a request refused before it was read whole, then discards what the client still
    // sends for a moment, so that it reads the answer instead of a reset connection.
    void fail(int status, const QString &code, const QString &message);
    void onTimeout();
    void close();

    QTcpSocket *m_socket;
    HttpLimits m_limits;
    Handler m_handler;
    BodyLimit m_bodyLimit;
    Upgrade m_upgrade;
    std::unique_ptr<RequestParser> m_parser;
    QByteArray m_unread; // received, not yet taken by the parser
    // The request's bytes are read in a socket transaction until its head is known, so that an
    // upgrade can be given away unread. Only a request that starts a fresh read can do that.
    bool m_inTransaction = false;
    bool m_answeringHead = false; // a HEAD request's answer has no body
    State m_state = State::Idle;
    QTimer m_timer;

    static constexpr int DRAIN_MS = 2000;
};

} // namespace CareDesk::Server

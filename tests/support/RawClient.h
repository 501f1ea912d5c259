#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QTcpSocket>

#include <optional>

namespace CareDesk::Testing {

struct RawReply
{
    int status = 0;
    QByteArray head;
    QByteArray body;

    QJsonObject json() const;
    QString errorCode() const;
    QByteArray header(const QByteArray &name) const;
};

// HTTP/1.1 and WebSocket written by hand over a TCP socket bound to a chosen loopback source
// address, so that a test can be an attacker at 127.0.0.2 and an owner at 127.0.0.3, and send
// what no well-behaved client library would: huge bodies, slow headers, oversized frames.
class RawClient
{
public:
    RawClient(quint16 port, const QString &sourceAddress);

    bool open(int timeoutMs = 5000);
    void send(const QByteArray &bytes);
    // One response; waits up to `timeoutMs`, spinning the event loop.
    std::optional<RawReply> readReply(int timeoutMs = 10000);
    bool waitClosed(int timeoutMs);
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    // A request with Content-Length (and a bearer token when given).
    static QByteArray request(const QByteArray &method, const QByteArray &path,
                              const QByteArray &body = {}, const QByteArray &token = {});
    // One request on a fresh connection from `sourceAddress`.
    static RawReply call(quint16 port, const QString &sourceAddress, const QByteArray &method,
                         const QByteArray &path, const QByteArray &body = {},
                         const QByteArray &token = {});

    // The WebSocket handshake on /v1/events; true once the server switched protocols.
    bool upgrade();
    // A masked client frame header announcing `payloadBytes` of text.
    static QByteArray frameHeader(quint64 payloadBytes);
    // A whole masked text frame.
    static QByteArray textFrame(const QByteArray &text);
    // Text frames the server sent, decoded, as they arrived so far.
    QList<QByteArray> receivedTexts();

    QTcpSocket &socket() { return m_socket; }

private:
    quint16 m_port;
    QHostAddress m_source;
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

// The resident memory of a process, from /proc, in bytes (0 when unknown).
qint64 residentBytes(qint64 pid);

} // namespace CareDesk::Testing

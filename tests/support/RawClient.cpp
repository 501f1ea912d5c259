#include "RawClient.h"

#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace CareDesk::Testing {

QJsonObject RawReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString RawReply::errorCode() const
{
    return json()[QLatin1String("error")][QLatin1String("code")].toString();
}

QByteArray RawReply::header(const QByteArray &name) const
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

RawClient::RawClient(quint16 port, const QString &sourceAddress)
    : m_port(port)
    , m_source(sourceAddress)
{}

bool RawClient::open(int timeoutMs)
{
    if (!m_socket.bind(m_source, 0))
        return false;
    m_socket.connectToHost(QHostAddress::LocalHost, m_port);
    return waitUntil([&] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                     timeoutMs);
}

void RawClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

std::optional<RawReply> RawClient::readReply(int timeoutMs)
{
    std::optional<RawReply> reply;
    waitUntil(
        [&] {
            m_buffer += m_socket.readAll();
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            RawReply candidate;
            candidate.head = m_buffer.left(end);
            candidate.status = candidate.head.mid(9, 3).toInt();
            const qsizetype length = candidate.header("Content-Length").toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            candidate.body = m_buffer.mid(end + 4, length);
            m_buffer.remove(0, end + 4 + length);
            reply = candidate;
            return true;
        },
        timeoutMs);
    return reply;
}

bool RawClient::waitClosed(int timeoutMs)
{
    return waitUntil(
        [&] {
            m_buffer += m_socket.readAll();
            return m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
}

QByteArray RawClient::request(const QByteArray &method, const QByteArray &path,
                              const QByteArray &body, const QByteArray &token)
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        out += "Authorization: Bearer " + token + "\r\n";
    if (!body.isEmpty() || method == "POST")
        out +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    return out + "\r\n" + body;
}

RawReply RawClient::call(quint16 port, const QString &sourceAddress, const QByteArray &method,
                         const QByteArray &path, const QByteArray &body, const QByteArray &token)
{
    RawClient client(port, sourceAddress);
    if (!client.open())
        return {};
    client.send(request(method, path, body, token));
    return client.readReply(30000).value_or(RawReply{});
}

bool RawClient::upgrade()
{
    QByteArray key(16, Qt::Uninitialized);
    for (char &byte : key)
        byte = char(QRandomGenerator::global()->bounded(256));
    send("GET /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
         "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: " +
         key.toBase64() + "\r\n\r\n");
    waitUntil([&] {
        m_buffer += m_socket.readAll();
        return m_buffer.contains("\r\n\r\n") ||
               m_socket.state() == QAbstractSocket::UnconnectedState;
    });
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    const bool switched = end > 0 && m_buffer.startsWith("HTTP/1.1 101");
    if (end > 0)
        m_buffer.remove(0, end + 4);
    return switched;
}

QByteArray RawClient::frameHeader(quint64 payloadBytes)
{
    QByteArray header;
    header += char(0x81); // the final frame of a text message
    if (payloadBytes < 126) {
        header += char(0x80 | payloadBytes);
    } else if (payloadBytes <= 0xffff) {
        header += char(0x80 | 126);
        header += char(payloadBytes >> 8);
        header += char(payloadBytes & 0xff);
    } else {
        header += char(0x80 | 127);
        for (int shift = 56; shift >= 0; shift -= 8)
            header += char((payloadBytes >> shift) & 0xff);
    }
    return header + QByteArray(4, '\0'); // a zero mask leaves the payload as it is
}

QByteArray RawClient::textFrame(const QByteArray &text)
{
    return frameHeader(quint64(text.size())) + text;
}

QList<QByteArray> RawClient::receivedTexts()
{
    m_buffer += m_socket.readAll();
    QList<QByteArray> texts;
    while (m_buffer.size() >= 2) {
        quint64 length = quint8(m_buffer[1]) & 0x7f;
        qsizetype offset = 2;
        if (length == 126) {
            if (m_buffer.size() < 4)
                break;
            length = (quint64(quint8(m_buffer[2])) << 8) | quint8(m_buffer[3]);
            offset = 4;
        } else if (length == 127) {
            if (m_buffer.size() < 10)
                break;
            length = 0;
            for (int i = 2; i < 10; ++i)
                length = (length << 8) | quint8(m_buffer[i]);
            offset = 10;
        }
        if (quint64(m_buffer.size()) < offset + length)
            break;
        if ((quint8(m_buffer[0]) & 0x0f) == 0x1)
            texts.append(m_buffer.mid(offset, qsizetype(length)));
        m_buffer.remove(0, offset + qsizetype(length));
    }
    return texts;
}

qint64 residentBytes(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    return 0;
}

} // namespace CareDesk::Testing

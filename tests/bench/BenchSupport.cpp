#include "BenchSupport.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <algorithm>

namespace CareDesk::BenchSupport {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(std::min<double>(
        static_cast<double>(values.size() - 1), p / 100.0 * static_cast<double>(values.size())));
    return values[index];
}

namespace {

bool connectFrom(QTcpSocket &socket, const QString &source, quint16 port)
{
    socket.abort();
    if (!source.isEmpty() && !socket.bind(QHostAddress(source)))
        return false;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(5000);
}

} // namespace

int request(QTcpSocket &socket, const QString &source, quint16 port, const QByteArray &method,
            const QByteArray &path, const QByteArray &body, const QByteArray &token,
            QByteArray *answerBody)
{
    if (socket.state() != QAbstractSocket::ConnectedState && !connectFrom(socket, source, port))
        return 0;
    QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        head += "Authorization: Bearer " + token + "\r\n";
    socket.write(head + "Content-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray answer;
    qsizetype headerEnd = -1;
    qsizetype length = 0;
    while (headerEnd < 0 || answer.size() < headerEnd + 4 + length) {
        // Long enough for a large ingest to be stored before its answer.
        if (!socket.waitForReadyRead(120000)) {
            socket.abort();
            return 0;
        }
        answer += socket.readAll();
        headerEnd = answer.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            const QByteArray headers = answer.left(headerEnd).toLower();
            const qsizetype at = headers.indexOf("content-length:");
            length = at < 0 ? 0
                            : headers.mid(at + 15, headers.indexOf('\r', at) - at - 15)
                                  .trimmed()
                                  .toLongLong();
        }
    }
    if (answer.toLower().contains("connection: close"))
        socket.disconnectFromHost();
    if (answerBody)
        *answerBody = answer.mid(headerEnd + 4, length);
    return answer.mid(9, 3).toInt();
}

} // namespace CareDesk::BenchSupport

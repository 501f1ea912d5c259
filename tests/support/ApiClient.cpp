#include "ApiClient.h"

#include "TestSupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>

#include <memory>
#include <vector>

namespace CareDesk::Testing {

QString ApiReply::errorCode() const
{
    return body.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QString ApiReply::errorMessage() const
{
    return body.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
}

QByteArray ApiReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QUrl ApiClient::url(const QString &path) const
{
    return QUrl(m_base.toString() + path);
}

ApiReply ApiClient::call(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QByteArray &token) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(url(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    ApiReply result;
    if (!waitUntil([&] { return reply->isFinished(); }, 30000)) {
        reply->abort();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.raw = reply->readAll();
    result.body = QJsonDocument::fromJson(result.raw).object();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    reply->deleteLater();
    return result;
}

ApiReply ApiClient::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                         const QByteArray &token) const
{
    return call(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

QByteArray ApiClient::login(const QString &login, const QString &password) const
{
    const ApiReply reply =
        call("POST", QStringLiteral("/v1/sessions"),
             QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
    return reply.body.value(QLatin1String("token")).toString().toLatin1();
}

LiveClient::LiveClient(quint16 port, const QByteArray &token, qint64 since)
{
    QObject::connect(
        &socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &text) {
            const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
            if (message.value(QLatin1String("type")).toString() != u"changes") {
                received.append(message);
                return;
            }
            // Kept one change per entry, so that tests look for a change without caring how the
            // server grouped them.
            for (const QJsonValue &change : message.value(QLatin1String("changes")).toArray())
                received.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("change")},
                                            {QStringLiteral("change"), change}});
        });
    QObject::connect(&socket, &QWebSocket::connected, &socket, [this, token, since] {
        socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                                      {QStringLiteral("token"), QString::fromLatin1(token)},
                                      {QStringLiteral("since"), since}})
                .toJson(QJsonDocument::Compact)));
    });
    socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/events").arg(port)));
}

bool LiveClient::has(const std::function<bool(const QJsonObject &)> &match) const
{
    return std::any_of(received.begin(), received.end(), match);
}

bool LiveClient::welcomed() const
{
    return has([](const QJsonObject &m) {
        return m.value(QLatin1String("type")).toString() == u"welcome";
    });
}

QList<qint64> LiveClient::changeRevs() const
{
    QList<qint64> revs;
    for (const QJsonObject &message : received)
        if (message.value(QLatin1String("type")).toString() == u"change")
            revs.append(message[QLatin1String("change")][QLatin1String("rev")].toInteger());
    return revs;
}

QList<int> raceRequests(const QList<quint16> &ports, int count,
                        const std::function<QByteArray(int)> &request)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < count; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QStringLiteral("127.0.0.1"), ports[i % ports.size()]);
    }
    waitUntil([&] {
        return std::all_of(sockets.begin(), sockets.end(), [](const auto &socket) {
            return socket->state() == QAbstractSocket::ConnectedState;
        });
    });
    // Everything is written before anything is read: the requests arrive together.
    for (int i = 0; i < count; ++i)
        sockets[static_cast<size_t>(i)]->write(request(i));
    QList<int> statuses(count, 0);
    waitUntil(
        [&] {
            bool all = true;
            for (int i = 0; i < count; ++i) {
                QTcpSocket &socket = *sockets[static_cast<size_t>(i)];
                if (statuses[i] == 0 && socket.canReadLine()) {
                    const QList<QByteArray> statusLine = socket.readLine().split(' ');
                    statuses[i] = statusLine.value(1).toInt();
                }
                all = all && statuses[i] != 0;
            }
            return all;
        },
        60000);
    return statuses;
}

} // namespace CareDesk::Testing

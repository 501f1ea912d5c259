#include "FakePlatformServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace CareDesk::Testing {

class FakePlatformServer::Worker final : public QObject
{
public:
    explicit Worker(FakePlatformServer &owner)
        : m_owner(owner)
    {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        m_server->listen(QHostAddress::LocalHost, 0);
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { read(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server->serverPort();
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            Request request;
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            const QUrl target(QString::fromLatin1(requestLine.value(1)));
            request.path = target.path();
            request.query = QUrlQuery(target);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length", "0").toLongLong();
            if (buffer.size() < headerEnd + 4 + length)
                return;
            request.body = buffer.mid(headerEnd + 4, length);
            buffer.remove(0, headerEnd + 4 + length);
            answer(socket, request);
        }
    }

    void answer(QTcpSocket *socket, const Request &request)
    {
        Response response;
        {
            QMutexLocker lock(&m_owner.m_mutex);
            m_owner.m_requests.append(request);
        }
        response = m_owner.m_handler(request);
        const auto send = [socket, response] {
            if (response.dropConnection) {
                socket->abort();
                return;
            }
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Fake\r\n";
            for (const auto &[name, value] : response.headers)
                out += name + ": " + value + "\r\n";
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n" +
                   response.body;
            socket->write(out);
        };
        if (response.delayMs > 0)
            QTimer::singleShot(response.delayMs, socket, send);
        else
            send();
    }

    FakePlatformServer &m_owner;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

FakePlatformServer::FakePlatformServer(Handler handler)
    : m_thread(std::make_unique<QThread>())
    , m_handler(std::move(handler))
{
    m_worker = new Worker(*this);
    m_worker->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    QSemaphore ready;
    QMetaObject::invokeMethod(m_worker, [this, &ready] {
        m_port = m_worker->listen();
        ready.release();
    });
    ready.acquire();
}

FakePlatformServer::~FakePlatformServer()
{
    m_thread->quit();
    m_thread->wait();
}

QString FakePlatformServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QList<FakePlatformServer::Request> FakePlatformServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

FakePlatformServer::Response FakePlatformServer::sample(const QString &relativePath)
{
    QFile file(QStringLiteral(CAREDESK_API_SAMPLES_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing API sample %s", qPrintable(relativePath));
    const QJsonObject recorded = QJsonDocument::fromJson(file.readAll())
                                     .object()
                                     .value(QLatin1String("response"))
                                     .toObject();
    Response response;
    response.status = recorded.value(QLatin1String("status")).toInt(200);
    const QJsonObject headers = recorded.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        response.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
    // Some platforms answer with a list (Salesforce's errors).
    const QJsonValue body = recorded.value(QLatin1String("body"));
    response.body =
        (body.isArray() ? QJsonDocument(body.toArray()) : QJsonDocument(body.toObject()))
            .toJson(QJsonDocument::Compact);
    return response;
}

FakePlatformServer::Response FakePlatformServer::json(int status, const QByteArray &body)
{
    return {status, {{"content-type", "application/json; charset=utf-8"}}, body, 0, false};
}

} // namespace CareDesk::Testing

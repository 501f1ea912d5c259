#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QThread;

namespace CareDesk::Testing {

// A stand-in for a platform API on loopback, on a thread of its own (connectors block on
// their requests). Speaks just enough HTTP/1.1; a handler decides each answer and can delay it
// or drop the connection without answering, as real networks do.
class FakePlatformServer final
{
public:
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QMap<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int delayMs = 0;
        bool dropConnection = false; // close without answering
    };
    using Handler = std::function<Response(const Request &)>;

    explicit FakePlatformServer(Handler handler);
    ~FakePlatformServer();

    QString baseUrl() const; // http://127.0.0.1:<port>
    QList<Request> requests() const;

    // A platform answer from tests/fixtures (`{"response":{"status","headers","body"}}`).
    static Response sample(const QString &relativePath);
    static Response json(int status, const QByteArray &body);

private:
    class Worker;
    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<Request> m_requests;
    Handler m_handler;
};

} // namespace CareDesk::Testing

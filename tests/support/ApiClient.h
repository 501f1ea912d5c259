#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <QWebSocket>

#include <functional>

namespace CareDesk::Testing {

struct ApiReply
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;
    QList<std::pair<QByteArray, QByteArray>> headers;

    QString errorCode() const;
    QString errorMessage() const;
    QByteArray header(const QByteArray &name) const;
};

// Talks to a team server the way a desktop does: JSON over HTTP with a bearer token. Each call
// waits (spinning the event loop, so an in-process server keeps serving).
class ApiClient
{
public:
    explicit ApiClient(QUrl base)
        : m_base(std::move(base))
    {}

    ApiReply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QByteArray &token = {}) const;
    ApiReply call(const QByteArray &method, const QString &path, const QJsonObject &body,
                  const QByteArray &token = {}) const;
    // Logs in; the token, or empty when refused.
    QByteArray login(const QString &login, const QString &password) const;
    QUrl url(const QString &path) const;

private:
    QUrl m_base;
};

// A desktop's live connection to /v1/events: says hello with its token and the revision it has
// seen, and keeps every message it receives.
class LiveClient
{
public:
    LiveClient(quint16 port, const QByteArray &token, qint64 since);

    QWebSocket socket;
    QList<QJsonObject> received;

    bool has(const std::function<bool(const QJsonObject &)> &match) const;
    bool welcomed() const;
    QList<qint64> changeRevs() const;
};

// Sends `count` copies of one request at the same moment over separate connections, spread
// over `ports` in turn, and returns each HTTP status: the way to race a server.
QList<int> raceRequests(const QList<quint16> &ports, int count,
                        const std::function<QByteArray(int)> &request);

} // namespace CareDesk::Testing

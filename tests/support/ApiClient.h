#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

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
    explicit ApiClient(QUrl base) : m_base(std::move(base)) {}

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

// Sends `count` copies of one request at the same moment over separate connections, spread
// over `ports` in turn, and returns each HTTP status: the way to race a server.
QList<int> raceRequests(const QList<quint16> &ports, int count, const std::function<QByteArray(int)> &request);

} // namespace CareDesk::Testing

#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace CareDesk::Server {

class PendingResponse;

// A response, and the shapes every answer of the API takes: JSON, or the one error shape
// {"error": {"code", "message", ...detail}}.
struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers; // besides Content-Type
    // Set when the answer comes later (see deferred()); the fields above are then unused.
    std::shared_ptr<PendingResponse> pending;

    static HttpResponse json(int status, const QJsonObject &body);
    static HttpResponse noContent();
    // `detail` joins code and message inside "error".
    static HttpResponse error(int status, const QString &code, const QString &message,
                              const QJsonObject &detail = {});
    // 503: the server cannot do it now (the database is out of reach); the detail is logged.
    static HttpResponse unavailable(const Core::Error &failure);
    // An answer that is not ready yet, such as a password being checked on a worker thread:
    // the connection writes it once `pending` is resolved and reads nothing else meanwhile.
    static HttpResponse deferred(std::shared_ptr<PendingResponse> pending);
};

// The promise of a later answer. Made and resolved on the server's thread.
class PendingResponse final
{
public:
    void resolve(HttpResponse response);
    // Called once with the answer: at once if it is already there, else when it comes.
    void whenResolved(std::function<void(HttpResponse)> deliver);

private:
    std::optional<HttpResponse> m_answer;
    std::function<void(HttpResponse)> m_deliver;
};

} // namespace CareDesk::Server

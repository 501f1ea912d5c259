#include "HttpResponse.h"

#include "Logging.h"

#include <protocol/ApiError.h>

#include <QJsonDocument>

namespace CareDesk::Server {

HttpResponse HttpResponse::json(int status, const QJsonObject &body)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse response;
    response.status = 204;
    return response;
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message,
                                 const QJsonObject &detail)
{
    QJsonObject body = Protocol::ApiError{code, message}.toJson();
    if (!detail.isEmpty()) {
        QJsonObject inner = body.value(QLatin1String("error")).toObject();
        for (auto it = detail.begin(); it != detail.end(); ++it)
            inner.insert(it.key(), it.value());
        body.insert(QStringLiteral("error"), inner);
    }
    return json(status, body);
}

HttpResponse HttpResponse::unavailable(const Core::Error &failure)
{
    qCWarning(lcServer) << failure.userMessage << failure.detail;
    return error(503, QStringLiteral("unavailable"), failure.userMessage);
}

HttpResponse HttpResponse::deferred(std::shared_ptr<PendingResponse> pending)
{
    HttpResponse response;
    response.pending = std::move(pending);
    return response;
}

void PendingResponse::resolve(HttpResponse response)
{
    if (m_deliver) {
        // Once: whoever waits is told, and forgotten (it may hold this promise alive).
        const auto deliver = std::exchange(m_deliver, nullptr);
        deliver(std::move(response));
        return;
    }
    m_answer = std::move(response);
}

void PendingResponse::whenResolved(std::function<void(HttpResponse)> deliver)
{
    if (m_answer) {
        deliver(*std::exchange(m_answer, std::nullopt));
        return;
    }
    m_deliver = std::move(deliver);
}

} // namespace CareDesk::Server

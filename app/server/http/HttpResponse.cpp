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

} // namespace CareDesk::Server

#include "ApiError.h"

#include <QJsonDocument>

namespace CareDesk::Protocol {

QJsonObject ApiError::toJson() const
{
    return {{QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

QByteArray ApiError::toBody() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

ApiError ApiError::fromBody(const QByteArray &body)
{
    const QJsonObject error =
        QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    if (error.isEmpty())
        return {QStringLiteral("bad_response"), QString::fromUtf8(body.left(200))};
    return {error.value(QLatin1String("code")).toString(),
            error.value(QLatin1String("message")).toString()};
}

} // namespace CareDesk::Protocol

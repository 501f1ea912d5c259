#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace CareDesk::Server {

// A response, and the shapes every answer of the API takes: JSON, or the one error shape
// {"error": {"code", "message", ...detail}}.
struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers; // besides Content-Type

    static HttpResponse json(int status, const QJsonObject &body);
    static HttpResponse noContent();
    // `detail` joins code and message inside "error".
    static HttpResponse error(int status, const QString &code, const QString &message,
                              const QJsonObject &detail = {});
    // 503: the server cannot do it now (the database is out of reach); the detail is logged.
    static HttpResponse unavailable(const Core::Error &failure);
};

} // namespace CareDesk::Server

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace CareDesk::Protocol {

// The one error shape of the /v1 API: {"error": {"code": "...", "message": "..."}}.
struct ApiError
{
    QString code;    // stable, machine-readable: "not_found", "conflict", ...
    QString message; // for people

    QJsonObject toJson() const;
    QByteArray toBody() const;
    static ApiError fromBody(const QByteArray &body);
};

} // namespace CareDesk::Protocol

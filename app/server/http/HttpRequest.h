#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

namespace CareDesk::Server {

// A request as the server's handlers see it, whichever Qt HttpServer version parsed it.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray authorization;
    QHostAddress remoteAddress;
    QList<std::pair<QByteArray, QByteArray>> headers;

    // The first header of that name, case-insensitively; empty when absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
};

} // namespace CareDesk::Server

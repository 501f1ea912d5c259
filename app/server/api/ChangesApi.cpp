#include "ChangesApi.h"

#include "server/store/ChangeFeed.h"

#include <QCoreApplication>

namespace CareDesk::Server {

namespace {

// The catalogs know these messages under the context of the server as one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamServer)
};

} // namespace

ChangesApi::ChangesApi(ChangeFeed &feed)
    : m_feed(feed)
{}

HttpResponse ChangesApi::changes(const ApiCall &call)
{
    const QUrlQuery &query = call.request.query;
    bool ok = false;
    const qint64 since = query.queryItemValue(QStringLiteral("since")).toLongLong(&ok);
    if (!ok || since < 0)
        return HttpResponse::error(422, QStringLiteral("invalid"),
                                   Tr::tr("since must be a revision number (0 for everything)."));
    int limit = 1000;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 5000)
            return HttpResponse::error(422, QStringLiteral("invalid"),
                                       Tr::tr("limit must be between 1 and 5000."));
    }
    auto feed = m_feed.since(call.caller, since, limit);
    if (!feed)
        return HttpResponse::unavailable(feed.error());
    return HttpResponse::json(200, feed.value().toJson());
}

} // namespace CareDesk::Server

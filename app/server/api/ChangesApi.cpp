#include "ChangesApi.h"

#include "RequestNumbers.h"
#include "server/store/ChangeFeed.h"

namespace CareDesk::Server {

ChangesApi::ChangesApi(ChangeFeed &feed)
    : m_feed(feed)
{}

HttpResponse ChangesApi::changes(const ApiCall &call)
{
    const QUrlQuery &query = call.request.query;
    // A revision: 0 for everything.
    const auto since = RequestNumbers::fromText(query.queryItemValue(QStringLiteral("since")),
                                                QStringLiteral("since"), 0);
    if (auto *response = std::get_if<HttpResponse>(&since))
        return *response;
    qint64 limit = 1000;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        const auto asked = RequestNumbers::fromText(query.queryItemValue(QStringLiteral("limit")),
                                                    QStringLiteral("limit"), 1, 5000);
        if (auto *response = std::get_if<HttpResponse>(&asked))
            return *response;
        limit = std::get<qint64>(asked);
    }
    auto feed = m_feed.since(call.caller, std::get<qint64>(since), static_cast<int>(limit));
    if (!feed)
        return HttpResponse::unavailable(feed.error());
    return HttpResponse::json(200, feed.value().toJson());
}

} // namespace CareDesk::Server

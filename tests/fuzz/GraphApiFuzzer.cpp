// Graph API and Messenger Platform answers: comment and message nodes in pages, node times,
// errors and the usage headers Facebook dates a retry by (plugins/facebook/GraphApi.h).
#include "FuzzSupport.h"

#include <GraphApi.h>

#include <QJsonArray>
#include <QJsonDocument>

using namespace CareDesk;
using namespace CareDesk::Channels::Facebook;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytesOf(data, size);
    const QString pageId = QStringLiteral("104000000000001");
    // A page of nodes ({"data":[...]}) as the connector walks it, or a single node.
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    QJsonArray nodes = root.value(QLatin1String("data")).toArray();
    nodes.append(root);
    for (const QJsonValue &node : std::as_const(nodes)) {
        const Sdk::InboundItem comment = commentToItem(node.toObject(), pageId);
        Fuzz::check(comment.kind == Sdk::ItemKind::Comment, "a comment node is a comment");
        Fuzz::check(!comment.createdAt.isValid() || comment.createdAt.timeSpec() == Qt::UTC,
                    "node times are in UTC");
        messageToItem(node.toObject(), QStringLiteral("t_1"), pageId);
        graphTime(node.toObject().value(QLatin1String("created_time")));
    }

    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1793606400, Qt::UTC);
    for (const int status : {200, 400, 500}) {
        Sdk::HttpResponse response;
        response.status = status;
        response.body = body;
        // Usage headers are single-line JSON too.
        response.headers = {{"x-business-use-case-usage", body}, {"x-app-usage", body}};
        const Sdk::Failure failure = failureOf(response, now);
        Fuzz::check(failure.kind != Sdk::FailureKind::RateLimited || failure.retryAfter >= now,
                    "a rate limit says when to try again, not before now");
        const Sdk::Quota quota = quotaOf(response, now);
        Fuzz::check(quota.remaining <= 100, "the quota left is a percentage");
    }
    return 0;
}

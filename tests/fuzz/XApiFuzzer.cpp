// X API v2 answers: pages of tweets (mentions, search) and of direct-message events, and the
// errors X sends (plugins/twitter/XApi.h).
#include "FuzzSupport.h"

#include <XApi.h>

using namespace CareDesk;
using namespace CareDesk::Channels::Twitter;

namespace {

// The page's promises: items carry an id and come oldest first.
void checkPage(const Page &page)
{
    for (qsizetype i = 0; i < page.items.size(); ++i) {
        Fuzz::check(!page.items[i].platformId.isEmpty(), "every item of a page has an id");
        if (i > 0)
            Fuzz::check(!isOlderId(page.items[i].platformId, page.items[i - 1].platformId),
                        "a page's items come oldest first");
    }
    Fuzz::check(page.valid || page.items.isEmpty(), "a page that is not X's holds no items");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytesOf(data, size);
    const QString account = QStringLiteral("2244994945");
    checkPage(parseTweetPage(body, account));
    checkPage(parseDmEventPage(body, account));

    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1793606400, Qt::UTC);
    for (const int status : {400, 401, 403, 429, 503}) {
        Sdk::HttpResponse response;
        response.status = status;
        response.body = body;
        // The same bytes as the headers X dates a retry by.
        response.headers = {{"x-rate-limit-reset", body.left(24)}, {"retry-after", body.left(12)}};
        const Sdk::Failure failure = failureOf(response, now);
        Fuzz::check(!failure.ok() && !failure.message.isEmpty(),
                    "an error answer is a failure with a message");
        Fuzz::check(failure.kind != Sdk::FailureKind::RateLimited || failure.retryAfter >= now,
                    "a rate limit says when to try again, not before now");
        quotaOf(response);
    }
    return 0;
}

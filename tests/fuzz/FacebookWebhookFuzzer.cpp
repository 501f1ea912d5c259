// A Page's webhook deliveries (feed comments and Messenger events) and their signature, as the
// team server receives them (plugins/facebook/GraphApi.h).
#include "FuzzSupport.h"

#include <GraphApi.h>

using namespace CareDesk;
using namespace CareDesk::Channels::Facebook;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytesOf(data, size);
    const QString pageId = QStringLiteral("104000000000001");
    const WebhookItems pushed = parseWebhook(body, pageId);
    Fuzz::check(pushed.valid || (pushed.items.isEmpty() && pushed.skipped.isEmpty()),
                "a delivery that is not a Page's webhook yields nothing");
    for (const Sdk::InboundItem &item : pushed.items)
        Fuzz::check(!item.createdAt.isValid() || item.createdAt.timeSpec() == Qt::UTC,
                    "webhook times are in UTC");
    // The signature header is outside bytes too; the delivery's first line stands in for it.
    const QByteArray header = body.left(body.indexOf('\n'));
    Fuzz::check(!verifyWebhookSignature(body, header, QByteArrayLiteral("app-secret")) ||
                    header.startsWith("sha256="),
                "only a sha256= signature is accepted");
    return 0;
}

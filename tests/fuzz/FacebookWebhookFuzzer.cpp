// A Page's webhook deliveries (feed comments and Messenger events) and their signature, as the
// team server receives them (plugins/facebook/GraphApi.h).
#include "FuzzSupport.h"

#include <GraphApi.h>

using namespace CareDesk;
using namespace CareDesk::Channels::Facebook;

namespace {

// The host the connector runs in, as far as signatures need it. Its comparison is a plain
// one: what is fuzzed here is the header's parsing, not the host's constant-time compare.
class SignatureHost final : public Sdk::ChannelHost
{
public:
    QDateTime now() const override { return {}; }
    QString setting(const QString &) const override { return {}; }
    void logWarning(const QString &) const override {}
    QString credential() const override { return {}; }
    Sdk::HttpResponse http(const Sdk::HttpRequest &) override { return {}; }
    bool sameSecret(const QByteArray &given, const QByteArray &expected) const override
    {
        return !expected.isEmpty() && given == expected;
    }
};

} // namespace

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
    const SignatureHost host;
    Fuzz::check(!verifyWebhookSignature(host, body, header, QByteArrayLiteral("app-secret")) ||
                    header.startsWith("sha256="),
                "only a sha256= signature is accepted");
    return 0;
}

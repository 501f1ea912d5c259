// A platform's token endpoint answer ({"access_token","refresh_token","expires_in",...}) and
// the tokens as the keychain keeps them (channels/OAuthPkce.h).
#include "FuzzSupport.h"

#include <channels/OAuthPkce.h>

using namespace CareDesk;
using namespace CareDesk::Channels;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytesOf(data, size);
    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1793606400, Qt::UTC);
    const auto tokens = tokensFromResponse(200, body, now);
    if (tokens) {
        Fuzz::check(!tokens.value().expiresBefore(now), "fresh tokens have not expired yet");
        const auto kept = OAuthTokens::fromSecret(tokens.value().toSecret());
        Fuzz::check(kept && kept->accessToken == tokens.value().accessToken &&
                        kept->refreshToken == tokens.value().refreshToken,
                    "tokens read back from the keychain as they were kept");
    }
    if (const auto kept = OAuthTokens::fromSecret(QString::fromUtf8(body)))
        Fuzz::check(!kept->accessToken.isNull(), "tokens kept have an access token");
    Fuzz::check(!tokensFromResponse(400, body, now).ok(), "a refusal gives no tokens");
    return 0;
}

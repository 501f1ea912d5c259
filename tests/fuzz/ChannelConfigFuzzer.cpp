// Channel configuration files (channels/ChannelConfig.h) as the app, the server and
// `caredesk-cli channel` read them, with the OAuth client their settings describe.
#include "FuzzSupport.h"

#include <channels/ChannelConfig.h>

using namespace CareDesk;
using namespace CareDesk::Channels;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto config = ChannelConfig::fromJson(Fuzz::bytesOf(data, size));
    if (!config)
        return 0;
    Fuzz::check(!config.value().plugin.isEmpty(), "a configuration names its plugin");
    for (const char *secret : {"token", "accessToken", "access_token", "secret"})
        Fuzz::check(!config.value().settings.contains(QLatin1String(secret)),
                    "a configuration that holds a secret is refused");
    // X's defaults from its plugin metadata (plugins/twitter/twitter.json).
    static const QJsonObject defaults{
        {QStringLiteral("authorizeUrl"), QStringLiteral("https://x.com/i/oauth2/authorize")},
        {QStringLiteral("tokenUrl"), QStringLiteral("https://api.x.com/2/oauth2/token")},
        {QStringLiteral("tokenPath"), QStringLiteral("/2/oauth2/token")},
        {QStringLiteral("scopes"), QStringLiteral("tweet.read users.read offline.access")}};
    oauthClientFor(config.value().settings, defaults);
    keychainKeyOf(config.value().settings);
    environmentVariableOf(config.value().settings);
    return 0;
}

#include "ChannelConfig.h"

#include "Clock.h"
#include "Logging.h"
#include "net/HttpTransport.h"
#include "security/CleartextUrl.h"
#include "security/CredentialStore.h"
#include "security/SecretCompare.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <optional>

namespace CareDesk::Channels {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Channels::ChannelConfig)
};

// An address for messages: no user name or password, path or query (Graph's paging links
// carry the token in their query).
QString originOf(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                  QUrl::RemoveFragment)
        .toDisplayString();
}

// The settings that name where the channel's token, or the customer's sign-in, is sent.
std::optional<Error> cleartextAddress(const QJsonObject &object)
{
    const QJsonObject oauth = object.value(QLatin1String("oauth")).toObject();
    const QList<std::pair<QString, QJsonValue>> addresses{
        {QStringLiteral("apiBaseUrl"), object.value(QLatin1String("apiBaseUrl"))},
        {QStringLiteral("oauth.tokenUrl"), oauth.value(QLatin1String("tokenUrl"))},
        {QStringLiteral("oauth.authorizeUrl"), oauth.value(QLatin1String("authorizeUrl"))}};
    for (const auto &[name, value] : addresses) {
        const bool unset = value.isUndefined() || value.isNull() ||
                           (value.isString() && value.toString().isEmpty());
        if (unset)
            continue; // the plugin's default
        const QUrl url(value.toString());
        if (!Security::keepsSecretsPrivate(url))
            return Error{Tr::tr("\"%1\" must be an https:// address: over plain http:// the "
                                "channel's sign-in and token would cross the network "
                                "unencrypted. Plain http:// is taken only on this machine "
                                "(localhost, 127.0.0.1, ::1).")
                             .arg(name),
                         name + QStringLiteral(": ") + originOf(url)};
    }
    return std::nullopt;
}

} // namespace

Result<ChannelConfig> ChannelConfig::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error{Tr::tr("The channel configuration is not a JSON object."),
                     parseError.errorString()};
    const QJsonObject object = document.object();
    ChannelConfig config;
    config.plugin = object.value(QLatin1String("plugin")).toString();
    config.account = object.value(QLatin1String("account")).toString();
    config.settings = object;
    if (config.plugin.isEmpty())
        return Error{Tr::tr("The channel configuration names no plugin (\"plugin\": \"twitter\", "
                            "for example)."),
                     {}};
    const QJsonValue credential = object.value(QLatin1String("credential"));
    if (!credential.isUndefined() && !credential.isObject())
        return Error{
            Tr::tr("\"credential\" must name a keychain entry or an environment variable."), {}};
    config.keychainKey = keychainKeyOf(object);
    config.environmentVariable = credential.toObject().value(QLatin1String("env")).toString();
    // The secret never belongs in the file; refuse a file that holds one.
    for (const char *secret : {"token", "accessToken", "access_token", "secret"}) {
        if (object.contains(QLatin1String(secret)) ||
            credential.toObject().contains(QLatin1String(secret)))
            return Error{
                Tr::tr("The channel configuration holds a secret (\"%1\"). Keep it in the keychain "
                       "and name the entry in \"credential\".")
                    .arg(QLatin1String(secret)),
                {}};
    }
    if (auto refused = cleartextAddress(object))
        return *refused;
    return config;
}

Result<ChannelConfig> ChannelConfig::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("The channel configuration %1 could not be read.").arg(path),
                     file.errorString()};
    auto config = fromJson(file.readAll());
    if (!config)
        return Error{config.error().userMessage,
                     path + QStringLiteral(": ") + config.error().detail};
    return config;
}

Result<QString> readCredential(const ChannelConfig &config, Security::CredentialStore &store)
{
    if (!config.environmentVariable.isEmpty()) {
        const QString secret =
            qEnvironmentVariable(config.environmentVariable.toLocal8Bit().constData());
        if (secret.isEmpty())
            return Error{
                Tr::tr(
                    "The environment variable %1 that should hold this channel's token is empty.")
                    .arg(config.environmentVariable),
                {}};
        return secret;
    }
    if (config.keychainKey.isEmpty())
        return QString(); // a channel without a secret (the sandbox)
    Result<QString> secret = Error{};
    QEventLoop loop;
    bool answered = false;
    store.read(config.keychainKey, &loop, [&](Result<QString> read) {
        secret = std::move(read);
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return secret;
}

OAuthClient oauthClientFor(const QJsonObject &settings, const QJsonObject &pluginOAuthDefaults)
{
    const QJsonObject own = settings.value(QLatin1String("oauth")).toObject();
    const auto pick = [&](const char *key) {
        const QString value = own.value(QLatin1String(key)).toString();
        return value.isEmpty() ? pluginOAuthDefaults.value(QLatin1String(key)).toString() : value;
    };
    OAuthClient client;
    client.clientId = own.value(QLatin1String("clientId")).toString();
    client.authorizeUrl = QUrl(pick("authorizeUrl"));
    client.scopes = pick("scopes");
    client.assumedLifetimeSecs =
        pluginOAuthDefaults.value(QLatin1String("assumedLifetimeSecs")).toInt(0);
    const int port = own.value(QLatin1String("redirectPort")).toInt(0);
    client.redirectPort = port > 0 && port < 65536 ? quint16(port) : 0;
    // A channel that talks to a stand-in (a proxy, a test server) exchanges tokens there too.
    const QString apiBaseUrl = settings.value(QLatin1String("apiBaseUrl")).toString();
    const QString tokenPath = pluginOAuthDefaults.value(QLatin1String("tokenPath")).toString();
    if (!own.value(QLatin1String("tokenUrl")).toString().isEmpty())
        client.tokenUrl = QUrl(own.value(QLatin1String("tokenUrl")).toString());
    else if (!apiBaseUrl.isEmpty() && !tokenPath.isEmpty())
        client.tokenUrl = QUrl(apiBaseUrl + tokenPath);
    else
        client.tokenUrl = QUrl(pluginOAuthDefaults.value(QLatin1String("tokenUrl")).toString());
    return client;
}

QString keychainKeyOf(const QJsonObject &channelSettings)
{
    return channelSettings.value(QLatin1String("credential"))
        .toObject()
        .value(QLatin1String("keychain"))
        .toString();
}

QString environmentVariableOf(const QJsonObject &channelSettings)
{
    return channelSettings.value(QLatin1String("credential"))
        .toObject()
        .value(QLatin1String("env"))
        .toString();
}

ConnectorHost::ConnectorHost(const Core::Clock &clock, Net::HttpTransport &transport,
                             QString channelName, QJsonObject settings, QString credential,
                             OAuthClient oauth, CredentialRenewed renewed)
    : m_clock(clock)
    , m_transport(transport)
    , m_channelName(std::move(channelName))
    , m_settings(std::move(settings))
    , m_credential(std::move(credential))
    , m_oauth(std::move(oauth))
    , m_renewed(std::move(renewed))
{}

QString ConnectorHost::credential() const
{
    std::optional<OAuthTokens> tokens = OAuthTokens::fromSecret(m_credential);
    if (!tokens)
        return m_credential;
    // A minute's margin, so that a token does not expire on its way to the platform.
    constexpr int MARGIN_SECS = 60;
    if (tokens->expiresBefore(m_clock.now().addSecs(MARGIN_SECS)) &&
        !tokens->refreshToken.isEmpty() && !m_oauth.clientId.isEmpty()) {
        auto renewed = refreshTokens(m_oauth, tokens->refreshToken, m_transport, m_clock.now());
        if (renewed) {
            tokens = renewed.value();
            m_credential = tokens->toSecret();
            if (m_renewed)
                m_renewed(m_credential);
        } else {
            // The platform will refuse the old token, and the channel will ask to be connected
            // again.
            logWarning(renewed.error().userMessage + QLatin1Char(' ') + renewed.error().detail);
        }
    }
    return tokens->accessToken;
}

QDateTime ConnectorHost::now() const
{
    return m_clock.now();
}

QString ConnectorHost::setting(const QString &key) const
{
    const QJsonValue value = m_settings.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return QString();
}

void ConnectorHost::logWarning(const QString &message) const
{
    qCWarning(lcChannels).noquote() << m_channelName << message;
}

Sdk::HttpResponse ConnectorHost::http(const Sdk::HttpRequest &request)
{
    // The settings were checked when the channel was loaded; this also stops an address a
    // connector builds itself (a paging link from an answer) and settings saved before that check.
    if (!Security::keepsSecretsPrivate(request.url)) {
        Sdk::HttpResponse refused;
        refused.transportError =
            Tr::tr("The request to %1 was not sent: it could carry the channel's token across the "
                   "network unencrypted. Only https:// is used (plain http:// only on this "
                   "machine).")
                .arg(originOf(request.url));
        return refused;
    }
    return m_transport.run(request);
}

bool ConnectorHost::sameSecret(const QByteArray &given, const QByteArray &expected) const
{
    return Security::sameSecret(given, expected);
}

} // namespace CareDesk::Channels

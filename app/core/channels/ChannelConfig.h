#pragma once

#include "OAuthPkce.h"
#include "Result.h"

#include <sdk/ChannelPlugin.h>

#include <QJsonObject>
#include <QString>

#include <functional>

namespace CareDesk::Core {
class Clock;
}
namespace CareDesk::Security {
class CredentialStore;
}

namespace CareDesk::Net {
class HttpTransport;
}

namespace CareDesk::Channels {

// One channel as the app, the server and `caredesk-cli channel` configure it:
//   {"plugin":"twitter","account":"AcmeHelp","accountId":"2244994945",
//    "apiBaseUrl":"https://api.x.com","credential":{"keychain":"caredesk/twitter/AcmeHelp"}}
// `credential` may name an environment variable instead ({"env":"CAREDESK_TWITTER_TOKEN"}) for
// scripts and CI. Every other key is a setting the connector reads (keywords, scenario, ...).
// The secret itself is never in the file. `apiBaseUrl` and the "oauth" addresses must be
// https:// (plain http:// only on this machine), or the file is refused.
struct ChannelConfig
{
    QString plugin;
    QString account;
    QJsonObject
        settings; // the whole object, for ChannelHost::setting(); names, never holds, the secret
    QString keychainKey;
    QString environmentVariable;

    static Core::Result<ChannelConfig> fromJson(const QByteArray &json);
    static Core::Result<ChannelConfig> fromFile(const QString &path);
};

// Reads the channel's secret from where its config says. Waits for the keychain, which
// answers on this thread's event loop.
Core::Result<QString> readCredential(const ChannelConfig &config, Security::CredentialStore &store);

// The OAuth 2.0 client a channel signs in with: the plugin's defaults (its metadata's
// "oauth2": authorizeUrl, tokenUrl or tokenPath, scopes) under the channel's own "oauth"
// settings (clientId, and any of the others). Empty clientId: the channel does not use OAuth 2.0.
OAuthClient oauthClientFor(const QJsonObject &channelSettings,
                           const QJsonObject &pluginOAuthDefaults);
// The keychain entry a channel's settings name for its secret ("credential": {"keychain": ...}).
QString keychainKeyOf(const QJsonObject &channelSettings);
// The environment variable a channel's settings name for its secret ("credential": {"env": ...}).
QString environmentVariableOf(const QJsonObject &channelSettings);

// What a connector may use: the clock, its settings, its secret, HTTP and the log.
class ConnectorHost final : public Sdk::ChannelHost
{
public:
    using CredentialRenewed = std::function<void(const QString &secret)>;

    // `clock` and `transport` must outlive the host. A credential holding OAuth 2.0 tokens is
    // renewed with `oauth` shortly before it expires; `renewed` then stores the new secret.
    ConnectorHost(const Core::Clock &clock, Net::HttpTransport &transport, QString channelName,
                  QJsonObject settings, QString credential, OAuthClient oauth = {},
                  CredentialRenewed renewed = {});

    QDateTime now() const override;
    QString setting(const QString &key) const override;
    void logWarning(const QString &message) const override;
    // The access token only, renewed first when it is about to expire.
    QString credential() const override;
    // Refused, never sent, when the address is plain http:// to another machine.
    Sdk::HttpResponse http(const Sdk::HttpRequest &request) override;
    bool sameSecret(const QByteArray &given, const QByteArray &expected) const override;

private:
    const Core::Clock &m_clock;
    Net::HttpTransport &m_transport;
    QString m_channelName;
    QJsonObject m_settings;
    mutable QString m_credential;
    OAuthClient m_oauth;
    CredentialRenewed m_renewed;
};

} // namespace CareDesk::Channels

#pragma once

#include "Result.h"

#include <sdk/ChannelPlugin.h>

#include <QJsonObject>
#include <QString>

namespace CareDesk::Core {
class Clock;
}
namespace CareDesk::Security {
class CredentialStore;
}

namespace CareDesk::Channels {

class HttpTransport;

// One channel as the app, the server and `caredesk-cli channel` configure it:
//   {"plugin":"twitter","account":"AcmeHelp","accountId":"2244994945",
//    "apiBaseUrl":"https://api.x.com","credential":{"keychain":"caredesk/twitter/AcmeHelp"}}
// `credential` may name an environment variable instead ({"env":"CAREDESK_TWITTER_TOKEN"}) for
// scripts and CI. Every other key is a setting the connector reads (keywords, scenario, ...).
// The secret itself is never in the file.
struct ChannelConfig
{
    QString plugin;
    QString account;
    QJsonObject settings; // the whole object, for ChannelHost::setting()
    QString keychainKey;
    QString environmentVariable;

    static Core::Result<ChannelConfig> fromJson(const QByteArray &json);
    static Core::Result<ChannelConfig> fromFile(const QString &path);
};

// Reads the channel's secret from where its config says. Waits for the keychain, which
// answers on this thread's event loop.
Core::Result<QString> readCredential(const ChannelConfig &config, Security::CredentialStore &store);

// What a connector may use: the clock, its settings, its secret, HTTP and the log.
class ConnectorHost final : public Sdk::ChannelHost
{
public:
    // `clock` and `transport` must outlive the host.
    ConnectorHost(const Core::Clock &clock, HttpTransport &transport, QString channelName,
                  QJsonObject settings, QString credential);

    QDateTime now() const override;
    QString setting(const QString &key) const override;
    void logWarning(const QString &message) const override;
    QString credential() const override { return m_credential; }
    Sdk::HttpResponse http(const Sdk::HttpRequest &request) override;

private:
    const Core::Clock &m_clock;
    HttpTransport &m_transport;
    QString m_channelName;
    QJsonObject m_settings;
    QString m_credential;
};

} // namespace CareDesk::Channels

#pragma once

#include "Result.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <map>
#include <memory>
#include <optional>
#include <set>

class QTimer;

namespace CareDesk::Channels {
class ChannelCatalog;
class PkceAuthorization;
} // namespace CareDesk::Channels
namespace CareDesk::Net {
class HttpTransport;
}
namespace CareDesk::Security {
class CredentialStore;
}
namespace CareDesk::Storage {
struct ChannelRecord;
}

namespace CareDesk::Workspace {

struct WorkspaceContext;

// The workspace's live channels: it keeps their secrets (from the keychain or the
// environment), polls them for what is new, takes deliveries they push, signs their accounts
// in through the browser, and delivers the outbox through them. The desktop and the team
// server both run one.
class ChannelPoller final : public QObject
{
    Q_OBJECT

public:
    // Everything given must outlive the poller.
    ChannelPoller(WorkspaceContext &context, Channels::ChannelCatalog &catalog,
                  Security::CredentialStore &credentials, Net::HttpTransport &transport,
                  QObject *parent = nullptr);
    ~ChannelPoller() override;

    // Polls every POLL_INTERVAL_MS from now on.
    void startPolling();
    // Asks every channel for what is new and stores it, then delivers what is due.
    void pollChannels();
    // Sends what is due in the outbox now, without polling. True if any was sent.
    bool deliverDue();
    // A delivery the platform pushed for the channel named `channelName` (a webhook reaching
    // the team server), checked against `appSecret` by the channel's connector and stored like
    // polled items. Returns how many messages it added; a delivery the connector refuses is an
    // error whose detail is "rejected".
    Core::Result<int> receivePushed(const QString &channelName, const QByteArray &body,
                                    const QByteArray &signature, const QByteArray &appSecret);
    // Signs a channel's account in (again) through the browser: OAuth 2.0 with PKCE and a
    // loopback redirect. The tokens go to the keychain entry the channel names, and polling
    // resumes with them.
    void connectChannel(qint64 channelId);

    static constexpr int POLL_INTERVAL_MS = 15000;

Q_SIGNALS:
    // New messages or delivered replies are stored.
    void messagesStored();
    // A poll is over (whether or not anything came).
    void pollFinished();
    void channelStatusChanged(const QString &channelName, const QString &error);
    void failed(const CareDesk::Core::Error &error);
    // An agent's request about a channel could not be done.
    void refused(const CareDesk::Core::Error &error);
    // The agent must open `url` in a browser and allow CareDesk to use the account.
    void channelAuthorizationStarted(const QString &channelName, const QUrl &url);
    void channelConnected(const QString &channelName);

private:
    struct RunningChannel;
    bool pollChannel(const Storage::ChannelRecord &channel);
    bool deliverOutbox(const QList<Storage::ChannelRecord> &channels);
    RunningChannel *runningChannel(const Storage::ChannelRecord &channel, const QString &secret);
    // The channel's secret: from the keychain (nullopt while it is being asked), the
    // environment, or none.
    std::optional<QString> secretFor(const Storage::ChannelRecord &channel);
    // Asks the keychain for a channel's secret; the channel is polled once it has come.
    void requestSecret(const Storage::ChannelRecord &channel, const QString &keychainKey);
    void handleAuthorized(const Storage::ChannelRecord &channel, const QString &keychainKey,
                          const QString &secret);
    QJsonObject oauthDefaultsOf(const QString &pluginId) const;

    WorkspaceContext &m_context;
    Channels::ChannelCatalog &m_catalog;
    Security::CredentialStore &m_credentials;
    Net::HttpTransport &m_transport;
    std::map<qint64, QString> m_secrets; // channel id -> secret, held in memory only
    std::set<qint64> m_secretsAsked;
    std::map<qint64, std::unique_ptr<RunningChannel>> m_channels;
    // channel id -> sign-in under way
    std::map<qint64, Channels::PkceAuthorization *> m_authorizations;
    QTimer *m_pollTimer = nullptr;
};

} // namespace CareDesk::Workspace

#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

namespace CareDesk::Core {
class Clock;
}
namespace CareDesk::Channels {
class ChannelCatalog;
}
namespace CareDesk::Security {
class CredentialStore;
}
namespace CareDesk::Net {
class HttpTransport;
}
namespace CareDesk::Workspace {
class ChannelPoller;
struct WorkspaceContext;
} // namespace CareDesk::Workspace

namespace CareDesk::Server {

class ServerIngest;
class TeamSettings;

// The team's channels, run once for everyone on the server's ingest workspace: polled, their
// webhooks received, their replies delivered from its outbox, by the same channel poller the
// desktop runs. The one place the server uses the workspace engine.
class ServerChannels final : public QObject
{
    Q_OBJECT
public:
    // `ingestDirectory` is the ingest workspace's; `clock`, `ingest` and `teams` must outlive this.
    ServerChannels(const QString &ingestDirectory, const Core::Clock &clock, ServerIngest &ingest,
                   TeamSettings &teams, QObject *parent = nullptr);
    ~ServerChannels() override;

    // A channel the server runs for a team, from its configuration file (the same file the app
    // and caredesk-cli read; "team" names the team, else "default"). Its secret comes from the
    // environment or the keychain, as the file says.
    Core::Result<void> add(const QString &configFile);
    // Starts polling the channels and delivering replies through them (every 15 s);
    // pollNow() asks them at once, pollSoon() on the next turn of the event loop.
    void start();
    void pollNow();
    void pollSoon();

    // The team a channel's conversations belong to; 0 when no channel here has that name.
    qint64 teamOf(const QString &channel) const;

    // Webhooks: whether a channel here takes them under that name; the platform's
    // subscription check (the verify token the channel's configuration names); and a delivery,
    // checked against the channel's app secret. A delivery stores its messages and answers how
    // many; one the connector refuses is an error whose detail is "rejected".
    bool takesWebhooks(const QString &channel) const;
    bool verifyTokenMatches(const QString &channel, const QByteArray &given) const;
    Core::Result<int> receiveWebhook(const QString &channel, const QByteArray &body,
                                     const QByteArray &signature);

Q_SIGNALS:
    // The ingest workspace stored something new, or a reply's delivery moved on.
    void inboxChanged();

private:
    // Where a channel's webhook secrets are: environment variables named in its config.
    struct WebhookSecrets
    {
        QString appSecretVariable;
        QString verifyTokenVariable;
    };

    ServerIngest &m_ingest;
    TeamSettings &m_teams;
    std::unique_ptr<Channels::ChannelCatalog> m_catalog;
    std::unique_ptr<Security::CredentialStore> m_credentials;
    std::unique_ptr<Workspace::WorkspaceContext> m_workspace;
    std::unique_ptr<Net::HttpTransport> m_transport;
    std::unique_ptr<Workspace::ChannelPoller> m_poller;
    QHash<QString, qint64> m_channelTeams; // channel (account) name -> team
    QHash<QString, WebhookSecrets> m_webhooks;
};

} // namespace CareDesk::Server

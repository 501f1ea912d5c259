#pragma once

#include "Result.h"
#include "crm/CrmSettings.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

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
class CrmDesk;
class SurveyDesk;
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
    // The team's CRM, from its settings file (crm.json's form; "team" names the team, else
    // "default"): the team's new customers are matched there once, for every desk, and the
    // matches published with their conversations. One CRM a server.
    Core::Result<void> setCrm(const QString &settingsFile);
    // Looks up the customers who arrived since the last time (after a POST /v1/ingest too).
    void matchNewCustomers();
    // Starts polling the channels and delivering replies through them (every 15 s);
    // pollNow() asks them at once, pollSoon() on the next turn of the event loop.
    void start();
    void pollNow();
    void pollSoon();
    // The satisfaction surveys of the ingest workspace: asked through its outbox, answers read
    // from what its channels store.
    Workspace::SurveyDesk &surveys() { return *m_surveys; }

    // The team a channel's conversations belong to; 0 when no channel here has that name.
    qint64 teamOf(const QString &channel) const;
    // The names of the channels the server runs for the team, sorted.
    QStringList channelsOf(qint64 teamId) const;

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
    // Who a customer of the ingest workspace is changed (a CRM match): their open
    // conversations are worth publishing again.
    void customerChanged(qint64 customerId);

private:
    // Where a channel's webhook secrets are: environment variables named in its config.
    struct WebhookSecrets
    {
        QString appSecretVariable;
        QString verifyTokenVariable;
    };

    // The team a customer of the ingest workspace belongs to.
    qint64 teamOfCustomer(qint64 customerId) const;

    ServerIngest &m_ingest;
    TeamSettings &m_teams;
    std::unique_ptr<Channels::ChannelCatalog> m_catalog;
    std::unique_ptr<Security::CredentialStore> m_credentials;
    std::unique_ptr<Workspace::WorkspaceContext> m_workspace;
    std::unique_ptr<Net::HttpTransport> m_transport;
    std::unique_ptr<Workspace::ChannelPoller> m_poller;
    std::unique_ptr<Workspace::CrmDesk> m_crm; // uses the workspace, catalog and transport
    std::unique_ptr<Workspace::SurveyDesk> m_surveys;
    std::optional<Crm::CrmSettings> m_crmSettings;
    qint64 m_crmTeam = 0;
    QHash<QString, qint64> m_channelTeams; // channel (account) name -> team
    QHash<QString, WebhookSecrets> m_webhooks;
};

} // namespace CareDesk::Server

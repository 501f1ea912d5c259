#include "ServerChannels.h"

#include "Logging.h"
#include "ServerIngest.h"
#include "channels/ChannelCatalog.h"
#include "channels/ChannelConfig.h"
#include "net/HttpTransport.h"
#include "security/CredentialStore.h"
#include "security/SecretCompare.h"
#include "store/TeamSettings.h"
#include "workspace/ChannelPoller.h"
#include "workspace/WorkspaceContext.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace CareDesk::Server {

using Core::Error;
using Core::Result;

namespace {

// The catalogs know these messages under the context of the server as one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamServer)
};

QByteArray environment(const QString &variable)
{
    return variable.isEmpty() ? QByteArray() : qgetenv(variable.toLocal8Bit().constData());
}

QString envName(const QJsonObject &webhook, QLatin1String secret)
{
    return webhook.value(secret).toObject().value(QLatin1String("env")).toString();
}

} // namespace

ServerChannels::ServerChannels(const QString &ingestDirectory, const Core::Clock &clock,
                               ServerIngest &ingest, TeamSettings &teams, QObject *parent)
    : QObject(parent)
    , m_ingest(ingest)
    , m_teams(teams)
    , m_catalog(std::make_unique<Channels::ChannelCatalog>())
    , m_credentials(std::make_unique<Security::KeychainCredentialStore>())
{
    m_catalog->addLinkedPlugins();
    m_catalog->scanDirectory(Channels::ChannelCatalog::defaultPluginDirectory());
    m_workspace = std::make_unique<Workspace::WorkspaceContext>(ingestDirectory, clock);
    m_transport = std::make_unique<Net::HttpTransport>();
    m_poller = std::make_unique<Workspace::ChannelPoller>(*m_workspace, *m_catalog, *m_credentials,
                                                          *m_transport);
    using Workspace::ChannelPoller;
    connect(m_poller.get(), &ChannelPoller::messagesStored, this, &ServerChannels::inboxChanged);
    connect(m_poller.get(), &ChannelPoller::failed, this, [](const Core::Error &error) {
        qCWarning(lcServer) << error.userMessage << error.detail;
    });
    connect(m_poller.get(), &ChannelPoller::channelStatusChanged, this,
            [](const QString &channel, const QString &error) {
                if (!error.isEmpty())
                    qCWarning(lcServer) << "channel" << channel << error;
            });
}

ServerChannels::~ServerChannels()
{
    // Nothing the poller does while it shuts down reaches those who listen to us.
    m_poller->disconnect(this);
}

Result<void> ServerChannels::add(const QString &configFile)
{
    auto config = Channels::ChannelConfig::fromFile(configFile);
    if (!config)
        return config.error();
    QString platform;
    for (const Channels::PluginSpec &spec : m_catalog->plugins())
        if (spec.id == config.value().plugin)
            platform = spec.platform;
    if (platform.isEmpty() || !m_catalog->plugin(config.value().plugin))
        return Error{Tr::tr("There is no usable channel plugin \"%1\".").arg(config.value().plugin),
                     configFile};
    auto team = m_teams.teamId(config.value().settings.value(QLatin1String("team")).toString());
    if (!team)
        return team.error();
    if (auto added = m_ingest.addChannel(config.value(), platform); !added)
        return added.error();
    m_channelTeams.insert(config.value().account, team.value());
    const QJsonObject webhook = config.value().settings.value(QLatin1String("webhook")).toObject();
    if (!webhook.isEmpty())
        m_webhooks.insert(config.value().account, {envName(webhook, QLatin1String("appSecret")),
                                                   envName(webhook, QLatin1String("verifyToken"))});
    return {};
}

void ServerChannels::start()
{
    if (auto opened = m_workspace->open(); !opened) {
        qCWarning(lcServer) << opened.error().userMessage << opened.error().detail;
        return;
    }
    for (const Core::Error &problem : m_workspace->triage.problems())
        qCWarning(lcServer) << problem.userMessage << problem.detail;
    m_poller->pollChannels();
    m_poller->startPolling();
}

void ServerChannels::pollNow()
{
    m_poller->pollChannels();
}

void ServerChannels::pollSoon()
{
    QMetaObject::invokeMethod(m_poller.get(), &Workspace::ChannelPoller::pollChannels,
                              Qt::QueuedConnection);
}

qint64 ServerChannels::teamOf(const QString &channel) const
{
    return m_channelTeams.value(channel, 0);
}

bool ServerChannels::takesWebhooks(const QString &channel) const
{
    return m_webhooks.contains(channel);
}

bool ServerChannels::verifyTokenMatches(const QString &channel, const QByteArray &given) const
{
    return Security::sameSecret(given, environment(m_webhooks.value(channel).verifyTokenVariable));
}

Result<int> ServerChannels::receiveWebhook(const QString &channel, const QByteArray &body,
                                           const QByteArray &signature)
{
    return m_poller->receivePushed(channel, body, signature,
                                   environment(m_webhooks.value(channel).appSecretVariable));
}

} // namespace CareDesk::Server

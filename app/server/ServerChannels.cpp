#include "ServerChannels.h"

#include "Logging.h"
#include "ServerIngest.h"
#include "channels/ChannelCatalog.h"
#include "channels/ChannelConfig.h"
#include "security/CredentialStore.h"
#include "store/TeamSettings.h"
#include "workspace/WorkspaceService.h"

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
    // The team's channels are polled, and their replies delivered, by the same workspace
    // engine the desktop runs, on the server's ingest workspace.
    m_workspace = std::make_unique<Workspace::WorkspaceService>(ingestDirectory, *m_catalog, clock,
                                                                *m_credentials);
    m_workspace->setPracticeInboxOnFirstStart(false);
    connect(m_workspace.get(), &Workspace::WorkspaceService::inboxChanged, this,
            &ServerChannels::inboxChanged);
    connect(m_workspace.get(), &Workspace::WorkspaceService::failed, this,
            [](const QString &message, const QString &detail) {
                qCWarning(lcServer) << message << detail;
            });
    connect(m_workspace.get(), &Workspace::WorkspaceService::channelStatusChanged, this,
            [](const QString &channel, const QString &error) {
                if (!error.isEmpty())
                    qCWarning(lcServer) << "channel" << channel << error;
            });
}

ServerChannels::~ServerChannels()
{
    // Nothing the workspace does while it shuts down reaches those who listen to us.
    m_workspace->disconnect(this);
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
    m_workspace->open();
}

void ServerChannels::pollNow()
{
    m_workspace->pollChannels();
}

void ServerChannels::pollSoon()
{
    QMetaObject::invokeMethod(m_workspace.get(), &Workspace::WorkspaceService::pollChannels,
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
    const QByteArray expected = environment(m_webhooks.value(channel).verifyTokenVariable);
    return !expected.isEmpty() && expected.size() == given.size() &&
           std::equal(expected.begin(), expected.end(), given.begin());
}

Result<int> ServerChannels::receiveWebhook(const QString &channel, const QByteArray &body,
                                           const QByteArray &signature)
{
    return m_workspace->receivePushed(channel, body, signature,
                                      environment(m_webhooks.value(channel).appSecretVariable));
}

} // namespace CareDesk::Server

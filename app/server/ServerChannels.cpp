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
#include "workspace/CrmDesk.h"
#include "workspace/SurveyDesk.h"
#include "workspace/WorkspaceContext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

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
    m_crm = std::make_unique<Workspace::CrmDesk>(*m_workspace, *m_catalog, *m_transport,
                                                 *m_credentials);
    m_surveys = std::make_unique<Workspace::SurveyDesk>(*m_workspace);
    using Workspace::ChannelPoller;
    connect(m_poller.get(), &ChannelPoller::messagesStored, this, &ServerChannels::inboxChanged);
    connect(m_poller.get(), &ChannelPoller::messagesStored, this,
            &ServerChannels::matchNewCustomers);
    connect(m_crm.get(), &Workspace::CrmDesk::customerChanged, this,
            &ServerChannels::customerChanged);
    connect(m_crm.get(), &Workspace::CrmDesk::healthChanged, this,
            [](const QString &name, const QString &state, const QString &problem) {
                if (state != u"ok")
                    qCWarning(lcServer) << "CRM" << name << state << problem;
            });
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
    m_crm->disconnect(this);
    m_surveys.reset();
    m_crm.reset(); // waits for a CRM request on its way, before the workspace goes
}

Result<void> ServerChannels::setCrm(const QString &settingsFile)
{
    auto settings = Crm::CrmSettings::fromFile(settingsFile);
    if (!settings)
        return settings.error();
    QString team;
    if (settings.value().connector)
        team = settings.value().connector->settings.value(QLatin1String("team")).toString();
    auto teamId = m_teams.teamId(team);
    if (!teamId)
        return teamId.error();
    m_crmSettings = settings.value();
    m_crmTeam = teamId.value();
    return {};
}

void ServerChannels::matchNewCustomers()
{
    if (m_crmSettings && m_workspace->isOpen())
        m_crm->matchNewCustomers();
}

qint64 ServerChannels::teamOfCustomer(qint64 customerId) const
{
    // A team's own items (POST /v1/ingest) carry its id with the platform; a channel's
    // customers are its team's.
    QSqlQuery query(m_workspace->connection());
    query.prepare(QStringLiteral(
        "SELECT i.platform, COALESCE(ch.name, '') FROM identities i"
        " LEFT JOIN conversations c ON c.customer_id = i.customer_id"
        " LEFT JOIN channels ch ON ch.id = c.channel_id WHERE i.customer_id = ? LIMIT 1"));
    query.addBindValue(customerId);
    if (!query.exec() || !query.next())
        return 0;
    const QString platform = query.value(0).toString();
    const qsizetype slash = platform.indexOf(u'/');
    bool isNumber = false;
    const qint64 sender = slash > 0 ? QStringView(platform).left(slash).toLongLong(&isNumber) : 0;
    if (isNumber && sender > 0)
        return sender;
    if (const qint64 team = m_channelTeams.value(query.value(1).toString(), 0); team > 0)
        return team;
    auto fallback = m_teams.teamId(QString());
    return fallback ? fallback.value() : 0;
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
    if (m_crmSettings) {
        // Only the CRM's own team's customers are looked up there.
        m_crm->setCustomerFilter(
            [this](qint64 customerId) { return teamOfCustomer(customerId) == m_crmTeam; });
        m_crm->configure(*m_crmSettings);
        m_ingest.setExistingCustomerPoints(m_crmSettings->tierPoints);
        m_crm->matchNewCustomers();
    }
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

QStringList ServerChannels::channelsOf(qint64 teamId) const
{
    QStringList channels;
    for (auto it = m_channelTeams.cbegin(); it != m_channelTeams.cend(); ++it) {
        if (it.value() == teamId)
            channels.append(it.key());
    }
    channels.sort();
    return channels;
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

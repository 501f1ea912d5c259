#include "ChannelPoller.h"

#include "Clock.h"
#include "Logging.h"
#include "WorkspaceContext.h"
#include "channels/ChannelCatalog.h"
#include "channels/ChannelConfig.h"
#include "channels/OAuthPkce.h"
#include "ingest/IngestPipeline.h"
#include "net/HttpTransport.h"
#include "outbox/Outbox.h"
#include "security/CredentialStore.h"
#include "storage/WorkspaceStore.h"

#include <sdk/ChannelPlugin.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace CareDesk::Workspace {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Workspace::WorkspaceService)
};

constexpr int POLL_INTERVAL_SECS = ChannelPoller::POLL_INTERVAL_MS / 1000;

QJsonObject settingsOf(const Storage::ChannelRecord &channel)
{
    return QJsonDocument::fromJson(channel.settingsJson.toUtf8()).object();
}

} // namespace

struct ChannelPoller::RunningChannel
{
    std::unique_ptr<Channels::ConnectorHost> host;
    std::unique_ptr<Sdk::ChannelConnector> connector;
};

ChannelPoller::ChannelPoller(WorkspaceContext &context, Channels::ChannelCatalog &catalog,
                             Security::CredentialStore &credentials, Net::HttpTransport &transport,
                             QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_catalog(catalog)
    , m_credentials(credentials)
    , m_transport(transport)
{}

ChannelPoller::~ChannelPoller() = default;

void ChannelPoller::startPolling()
{
    if (m_pollTimer)
        return;
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(POLL_INTERVAL_MS);
    connect(m_pollTimer, &QTimer::timeout, this, &ChannelPoller::pollChannels);
    m_pollTimer->start();
}

QJsonObject ChannelPoller::oauthDefaultsOf(const QString &pluginId) const
{
    QJsonObject defaults;
    for (const Channels::PluginSpec &spec : m_catalog.plugins()) {
        if (spec.id == pluginId)
            defaults = spec.oauth2;
    }
    return defaults;
}

ChannelPoller::RunningChannel *ChannelPoller::runningChannel(const Storage::ChannelRecord &channel,
                                                             const QString &secret)
{
    if (auto it = m_channels.find(channel.id); it != m_channels.end())
        return it->second.get();
    Sdk::ChannelPlugin *plugin = m_catalog.plugin(channel.pluginId);
    if (!plugin)
        return nullptr;
    const QJsonObject settings = settingsOf(channel);
    const QString keychainKey = Channels::keychainKeyOf(settings);
    auto running = std::make_unique<RunningChannel>();
    running->host = std::make_unique<Channels::ConnectorHost>(
        m_context.clock, m_transport, channel.name, settings, secret,
        Channels::oauthClientFor(settings, oauthDefaultsOf(channel.pluginId)),
        [this, keychainKey, channelId = channel.id](const QString &renewed) {
            // Renewed tokens replace the old ones, in memory and in the keychain.
            m_secrets[channelId] = renewed;
            m_credentials.write(keychainKey, renewed, this, [](Result<void> written) {
                if (!written)
                    qCWarning(lcChannels) << written.error().userMessage << written.error().detail;
            });
        });
    running->connector = plugin->createConnector(*running->host);
    if (!running->connector)
        return nullptr;
    return m_channels.emplace(channel.id, std::move(running)).first->second.get();
}

void ChannelPoller::requestSecret(const Storage::ChannelRecord &channel, const QString &keychainKey)
{
    if (!m_secretsAsked.insert(channel.id).second)
        return;
    m_credentials.read(keychainKey, this, [this, channel](Result<QString> secret) {
        if (secret) {
            m_secrets[channel.id] = secret.value();
            QMetaObject::invokeMethod(this, &ChannelPoller::pollChannels, Qt::QueuedConnection);
            return;
        }
        // Nothing to poll with: the channel waits until its account is connected again.
        m_secretsAsked.erase(channel.id);
        if (!m_context.isOpen())
            return;
        const Sdk::Failure missing{
            Sdk::FailureKind::AuthorizationExpired,
            Tr::tr("No saved sign-in was found for %1; connect the account again.")
                .arg(channel.name),
            {}};
        (void)Storage::WorkspaceStore(m_context.connection())
            .recordFetch(
                channel.id, channel.cursor,
                channel.health.after(missing, {}, m_context.clock.now(), POLL_INTERVAL_SECS),
                std::nullopt);
        Q_EMIT channelStatusChanged(channel.name, missing.message);
    });
}

std::optional<QString> ChannelPoller::secretFor(const Storage::ChannelRecord &channel)
{
    const QJsonObject settings = settingsOf(channel);
    if (const QString keychainKey = Channels::keychainKeyOf(settings); !keychainKey.isEmpty()) {
        const auto known = m_secrets.find(channel.id);
        if (known == m_secrets.end()) {
            requestSecret(channel, keychainKey);
            return std::nullopt;
        }
        return known->second;
    }
    // Servers without a keychain keep tokens in their environment.
    if (const QString variable = Channels::environmentVariableOf(settings); !variable.isEmpty())
        return qEnvironmentVariable(variable.toLocal8Bit().constData());
    return QString();
}

Result<int> ChannelPoller::receivePushed(const QString &channelName, const QByteArray &body,
                                         const QByteArray &signature, const QByteArray &appSecret)
{
    if (!m_context.isOpen())
        return Error{Tr::tr("The workspace is not open."), {}};
    auto channels = Storage::WorkspaceStore(m_context.connection()).channels();
    if (!channels)
        return channels.error();
    const auto channel = std::find_if(channels.value().begin(), channels.value().end(),
                                      [&](const Storage::ChannelRecord &c) {
                                          return c.name == channelName && !c.pluginId.isEmpty();
                                      });
    if (channel == channels.value().end())
        return Error{Tr::tr("There is no channel called %1 here.").arg(channelName),
                     QStringLiteral("unknown")};
    const std::optional<QString> secret = secretFor(*channel);
    RunningChannel *running = secret ? runningChannel(*channel, *secret) : nullptr;
    if (!running)
        return Error{Tr::tr("The channel %1 is not ready yet.").arg(channelName),
                     QStringLiteral("unavailable")};
    const Sdk::FetchResult pushed = running->connector->receivePushed(body, signature, appSecret);
    if (!pushed.failure.ok())
        return Error{pushed.failure.message, pushed.failure.kind == Sdk::FailureKind::Rejected
                                                 ? QStringLiteral("rejected")
                                                 : QStringLiteral("unavailable")};
    if (pushed.items.isEmpty())
        return 0;
    Ingest::IngestPipeline pipeline(m_context.connection(), m_context.clock,
                                    m_context.triage.engine());
    auto report = pipeline.ingest(channel->id, channel->platform, pushed.items);
    if (!report)
        return report.error();
    if (report.value().added > 0)
        Q_EMIT messagesStored();
    return report.value().added;
}

void ChannelPoller::pollChannels()
{
    if (!m_context.isOpen())
        return;
    auto channels = Storage::WorkspaceStore(m_context.connection()).channels();
    if (!channels) {
        Q_EMIT failed(channels.error());
        return;
    }
    bool changed = false;
    for (const Storage::ChannelRecord &channel : channels.value()) {
        if (channel.pluginId.isEmpty())
            continue; // known from imported history only: nothing to poll
        changed = pollChannel(channel) || changed;
    }
    changed = deliverOutbox(channels.value()) || changed;
    if (changed)
        Q_EMIT messagesStored();
    Q_EMIT pollFinished();
}

bool ChannelPoller::pollChannel(const Storage::ChannelRecord &channel)
{
    Storage::WorkspaceStore store(m_context.connection());
    const QDateTime now = m_context.clock.now();
    // Rate limits, backoff and a token that needs renewing are obeyed here.
    if (!channel.health.isDue(now))
        return false;
    const std::optional<QString> secret = secretFor(channel);
    if (!secret)
        return false; // asked of the keychain; polled once it answers
    RunningChannel *running = runningChannel(channel, *secret);
    if (!running) {
        const Sdk::Failure missing{
            Sdk::FailureKind::Misconfigured,
            Tr::tr("The channel connector \"%1\" is not available.").arg(channel.pluginId),
            {}};
        (void)store.recordFetch(channel.id, channel.cursor,
                                channel.health.after(missing, {}, now, POLL_INTERVAL_SECS),
                                std::nullopt);
        Q_EMIT channelStatusChanged(channel.name, missing.message);
        return false;
    }
    const Sdk::FetchResult fetched = running->connector->fetchNew(channel.cursor);
    const Channels::ChannelHealth health =
        channel.health.after(fetched.failure, fetched.quota, now, POLL_INTERVAL_SECS);
    if (fetched.items.isEmpty()) {
        if (auto saved = store.recordFetch(channel.id,
                                           fetched.failure.ok() ? fetched.cursor : channel.cursor,
                                           health, std::nullopt);
            !saved)
            Q_EMIT failed(saved.error());
        Q_EMIT channelStatusChanged(channel.name, health.lastError);
        return false;
    }
    Ingest::IngestPipeline pipeline(m_context.connection(), m_context.clock,
                                    m_context.triage.engine());
    auto report = pipeline.ingest(channel.id, channel.platform, fetched.items);
    if (!report) {
        // The cursor stays where it was, so the same items come again next time.
        const Sdk::Failure notSaved{Sdk::FailureKind::Transient, report.error().userMessage, {}};
        (void)store.recordFetch(
            channel.id, channel.cursor,
            channel.health.after(notSaved, fetched.quota, now, POLL_INTERVAL_SECS), std::nullopt);
        Q_EMIT failed(report.error());
        return false;
    }
    // What arrived before a failure is kept, with the cursor that covers it.
    if (auto saved = store.recordFetch(channel.id, fetched.cursor, health, now); !saved)
        Q_EMIT failed(saved.error());
    Q_EMIT channelStatusChanged(channel.name, health.lastError);
    return report.value().added > 0;
}

bool ChannelPoller::deliverDue()
{
    if (!m_context.isOpen())
        return false;
    auto channels = Storage::WorkspaceStore(m_context.connection()).channels();
    if (!channels || !deliverOutbox(channels.value()))
        return false;
    Q_EMIT messagesStored();
    return true;
}

bool ChannelPoller::deliverOutbox(const QList<Storage::ChannelRecord> &channels)
{
    bool changed = false;
    const Core::Clock &clock = m_context.clock;
    Outbox::Outbox outbox(m_context.connection(), clock);
    Ingest::IngestPipeline pipeline(m_context.connection(), clock, m_context.triage.engine());
    for (const Storage::ChannelRecord &channel : channels) {
        if (channel.pluginId.isEmpty() || channel.health.isPaused())
            continue;
        auto it = m_channels.find(channel.id);
        if (it == m_channels.end())
            continue; // not started yet: its replies go out once it is
        // Each reply is recorded in its conversation as soon as the platform has it.
        auto delivered = outbox.deliverDue(
            channel.id, *it->second->connector, [&](const Outbox::OutboxEntry &sent) {
                if (auto recorded = pipeline.ingest(channel.id, channel.platform,
                                                    {Outbox::sentAsItem(sent, clock.now())});
                    !recorded)
                    Q_EMIT failed(recorded.error());
                changed = true;
            });
        if (!delivered)
            Q_EMIT failed(delivered.error());
    }
    return changed;
}

void ChannelPoller::connectChannel(qint64 channelId)
{
    if (!m_context.isOpen())
        return;
    auto channels = Storage::WorkspaceStore(m_context.connection()).channels();
    if (!channels) {
        Q_EMIT refused(channels.error());
        return;
    }
    const auto channel =
        std::find_if(channels.value().cbegin(), channels.value().cend(),
                     [&](const Storage::ChannelRecord &c) { return c.id == channelId; });
    if (channel == channels.value().cend())
        return;
    const QJsonObject settings = settingsOf(*channel);
    const QString keychainKey = Channels::keychainKeyOf(settings);
    const Channels::OAuthClient client =
        Channels::oauthClientFor(settings, oauthDefaultsOf(channel->pluginId));
    if (keychainKey.isEmpty() || client.clientId.isEmpty() || !client.authorizeUrl.isValid()) {
        Q_EMIT refused(
            Error{Tr::tr("%1 has no account to sign in to from here.").arg(channel->name),
                  QStringLiteral("no keychain entry or OAuth client in its settings")});
        return;
    }
    if (auto running = m_authorizations.find(channelId); running != m_authorizations.end())
        running->second->deleteLater(); // a new attempt replaces one the agent gave up on
    auto *authorization =
        new Channels::PkceAuthorization(client, m_transport, m_context.clock, this);
    m_authorizations[channelId] = authorization;
    const auto url = authorization->start();
    if (!url) {
        m_authorizations.erase(channelId);
        authorization->deleteLater();
        Q_EMIT refused(url.error());
        return;
    }
    const Storage::ChannelRecord record = *channel;
    connect(
        authorization, &Channels::PkceAuthorization::finished, this,
        [this, authorization, record, keychainKey](const Result<Channels::OAuthTokens> &tokens) {
            if (m_authorizations[record.id] == authorization)
                m_authorizations.erase(record.id);
            authorization->deleteLater();
            if (!tokens) {
                Q_EMIT refused(tokens.error());
                return;
            }
            handleAuthorized(record, keychainKey, tokens.value().toSecret());
        });
    Q_EMIT channelAuthorizationStarted(channel->name, url.value());
}

void ChannelPoller::handleAuthorized(const Storage::ChannelRecord &channel,
                                     const QString &keychainKey, const QString &secret)
{
    m_secrets[channel.id] = secret;
    m_channels.erase(channel.id); // its connector starts again with the new tokens
    m_credentials.write(
        keychainKey, secret, this, [this, name = channel.name](Result<void> written) {
            if (!written)
                Q_EMIT refused(Error{Tr::tr("%1 is connected for now, but the keychain did not "
                                            "keep its sign-in: connect it "
                                            "again after a restart.")
                                         .arg(name),
                                     written.error().userMessage});
        });
    // Whatever stopped the channel (an expired token) is over: it is due now.
    if (auto saved =
            Storage::WorkspaceStore(m_context.connection())
                .recordFetch(channel.id, channel.cursor, Channels::ChannelHealth{}, std::nullopt);
        !saved)
        Q_EMIT failed(saved.error());
    pollChannels();
    Q_EMIT channelConnected(channel.name);
}

} // namespace CareDesk::Workspace

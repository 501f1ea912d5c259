// caredesk-cli channel fetch|check and outbox deliver: one channel, outside the app, for
// diagnostics and scripts.

#include "Commands.h"
#include "JsonLines.h"

#include "Clock.h"
#include "channels/ChannelCatalog.h"
#include "channels/ChannelConfig.h"
#include "channels/OAuthPkce.h"
#include "ingest/InboundItemJson.h"
#include "ingest/IngestPipeline.h"
#include "net/HttpTransport.h"
#include "outbox/Outbox.h"
#include "security/CredentialStore.h"
#include "storage/Database.h"
#include "storage/WorkspaceStore.h"
#include "triage/TriageEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QTimer>

#include <iostream>

namespace CareDesk::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(caredesk_cli)
};

// Where `channel fetch` keeps its cursor between runs: beside the configuration.
QString cursorFileFor(const QString &configPath)
{
    return configPath + QStringLiteral(".cursor");
}

QString describeQuota(const Sdk::Quota &quota)
{
    if (quota.remaining < 0)
        return Tr::tr("not reported");
    QString words = quota.limit >= 0
                        ? Tr::tr("%1 of %2 requests left").arg(quota.remaining).arg(quota.limit)
                        : Tr::tr("%1 requests left").arg(quota.remaining);
    if (quota.resetsAt.isValid())
        words += Tr::tr(", renewed at %1").arg(quota.resetsAt.toUTC().toString(Qt::ISODate));
    return words;
}

// One channel of a configuration file, connected: its plugin, its secret, HTTP.
struct OpenedChannel
{
    Channels::ChannelConfig config;
    QString platform;
    Channels::OAuthClient oauth;
    bool isCrm = false; // a CRM's configuration: it can sign in, nothing else here
    Security::KeychainCredentialStore keychain;
    Channels::ChannelCatalog catalog;
    Core::SystemClock clock;
    Net::HttpTransport transport;
    std::unique_ptr<Channels::ConnectorHost> host;
    std::unique_ptr<Sdk::ChannelConnector> connector;
};

// Writes a secret to the keychain entry the configuration names, and waits for it.
Core::Result<void> storeSecret(OpenedChannel &channel, const QString &secret)
{
    if (channel.config.keychainKey.isEmpty())
        return Core::Error{
            Tr::tr("the channel's \"credential\" names no keychain entry to keep its tokens in"),
            {}};
    Core::Result<void> stored;
    QEventLoop loop;
    bool done = false;
    channel.keychain.write(channel.config.keychainKey, secret, &loop,
                           [&](Core::Result<void> written) {
                               stored = std::move(written);
                               done = true;
                               loop.quit();
                           });
    if (!done)
        loop.exec();
    return stored;
}

Core::Result<std::unique_ptr<OpenedChannel>> openChannel(const QCommandLineParser &parser,
                                                         bool readSecret = true)
{
    if (!parser.isSet(QStringLiteral("config")))
        return Core::Error{Tr::tr("this command needs --config FILE"), {}};
    auto config = Channels::ChannelConfig::fromFile(parser.value(QStringLiteral("config")));
    if (!config)
        return config.error();
    auto opened = std::make_unique<OpenedChannel>();
    opened->config = config.value();
    opened->platform = opened->config.plugin;
    opened->catalog.addLinkedPlugins();
    opened->catalog.scanDirectory(parser.isSet(QStringLiteral("plugin-dir"))
                                      ? parser.value(QStringLiteral("plugin-dir"))
                                      : Channels::ChannelCatalog::defaultPluginDirectory());
    Sdk::ChannelPlugin *plugin = opened->catalog.plugin(opened->config.plugin);
    for (const Channels::PluginSpec &spec : opened->catalog.plugins()) {
        if (spec.id == opened->config.plugin) {
            opened->platform = spec.platform;
            opened->oauth = Channels::oauthClientFor(opened->config.settings, spec.oauth2);
            // A CRM (crm.json) signs in the same way; it is never polled as a channel.
            opened->isCrm = spec.isCrm;
            if (spec.isCrm && !readSecret && spec.state != Channels::PluginState::Invalid)
                return opened;
            if (!plugin)
                return Core::Error{
                    Tr::tr("the channel plugin \"%1\" is not usable: %2").arg(spec.id, spec.error),
                    {}};
        }
    }
    if (!plugin)
        return Core::Error{Tr::tr("there is no channel plugin \"%1\" (see caredesk-cli plugins)")
                               .arg(opened->config.plugin),
                           {}};
    if (!readSecret)
        return opened;
    auto secret = Channels::readCredential(opened->config, opened->keychain);
    if (!secret)
        return secret.error();
    OpenedChannel *channel = opened.get();
    opened->host = std::make_unique<Channels::ConnectorHost>(
        opened->clock, opened->transport, opened->config.account, opened->config.settings,
        secret.value(), opened->oauth, [channel](const QString &renewed) {
            if (auto stored = storeSecret(*channel, renewed); !stored)
                std::cerr << "caredesk-cli: " << qPrintable(describe(stored.error())) << '\n';
        });
    opened->connector = plugin->createConnector(*opened->host);
    if (!opened->connector)
        return Core::Error{
            Tr::tr("the channel plugin \"%1\" made no connector").arg(opened->config.plugin), {}};
    return opened;
}

} // namespace

// Signs the account in through the browser (OAuth 2.0 with PKCE) and keeps the tokens in the
// keychain entry the configuration names.
int connectAccount(const QCommandLineParser &parser)
{
    auto opened = openChannel(parser, false);
    if (!opened)
        return fail(describe(opened.error()));
    OpenedChannel &channel = *opened.value();
    if (channel.config.keychainKey.isEmpty())
        return fail(Tr::tr(
            "channel connect keeps the tokens in the keychain: name an entry in \"credential\""));
    const Core::SystemClock clock;
    Channels::PkceAuthorization authorization(channel.oauth, channel.transport, clock);
    auto url = authorization.start();
    if (!url)
        return fail(describe(url.error()));
    std::cout << qPrintable(Tr::tr(
                     "Open this address in a browser and allow CareDesk to use the account:"))
              << '\n'
              << url.value().toString(QUrl::FullyEncoded).toStdString() << '\n'
              << qPrintable(Tr::tr("Waiting for the browser to come back to %1 ...")
                                .arg(authorization.redirectUri().toString()))
              << std::endl;
    Core::Result<Channels::OAuthTokens> tokens =
        Core::Error{Tr::tr("Nobody signed in within 10 minutes."), {}};
    QEventLoop loop;
    QObject::connect(&authorization, &Channels::PkceAuthorization::finished, &loop,
                     [&](const Core::Result<Channels::OAuthTokens> &result) {
                         tokens = result;
                         loop.quit();
                     });
    constexpr int WAIT_MS = 10 * 60 * 1000;
    QTimer::singleShot(WAIT_MS, &loop, &QEventLoop::quit);
    loop.exec();
    if (!tokens)
        return fail(describe(tokens.error()));
    if (auto stored = storeSecret(channel, tokens.value().toSecret()); !stored)
        return fail(describe(stored.error()));
    std::cout << qPrintable(Tr::tr("Connected; the tokens are in the keychain entry %1.")
                                .arg(channel.config.keychainKey))
              << '\n';
    return 0;
}

namespace {

// The channel of --config, registered in --workspace (once: adding it again changes nothing).
Core::Result<qint64> registerChannel(Storage::WorkspaceStore &store, const OpenedChannel &channel)
{
    return store.ensureChannel(
        channel.config.plugin, channel.config.account, channel.platform,
        QString::fromUtf8(QJsonDocument(channel.config.settings).toJson(QJsonDocument::Compact)),
        channel.clock.now());
}

// The desktop app polls every channel of its workspace, with the token the keychain holds.
int addToWorkspace(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("workspace")))
        return fail(Tr::tr("channel add needs --workspace DIR"));
    // No token needed yet: the account can be connected afterwards, here or in the app.
    auto opened = openChannel(parser, false);
    if (!opened)
        return fail(describe(opened.error()));
    if (opened.value()->isCrm)
        return fail(Tr::tr("%1 is a CRM, not a channel: put its settings in crm.json beside the "
                           "workspace")
                        .arg(opened.value()->config.plugin));
    auto db = openExistingWorkspace(parser.value(QStringLiteral("workspace")));
    if (!db)
        return fail(describe(db.error()));
    Storage::WorkspaceStore store(db.value()->connection());
    auto channelId = registerChannel(store, *opened.value());
    if (!channelId)
        return fail(describe(channelId.error()));
    std::cout << QJsonDocument(
                     QJsonObject{{QStringLiteral("channel"), channelId.value()},
                                 {QStringLiteral("account"), opened.value()->config.account},
                                 {QStringLiteral("platform"), opened.value()->platform}})
                     .toJson(QJsonDocument::Compact)
                     .constData()
              << '\n';
    return 0;
}

} // namespace

int channel(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    if (action != u"fetch" && action != u"check" && action != u"connect" && action != u"add")
        return fail(Tr::tr("channel needs add, fetch, check or connect"));
    if (action == u"connect")
        return connectAccount(parser);
    if (action == u"add")
        return addToWorkspace(parser);
    auto opened = openChannel(parser);
    if (!opened)
        return fail(describe(opened.error()));
    const QString configPath = parser.value(QStringLiteral("config"));
    const Channels::ChannelConfig &config = opened.value()->config;
    Sdk::ChannelConnector *connector = opened.value()->connector.get();
    const QString platform = opened.value()->platform;

    if (action == u"check") {
        const Sdk::CheckResult checked = connector->check();
        using Sdk::FailureKind;
        const FailureKind kind = checked.failure.kind;
        std::cout
            << qPrintable(Tr::tr("Account: %1")
                              .arg(checked.account.isEmpty() ? Tr::tr("unknown") : checked.account))
            << '\n'
            << qPrintable(Tr::tr("Reachable: %1")
                              .arg(kind == FailureKind::Transient ? Tr::tr("no") : Tr::tr("yes")))
            << '\n'
            << qPrintable(Tr::tr("Authorisation: %1")
                              .arg(kind == FailureKind::AuthorizationExpired
                                       ? Tr::tr("expired or revoked; connect the account again")
                                   : kind == FailureKind::Transient
                                       ? Tr::tr("not known (not reachable)")
                                       : Tr::tr("accepted")))
            << '\n'
            << qPrintable(Tr::tr("Quota: %1").arg(describeQuota(checked.quota))) << '\n';
        if (!checked.failure.ok())
            std::cout << qPrintable(Tr::tr("Problem: %1").arg(checked.failure.message)) << '\n';
        std::cout.flush();
        return checked.failure.ok() ? 0 : 1;
    }

    // fetch: from --since-id, else from where the last run stopped, else from the beginning.
    QString cursor;
    if (parser.isSet(QStringLiteral("since-id"))) {
        cursor =
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("sinceId"),
                                                         parser.value(QStringLiteral("since-id"))}})
                                  .toJson(QJsonDocument::Compact));
    } else if (QFile saved(cursorFileFor(configPath)); saved.open(QIODevice::ReadOnly)) {
        cursor = QString::fromUtf8(saved.readAll()).trimmed();
    } else if (const QString since = config.settings.value(QLatin1String("sinceId")).toString();
               !since.isEmpty()) {
        cursor = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("sinceId"), since}})
                                       .toJson(QJsonDocument::Compact));
    }
    const Sdk::FetchResult fetched = connector->fetchNew(cursor);
    for (const Sdk::InboundItem &item : fetched.items)
        writeJsonLine(std::cout, Ingest::inboundToJson({platform, config.account, item}));
    std::cout.flush();
    if (fetched.cursor != cursor || !QFile::exists(cursorFileFor(configPath))) {
        QSaveFile saved(cursorFileFor(configPath));
        if (!saved.open(QIODevice::WriteOnly) || saved.write(fetched.cursor.toUtf8()) < 0 ||
            !saved.commit())
            return fail(Tr::tr("the fetch position could not be saved to %1")
                            .arg(cursorFileFor(configPath)));
    }
    if (!fetched.failure.ok())
        return fail(fetched.failure.message);
    return 0;
}

int outbox(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.value(1) != u"deliver")
        return fail(Tr::tr("outbox needs deliver"));
    if (!parser.isSet(QStringLiteral("workspace")))
        return fail(Tr::tr("outbox deliver needs --workspace DIR"));
    auto opened = openChannel(parser);
    if (!opened)
        return fail(describe(opened.error()));
    OpenedChannel &channel = *opened.value();
    auto db = openExistingWorkspace(parser.value(QStringLiteral("workspace")));
    if (!db)
        return fail(describe(db.error()));
    Storage::WorkspaceStore store(db.value()->connection());
    auto channelId = registerChannel(store, channel);
    if (!channelId)
        return fail(describe(channelId.error()));

    // Each message sent is recorded in its conversation as the channel's reply.
    // The channel's own replies are not triaged; the engine is only the pipeline's dependency.
    const Triage::TriageEngine triage;
    Ingest::IngestPipeline pipeline(db.value()->connection(), channel.clock, triage);
    QStringList recordErrors;
    const auto recordSent = [&](const Outbox::OutboxEntry &sent) {
        if (auto recorded = pipeline.ingest(channelId.value(), channel.platform,
                                            {Outbox::sentAsItem(sent, channel.clock.now())});
            !recorded)
            recordErrors.append(describe(recorded.error()));
    };
    Outbox::Outbox outbox(db.value()->connection(), channel.clock);
    auto report = outbox.deliverDue(channelId.value(), *channel.connector, recordSent);
    if (!report)
        return fail(describe(report.error()));
    writeJsonLine(std::cout, {{QStringLiteral("sent"), report.value().sent},
                              {QStringLiteral("failed"), report.value().failed},
                              {QStringLiteral("waiting"), report.value().waiting}});
    std::cout.flush();
    for (const QString &error : recordErrors)
        std::cerr << "caredesk-cli: " << qPrintable(error) << '\n';
    return report.value().failed == 0 && recordErrors.isEmpty() ? 0 : 1;
}

} // namespace CareDesk::Cli

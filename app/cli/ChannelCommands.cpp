// caredesk-cli channel fetch|check: one channel, outside the app, for diagnostics and scripts.

#include "Commands.h"
#include "JsonLines.h"

#include "Clock.h"
#include "channels/ChannelCatalog.h"
#include "channels/ChannelConfig.h"
#include "channels/HttpTransport.h"
#include "ingest/InboundItemJson.h"
#include "security/CredentialStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

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
    QString words = quota.limit >= 0 ? Tr::tr("%1 of %2 requests left").arg(quota.remaining).arg(quota.limit)
                                     : Tr::tr("%1 requests left").arg(quota.remaining);
    if (quota.resetsAt.isValid())
        words += Tr::tr(", renewed at %1").arg(quota.resetsAt.toUTC().toString(Qt::ISODate));
    return words;
}

} // namespace

int channel(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    if (action != u"fetch" && action != u"check")
        return fail(Tr::tr("channel needs fetch or check"));
    if (!parser.isSet(QStringLiteral("config")))
        return fail(Tr::tr("channel %1 needs --config FILE").arg(action));
    const QString configPath = parser.value(QStringLiteral("config"));
    auto config = Channels::ChannelConfig::fromFile(configPath);
    if (!config)
        return fail(describe(config.error()));

    Channels::ChannelCatalog catalog;
    catalog.addLinkedPlugins();
    catalog.scanDirectory(parser.isSet(QStringLiteral("plugin-dir")) ? parser.value(QStringLiteral("plugin-dir"))
                                                                      : Channels::ChannelCatalog::defaultPluginDirectory());
    Sdk::ChannelPlugin *plugin = catalog.plugin(config.value().plugin);
    QString platform = config.value().plugin;
    for (const Channels::PluginSpec &spec : catalog.plugins()) {
        if (spec.id == config.value().plugin) {
            platform = spec.platform;
            if (!plugin)
                return fail(Tr::tr("the channel plugin \"%1\" is not usable: %2").arg(spec.id, spec.error));
        }
    }
    if (!plugin)
        return fail(Tr::tr("there is no channel plugin \"%1\" (see caredesk-cli plugins)").arg(config.value().plugin));

    Security::KeychainCredentialStore keychain;
    auto secret = Channels::readCredential(config.value(), keychain);
    if (!secret)
        return fail(describe(secret.error()));
    const Core::SystemClock clock;
    Channels::HttpTransport transport;
    Channels::ConnectorHost host(clock, transport, config.value().account, config.value().settings, secret.value());
    auto connector = plugin->createConnector(host);
    if (!connector)
        return fail(Tr::tr("the channel plugin \"%1\" made no connector").arg(config.value().plugin));

    if (action == u"check") {
        const Sdk::CheckResult checked = connector->check();
        using Sdk::FailureKind;
        const FailureKind kind = checked.failure.kind;
        std::cout << qPrintable(Tr::tr("Account: %1").arg(checked.account.isEmpty() ? Tr::tr("unknown") : checked.account)) << '\n'
                  << qPrintable(Tr::tr("Reachable: %1").arg(kind == FailureKind::Transient ? Tr::tr("no") : Tr::tr("yes"))) << '\n'
                  << qPrintable(Tr::tr("Authorisation: %1")
                                    .arg(kind == FailureKind::AuthorizationExpired ? Tr::tr("expired or revoked; connect the account again")
                                         : kind == FailureKind::Transient          ? Tr::tr("not known (not reachable)")
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
        cursor = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("sinceId"), parser.value(QStringLiteral("since-id"))}})
                                       .toJson(QJsonDocument::Compact));
    } else if (QFile saved(cursorFileFor(configPath)); saved.open(QIODevice::ReadOnly)) {
        cursor = QString::fromUtf8(saved.readAll()).trimmed();
    } else if (const QString since = config.value().settings.value(QLatin1String("sinceId")).toString(); !since.isEmpty()) {
        cursor = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("sinceId"), since}}).toJson(QJsonDocument::Compact));
    }
    const Sdk::FetchResult fetched = connector->fetchNew(cursor);
    for (const Sdk::InboundItem &item : fetched.items)
        writeJsonLine(std::cout, Ingest::inboundToJson({platform, config.value().account, item}));
    std::cout.flush();
    if (fetched.cursor != cursor || !QFile::exists(cursorFileFor(configPath))) {
        QSaveFile saved(cursorFileFor(configPath));
        if (!saved.open(QIODevice::WriteOnly) || saved.write(fetched.cursor.toUtf8()) < 0 || !saved.commit())
            return fail(Tr::tr("the fetch position could not be saved to %1").arg(cursorFileFor(configPath)));
    }
    if (!fetched.failure.ok())
        return fail(fetched.failure.message);
    return 0;
}

} // namespace CareDesk::Cli

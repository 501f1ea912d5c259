// caredesk-cli crm: the team's customer file brought into a workspace, a customer looked up
// there or in the team's CRM by e-mail address, phone number or handle, and a CRM signed in.

#include "Commands.h"

#include "Clock.h"
#include "channels/ChannelCatalog.h"
#include "crm/ContactKeys.h"
#include "crm/CrmConnection.h"
#include "crm/CrmSettings.h"
#include "crm/CustomerFile.h"
#include "net/HttpTransport.h"
#include "security/CredentialStore.h"
#include "storage/CrmStore.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <iostream>

namespace CareDesk::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(caredesk_cli)
};

void print(const QJsonObject &object)
{
    std::cout << QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString() << '\n';
}

int importCustomers(const QCommandLineParser &parser, Storage::Database &db)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return fail(Tr::tr("usage: caredesk-cli crm import --workspace DIR [--region CC] FILE"));
    auto read = Crm::CustomerFile::read(args.at(2));
    if (!read)
        return fail(describe(read.error()));
    const QString region = parser.value(QStringLiteral("region"));
    QList<Storage::KeyedCrmRecord> keyed;
    for (const Core::CrmRecord &customer : std::as_const(read.value().customers))
        keyed.append({customer, Crm::keysOf(customer, region)});
    auto stored =
        Storage::CrmStore(db.connection())
            .replaceSource(QStringLiteral("file"), keyed, QDateTime::currentDateTimeUtc());
    if (!stored)
        return fail(describe(stored.error()));
    print({{QStringLiteral("imported"), stored.value()},
           {QStringLiteral("problems"), QJsonArray::fromStringList(read.value().problems)}});
    return 0;
}

// The key --email, --phone or --handle names, as compared; an empty key when none is given.
Core::Result<std::pair<QString, QString>> keyToLookUp(const QCommandLineParser &parser)
{
    const QString region = parser.value(QStringLiteral("region"));
    std::pair<QString, QString> key;
    if (parser.isSet(QStringLiteral("email")))
        key = {QStringLiteral("email"), Crm::emailKey(parser.value(QStringLiteral("email")))};
    else if (parser.isSet(QStringLiteral("phone")))
        key = {QStringLiteral("phone"),
               Crm::phoneKey(parser.value(QStringLiteral("phone")), region)};
    else if (parser.isSet(QStringLiteral("handle")))
        key = {QStringLiteral("handle"), Crm::handleKey(parser.value(QStringLiteral("handle")))};
    else
        return Core::Error{Tr::tr("crm lookup needs --email, --phone or --handle"), {}};
    return key;
}

// The first record found, with "found" and how many others the key also finds.
int printFound(const QList<Core::CrmRecord> &found)
{
    if (found.isEmpty()) {
        print({{QStringLiteral("found"), false}});
        return 0;
    }
    QJsonObject answer = found.first().toJson();
    answer.insert(QStringLiteral("found"), true);
    // Two records with one key: the agent must choose, so the others are counted.
    if (found.size() > 1)
        answer.insert(QStringLiteral("alsoMatches"), int(found.size() - 1));
    print(answer);
    return 0;
}

int lookUpCustomer(const QCommandLineParser &parser, Storage::Database &db)
{
    auto key = keyToLookUp(parser);
    if (!key)
        return fail(describe(key.error()));
    if (key.value().second.isEmpty())
        return printFound({});
    auto found = Storage::CrmStore(db.connection()).find(key.value().first, key.value().second);
    if (!found)
        return fail(describe(found.error()));
    return printFound(found.value());
}

// The same against the CRM a crm.json names, asked now (nothing is kept).
int lookUpInCrm(const QCommandLineParser &parser)
{
    auto key = keyToLookUp(parser);
    if (!key)
        return fail(describe(key.error()));
    auto settings = Crm::CrmSettings::fromFile(parser.value(QStringLiteral("config")));
    if (!settings)
        return fail(describe(settings.error()));
    if (!settings.value().connector)
        return fail(Tr::tr("the CRM settings name no \"plugin\" to ask"));
    const Channels::ChannelConfig config = *settings.value().connector;
    Security::KeychainCredentialStore keychain;
    auto secret = Channels::readCredential(config, keychain);
    if (!secret)
        return fail(describe(secret.error()));
    Channels::ChannelCatalog catalog;
    catalog.addLinkedPlugins();
    catalog.scanDirectory(parser.isSet(QStringLiteral("plugin-dir"))
                              ? parser.value(QStringLiteral("plugin-dir"))
                              : Channels::ChannelCatalog::defaultPluginDirectory());
    const Core::SystemClock clock;
    Net::HttpTransport transport;
    Security::CredentialStore *store = &keychain;
    auto connection = Crm::CrmConnection::open(
        catalog, config, secret.value(), clock, transport,
        [store, entry = config.keychainKey](const QString &renewed) {
            if (!entry.isEmpty())
                store->write(entry, renewed, nullptr, [](Core::Result<void>) {});
        });
    if (!connection)
        return fail(describe(connection.error()));
    if (key.value().second.isEmpty())
        return printFound({});
    const Crm::CrmAnswer answer = connection.value()->find(key.value().first, key.value().second);
    if (!answer.failure.ok())
        return fail(answer.failure.message);
    return printFound(answer.records);
}

} // namespace

int crm(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString what = args.value(1);
    if (what != u"import" && what != u"lookup" && what != u"connect")
        return fail(Tr::tr("crm needs import, lookup or connect"));
    if (what == u"connect")
        return connectAccount(parser);
    if (what == u"lookup" && parser.isSet(QStringLiteral("config")))
        return lookUpInCrm(parser);
    if (!parser.isSet(QStringLiteral("workspace")))
        return fail(
            Tr::tr("crm %1 needs --workspace DIR (or, for lookup, --config crm.json)").arg(what));
    const QString workspace = parser.value(QStringLiteral("workspace"));
    if (what == u"import" && !QDir().mkpath(workspace))
        return fail(Tr::tr("cannot create the workspace folder %1").arg(workspace));
    auto db = what == u"import" ? Storage::Database::open(Storage::Database::fileIn(workspace))
                                : openExistingWorkspace(workspace);
    if (!db)
        return fail(describe(db.error()));
    return what == u"import" ? importCustomers(parser, *db.value())
                             : lookUpCustomer(parser, *db.value());
}

} // namespace CareDesk::Cli

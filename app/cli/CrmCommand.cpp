// caredesk-cli crm: the team's customer file brought into a workspace, and a customer looked up
// there by e-mail address, phone number or handle.

#include "Commands.h"

#include "crm/ContactKeys.h"
#include "crm/CustomerFile.h"
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

int lookUpCustomer(const QCommandLineParser &parser, Storage::Database &db)
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
        return fail(Tr::tr("crm lookup needs --email, --phone or --handle"));
    if (key.second.isEmpty()) {
        print({{QStringLiteral("found"), false}});
        return 0;
    }
    auto found = Storage::CrmStore(db.connection()).find(key.first, key.second);
    if (!found)
        return fail(describe(found.error()));
    if (found.value().isEmpty()) {
        print({{QStringLiteral("found"), false}});
        return 0;
    }
    QJsonObject answer = found.value().first().toJson();
    answer.insert(QStringLiteral("found"), true);
    // Two records with one key: the agent must choose, so the others are named.
    if (found.value().size() > 1)
        answer.insert(QStringLiteral("alsoMatches"), int(found.value().size() - 1));
    print(answer);
    return 0;
}

} // namespace

int crm(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString what = args.value(1);
    if (what != u"import" && what != u"lookup")
        return fail(Tr::tr("crm needs import or lookup"));
    if (!parser.isSet(QStringLiteral("workspace")))
        return fail(Tr::tr("crm %1 needs --workspace DIR").arg(what));
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

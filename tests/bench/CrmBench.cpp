// What a CRM match adds to opening a conversation, against a local HubSpot stand-in:
//
//   caredesk-bench-crm [CUSTOMERS] [NETWORK_MS]   (default 200 customers, no added delay)
//
// - the customer panel without a CRM, and with the customer's match already known (cached);
// - a customer not looked up yet: from opening the conversation until the panel shows their
//   record (the lookup runs in the background; the first answer never waits for it).

#include "Clock.h"
#include "channels/ChannelCatalog.h"
#include "ingest/IngestPipeline.h"
#include "security/CredentialStore.h"
#include "storage/Database.h"
#include "storage/WorkspaceStore.h"
#include "support/FakePlatformServer.h"
#include "triage/TriageEngine.h"
#include "workspace/CrmDesk.h"
#include "workspace/WorkspaceService.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QtPlugin>

#include <algorithm>
#include <cstdio>

Q_IMPORT_PLUGIN(HubSpotPlugin)

using namespace CareDesk;
using Testing::FakePlatformServer;

namespace {

FakePlatformServer::Response answer(const FakePlatformServer::Request &request, int delayMs)
{
    FakePlatformServer::Response response;
    const QString path = request.path;
    if (path == u"/crm/v3/objects/contacts/search")
        response =
            FakePlatformServer::sample(QStringLiteral("hubspot/contacts-search.handle.json"));
    else if (path == u"/account-info/v3/details")
        response = FakePlatformServer::sample(QStringLiteral("hubspot/account-info.json"));
    else if (path.startsWith(u"/crm/v3/owners/"))
        response = FakePlatformServer::sample(QStringLiteral("hubspot/owner.json"));
    else if (path.endsWith(u"/associations/tickets"))
        response =
            FakePlatformServer::sample(QStringLiteral("hubspot/contact-tickets-associations.json"));
    else if (path == u"/crm/v3/pipelines/tickets")
        response = FakePlatformServer::sample(QStringLiteral("hubspot/pipelines-tickets.json"));
    else if (path == u"/crm/v3/objects/tickets/batch/read")
        response = FakePlatformServer::sample(QStringLiteral("hubspot/tickets-batch-read.json"));
    else
        response = FakePlatformServer::json(404, "{}");
    response.delayMs = delayMs;
    return response;
}

struct Stats
{
    QList<double> ms;
    void add(double value) { ms.append(value); }
    double percentile(double p)
    {
        if (ms.isEmpty())
            return 0;
        std::sort(ms.begin(), ms.end());
        return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(p * ms.size())));
    }
};

// Opens `conversation` and waits for the panel; with `untilMatched`, for the one that shows a
// CRM record. Milliseconds.
double open(Workspace::WorkspaceService &service, qint64 conversation, bool untilMatched)
{
    QEventLoop loop;
    bool done = false;
    const auto connection = QObject::connect(
        &service, &Workspace::WorkspaceService::conversationLoaded, &loop,
        [&](const Core::ConversationDetail &detail) {
            if (detail.conversationId == conversation && (!untilMatched || detail.customer.crm)) {
                done = true;
                loop.quit();
            }
        });
    QElapsedTimer timer;
    timer.start();
    service.loadConversation(conversation);
    if (!done) {
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QObject::disconnect(connection);
    return done ? timer.nsecsElapsed() / 1e6 : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int customers = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 200;
    const int delayMs = argc > 2 ? std::max(0, QByteArray(argv[2]).toInt()) : 0;
    FakePlatformServer hubspot(
        [delayMs](const FakePlatformServer::Request &request) { return answer(request, delayMs); });

    QTemporaryDir dir;
    const QString withCrm = dir.filePath(QStringLiteral("crm"));
    const QString without = dir.filePath(QStringLiteral("plain"));
    QDir().mkpath(withCrm);
    QFile settings(withCrm + QStringLiteral("/crm.json"));
    if (!settings.open(QIODevice::WriteOnly))
        return 1;
    settings.write(
        QJsonDocument(QJsonObject{{QStringLiteral("plugin"), QStringLiteral("hubspot")},
                                  {QStringLiteral("apiBaseUrl"), hubspot.baseUrl()},
                                  {QStringLiteral("credential"),
                                   QJsonObject{{QStringLiteral("keychain"),
                                                QStringLiteral("caredesk/crm/hubspot")}}}})
            .toJson());
    settings.close();

    const Core::SystemClock clock;
    Channels::ChannelCatalog catalog;
    catalog.addLinkedPlugins();
    Security::MemoryCredentialStore credentials;
    credentials.write(QStringLiteral("caredesk/crm/hubspot"), QStringLiteral("token"), nullptr,
                      [](Core::Result<void>) {});
    const Triage::TriageEngine triage;

    // Each workspace gets the same customers, one conversation each.
    const auto prepare = [&](const QString &directory) {
        auto service =
            std::make_unique<Workspace::WorkspaceService>(directory, catalog, clock, credentials);
        service->open();
        auto db = Storage::Database::open(Storage::Database::fileIn(directory));
        auto channel =
            Storage::WorkspaceStore(db.value()->connection())
                .ensureChannel(QStringLiteral("sandbox"), QStringLiteral("Acme"),
                               QStringLiteral("twitter"), QStringLiteral("{}"), clock.now());
        QList<Sdk::InboundItem> items;
        for (int i = 0; i < customers; ++i) {
            Sdk::InboundItem item;
            item.platformId = QStringLiteral("bench-%1").arg(i);
            item.threadId = item.platformId;
            item.author.platformUserId = QStringLiteral("user-%1").arg(i);
            item.author.handle = QStringLiteral("customer_%1").arg(i);
            item.text = QStringLiteral("my order is late, please help");
            item.createdAt = clock.now();
            items.append(item);
        }
        (void)Ingest::IngestPipeline(db.value()->connection(), clock, triage)
            .ingest(channel.value(), QStringLiteral("twitter"), items);
        QList<qint64> conversations;
        QSqlQuery query(db.value()->connection());
        query.exec(QStringLiteral("SELECT conversation_id FROM messages WHERE platform_id LIKE "
                                  "'bench-%' ORDER BY id"));
        while (query.next())
            conversations.append(query.value(0).toLongLong());
        return std::pair{std::move(service), conversations};
    };

    auto [plainService, plainConversations] = prepare(without);
    auto [crmService, crmConversations] = prepare(withCrm);
    QEventLoop settle;
    QTimer::singleShot(300, &settle, &QEventLoop::quit); // the keychain answers, the CRM is set up
    settle.exec();

    Stats plain;
    Stats uncached;
    Stats cached;
    for (int i = 0; i < customers; ++i) {
        plain.add(open(*plainService, plainConversations.at(i), false));
        uncached.add(open(*crmService, crmConversations.at(i), true));
        cached.add(open(*crmService, crmConversations.at(i), true));
    }
    std::printf("%d customers, HubSpot stand-in on loopback, %d ms added per request\n\n",
                customers, delayMs);
    std::printf("%-58s %8s %8s\n", "opening a conversation until the panel shows", "median", "p95");
    std::printf("%-58s %6.2f ms %6.2f ms\n", "  no CRM configured", plain.percentile(0.5),
                plain.percentile(0.95));
    std::printf("%-58s %6.2f ms %6.2f ms\n", "  the CRM record, already matched (cached)",
                cached.percentile(0.5), cached.percentile(0.95));
    std::printf("%-58s %6.2f ms %6.2f ms\n", "  the CRM record, looked up now (uncached)",
                uncached.percentile(0.5), uncached.percentile(0.95));
    return 0;
}

// The practice loop a trainee goes through in the app: a customer writes, the agent's reply
// goes out through the outbox, and the customer reacts to it.

#include "channels/ChannelCatalog.h"
#include "outbox/Outbox.h"
#include "security/CredentialStore.h"
#include "storage/Database.h"
#include "storage/WorkspaceStore.h"
#include "support/FakeClock.h"
#include "support/TestSupport.h"
#include "workspace/ChannelPoller.h"
#include "workspace/ReplyQueue.h"
#include "workspace/WorkspaceService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace CareDesk;

TEST_CASE("A reply queued by the agent goes out on the next poll, is recorded, and the practice "
          "customer reacts")
{
    Testing::TempWorkspace dir;
    dir.write(QStringLiteral("drill.json"),
              R"({"format":"caredesk-scenario","version":1,"id":"drill",
        "personas":[{"id":"ana","name":"Ana Gil","handle":"anagil","locale":"es_ES"}],
        "timeline":[{"id":"e1","at":-60,"persona":"ana","kind":"mention","thread":"t1","text":"@Northwind mi pedido no llega"}],
        "reactions":[{"id":"order","after":"e1","on":"public-reply","contains":["DM"],"delay":30,
                      "persona":"ana","kind":"dm","thread":"t1","text":"Mi pedido es 48213-77"}]})");
    Testing::FakeClock clock;
    Channels::ChannelCatalog catalog;
    catalog.addLinkedPlugins();
    const QString workspace = dir.file(QStringLiteral("ws"));
    Security::MemoryCredentialStore credentials;
    Workspace::WorkspaceService service(workspace, catalog, clock, credentials);
    service.open();

    auto db = Storage::Database::open(Storage::Database::fileIn(workspace));
    REQUIRE(db.ok());
    Storage::WorkspaceStore store(db.value()->connection());
    auto channelId = store.ensureChannel(
        QStringLiteral("sandbox"), QStringLiteral("Drill"), QStringLiteral("sandbox"),
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("scenario"),
                                                     dir.file(QStringLiteral("drill.json"))}})
                              .toJson(QJsonDocument::Compact)),
        clock.now());
    REQUIRE(channelId.ok());
    service.channels().pollChannels();

    Outbox::Outbox outbox(db.value()->connection(), clock);
    Outbox::OutboxEntry reply;
    reply.channelId = channelId.value();
    reply.message.inReplyToId = QStringLiteral("drill:e1");
    reply.message.text = QStringLiteral("Hola Ana, te escribimos por DM para ver el pedido.");
    auto queued = outbox.enqueue(reply);
    REQUIRE(queued.ok());

    clock.advanceSecs(20);
    service.channels().pollChannels();
    const auto sent = outbox.entry(queued.value().clientId);
    REQUIRE(sent.ok());
    CHECK(sent.value().state == Outbox::DeliveryState::Sent);

    clock.advanceSecs(40); // Ana needs half a minute to answer
    service.channels().pollChannels();

    QSqlQuery query(db.value()->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT m.direction, m.text, m.addressed FROM messages m "
                                      "JOIN channels c ON c.id = m.channel_id"
                                      " WHERE c.name = 'Drill' ORDER BY m.created_at, m.id")));
    QStringList transcript;
    while (query.next())
        transcript.append(query.value(0).toString() + QLatin1Char(' ') + query.value(2).toString() +
                          QLatin1Char(' ') + query.value(1).toString());
    INFO(transcript.join(QLatin1Char('\n')).toStdString());
    REQUIRE(transcript.size() == 3);
    CHECK(transcript[0].startsWith(QStringLiteral("in replied"))); // the agent's reply answered it
    CHECK(transcript[1].startsWith(QStringLiteral("out ")));
    CHECK(transcript[2] == QStringLiteral("in open Mi pedido es 48213-77"));
}

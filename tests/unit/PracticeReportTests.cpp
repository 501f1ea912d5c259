// The report a trainer reads after a practice run, checked against a run driven here the way
// the app drives it: the sandbox plays the scenario, replies go out through the outbox.

#include "channels/ChannelCatalog.h"
#include "outbox/Outbox.h"
#include "security/CredentialStore.h"
#include "storage/Database.h"
#include "support/FakeClock.h"
#include "support/TestSupport.h"
#include "training/PracticeClass.h"
#include "training/PracticeReport.h"
#include "workspace/ChannelPoller.h"
#include "workspace/ReplyQueue.h"
#include "workspace/WorkspaceService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace CareDesk;

namespace {

constexpr const char *SCENARIO =
    R"({"format":"caredesk-scenario","version":1,"id":"billing","title":"Billing morning",
    "brand":{"name":"Northwind","handle":"Northwind"},
    "personas":[{"id":"ana","name":"Ana Gil","handle":"anagil","locale":"es_ES"},
                {"id":"tom","name":"Tom Hale","handle":"tomhale","locale":"en_GB"},
                {"id":"sam","name":"Sam Roe","handle":"samroe","locale":"en_US"}],
    "timeline":[{"id":"e1","at":-120,"persona":"ana","kind":"mention","thread":"t1","lang":"es",
                 "text":"@Northwind me habéis cobrado dos veces la factura de este mes"},
                {"id":"e2","at":-60,"persona":"tom","kind":"mention","thread":"t2","lang":"en",
                 "text":"@Northwind my router keeps dropping the connection every evening"},
                {"id":"e4","at":60,"persona":"sam","kind":"mention","thread":"t3","lang":"en",
                 "text":"@Northwind is the new phone out in blue yet?"},
                {"id":"e3","at":300,"persona":"tom","kind":"mention","thread":"t2","lang":"en",
                 "text":"@Northwind hello? still waiting"}],
    "reactions":[{"id":"r1","after":"e1","on":"dm","delay":30,"persona":"ana","kind":"dm","thread":"t1","lang":"es",
                  "text":"Mi número de pedido es 48213-77"}],
    "expectations":[{"id":"x1","after":"e1","expect":"dm","within":600,"contains":["pedido"],"text":"Asks Ana in private for her order number"},
                    {"id":"x2","after":"e2","expect":"public-reply","within":900,"text":"Answers Tom in public"},
                    {"id":"x3","after":"e2","expect":"resolved","text":"Resolves Tom's case"},
                    {"id":"x4","after":"r1","expect":"any-reply","text":"Confirms the refund to Ana"},
                    {"id":"x5","after":"e4","expect":"any-reply","within":120,"text":"Answers Sam quickly"}]})";

struct Trainee
{
    Trainee(const QString &workspace, Channels::ChannelCatalog &catalog,
            Testing::FakeClock &runClock)
        : clock(runClock)
        , service(workspace, catalog, runClock, credentials)
    {
        service.open();
        auto opened = Storage::Database::open(Storage::Database::fileIn(workspace));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }

    qint64 conversationWith(const QString &customer)
    {
        QSqlQuery query(db->connection());
        query.prepare(QStringLiteral(
            "SELECT c.id FROM conversations c JOIN customers cu ON cu.id = c.customer_id"
            " WHERE cu.display_name = ?"));
        query.addBindValue(customer);
        REQUIRE((query.exec() && query.next()));
        return query.value(0).toLongLong();
    }

    // A reply as the composer queues it; it goes out on the poll, as in the app.
    QString replies(const QString &customer, bool isPublic, const QString &text)
    {
        Outbox::Outbox outbox(db->connection(), clock);
        auto reply =
            outbox.replyIn(conversationWith(customer), isPublic, text, QStringLiteral("trainee"));
        REQUIRE(reply.ok());
        auto queued = outbox.enqueue(reply.value());
        REQUIRE(queued.ok());
        service.channels().pollChannels();
        return queued.value().clientId;
    }

    Testing::FakeClock &clock;
    Security::MemoryCredentialStore credentials;
    Workspace::WorkspaceService service;
    std::unique_ptr<Storage::Database> db;
};

} // namespace

TEST_CASE("After a practice run each trainee's report gives response times, open messages, "
          "channel, privacy, language, "
          "canned responses and expectations, to the number")
{
    Testing::TempWorkspace dir;
    dir.write(QStringLiteral("billing.json"), SCENARIO);
    Testing::FakeClock clock;
    auto started = Training::PracticeClass::start(dir.file(QStringLiteral("billing.json")),
                                                  {QStringLiteral("Zoë"), QStringLiteral("Ben")},
                                                  dir.file(QStringLiteral("class")), clock.now());
    REQUIRE(started.ok());
    const Training::PracticeClassInfo &info = started.value();
    Channels::ChannelCatalog catalog;
    catalog.addLinkedPlugins();

    {
        // T is when the run starts: Ana wrote at T-120, Tom at T-60. Ben answers nobody.
        Trainee zoe(info.workspaceOf(info.trainees[0]), catalog, clock);
        Trainee ben(info.workspaceOf(info.trainees[1]), catalog, clock);
        const auto both = [&](qint64 secs) {
            clock.advanceSecs(secs);
            zoe.service.channels().pollChannels();
            ben.service.channels().pollChannels();
        };
        both(90); // T+90: Sam has written (T+60); Zoë takes Ana to a DM
        const QString toAna = zoe.replies(
            QStringLiteral("Ana Gil"), false,
            QStringLiteral(
                "Hola Ana, sentimos mucho el doble cargo. ¿Nos puedes enviar tu número de "
                "pedido por aquí para revisarlo hoy mismo?"));
        both(60);              // T+150: Ana's order number came at T+120
        clock.advanceSecs(50); // T+200: Zoë answers Tom in public, with personal data in it
        const QString toTom = zoe.replies(
            QStringLiteral("Tom Hale"), true,
            QStringLiteral(
                "Hi Tom, sorry about the evening drops. Our engineers can call you back on "
                "020 7946 0958 or write to tom.hale@example.org today."));
        both(110);             // T+310: Tom wrote again at T+300
        clock.advanceSecs(90); // T+400: Zoë answers Ana's DM, in English
        zoe.replies(QStringLiteral("Ana Gil"), false,
                    QStringLiteral("Thanks Ana, the refund for the double charge is on its way and "
                                   "should reach your account "
                                   "within three days."));
        ben.service.channels().pollChannels();

        // What the composer records of canned responses: one sent as inserted, one adapted.
        QSqlQuery query(zoe.db->connection());
        query.prepare(QStringLiteral(
            "INSERT INTO canned_uses(response_id, title, conversation_id, client_id, agent, "
            "inserted_text,"
            " sent_text, edit_ratio, at) VALUES(?, ?, ?, ?, 'Zoë', 'x', 'y', ?, 0)"));
        for (const auto &[title, customer, clientId, ratio] :
             {std::tuple{QStringLiteral("Ask for the order"), QStringLiteral("Ana Gil"), toAna,
                         0.0},
              std::tuple{QStringLiteral("Sorry for the trouble"), QStringLiteral("Tom Hale"), toTom,
                         0.45}}) {
            query.addBindValue(title == u"Ask for the order" ? 1 : 2);
            query.addBindValue(title);
            query.addBindValue(zoe.conversationWith(customer));
            query.addBindValue(clientId);
            query.addBindValue(ratio);
            REQUIRE(query.exec());
        }
        // A workspace from before canned responses were recorded.
        REQUIRE(QSqlQuery(ben.db->connection()).exec(QStringLiteral("DROP TABLE canned_uses")));
    }

    auto zoeReport = Training::PracticeReport::forWorkspace(info.workspaceOf(info.trainees[0]));
    INFO((zoeReport ? std::string() : zoeReport.error().detail.toStdString()));
    REQUIRE(zoeReport.ok());
    const Training::PracticeReport &zoe = zoeReport.value();
    CHECK(zoe.trainee == QStringLiteral("Zoë"));
    CHECK(zoe.scenarioId == QStringLiteral("billing"));

    // Response times: Ana waited 210 s (T-120 to T+90), Tom 260 s (T-60 to T+200), Sam for ever.
    REQUIRE(zoe.conversations.size() == 3);
    const Training::ConversationScore &ana = zoe.conversations[0];
    const Training::ConversationScore &tom = zoe.conversations[1];
    const Training::ConversationScore &sam = zoe.conversations[2];
    CHECK(ana.customer == QStringLiteral("Ana Gil"));
    CHECK(ana.firstResponseSecs == std::optional<qint64>(210));
    CHECK(tom.firstResponseSecs == std::optional<qint64>(260));
    CHECK_FALSE(sam.firstResponseSecs.has_value());
    CHECK(zoe.answeredConversations == 2);
    CHECK(zoe.unansweredConversations == 1);
    CHECK(zoe.medianFirstResponseSecs == std::optional<qint64>(235));
    CHECK(zoe.worstFirstResponseSecs == std::optional<qint64>(260));

    // Every customer message: five came, three were answered; Tom's second and Sam's are open.
    CHECK(zoe.inboundMessages == 5);
    CHECK(zoe.addressedMessages == 3);
    REQUIRE(zoe.openMessages.size() == 2);
    CHECK(zoe.openMessages[0].customer == QStringLiteral("Tom Hale"));
    CHECK(zoe.openMessages[0].text == QStringLiteral("@Northwind hello? still waiting"));
    CHECK(zoe.openMessages[0].at == clock.now().addSecs(-100));
    CHECK(zoe.openMessages[1].customer == QStringLiteral("Sam Roe"));
    CHECK(ana.inbound == 2);
    CHECK(ana.open == 0);
    CHECK(tom.open == 1);

    // Public or private, and personal data in public.
    CHECK(zoe.replies == 3);
    CHECK(zoe.publicReplies == 1);
    CHECK(zoe.privateReplies == 2);
    CHECK(zoe.privateMessagesAnsweredInPublic == 0);
    CHECK(ana.privateReplies == 2);
    CHECK(tom.publicReplies == 1);
    REQUIRE(zoe.piiLeaks.size() == 1);
    CHECK(zoe.piiLeaks[0].conversationId == tom.conversationId);
    CHECK(zoe.piiLeaks[0].kinds == QStringList{QStringLiteral("phone"), QStringLiteral("email")});
    CHECK(tom.piiLeaks == 1);

    // Language: the English answer to Ana's Spanish is the one miss.
    CHECK(ana.language == QStringLiteral("es"));
    CHECK(zoe.languageChecked == 3);
    CHECK(zoe.languageMatched == 2);
    REQUIRE(zoe.languageMismatches.size() == 1);
    CHECK(zoe.languageMismatches[0].conversationId == ana.conversationId);
    CHECK(zoe.languageMismatches[0].expected == QStringLiteral("es"));
    CHECK(zoe.languageMismatches[0].detected == QStringLiteral("en"));

    // Canned responses.
    CHECK(zoe.cannedRecorded);
    REQUIRE(zoe.cannedUses.size() == 2);
    CHECK(zoe.cannedUnchanged() == 1);

    // The scenario's own expectations.
    REQUIRE(zoe.expectations.size() == 5);
    CHECK(zoe.expectationsMet() == 3);
    CHECK(zoe.expectations[0].met);
    CHECK(zoe.expectations[0].text == QStringLiteral("Asks Ana in private for her order number"));
    CHECK(zoe.expectations[0].detail ==
          QStringLiteral("Answered 210 s after the customer's message."));
    CHECK(zoe.expectations[1].met);
    CHECK_FALSE(zoe.expectations[2].met);
    CHECK(zoe.expectations[2].detail == QStringLiteral("The conversation was not resolved."));
    CHECK(zoe.expectations[3].met);
    CHECK(zoe.expectations[3].detail ==
          QStringLiteral("Answered 280 s after the customer's message."));
    CHECK_FALSE(zoe.expectations[4].met);
    CHECK(zoe.expectations[4].detail == QStringLiteral("No reply after the customer's message."));

    const QJsonObject json = zoe.toJson();
    CHECK(json[u"canned"][u"averageEditRatio"].toDouble() == Approx(0.225));
    CHECK(json[u"canned"][u"edited"].toInt() == 1);
    CHECK(json[u"channelChoice"][u"dmExpectationsMet"].toInt() == 1);
    CHECK(json[u"channelChoice"][u"dmExpectations"].toInt() == 1);
    CHECK(json[u"messages"][u"open"].toArray().size() == 2);
    CHECK(json[u"piiLeaks"][0][u"kinds"].toArray().size() == 2);

    // Ben answered nobody: Ana never sent her order number, so that expectation could not be met.
    auto benReport = Training::PracticeReport::forWorkspace(info.workspaceOf(info.trainees[1]));
    REQUIRE(benReport.ok());
    const Training::PracticeReport &ben = benReport.value();
    CHECK(ben.inboundMessages == 4);
    CHECK(ben.openMessages.size() == 4);
    CHECK(ben.answeredConversations == 0);
    CHECK(ben.unansweredConversations == 3);
    CHECK_FALSE(ben.medianFirstResponseSecs.has_value());
    CHECK(ben.expectationsMet() == 0);
    CHECK(ben.expectations[3].detail ==
          QStringLiteral("The customer's message never came in this run."));
    CHECK_FALSE(ben.cannedRecorded);
    CHECK(ben.toJson()[u"canned"][u"note"].toString() ==
          QStringLiteral("This workspace keeps no record of the canned responses sent."));

    // The class side by side: one row of headline figures per trainee.
    auto loaded = Training::PracticeClass::load(info.directory);
    REQUIRE(loaded.ok());
    QList<QJsonObject> rows;
    for (const Training::TraineeSeat &seat : loaded.value().trainees)
        rows.append(Training::PracticeReport::forWorkspace(loaded.value().workspaceOf(seat))
                        .value()
                        .headline());
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == QJsonObject{{QStringLiteral("trainee"), QStringLiteral("Zoë")},
                                 {QStringLiteral("workspace"), info.workspaceOf(info.trainees[0])},
                                 {QStringLiteral("conversations"), 3},
                                 {QStringLiteral("answered"), 2},
                                 {QStringLiteral("unanswered"), 1},
                                 {QStringLiteral("medianFirstResponseSecs"), 235},
                                 {QStringLiteral("worstFirstResponseSecs"), 260},
                                 {QStringLiteral("inbound"), 5},
                                 {QStringLiteral("open"), 2},
                                 {QStringLiteral("piiLeaks"), 1},
                                 {QStringLiteral("privateMessagesAnsweredInPublic"), 0},
                                 {QStringLiteral("languageChecked"), 3},
                                 {QStringLiteral("languageMatched"), 2},
                                 {QStringLiteral("cannedUsed"), 2},
                                 {QStringLiteral("cannedUnchanged"), 1},
                                 {QStringLiteral("expectationsMet"), 3},
                                 {QStringLiteral("expectations"), 5}});
    CHECK(rows[1][u"trainee"].toString() == QStringLiteral("Ben"));
    CHECK(rows[1][u"answered"].toInt() == 0);
    CHECK(rows[1][u"medianFirstResponseSecs"].isNull());
    CHECK(rows[1][u"cannedUsed"].isNull());
    CHECK(rows[1][u"open"].toInt() == 4);
}

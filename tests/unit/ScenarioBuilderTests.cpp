// A practice scenario made from a workspace's real past conversations: playable, and with
// nothing left in it that points to a real person.

#include "ingest/IngestPipeline.h"
#include "storage/AgentActions.h"
#include "storage/Database.h"
#include "storage/WorkspaceStore.h"
#include "support/FakeClock.h"
#include "support/TestSupport.h"
#include "training/ScenarioBuilder.h"

#include <QSqlQuery>

using namespace CareDesk;

namespace {

struct Person
{
    QString id;
    QString handle;
    QString name;
    QString locale;
    qint64 followers = 0;
};

const Person JANE{QStringLiteral("u1"), QStringLiteral("janedoe87"), QStringLiteral("Jane Doe"),
                  QStringLiteral("en_GB"), 1840};
const Person BOB{QStringLiteral("u2"), QStringLiteral("bobsmith_uk"), QStringLiteral("Bob Smith"),
                 QStringLiteral("en_GB"), 52};
const Person MARIA{QStringLiteral("u3"), QStringLiteral("mariafdz"),
                   QStringLiteral("María Fernández"), QStringLiteral("es_ES"), 48213};
const Person GERALD{QStringLiteral("u4"), QStringLiteral("oldtimer_42"),
                    QStringLiteral("Gerald Oldtimer"), QStringLiteral("en_US"), 10};

// A workspace with history, stored through the ingest pipeline as live messages are.
struct HistoryWorkspace
{
    Testing::TempWorkspace dir;
    Testing::FakeClock clock{
        QDateTime::fromString(QStringLiteral("2026-10-05T08:00:00Z"), Qt::ISODate)};
    Triage::TriageEngine triage;
    std::unique_ptr<Storage::Database> db;
    qint64 channelId = 0;

    HistoryWorkspace()
    {
        auto opened = Storage::Database::open(Storage::Database::fileIn(dir.path()));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        auto channel =
            Storage::WorkspaceStore(db->connection())
                .ensureChannel(QString(), QStringLiteral("NorthwindCare"),
                               QStringLiteral("twitter"), QStringLiteral("{}"), clock.now());
        REQUIRE(channel.ok());
        channelId = channel.value();
    }

    // A customer's message `minutes` after the clock's start.
    void customerWrites(const Person &person, const QString &id, int minutes, const QString &text,
                        const QString &thread, Sdk::ItemKind kind = Sdk::ItemKind::Mention,
                        const QString &replyTo = {})
    {
        Sdk::InboundItem item;
        item.platformId = id;
        item.kind = kind;
        item.threadId = thread;
        item.inReplyToId = replyTo;
        item.author = {person.id,        person.handle, person.name,
                       person.followers, false,         person.locale};
        item.text = text;
        item.createdAt = QDateTime::fromString(QStringLiteral("2026-10-05T08:00:00Z"), Qt::ISODate)
                             .addSecs(minutes * 60);
        ingest(item);
    }

    void agentAnswers(const QString &id, int minutes, const QString &text, const QString &replyTo,
                      Sdk::ItemKind kind)
    {
        Sdk::InboundItem item;
        item.platformId = id;
        item.kind = kind;
        item.inReplyToId = replyTo;
        item.text = text;
        item.fromChannel = true;
        item.createdAt = QDateTime::fromString(QStringLiteral("2026-10-05T08:00:00Z"), Qt::ISODate)
                             .addSecs(minutes * 60);
        ingest(item);
    }

    void ingest(const Sdk::InboundItem &item)
    {
        clock.advanceSecs(60);
        auto report = Ingest::IngestPipeline(db->connection(), clock, triage)
                          .ingest(channelId, QStringLiteral("twitter"), {item});
        REQUIRE(report.ok());
        REQUIRE(report.value().added + report.value().replies == 1);
    }

    qint64 conversationOf(const QString &platformId)
    {
        QSqlQuery query(db->connection());
        query.prepare(QStringLiteral("SELECT conversation_id FROM messages WHERE platform_id = ?"));
        query.addBindValue(platformId);
        REQUIRE((query.exec() && query.next()));
        return query.value(0).toLongLong();
    }
};

void fillHistory(HistoryWorkspace &w)
{
    // An older conversation the scenario does not take; its customer is still named in a newer one.
    w.customerWrites(GERALD, QStringLiteral("0"), -600,
                     QStringLiteral("@NorthwindCare is the shop open on Sunday?"),
                     QStringLiteral("T0"));

    w.customerWrites(JANE, QStringLiteral("1"), 0,
                     QStringLiteral("@NorthwindCare my bill is wrong again. Email me at "
                                    "jane.doe@gmail.com or ring 020 7946 0958. "
                                    "Gerald Oldtimer (oldtimer_42) had the same."),
                     QStringLiteral("T1"));
    w.customerWrites(JANE, QStringLiteral("2"), 7,
                     QStringLiteral("Hi, it's Jane Doe. Card 4539 1488 0343 6467 was charged "
                                    "twice, my IBAN is GB33BUKB20201555555555 "
                                    "and the order NW-482913"),
                     QStringLiteral("T1"), Sdk::ItemKind::DirectMessage);
    w.agentAnswers(QStringLiteral("3"), 9, QStringLiteral("Thanks Jane, the refund is on its way."),
                   QStringLiteral("2"), Sdk::ItemKind::DirectMessage);

    w.customerWrites(
        BOB, QStringLiteral("4"), 15,
        QStringLiteral(
            "@northwindcare same problem as @JaneDoe87 - JANE DOE from my street said to ask. "
            "So did @randomfriend99. Bob Smith, +44 20 7946 0321"),
        QStringLiteral("T2"));
    w.agentAnswers(QStringLiteral("5"), 20, QStringLiteral("Sorry Bob, we are on it."),
                   QStringLiteral("4"), Sdk::ItemKind::Mention);
    REQUIRE(Storage::AgentActions(w.db->connection())
                .setStatus(w.conversationOf(QStringLiteral("4")),
                           Core::ConversationStatus::Resolved, QStringLiteral("sam"), w.clock.now())
                .ok());

    w.customerWrites(MARIA, QStringLiteral("6"), 30,
                     QStringLiteral("@NorthwindCare hola, soy maria fernandez, mi móvil es 612 34 "
                                    "56 78 y mi correo MARIA.F@Example.org"),
                     QStringLiteral("T3"));
    w.customerWrites(MARIA, QStringLiteral("7"), 95,
                     QStringLiteral("¿Hola? @NorthwindCare, soy María"), QStringLiteral("T3"),
                     Sdk::ItemKind::Mention, QStringLiteral("6"));
}

Training::ScenarioBuildOptions options()
{
    Training::ScenarioBuildOptions result;
    result.conversations = 3;
    result.piiPatterns = {
        {QStringLiteral("order-number"), QRegularExpression(QStringLiteral("NW-\\d{6}"))}};
    return result;
}

} // namespace

TEST_CASE("A scenario made from past conversations keeps no handle, name, email or phone number of "
          "a real person")
{
    HistoryWorkspace w;
    fillHistory(w);

    auto built = Training::ScenarioBuilder(w.db->connection()).build(options());
    INFO((built ? std::string() : built.error().detail.toStdString()));
    REQUIRE(built.ok());
    const QByteArray file = built.value().scenario.toJson();
    const QString text = QString::fromUtf8(file);
    INFO(text.toStdString());

    const QStringList originals = {
        JANE.handle,
        JANE.name,
        QStringLiteral("Jane"),
        QStringLiteral("Doe"),
        QStringLiteral("jane.doe@gmail.com"),
        QStringLiteral("020 7946 0958"),
        QStringLiteral("7946"),
        QStringLiteral("4539 1488 0343 6467"),
        QStringLiteral("6467"),
        QStringLiteral("GB33BUKB20201555555555"),
        QStringLiteral("BUKB"),
        QStringLiteral("NW-482913"),
        QStringLiteral("482913"),
        BOB.handle,
        BOB.name,
        QStringLiteral("Bob"),
        QStringLiteral("Smith"),
        QStringLiteral("+44 20 7946 0321"),
        MARIA.handle,
        MARIA.name,
        QStringLiteral("María"),
        QStringLiteral("maria"),
        QStringLiteral("Fernández"),
        QStringLiteral("fernandez"),
        QStringLiteral("612 34 56 78"),
        QStringLiteral("maria.f@example.org"),
        GERALD.handle,
        GERALD.name,
        QStringLiteral("Oldtimer"),
        QStringLiteral("randomfriend99"),
        QStringLiteral("48213"),
    };
    for (const QString &original : originals) {
        INFO(original.toStdString());
        CHECK_FALSE(text.contains(original, Qt::CaseInsensitive));
    }

    // Still a scenario the sandbox can play, with its people and their messages in order.
    QStringList problems;
    const auto scenario = Training::Scenario::parse(file, problems);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(scenario.has_value());
    CHECK(built.value().conversations == 3);
    CHECK(scenario->brandHandle == QStringLiteral("NorthwindCare"));
    REQUIRE(scenario->personas.size() == 3);
    REQUIRE(scenario->timeline.size() == 5);
    const Training::Persona &jane = scenario->personas[0];
    const Training::Persona &maria = scenario->personas[2];
    CHECK(maria.author.locale == QStringLiteral("es_ES"));
    CHECK(maria.author.followers == 48000);
    CHECK(scenario->timeline[0].atSecs == 0);
    CHECK(scenario->timeline[1].atSecs == 7 * 60);
    CHECK(scenario->timeline[1].kind == Sdk::ItemKind::DirectMessage);
    CHECK(scenario->timeline[1].thread == scenario->timeline[0].thread);
    CHECK(scenario->timeline[4].atSecs == 95 * 60);
    CHECK(scenario->timeline[4].replyTo == scenario->timeline[3].id);
    CHECK(scenario->timeline[3].personaId == maria.id);

    // Each original has one stand-in of its kind, the same wherever it appears.
    CHECK(scenario->timeline[0].text.startsWith(
        QStringLiteral("@NorthwindCare my bill is wrong again. Email me at customer1@example.com "
                       "or ring +1 202 555 0100.")));
    CHECK(scenario->timeline[1].text ==
          QStringLiteral("Hi, it's %1. Card 4111 1111 1111 1111 was charged twice, my IBAN is GB82 "
                         "WEST 1234 5698 7654 32 "
                         "and the order NW-000001")
              .arg(jane.author.displayName));
    CHECK(scenario->timeline[2].text.startsWith(
        QStringLiteral("@NorthwindCare same problem as @%1 - %2 from my street said to ask.")
            .arg(jane.author.handle, jane.author.displayName)));
    CHECK(scenario->timeline[2].text.endsWith(QStringLiteral("+1 202 555 0101")));
    CHECK(scenario->timeline[3].text.contains(QStringLiteral("customer2@example.com")));
    CHECK(scenario->timeline[4].text.endsWith(
        QStringLiteral("soy %1").arg(maria.author.displayName.section(QLatin1Char(' '), 0, 0))));
    CHECK(built.value().replaced.value(QStringLiteral("email")) == 2);
    CHECK(built.value().replaced.value(QStringLiteral("phone")) == 3);

    // What the agents did: Jane was taken to a DM; Bob was answered and his case resolved.
    REQUIRE(scenario->expectations.size() == 3);
    CHECK(scenario->expectations[0].outcome == Training::Expectation::Outcome::DirectMessage);
    CHECK(scenario->expectations[0].afterEventId == scenario->timeline[0].id);
    CHECK(scenario->expectations[0].text.contains(jane.author.displayName));
    CHECK(scenario->expectations[1].outcome == Training::Expectation::Outcome::AnyReply);
    CHECK(scenario->expectations[2].outcome == Training::Expectation::Outcome::Resolved);
    CHECK(scenario->expectations[2].afterEventId == scenario->timeline[2].id);

    // Two runs over the same workspace write the same file.
    auto again = Training::ScenarioBuilder(w.db->connection()).build(options());
    REQUIRE(again.ok());
    CHECK(again.value().scenario.toJson() == file);
}

TEST_CASE("A workspace without customers' messages gives no scenario, and says why")
{
    HistoryWorkspace w;
    auto built = Training::ScenarioBuilder(w.db->connection()).build(options());
    REQUIRE_FALSE(built.ok());
    CHECK(built.error().userMessage.contains(QStringLiteral("no past conversations")));
}

// Satisfaction surveys in a practice inbox: the question goes out after the agent resolves a
// conversation, the practice customer answers it, and the answer is read.

#include "channels/ChannelCatalog.h"
#include "review/Dashboard.h"
#include "review/Transcript.h"
#include "review/TranscriptReport.h"
#include "security/CredentialStore.h"
#include "storage/AgentActions.h"
#include "storage/Database.h"
#include "storage/SurveyStore.h"
#include "storage/WorkspaceStore.h"
#include "support/FakeClock.h"
#include "support/TestSupport.h"
#include "workspace/ChannelPoller.h"
#include "workspace/SurveyDesk.h"
#include "workspace/WorkspaceService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace CareDesk;

namespace {

// Four customers, one a language; each answers the survey question in their language.
constexpr const char *NPS_DRILL = R"({"format":"caredesk-scenario","version":1,"id":"nps",
    "survey":"nps",
    "personas":[{"id":"anagil","name":"Ana Gil","locale":"es_ES"},
                {"id":"bob","name":"Bob Hale","locale":"en_GB"},
                {"id":"cem","name":"Cem Roth","locale":"de_DE"},
                {"id":"dan","name":"Dan Roux","locale":"fr_FR"}],
    "timeline":[
      {"id":"ea","at":-60,"persona":"anagil","kind":"dm","thread":"ta","lang":"es","text":"Hola, mi pedido no llega"},
      {"id":"eb","at":-60,"persona":"bob","kind":"dm","thread":"tb","lang":"en","text":"Hi, my order is late"},
      {"id":"ec","at":-60,"persona":"cem","kind":"dm","thread":"tc","lang":"de","text":"Hallo, meine Bestellung fehlt"},
      {"id":"ed","at":-60,"persona":"dan","kind":"dm","thread":"td","lang":"fr","text":"Bonjour, ma commande est en retard"}],
    "reactions":[
      {"id":"ra","after":"ea","on":"dm","contains":["recomiendes"],"delay":30,"persona":"anagil","kind":"dm","thread":"ta","text":"Un 9 de 10, muy amables"},
      {"id":"rb","after":"eb","on":"dm","contains":["recommend"],"delay":30,"persona":"bob","kind":"dm","thread":"tb","text":"Ten!"},
      {"id":"rc","after":"ec","on":"dm","contains":["empfiehlst"],"delay":30,"persona":"cem","kind":"dm","thread":"tc","text":"3 - viel zu langsam"},
      {"id":"rd","after":"ed","on":"dm","contains":["recommanderiez"],"delay":30,"persona":"dan","kind":"dm","thread":"td","text":"sept"}]})";

struct Practice
{
    explicit Practice(const char *scenario, const QByteArray &surveySettings = {})
    {
        dir.write(QStringLiteral("drill.json"), scenario);
        catalog.addLinkedPlugins();
        if (!surveySettings.isEmpty()) {
            QDir().mkpath(workspace);
            dir.write(QStringLiteral("ws/survey.json"), surveySettings);
        }
        service.open();
        db = std::move(Storage::Database::open(Storage::Database::fileIn(workspace))).value();
        Storage::WorkspaceStore store(db->connection());
        REQUIRE(store
                    .ensureChannel(
                        QStringLiteral("sandbox"), QStringLiteral("Drill"),
                        QStringLiteral("sandbox"),
                        QString::fromUtf8(
                            QJsonDocument(QJsonObject{{QStringLiteral("scenario"),
                                                       dir.file(QStringLiteral("drill.json"))}})
                                .toJson(QJsonDocument::Compact)),
                        clock.now())
                    .ok());
        service.channels().pollChannels();
    }

    qint64 conversationOf(const char *eventId)
    {
        QSqlQuery query(db->connection());
        query.prepare(QStringLiteral("SELECT conversation_id FROM messages WHERE platform_id = ?"));
        query.addBindValue(QString(QStringLiteral("nps:") + QLatin1String(eventId)));
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }

    QStringList column(const QString &sql)
    {
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(sql));
        QStringList values;
        while (query.next())
            values.append(query.value(0).toString());
        return values;
    }

    // Resolves, lets the question go out and the customers answer it.
    void resolveAndWait(const QList<qint64> &conversations)
    {
        for (qint64 id : conversations)
            service.setStatus(id, Core::ConversationStatus::Resolved, QStringLiteral("Alex"));
        clock.advanceSecs(5);
        service.channels().pollChannels();
        clock.advanceSecs(40);
        service.channels().pollChannels();
    }

    Testing::TempWorkspace dir;
    QString workspace = dir.file(QStringLiteral("ws"));
    Testing::FakeClock clock;
    Channels::ChannelCatalog catalog;
    Security::MemoryCredentialStore credentials;
    Workspace::WorkspaceService service{workspace, catalog, clock, credentials};
    std::unique_ptr<Storage::Database> db;
};

} // namespace

TEST_CASE("After a practice conversation is resolved the customer is surveyed once and the "
          "answer is read in their language")
{
    Practice practice(NPS_DRILL);
    const QList<qint64> conversations = {
        practice.conversationOf("ea"), practice.conversationOf("eb"), practice.conversationOf("ec"),
        practice.conversationOf("ed")};
    practice.resolveAndWait(conversations);

    // Each question went out in the customer's language, privately.
    const QStringList asked = practice.column(
        QStringLiteral("SELECT o.text || ' [' || o.kind || ' ' || o.state || ']' FROM surveys s"
                       " JOIN outbox o ON o.client_id = s.client_id ORDER BY s.conversation_id"));
    INFO(asked.join(u'\n').toStdString());
    REQUIRE(asked.size() == 4);
    CHECK(asked[0].startsWith(u"Hola Ana Gil"));
    CHECK(asked[1].startsWith(u"Hi Bob Hale"));
    CHECK(asked[2].contains(u"empfiehlst"));
    CHECK(asked[3].contains(u"recommanderiez"));
    for (const QString &question : asked)
        CHECK(question.endsWith(u"[dm sent]"));

    const QStringList scores = practice.column(QStringLiteral(
        "SELECT s.score || ' ' || s.follow_up || ' ' || c.status || ' ' || m.addressed"
        " FROM surveys s JOIN conversations c ON c.id = s.conversation_id"
        " JOIN messages m ON m.id = s.answer_message_id ORDER BY s.conversation_id"));
    INFO(scores.join(u'\n').toStdString());
    REQUIRE(scores.size() == 4);
    CHECK(scores[0] == u"9  resolved acknowledged");
    CHECK(scores[1] == u"10  resolved acknowledged");
    // The detractor's conversation is open again as a follow-up for the leads.
    CHECK(scores[2] == u"3 open open acknowledged");
    CHECK(scores[3] == u"7  resolved acknowledged");
    CHECK(practice.column(QStringLiteral("SELECT comment FROM surveys WHERE score = 3")) ==
          QStringList{QStringLiteral("viel zu langsam")});
    // The team's rule escalates a detractor's answer to the leads.
    CHECK(practice.column(QStringLiteral("SELECT rule || ' ' || rule_detail FROM escalations"
                                         " WHERE conversation_id = %1")
                              .arg(conversations[2])) ==
          QStringList{QStringLiteral("detractor 3")});

    Storage::WorkspaceStore store(practice.db->connection());
    // A lead reading the transcript sees the survey go out and the answer come back.
    auto detail = store.conversation(conversations[0]);
    REQUIRE(detail.ok());
    const auto trail = Storage::AgentActions(practice.db->connection())
                           .auditTrail(QStringLiteral("conversation"), conversations[0]);
    REQUIRE(trail.ok());
    const QString report = Review::transcriptReportHtml(
        Review::buildTranscript(detail.value(), trail.value(), practice.clock.now()), nullptr,
        false);
    CHECK(report.contains(u"satisfaction survey (NPS) sent to the customer"));
    CHECK(report.contains(u"the customer answered the satisfaction survey: 9 of 10"));

    // The dashboard counts them: two promoters, a passive and a detractor.
    const auto figures =
        Review::computeDashboard(practice.db->connection(), {}, practice.clock.now());
    REQUIRE(figures.ok());
    CHECK(figures.value().satisfaction.sent == 4);
    CHECK(figures.value().satisfaction.responses == 4);
    CHECK(*figures.value().satisfaction.nps() == Approx(25.0));
    REQUIRE(figures.value().satisfactionByAgent.size() == 1);
    CHECK(figures.value().satisfactionByAgent[0].key == QStringLiteral("Alex"));
    CHECK(Review::dashboardCsv(figures.value()).contains("satisfaction,NPS,25.0"));

    // The leads' Detractors view holds Cem's conversation, with his answer on top.
    Core::InboxQuery detractors;
    detractors.detractorsOnly = true;
    const auto page = store.inboxPage(detractors, {}, 50);
    REQUIRE(page.ok());
    REQUIRE(page.value().rows.size() == 1);
    CHECK(page.value().rows[0].conversationId == conversations[2]);
    CHECK(store.inboxCounts(Core::InboxQuery(), QString()).value().detractors == 1);
    const auto survey = Storage::SurveyStore(practice.db->connection()).surveyOf(conversations[2]);
    REQUIRE(survey.ok());
    REQUIRE(survey.value());
    CHECK(survey.value()->score == 3);
    CHECK(survey.value()->detractor);
    CHECK(survey.value()->followUpOpen);
    // Following the detractor up and resolving again closes the follow-up.
    practice.resolveAndWait({conversations[2]});
    CHECK(store.inboxCounts(Core::InboxQuery(), QString()).value().detractors == 0);

    // Resolving again asks nobody twice.
    practice.service.setStatus(conversations[0], Core::ConversationStatus::Open,
                               QStringLiteral("Alex"));
    practice.resolveAndWait({conversations[0]});
    CHECK(practice.column(QStringLiteral("SELECT count(*) FROM outbox")) ==
          QStringList{QStringLiteral("4")});
    // The trail says when the survey went out and what came back.
    CHECK(practice
              .column(QStringLiteral("SELECT detail FROM audit_events WHERE action = 'survey'"
                                     " AND detail LIKE '%score%' ORDER BY id"))
              .size() == 4);
}

TEST_CASE("A practice inbox is surveyed only when its scenario asks, and a customer asked lately "
          "is not asked again")
{
    QByteArray unasked = NPS_DRILL;
    unasked.replace("\"survey\":\"nps\",", "");
    {
        // The team surveys its customers, but this practice run does not ask for it.
        Practice practice(unasked.constData(), R"({"kind":"csat"})");
        practice.resolveAndWait({practice.conversationOf("ea")});
        CHECK(practice.column(QStringLiteral("SELECT count(*) FROM surveys")) ==
              QStringList{QStringLiteral("0")});
    }
    QByteArray twice = NPS_DRILL;
    // Ana writes about something else a day later, in a new thread.
    twice.replace(
        R"({"id":"eb")",
        R"({"id":"ea2","at":86400,"persona":"anagil","kind":"dm","thread":"ta2","lang":"es","text":"Otra pregunta"},
                     {"id":"eb")");
    Practice practice(twice.constData(), R"({"kind":"nps","quietDays":30})");
    practice.resolveAndWait({practice.conversationOf("ea")});
    practice.clock.advanceSecs(86400);
    practice.service.channels().pollChannels();
    practice.resolveAndWait({practice.conversationOf("ea2")});
    CHECK(practice.column(QStringLiteral("SELECT count(*) FROM surveys")) ==
          QStringList{QStringLiteral("1")});
}

TEST_CASE("A message after the survey that holds no score stays an ordinary message")
{
    QByteArray chatty = NPS_DRILL;
    chatty.replace("\"Ten!\"", "\"Thanks, but my invoice is still wrong\"");
    Practice practice(chatty.constData());
    const qint64 bob = practice.conversationOf("eb");
    practice.resolveAndWait({bob});
    CHECK(practice.column(QStringLiteral("SELECT coalesce(score, 'none') FROM surveys")) ==
          QStringList{QStringLiteral("none")});
    // The conversation is open again with the customer's message waiting for an answer.
    CHECK(practice.column(QStringLiteral("SELECT c.status || ' ' || m.addressed FROM messages m"
                                         " JOIN conversations c ON c.id = m.conversation_id"
                                         " WHERE m.text LIKE 'Thanks%'")) ==
          QStringList{QStringLiteral("open open")});
}

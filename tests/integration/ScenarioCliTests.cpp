// caredesk-cli scenario validate and from-workspace, as a trainer runs them.

#include "support/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace CareDesk::Testing;

TEST_CASE(
    "caredesk-cli scenario validate lists every problem with its place, or says the file is valid")
{
    TempWorkspace dir;
    dir.write(QStringLiteral("broken.json"), R"({"format":"caredesk-scenario","version":1,"id":"x",
        "personas":[{"id":"a","name":"A"}],
        "timeline":[{"id":"e1","at":0,"persona":"ghost","kind":"mention","text":"hi"},
                    {"id":"e2","at":5,"persona":"a","kind":"tweet","text":"hello"}],
        "expectations":[{"id":"x1","after":"e9","expect":"dm"}]})");
    const ProcessResult broken = runProgram(QStringLiteral("caredesk-cli"),
                                            {QStringLiteral("scenario"), QStringLiteral("validate"),
                                             dir.file(QStringLiteral("broken.json"))});
    CHECK(broken.exitCode == 1);
    CHECK(QString::fromUtf8(broken.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts) ==
          QStringList{QStringLiteral("timeline[0].persona: unknown persona \"ghost\""),
                      QStringLiteral("timeline[1].kind: must be mention, comment or dm"),
                      QStringLiteral("expectations[0].after: no event \"e9\"")});

    dir.write(QStringLiteral("syntax.json"),
              "{\n  \"format\": \"caredesk-scenario\",\n  \"id\": \n}");
    const ProcessResult syntax = runProgram(QStringLiteral("caredesk-cli"),
                                            {QStringLiteral("scenario"), QStringLiteral("validate"),
                                             dir.file(QStringLiteral("syntax.json"))});
    CHECK(syntax.exitCode == 1);
    CHECK(syntax.out.startsWith("line 4: "));

    const ProcessResult demo =
        runProgram(QStringLiteral("caredesk-cli"),
                   {QStringLiteral("scenario"), QStringLiteral("validate"),
                    QStringLiteral(CAREDESK_SOURCE_DIR "/resources/scenarios/demo-practice.json")});
    CHECK(demo.exitCode == 0);
    CHECK(demo.out.trimmed() == "valid: 32 personas, 38 events");

    const ProcessResult missing = runProgram(
        QStringLiteral("caredesk-cli"), {QStringLiteral("scenario"), QStringLiteral("validate"),
                                         dir.file(QStringLiteral("none.json"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.startsWith("caredesk-cli: cannot read "));
}

TEST_CASE("caredesk-cli scenario from-workspace writes an anonymised scenario that validates")
{
    TempWorkspace dir;
    // History through the import, which stores it through the ingest pipeline.
    dir.write(
        QStringLiteral("history.jsonl"),
        "{\"platform\":\"twitter\",\"channel\":\"AcmeHelp\",\"id\":\"1\",\"threadId\":\"1\","
        "\"author\":{\"id\":\"42\",\"handle\":\"jane_q\",\"name\":\"Jane "
        "Quill\",\"locale\":\"en_GB\"},"
        "\"createdAt\":\"2026-11-22T10:00:00Z\",\"text\":\"@AcmeHelp no signal since Monday, call "
        "me on 020 7946 0958\"}\n"
        "{\"platform\":\"twitter\",\"channel\":\"AcmeHelp\",\"id\":\"2\",\"direction\":"
        "\"outbound\",\"inReplyTo\":\"1\",\"kind\":\"dm\","
        "\"createdAt\":\"2026-11-22T10:04:00Z\",\"text\":\"Hi Jane, we have sent you a DM.\"}\n"
        "{\"platform\":\"twitter\",\"channel\":\"AcmeHelp\",\"id\":\"3\",\"threadId\":\"1\","
        "\"kind\":\"dm\","
        "\"author\":{\"id\":\"42\",\"handle\":\"jane_q\",\"name\":\"Jane "
        "Quill\",\"locale\":\"en_GB\"},"
        "\"createdAt\":\"2026-11-22T10:06:00Z\",\"text\":\"Thanks. I am Jane Quill, "
        "jane.quill@mail.example.net\"}\n"
        "{\"platform\":\"twitter\",\"channel\":\"AcmeHelp\",\"id\":\"4\",\"threadId\":\"4\","
        "\"author\":{\"id\":\"43\",\"handle\":\"Pedro_R\",\"name\":\"Pedro "
        "Ruiz\",\"locale\":\"es_ES\"},"
        "\"createdAt\":\"2026-11-22T11:00:00Z\",\"text\":\"@AcmeHelp lo mismo que @jane_q, soy "
        "pedro\",\"lang\":\"es\"}\n");
    const QString workspace = dir.file(QStringLiteral("ws"));
    const ProcessResult imported =
        runProgram(QStringLiteral("caredesk-cli"),
                   {QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                    QStringLiteral("--format"), QStringLiteral("jsonl"),
                    dir.file(QStringLiteral("history.jsonl"))});
    INFO(imported.out.toStdString() << imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    const QString out = dir.file(QStringLiteral("drill.json"));
    const ProcessResult built =
        runProgram(QStringLiteral("caredesk-cli"),
                   {QStringLiteral("scenario"), QStringLiteral("from-workspace"),
                    QStringLiteral("--workspace"), workspace, QStringLiteral("--conversations"),
                    QStringLiteral("5"), QStringLiteral("--out"), out});
    INFO(built.err.toStdString());
    REQUIRE(built.exitCode == 0);
    const QJsonObject summary = QJsonDocument::fromJson(built.out).object();
    CHECK(summary.value(QLatin1String("out")).toString() == out);
    CHECK(summary.value(QLatin1String("conversations")).toInt() == 2);
    CHECK(summary.value(QLatin1String("personas")).toInt() == 2);
    CHECK(summary.value(QLatin1String("events")).toInt() == 3);
    CHECK(summary.value(QLatin1String("expectations")).toInt() == 1);
    CHECK(
        summary.value(QLatin1String("replaced")).toObject().value(QLatin1String("phone")).toInt() ==
        1);
    CHECK(
        summary.value(QLatin1String("replaced")).toObject().value(QLatin1String("email")).toInt() ==
        1);

    const QString written = QString::fromUtf8(readFile(out));
    for (const QString &original :
         {QStringLiteral("jane_q"), QStringLiteral("Jane"), QStringLiteral("Quill"),
          QStringLiteral("Pedro"), QStringLiteral("Ruiz"), QStringLiteral("020 7946 0958"),
          QStringLiteral("mail.example.net")}) {
        INFO(original.toStdString());
        CHECK_FALSE(written.contains(original, Qt::CaseInsensitive));
    }
    CHECK(written.contains(QStringLiteral("@AcmeHelp")));

    const ProcessResult valid =
        runProgram(QStringLiteral("caredesk-cli"),
                   {QStringLiteral("scenario"), QStringLiteral("validate"), out});
    CHECK(valid.exitCode == 0);
    CHECK(valid.out.trimmed() == "valid: 2 personas, 3 events");

    const ProcessResult noWorkspace =
        runProgram(QStringLiteral("caredesk-cli"),
                   {QStringLiteral("scenario"), QStringLiteral("from-workspace"),
                    QStringLiteral("--workspace"), dir.file(QStringLiteral("nowhere")),
                    QStringLiteral("--out"), out});
    CHECK(noWorkspace.exitCode == 1);
    CHECK(noWorkspace.err.contains("there is no workspace"));
}

TEST_CASE("caredesk-cli practice start makes one practice workspace per trainee, and none of them "
          "takes a real channel")
{
    TempWorkspace dir;
    dir.write(QStringLiteral("drill.json"),
              R"({"format":"caredesk-scenario","version":1,"id":"drill","title":"Late order",
        "personas":[{"id":"ana","name":"Ana Gil","locale":"es_ES"}],
        "timeline":[{"id":"e1","at":-60,"persona":"ana","kind":"mention","text":"@Northwind mi pedido no llega"}]})");
    const QString classDir = dir.file(QStringLiteral("class"));
    const QStringList start{QStringLiteral("practice"),   QStringLiteral("start"),
                            QStringLiteral("--scenario"), dir.file(QStringLiteral("drill.json")),
                            QStringLiteral("--trainee"),  QStringLiteral("Zoë Ward"),
                            QStringLiteral("--trainee"),  QStringLiteral("Ben"),
                            QStringLiteral("--out"),      classDir};
    const ProcessResult started = runProgram(QStringLiteral("caredesk-cli"), start);
    INFO(started.err.toStdString());
    REQUIRE(started.exitCode == 0);
    const QJsonObject summary = QJsonDocument::fromJson(started.out).object();
    CHECK(summary.value(QLatin1String("scenario")).toString() == QStringLiteral("drill"));
    const QJsonArray trainees = summary.value(QLatin1String("trainees")).toArray();
    REQUIRE(trainees.size() == 2);
    CHECK(trainees[0].toObject().value(QLatin1String("folder")).toString() ==
          QStringLiteral("zoe-ward"));
    const QString zoe = trainees[0].toObject().value(QLatin1String("workspace")).toString();
    CHECK(zoe == classDir + QStringLiteral("/zoe-ward"));
    CHECK(QFileInfo::exists(classDir + QStringLiteral("/class.json")));
    CHECK(QFileInfo::exists(classDir + QStringLiteral("/ben/workspace.sqlite")));

    // Starting again in the same folder would mix two classes.
    const ProcessResult again = runProgram(QStringLiteral("caredesk-cli"), start);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("not empty"));

    // Connecting a real account to a practice workspace (here: delivering its outbox through
    // an X channel, which adds the channel) is refused by the workspace itself.
    dir.write(QStringLiteral("x.json"),
              R"({"plugin":"twitter","account":"AcmeHelp","apiBaseUrl":"http://127.0.0.1:9",
        "credential":{"env":"CAREDESK_PRACTICE_TEST_TOKEN"}})");
    qputenv("CAREDESK_PRACTICE_TEST_TOKEN", "not-a-real-token");
    const ProcessResult connected = runProgram(
        QStringLiteral("caredesk-cli"),
        {QStringLiteral("outbox"), QStringLiteral("deliver"), QStringLiteral("--workspace"), zoe,
         QStringLiteral("--config"), dir.file(QStringLiteral("x.json"))});
    CHECK(connected.exitCode == 1);
    CHECK(connected.err.contains("practice workspace"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("practice-channels"));
        db.setDatabaseName(zoe + QStringLiteral("/workspace.sqlite"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT plugin_id FROM channels")));
        QStringList plugins;
        while (query.next())
            plugins.append(query.value(0).toString());
        CHECK(plugins == QStringList{QStringLiteral("sandbox")});
    }
    QSqlDatabase::removeDatabase(QStringLiteral("practice-channels"));
}

TEST_CASE("caredesk-cli practice report gives one trainee's whole report, or a line of headline "
          "figures per trainee")
{
    TempWorkspace dir;
    dir.write(QStringLiteral("drill.json"),
              R"({"format":"caredesk-scenario","version":1,"id":"drill","title":"Late order",
        "personas":[{"id":"ana","name":"Ana Gil","locale":"es_ES"}],
        "timeline":[{"id":"e1","at":-60,"persona":"ana","kind":"mention","text":"@Northwind mi pedido no llega","lang":"es"}],
        "expectations":[{"id":"x1","after":"e1","expect":"dm","text":"Takes Ana to a DM"}]})");
    const QString classDir = dir.file(QStringLiteral("class"));
    REQUIRE(
        runProgram(QStringLiteral("caredesk-cli"),
                   {QStringLiteral("practice"), QStringLiteral("start"),
                    QStringLiteral("--scenario"), dir.file(QStringLiteral("drill.json")),
                    QStringLiteral("--trainee"), QStringLiteral("Ana"), QStringLiteral("--trainee"),
                    QStringLiteral("Ben"), QStringLiteral("--out"), classDir})
            .exitCode == 0);
    // Ana opens her practice inbox in the app: the waiting customer comes in. Ben has not started.
    const ProcessResult opened =
        runProgram(QStringLiteral("caredesk"),
                   {QStringLiteral("--workspace"), classDir + QStringLiteral("/ana"),
                    QStringLiteral("--screenshot"), dir.file(QStringLiteral("ana.png"))});
    REQUIRE(opened.exitCode == 0);

    const ProcessResult compared = runProgram(QStringLiteral("caredesk-cli"),
                                              {QStringLiteral("practice"), QStringLiteral("report"),
                                               QStringLiteral("--class"), classDir});
    INFO(compared.err.toStdString());
    REQUIRE(compared.exitCode == 0);
    const QList<QByteArray> lines = compared.out.trimmed().split('\n');
    REQUIRE(lines.size() == 2);
    const QJsonObject ana = QJsonDocument::fromJson(lines[0]).object();
    const QJsonObject ben = QJsonDocument::fromJson(lines[1]).object();
    CHECK(ana.value(QLatin1String("trainee")).toString() == QStringLiteral("Ana"));
    CHECK(ana.value(QLatin1String("conversations")).toInt() == 1);
    CHECK(ana.value(QLatin1String("unanswered")).toInt() == 1);
    CHECK(ana.value(QLatin1String("open")).toInt() == 1);
    CHECK(ana.value(QLatin1String("expectations")).toInt() == 1);
    CHECK(ana.value(QLatin1String("expectationsMet")).toInt() == 0);
    CHECK(ben.value(QLatin1String("trainee")).toString() == QStringLiteral("Ben"));
    CHECK(ben.value(QLatin1String("conversations")).toInt() == 0);

    const ProcessResult one =
        runProgram(QStringLiteral("caredesk-cli"),
                   {QStringLiteral("practice"), QStringLiteral("report"),
                    QStringLiteral("--workspace"), classDir + QStringLiteral("/ana")});
    REQUIRE(one.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(one.out).object();
    CHECK(report[u"scenario"][u"id"].toString() == QStringLiteral("drill"));
    CHECK(report[u"messages"][u"open"][0][u"text"].toString() ==
          QStringLiteral("@Northwind mi pedido no llega"));
    CHECK(report[u"expectations"][0][u"text"].toString() == QStringLiteral("Takes Ana to a DM"));
    CHECK(report[u"expectations"][0][u"detail"].toString() ==
          QStringLiteral("No reply after the customer's message."));
    CHECK(report[u"canned"][u"recorded"].toBool());

    // A trainee whose workspace is gone still has a line, saying so.
    QFile::remove(classDir + QStringLiteral("/ben/workspace.sqlite"));
    const ProcessResult broken = runProgram(QStringLiteral("caredesk-cli"),
                                            {QStringLiteral("practice"), QStringLiteral("report"),
                                             QStringLiteral("--class"), classDir});
    CHECK(broken.exitCode == 1);
    const QList<QByteArray> brokenLines = broken.out.trimmed().split('\n');
    REQUIRE(brokenLines.size() == 2);
    CHECK(QJsonDocument::fromJson(brokenLines[1])
              .object()
              .value(QLatin1String("error"))
              .toString()
              .contains(QStringLiteral("no workspace")));

    CHECK(runProgram(QStringLiteral("caredesk-cli"),
                     {QStringLiteral("practice"), QStringLiteral("report")})
              .exitCode == 1);
}

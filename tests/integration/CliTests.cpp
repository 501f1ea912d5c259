#include "support/FakePlatformServer.h"
#include "support/TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace CareDesk::Testing;

namespace {

QList<QJsonObject> outputLines(const ProcessResult &result)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : result.out.split('\n')) {
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

} // namespace

TEST_CASE("caredesk-cli detect-language answers every line, with the source of each answer")
{
    const ProcessResult result =
        runProgram(QStringLiteral("caredesk-cli"), {QStringLiteral("detect-language")}, 30000,
                   "{\"text\":\"@NorthwindCare Bonjour, je pars au Canada la semaine prochaine. "
                   "Est-ce que mon forfait inclut l'itinérance ?\"}\n"
                   "{\"text\":\"ok\",\"hint\":\"de\"}\n"
                   "{\"text\":\"ok\"}\n");
    REQUIRE(result.exitCode == 0);
    const auto lines = outputLines(result);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].value(QLatin1String("lang")).toString() == QStringLiteral("fr"));
    CHECK(lines[0].value(QLatin1String("source")).toString() == QStringLiteral("text"));
    CHECK(lines[0].value(QLatin1String("reliable")).toBool() == true);
    CHECK(lines[1].value(QLatin1String("lang")).toString() == QStringLiteral("de"));
    CHECK(lines[1].value(QLatin1String("source")).toString() == QStringLiteral("platform"));
    CHECK(lines[2].value(QLatin1String("lang")).toString() == QStringLiteral("und"));
    CHECK(lines[2].value(QLatin1String("reliable")).toBool(true) == false);
}

TEST_CASE("caredesk-cli scan-pii reports personal data with UTF-16 offsets")
{
    const ProcessResult result =
        runProgram(QStringLiteral("caredesk-cli"),
                   {QStringLiteral("scan-pii"), QStringLiteral("--region"), QStringLiteral("GB")},
                   30000, "{\"text\":\"Ça va? write to jo@example.org or call 020 7946 0958\"}\n");
    REQUIRE(result.exitCode == 0);
    const auto lines = outputLines(result);
    REQUIRE(lines.size() == 1);
    const QJsonArray findings = lines[0].value(QLatin1String("findings")).toArray();
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].toObject().value(QLatin1String("kind")).toString() ==
          QStringLiteral("email"));
    CHECK(findings[0].toObject().value(QLatin1String("start")).toInt() == 16);
    CHECK(findings[1].toObject().value(QLatin1String("kind")).toString() ==
          QStringLiteral("phone"));
    CHECK(findings[1].toObject().value(QLatin1String("match")).toString() ==
          QStringLiteral("020 7946 0958"));
}

TEST_CASE("caredesk-cli scan-pii without a region reads national numbers as this computer's "
          "country, then as those of the text's language")
{
    const QByteArray keptLocale = qgetenv("LC_ALL");
    const auto phonesIn = [](const QByteArray &locale, const QByteArray &input) {
        qputenv("LC_ALL", locale);
        const ProcessResult result =
            runProgram(QStringLiteral("caredesk-cli"), {QStringLiteral("scan-pii")}, 30000, input);
        REQUIRE(result.exitCode == 0);
        QStringList phones;
        for (const QJsonObject &line : outputLines(result)) {
            for (const QJsonValue &finding : line.value(QLatin1String("findings")).toArray())
                phones.append(finding.toObject().value(QLatin1String("match")).toString());
        }
        return phones;
    };
    // No country on this computer: the English text's countries.
    CHECK(phonesIn("C", "{\"text\":\"Please call me back at (212) 555-0199, I am home after "
                        "five today.\"}\n") == QStringList{QStringLiteral("(212) 555-0199")});
    // Too short to tell the language: this computer's country.
    CHECK(phonesIn("de_DE.UTF-8", "{\"text\":\"Tel. 030 12345678\"}\n") ==
          QStringList{QStringLiteral("030 12345678")});
    // Ids are not phone numbers in any of them.
    CHECK(phonesIn("en_US.UTF-8", "{\"text\":\"Thanks @115712, your order #1043588 (48213-77) "
                                  "left our warehouse today.\"}\n")
              .isEmpty());
    if (keptLocale.isNull())
        qunsetenv("LC_ALL");
    else
        qputenv("LC_ALL", keptLocale);
}

TEST_CASE("caredesk-cli measure keeps a U+FEFF that opens a text: X rejects the text")
{
    const ProcessResult result =
        runProgram(QStringLiteral("caredesk-cli"), {QStringLiteral("measure")}, 30000,
                   "{\"text\":\"\xEF\xBB\xBFhello\"}\n"   // the character, as typed
                   "\xEF\xBB\xBF{\"text\":\"hello\"}\n"); // a byte-order mark before the line
    REQUIRE(result.exitCode == 0);
    const auto lines = outputLines(result);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].value(QLatin1String("valid")).toBool(true) == false);
    CHECK(lines[0].value(QLatin1String("weightedLength")).toInt() == 2 + 5);
    CHECK(lines[1].value(QLatin1String("valid")).toBool(false) == true);
    CHECK(lines[1].value(QLatin1String("weightedLength")).toInt() == 5);

    // The same character opening --text is kept too.
    const ProcessResult given = runProgram(QStringLiteral("caredesk-cli"),
                                           {QStringLiteral("measure"), QStringLiteral("--text"),
                                            QChar(0xFEFF) + QStringLiteral("hello")});
    REQUIRE(given.exitCode == 0);
    const auto answer = outputLines(given);
    REQUIRE(answer.size() == 1);
    CHECK(answer[0].value(QLatin1String("valid")).toBool(true) == false);
    CHECK(answer[0].value(QLatin1String("weightedLength")).toInt() == 2 + 5);
}

TEST_CASE("Malformed input lines get an error line each and a non-zero exit, never a crash")
{
    QByteArray input = "{\"text\":\"fine\"}\nnot json\n[1,2]\n{\"text\":42}\n\xff\xfe\n";
    input += "{\"text\":\"" + QByteArray(200000, 'a') + "\"}\n";
    const ProcessResult result =
        runProgram(QStringLiteral("caredesk-cli"), {QStringLiteral("scan-pii")}, 60000, input);
    CHECK_FALSE(result.crashed);
    CHECK(result.exitCode == 1);
    const auto lines = outputLines(result);
    REQUIRE(lines.size() == 6);
    CHECK(lines[0].contains(QLatin1String("findings")));
    for (int i = 1; i <= 4; ++i) {
        INFO("line " << i + 1);
        CHECK(lines[i]
                  .value(QLatin1String("error"))
                  .toObject()
                  .value(QLatin1String("line"))
                  .toInt() == i + 1);
    }
    CHECK(lines[5].contains(QLatin1String("findings")));
}

namespace {

QString demoWorkspace(const TempWorkspace &dir)
{
    const QString workspace = dir.file(QStringLiteral("ws"));
    const ProcessResult created =
        runProgram(QStringLiteral("caredesk"),
                   {QStringLiteral("--workspace"), workspace, QStringLiteral("--screenshot"),
                    dir.file(QStringLiteral("shot.png"))});
    REQUIRE(created.exitCode == 0);
    return workspace;
}

} // namespace

TEST_CASE("caredesk-cli triage explains its category and priority")
{
    const ProcessResult result =
        runProgram(QStringLiteral("caredesk-cli"), {QStringLiteral("triage")}, 30000,
                   "{\"text\":\"@NorthwindCare still no signal in Manchester, this is "
                   "unacceptable\",\"author\":{\"followers\":48200,\"verified\":true}}\n"
                   "{\"text\":\"WIN A FREE PHONE!!! click here http://bit.ly/x\"}\n");
    REQUIRE(result.exitCode == 0);
    const auto lines = outputLines(result);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].value(QLatin1String("category")).toString() == QStringLiteral("service"));
    CHECK(lines[0].value(QLatin1String("actionable")).toBool());
    CHECK(lines[0].value(QLatin1String("lang")).toString() == QStringLiteral("en"));
    CHECK(lines[0].value(QLatin1String("priority")).toInt() >= 70);
    const QJsonArray reasons = lines[0].value(QLatin1String("reasons")).toArray();
    CHECK(reasons.size() >= 3);
    // Each reason gives its facts and the sentence an agent reads.
    const auto reasonWith = [&](const char *code) {
        for (const QJsonValue reason : reasons) {
            if (reason[QLatin1String("code")].toString() == QLatin1String(code))
                return reason.toObject();
        }
        return QJsonObject();
    };
    CHECK(reasonWith("influence").value(QLatin1String("detail")).toString() ==
          QStringLiteral("48200"));
    CHECK(reasonWith("influence")
              .value(QLatin1String("text"))
              .toString()
              .startsWith(QStringLiteral("Wide reach: ")));
    CHECK(reasonWith("verified").value(QLatin1String("text")).toString() ==
          QStringLiteral("Verified account"));
    CHECK(lines[1].value(QLatin1String("category")).toString() == QStringLiteral("spam"));
    CHECK(lines[1].value(QLatin1String("priority")).toInt() == 0);
}

TEST_CASE("A workspace's classifier learns from labelled lines and triage then uses it")
{
    TempWorkspace dir;
    const QString workspace = demoWorkspace(dir);
    QByteArray lessons;
    for (int i = 0; i < 20; ++i) {
        lessons += "{\"text\":\"the quantum router number " + QByteArray::number(i) +
                   " blinks orange\",\"category\":\"warranty\"}\n";
        lessons += "{\"text\":\"is the quantum mesh kit " + QByteArray::number(i) +
                   " sold in stores\",\"category\":\"pre-sales\"}\n";
    }
    lessons += "{\"text\":\"x\",\"category\":\"nonsense\"}\n";
    const ProcessResult learned = runProgram(
        QStringLiteral("caredesk-cli"),
        {QStringLiteral("learn"), QStringLiteral("--workspace"), workspace}, 30000, lessons);
    CHECK(learned.exitCode == 1); // the last line was refused...
    const auto lines = outputLines(learned);
    REQUIRE(lines.size() == 41);
    CHECK(lines[0].value(QLatin1String("learned")).toString() == QStringLiteral("warranty"));
    CHECK(lines[40].contains(QLatin1String("error"))); // ...and said so on its own line

    const ProcessResult triaged =
        runProgram(QStringLiteral("caredesk-cli"),
                   {QStringLiteral("triage"), QStringLiteral("--workspace"), workspace}, 30000,
                   "{\"text\":\"my quantum router blinks orange\"}\n");
    REQUIRE(triaged.exitCode == 0);
    const QJsonObject answer = outputLines(triaged).value(0);
    CHECK(answer.value(QLatin1String("category")).toString() == QStringLiteral("warranty"));
    CHECK(answer.value(QLatin1String("categorySource")).toString() == QStringLiteral("classifier"));
}

TEST_CASE("caredesk-cli search finds messages by words and customer names, accents ignored")
{
    TempWorkspace dir;
    const QString workspace = demoWorkspace(dir);
    const ProcessResult byWords =
        runProgram(QStringLiteral("caredesk-cli"),
                   {QStringLiteral("search"), QStringLiteral("--workspace"), workspace,
                    QStringLiteral("factura"), QStringLiteral("cobrado")});
    REQUIRE(byWords.exitCode == 0);
    const auto hits = outputLines(byWords);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].value(QLatin1String("customer")).toString() == QStringLiteral("María Fernández"));

    const ProcessResult byName = runProgram(
        QStringLiteral("caredesk-cli"), {QStringLiteral("search"), QStringLiteral("--workspace"),
                                         workspace, QStringLiteral("fernandez")});
    REQUIRE(byName.exitCode == 0);
    CHECK(outputLines(byName).size() == 2); // both of María's messages
    const ProcessResult hostile = runProgram(
        QStringLiteral("caredesk-cli"), {QStringLiteral("search"), QStringLiteral("--workspace"),
                                         workspace, QStringLiteral("\"AND OR *(")});
    CHECK(hostile.exitCode == 0);
}

TEST_CASE(
    "Importing inbound items threads, triages and reports bad lines, and export gives them back")
{
    TempWorkspace dir;
    dir.write(QStringLiteral("items.jsonl"),
              "{\"platform\":\"twitter\",\"channel\":\"AcmeHelp\",\"id\":\"1\",\"author\":{\"id\":"
              "\"42\",\"handle\":\"jane\",\"name\":\"Jane\"},"
              "\"createdAt\":\"2026-11-22T10:00:00Z\",\"text\":\"No signal since this morning "
              "<script>alert(1)</script>\",\"lang\":\"en\"}\n"
              "{\"platform\":\"twitter\",\"channel\":\"AcmeHelp\",\"id\":\"2\",\"inReplyTo\":\"1\","
              "\"author\":{\"id\":\"42\",\"handle\":\"jane\",\"name\":\"Jane\"},"
              "\"createdAt\":\"2026-11-22T10:05:00Z\",\"text\":\"still nothing, urgent\"}\n"
              "{\"platform\":\"twitter\",\"channel\":\"AcmeHelp\",\"id\":\"1\",\"author\":{\"id\":"
              "\"42\",\"handle\":\"jane\"},\"text\":\"again\"}\n"
              "{\"platform\":\"facebook\",\"channel\":\"Acme\",\"id\":\"c1\",\"kind\":\"comment\","
              "\"author\":{\"id\":\"7\",\"handle\":\"bob\",\"name\":\"Bob\"},\"text\":\"How much "
              "is the family plan?\"}\n"
              "this is not json\n"
              "{\"platform\":\"twitter\",\"channel\":\"AcmeHelp\",\"text\":\"no id\"}\n"
              "{\"platform\":\"twitter\",\"channel\":\"AcmeHelp\",\"id\":\"9\",\"author\":{\"id\":"
              "\"5\"},\"text\":\"caf\xe9 \xed\xa0\x80\"}\n");
    const QString workspace = dir.file(QStringLiteral("ws"));
    const ProcessResult imported =
        runProgram(QStringLiteral("caredesk-cli"),
                   {QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                    QStringLiteral("--format"), QStringLiteral("jsonl"),
                    dir.file(QStringLiteral("items.jsonl"))});
    CHECK(imported.exitCode == 1); // three lines were bad
    const QJsonObject summary = QJsonDocument::fromJson(imported.out).object();
    CHECK(summary.value(QLatin1String("messages")).toInt() == 3);
    CHECK(summary.value(QLatin1String("conversations")).toInt() == 2);
    CHECK(summary.value(QLatin1String("customers")).toInt() == 2);
    CHECK(summary.value(QLatin1String("channels")).toInt() == 2);
    CHECK(summary.value(QLatin1String("skipped")).toInt() == 4);
    const QJsonArray errors = summary.value(QLatin1String("errors")).toArray();
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].toString().startsWith(QStringLiteral("line 5:")));
    CHECK(errors[1].toString().startsWith(QStringLiteral("line 6:")));
    CHECK(errors[2].toString() == QStringLiteral("line 7: not a JSON object in UTF-8"));

    const ProcessResult exported =
        runProgram(QStringLiteral("caredesk-cli"),
                   {QStringLiteral("export"), QStringLiteral("--workspace"), workspace,
                    QStringLiteral("--format"), QStringLiteral("jsonl")});
    REQUIRE(exported.exitCode == 0);
    const auto conversations = outputLines(exported);
    REQUIRE(conversations.size() == 2);
    QJsonObject jane;
    for (const QJsonObject &conversation : conversations) {
        if (conversation.value(QLatin1String("platform")).toString() == u"twitter")
            jane = conversation;
    }
    const QJsonArray messages = jane.value(QLatin1String("messages")).toArray();
    REQUIRE(messages.size() == 2);
    CHECK(messages[0].toObject().value(QLatin1String("id")).toString() == QStringLiteral("1"));
    CHECK(messages[1].toObject().value(QLatin1String("inReplyTo")).toString() ==
          QStringLiteral("1"));
    CHECK(jane.value(QLatin1String("category")).toString() == QStringLiteral("service"));
    CHECK(jane.value(QLatin1String("actionable")).toBool());
    const QJsonArray reasons = jane.value(QLatin1String("reasons")).toArray();
    REQUIRE_FALSE(reasons.isEmpty());
    CHECK(reasons[0][QLatin1String("code")].toString() == QStringLiteral("category"));
    CHECK(reasons[0][QLatin1String("text")].toString() == QStringLiteral("Service request"));

    const ProcessResult html =
        runProgram(QStringLiteral("caredesk-cli"),
                   {QStringLiteral("export"), QStringLiteral("--workspace"), workspace,
                    QStringLiteral("--format"), QStringLiteral("html")});
    REQUIRE(html.exitCode == 0);
    CHECK(html.out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK_FALSE(html.out.contains("<script>"));
    CHECK(html.out.contains("Priority reasons: Service request (+40)"));
}

TEST_CASE(
    "A tweet archive imports as brand channels with threaded conversations and first responses")
{
    TempWorkspace dir;
    // Rows out of order, a quoted text over two lines, a bad row, a tweet no brand is part of,
    // a brand post that answers nobody, and a mention of a brand in other letter case.
    dir.write(
        QStringLiteral("archive.csv"),
        "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
        "3,115712,True,Tue Oct 31 22:15:00 +0000 2017,@AcmeHelp thanks,,2\n"
        "1,115712,True,Tue Oct 31 22:10:47 +0000 2017,\"@AcmeHelp my router\nkeeps dropping, "
        "\"\"help\"\"\",2,\n"
        "2,AcmeHelp,False,Tue Oct 31 22:12:00 +0000 2017,@115712 Sorry to hear that! Send us a "
        "DM,3,1\n"
        "4,115713,Maybe,Tue Oct 31 23:00:00 +0000 2017,@AcmeHelp hi,,\n"
        "5,115714,True,Wed Nov 01 10:00:00 +0000 2017,nobody is addressed here,,\n"
        "6,OtherBrand,False,Wed Nov 01 11:00:00 +0000 2017,Our new phone is out!,,\n"
        "7,115715,True,Wed Nov 01 09:00:00 +0000 2017,@otherbrand when does it ship?,,\n");
    const QString workspace = dir.file(QStringLiteral("ws"));
    const ProcessResult imported =
        runProgram(QStringLiteral("caredesk-cli"),
                   {QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                    QStringLiteral("--format"), QStringLiteral("tweet-csv"),
                    dir.file(QStringLiteral("archive.csv"))});
    CHECK(imported.exitCode == 1); // two rows were bad
    const QJsonObject summary = QJsonDocument::fromJson(imported.out).object();
    CHECK(summary.value(QLatin1String("messages")).toInt() == 4);
    CHECK(summary.value(QLatin1String("conversations")).toInt() == 2);
    CHECK(summary.value(QLatin1String("customers")).toInt() == 2);
    CHECK(summary.value(QLatin1String("channels")).toInt() == 2);
    CHECK(summary.value(QLatin1String("skipped")).toInt() == 3);
    // In both conversations the customer wrote last: neither is history yet.
    CHECK(summary.value(QLatin1String("resolved")).toInt(-1) == 0);
    const QJsonArray errors = summary.value(QLatin1String("errors")).toArray();
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].toString().startsWith(QStringLiteral("Line 6 ")));
    CHECK(errors[1].toString().startsWith(QStringLiteral("Line 7 ")));

    const ProcessResult exported =
        runProgram(QStringLiteral("caredesk-cli"),
                   {QStringLiteral("export"), QStringLiteral("--workspace"), workspace,
                    QStringLiteral("--format"), QStringLiteral("jsonl")});
    REQUIRE(exported.exitCode == 0);
    QJsonObject acme;
    QJsonObject other;
    for (const QJsonObject &conversation : outputLines(exported))
        (conversation.value(QLatin1String("channel")).toString() == u"AcmeHelp" ? acme : other) =
            conversation;
    const QJsonArray messages = acme.value(QLatin1String("messages")).toArray();
    REQUIRE(messages.size() == 3);
    CHECK(messages[0].toObject().value(QLatin1String("text")).toString() ==
          QStringLiteral("@AcmeHelp my router\nkeeps dropping, \"help\""));
    CHECK(messages[0].toObject().value(QLatin1String("addressed")).toString() ==
          QStringLiteral("replied"));
    CHECK(messages[1].toObject().value(QLatin1String("direction")).toString() ==
          QStringLiteral("out"));
    CHECK(messages[1].toObject().value(QLatin1String("author")).toString() ==
          QStringLiteral("AcmeHelp"));
    CHECK(messages[2].toObject().value(QLatin1String("addressed")).toString() ==
          QStringLiteral("open"));
    CHECK(acme.value(QLatin1String("firstResponseAt")).toString() ==
          QStringLiteral("2017-10-31T22:12:00Z"));
    CHECK(acme.value(QLatin1String("status")).toString() ==
          QStringLiteral("open")); // the customer wrote again
    CHECK(other.value(QLatin1String("channel")).toString() == QStringLiteral("OtherBrand"));
    CHECK(other.value(QLatin1String("messages")).toArray().size() == 1);
    CHECK_FALSE(other.contains(QLatin1String("firstResponseAt")));
}

TEST_CASE("An import killed halfway leaves a sound workspace, and running it again completes it "
          "exactly once")
{
    TempWorkspace dir;
    QByteArray items;
    constexpr int kItems = 60000;
    for (int i = 0; i < kItems; ++i) {
        items += "{\"platform\":\"twitter\",\"channel\":\"AcmeHelp\",\"id\":\"" +
                 QByteArray::number(i) + "\",\"author\":{\"id\":\"" + QByteArray::number(i % 5000) +
                 "\",\"handle\":\"c" + QByteArray::number(i % 5000) +
                 "\"},\"createdAt\":\"2026-11-22T10:00:00Z\","
                 "\"text\":\"order " +
                 QByteArray::number(i) + " has not arrived, please help\"}\n";
    }
    dir.write(QStringLiteral("items.jsonl"), items);
    const QString workspace = dir.file(QStringLiteral("ws"));
    const QStringList import{QStringLiteral("import"),
                             QStringLiteral("--workspace"),
                             workspace,
                             QStringLiteral("--format"),
                             QStringLiteral("jsonl"),
                             dir.file(QStringLiteral("items.jsonl"))};

    // Kill the import once the first batches are in the write-ahead log.
    QProcess killed;
    killed.start(programPath(QStringLiteral("caredesk-cli")), import);
    REQUIRE(killed.waitForStarted(10000));
    const QString wal = workspace + QStringLiteral("/workspace.sqlite-wal");
    waitUntil(
        [&] {
            return QFileInfo(wal).size() > 256 * 1024 || killed.state() == QProcess::NotRunning;
        },
        60000);
    CHECK(killed.state() == QProcess::Running); // killed with work still to do
    killed.kill();
    killed.waitForFinished();

    const ProcessResult again = runProgram(QStringLiteral("caredesk-cli"), import, 120000);
    REQUIRE(again.exitCode == 0);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("killed-import"));
        db.setDatabaseName(workspace + QStringLiteral("/workspace.sqlite"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE((query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()));
        CHECK(query.value(0).toString() == QStringLiteral("ok"));
        REQUIRE((query.exec(QStringLiteral(
                     "SELECT COUNT(*), COUNT(DISTINCT platform_id) FROM messages")) &&
                 query.next()));
        CHECK(query.value(0).toInt() == kItems); // every item once: none lost, none twice
        CHECK(query.value(1).toInt() == kItems);
        REQUIRE(
            (query.exec(QStringLiteral("SELECT COUNT(*) FROM message_search")) && query.next()));
        CHECK(query.value(0).toInt() == kItems); // and all of them searchable
    }
    QSqlDatabase::removeDatabase(QStringLiteral("killed-import"));
}

TEST_CASE("caredesk-cli --help speaks the language asked for")
{
    const ProcessResult german =
        runProgram(QStringLiteral("caredesk-cli"),
                   {QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--help")});
    CHECK(german.exitCode == 0);
    CHECK(german.out.contains("Befehle:"));
    const ProcessResult spanish =
        runProgram(QStringLiteral("caredesk-cli"),
                   {QStringLiteral("--language=es"), QStringLiteral("--help")});
    CHECK(spanish.out.contains("Comandos:"));
    const ProcessResult english =
        runProgram(QStringLiteral("caredesk-cli"),
                   {QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--help")});
    CHECK(english.out.contains("Commands:"));
}

TEST_CASE("caredesk-cli team sync warns when the server's address is plain http:// to another "
          "machine")
{
    TempWorkspace workspace;
    const auto sync = [&](const QString &server) {
        return runProgram(QStringLiteral("caredesk-cli"),
                          {QStringLiteral("team"), QStringLiteral("sync"),
                           QStringLiteral("--workspace"), workspace.path(),
                           QStringLiteral("--server"), server, QStringLiteral("--login"),
                           QStringLiteral("ana")},
                          60000, QByteArray()); // no password: it stops before connecting
    };
    const ProcessResult plain = sync(QStringLiteral("http://care.example.invalid:8484"));
    INFO(plain.err.toStdString());
    CHECK(plain.err.contains("caredesk-cli: warning: http://care.example.invalid:8484 is plain "
                             "http:// to another machine"));
    CHECK(plain.err.contains("https://"));
    for (const QString &safe :
         {QStringLiteral("https://care.example.invalid:8484"), QStringLiteral("http://127.0.0.1:9"),
          QStringLiteral("http://[::1]:9"), QStringLiteral("http://localhost:9")}) {
        const ProcessResult quiet = sync(safe);
        INFO(safe.toStdString() + ": " + quiet.err.toStdString());
        CHECK_FALSE(quiet.err.contains("warning"));
    }
}

TEST_CASE("caredesk-cli channel add puts a channel in a workspace once, where the app polls it")
{
    const TempWorkspace dir;
    const QString workspace = demoWorkspace(dir);
    const QJsonObject config{
        {QStringLiteral("plugin"), QStringLiteral("twitter")},
        {QStringLiteral("account"), QStringLiteral("AcmeHelp")},
        {QStringLiteral("accountId"), QStringLiteral("2244994945")},
        {QStringLiteral("apiBaseUrl"), QStringLiteral("https://api.x.com")},
        {QStringLiteral("credential"),
         QJsonObject{{QStringLiteral("keychain"), QStringLiteral("caredesk-acme-x")}}}};
    dir.write(QStringLiteral("acme-x.json"), QJsonDocument(config).toJson());
    const QStringList add{QStringLiteral("channel"),     QStringLiteral("add"),
                          QStringLiteral("--workspace"), workspace,
                          QStringLiteral("--config"),    dir.file(QStringLiteral("acme-x.json"))};
    const ProcessResult first = runProgram(QStringLiteral("caredesk-cli"), add);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const auto added = outputLines(first);
    REQUIRE(added.size() == 1);
    CHECK(added[0].value(QLatin1String("account")).toString() == QStringLiteral("AcmeHelp"));
    CHECK(added[0].value(QLatin1String("platform")).toString() == QStringLiteral("twitter"));
    const ProcessResult second = runProgram(QStringLiteral("caredesk-cli"), add);
    REQUIRE(second.exitCode == 0);
    CHECK(outputLines(second)[0].value(QLatin1String("channel")) ==
          added[0].value(QLatin1String("channel")));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("channel-add"));
        db.setDatabaseName(workspace + QStringLiteral("/workspace.sqlite"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE((query.exec(QStringLiteral(
                     "SELECT COUNT(*), MAX(settings) FROM channels WHERE plugin_id = 'twitter'")) &&
                 query.next()));
        CHECK(query.value(0).toInt() == 1);
        // The keychain entry's name is kept, so the app can read the token; never a secret.
        CHECK(query.value(1).toString().contains(QStringLiteral("caredesk-acme-x")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("channel-add"));

    const ProcessResult withoutWorkspace =
        runProgram(QStringLiteral("caredesk-cli"),
                   {QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("--config"),
                    dir.file(QStringLiteral("acme-x.json"))});
    CHECK(withoutWorkspace.exitCode != 0);
    CHECK(withoutWorkspace.err.contains("--workspace"));
}

TEST_CASE("caredesk-cli spell reports misspelt words with suggestions, knowing a workspace's names")
{
    const TempWorkspace dir;
    const QString workspace = demoWorkspace(dir);
    dir.write(QStringLiteral("ws/team-dictionary.txt"), "# our products\nZephyrbook\n");
    const QByteArray input = "{\"text\":\"Hi Priya, your Zephyrbook will arive tomorow\"}\n"
                             "{\"text\":\"Hola, la garantia llega mañana\"}\n";
    const ProcessResult plain =
        runProgram(QStringLiteral("caredesk-cli"),
                   {QStringLiteral("spell"), QStringLiteral("--lang"), QStringLiteral("en_US")},
                   30000, input.left(input.indexOf('\n') + 1));
    REQUIRE(plain.exitCode == 0);
    const auto before = outputLines(plain);
    REQUIRE(before.size() == 1);
    QStringList words;
    for (const QJsonValue issue : before[0].value(QLatin1String("issues")).toArray())
        words.append(issue.toObject().value(QLatin1String("word")).toString());
    CHECK(words == QStringList{QStringLiteral("Priya"), QStringLiteral("Zephyrbook"),
                               QStringLiteral("arive"), QStringLiteral("tomorow")});

    const ProcessResult known = runProgram(
        QStringLiteral("caredesk-cli"),
        {QStringLiteral("spell"), QStringLiteral("--workspace"), workspace}, 30000, input);
    INFO(known.err.toStdString());
    REQUIRE(known.exitCode == 0);
    const auto lines = outputLines(known);
    REQUIRE(lines.size() == 2);
    const QJsonArray english = lines[0].value(QLatin1String("issues")).toArray();
    REQUIRE(english.size() == 2); // the customer's name and the product are known
    CHECK(english[0].toObject().value(QLatin1String("word")).toString() == QStringLiteral("arive"));
    CHECK(english[0].toObject().value(QLatin1String("start")).toInt() == 31);
    CHECK(english[0]
              .toObject()
              .value(QLatin1String("suggestions"))
              .toArray()
              .contains(QJsonValue(QStringLiteral("arrive"))));
    // The second text is Spanish, and checked with a Spanish dictionary.
    CHECK(lines[1].value(QLatin1String("dictionary")).toString().startsWith(QStringLiteral("es")));
    CHECK(lines[1]
              .value(QLatin1String("issues"))
              .toArray()
              .first()
              .toObject()
              .value(QLatin1String("word")) == QStringLiteral("garantia"));
}

TEST_CASE("caredesk-cli translate translates each line on this computer, saying from what")
{
    const ProcessResult result = runProgram(
        QStringLiteral("caredesk-cli"),
        {QStringLiteral("translate"), QStringLiteral("--to"), QStringLiteral("en")}, 30000,
        "{\"text\":\"Hola, no he recibido mi pedido todav\xC3\xAD"
        "a.\"}\n"
        "{\"text\":\"ok\"}\n");
    CHECK(result.exitCode == 1); // the second line's language is not clear
    const auto lines = outputLines(result);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].value(QLatin1String("from")).toString() == QStringLiteral("es"));
    CHECK(lines[0].value(QLatin1String("provider")).toString() == QStringLiteral("apertium"));
    CHECK(lines[0].value(QLatin1String("text")).toString().startsWith(QStringLiteral("Hello")));
    CHECK(lines[1].contains(QLatin1String("error")));
}

TEST_CASE("caredesk-cli crm brings in a customer file and finds a customer however the contact is "
          "written")
{
    const TempWorkspace dir;
    dir.write(QStringLiteral("customers.csv"),
              "id,name,emails,phones,handles,tier,value\n"
              "C-1,Ana Gil,Ana@Example.org,+34 612 345 678,@ana_g,gold,1250\n"
              ",No Id,,,,,\n");
    const QString workspace = dir.file(QStringLiteral("ws"));
    const ProcessResult imported =
        runProgram(QStringLiteral("caredesk-cli"),
                   {QStringLiteral("crm"), QStringLiteral("import"), QStringLiteral("--workspace"),
                    workspace, QStringLiteral("--region"), QStringLiteral("ES"),
                    dir.file(QStringLiteral("customers.csv"))});
    REQUIRE(imported.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(imported.out).object();
    CHECK(report.value(QLatin1String("imported")).toInt() == 1);
    CHECK(report.value(QLatin1String("problems")).toArray().size() == 1);

    const auto lookUp = [&](const QStringList &how) {
        const ProcessResult found =
            runProgram(QStringLiteral("caredesk-cli"),
                       QStringList{QStringLiteral("crm"), QStringLiteral("lookup"),
                                   QStringLiteral("--workspace"), workspace} +
                           how);
        REQUIRE(found.exitCode == 0);
        return QJsonDocument::fromJson(found.out).object();
    };
    const QJsonObject byPhone = lookUp({QStringLiteral("--phone"), QStringLiteral("612-345-678"),
                                        QStringLiteral("--region"), QStringLiteral("ES")});
    CHECK(byPhone.value(QLatin1String("found")).toBool());
    CHECK(byPhone.value(QLatin1String("id")).toString() == QStringLiteral("C-1"));
    CHECK(byPhone.value(QLatin1String("tier")).toString() == QStringLiteral("gold"));
    CHECK(lookUp({QStringLiteral("--email"), QStringLiteral(" ana@EXAMPLE.org")})
              .value(QLatin1String("name"))
              .toString() == QStringLiteral("Ana Gil"));
    CHECK(lookUp({QStringLiteral("--handle"), QStringLiteral("ANA_G")})
              .value(QLatin1String("found"))
              .toBool());
    CHECK_FALSE(lookUp({QStringLiteral("--email"), QStringLiteral("joe@example.com")})
                    .value(QLatin1String("found"))
                    .toBool());

    // Importing again replaces the file's customers: one no longer there is not found.
    dir.write(QStringLiteral("customers.csv"), "id,name,emails\nC-2,Joe,joe@example.com\n");
    REQUIRE(
        runProgram(QStringLiteral("caredesk-cli"),
                   {QStringLiteral("crm"), QStringLiteral("import"), QStringLiteral("--workspace"),
                    workspace, dir.file(QStringLiteral("customers.csv"))})
            .exitCode == 0);
    CHECK_FALSE(lookUp({QStringLiteral("--handle"), QStringLiteral("@ana_g")})
                    .value(QLatin1String("found"))
                    .toBool());
    CHECK(lookUp({QStringLiteral("--email"), QStringLiteral("joe@example.com")})
              .value(QLatin1String("found"))
              .toBool());
}

TEST_CASE("caredesk-cli crm lookup asks the CRM a crm.json names, with its key from the "
          "environment")
{
    using CareDesk::Testing::FakePlatformServer;
    FakePlatformServer hubspot([](const FakePlatformServer::Request &request) {
        if (request.headers.value("authorization") != "Bearer pat-cli")
            return FakePlatformServer::sample(QStringLiteral("hubspot/error.401.json"));
        if (request.path == u"/crm/v3/objects/contacts/search")
            return FakePlatformServer::sample(
                request.body.contains("ana.gil@example.org")
                    ? QStringLiteral("hubspot/contacts-search.email.json")
                    : QStringLiteral("hubspot/contacts-search.empty.json"));
        if (request.path == u"/account-info/v3/details")
            return FakePlatformServer::sample(QStringLiteral("hubspot/account-info.json"));
        return FakePlatformServer::json(404, "{}");
    });
    const TempWorkspace dir;
    dir.write(QStringLiteral("crm.json"),
              QJsonDocument(QJsonObject{{QStringLiteral("plugin"), QStringLiteral("hubspot")},
                                        {QStringLiteral("apiBaseUrl"), hubspot.baseUrl()},
                                        {QStringLiteral("credential"),
                                         QJsonObject{{QStringLiteral("env"),
                                                      QStringLiteral("CAREDESK_TEST_CRM_TOKEN")}}}})
                  .toJson());
    qputenv("CAREDESK_TEST_CRM_TOKEN", "pat-cli");
    const auto lookUp = [&](const QString &email) {
        return runProgram(QStringLiteral("caredesk-cli"),
                          {QStringLiteral("crm"), QStringLiteral("lookup"),
                           QStringLiteral("--config"), dir.file(QStringLiteral("crm.json")),
                           QStringLiteral("--email"), email});
    };
    const ProcessResult found = lookUp(QStringLiteral("Ana.Gil@example.org"));
    INFO(found.err.toStdString());
    REQUIRE(found.exitCode == 0);
    const QJsonObject ana = QJsonDocument::fromJson(found.out).object();
    CHECK(ana.value(QLatin1String("found")).toBool());
    CHECK(ana.value(QLatin1String("name")).toString() == QStringLiteral("Ana Gil"));
    CHECK(ana.value(QLatin1String("source")).toString() == QStringLiteral("hubspot"));
    CHECK(ana.value(QLatin1String("url")).toString().startsWith(QStringLiteral("https://app-eu1")));
    const ProcessResult nobody = lookUp(QStringLiteral("joe@example.com"));
    REQUIRE(nobody.exitCode == 0);
    CHECK_FALSE(
        QJsonDocument::fromJson(nobody.out).object().value(QLatin1String("found")).toBool());

    // A refused key is an error, with HubSpot's reason, never "not found".
    qputenv("CAREDESK_TEST_CRM_TOKEN", "revoked");
    const ProcessResult refused = lookUp(QStringLiteral("Ana.Gil@example.org"));
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains("HubSpot refused the token"));
    qunsetenv("CAREDESK_TEST_CRM_TOKEN");
}

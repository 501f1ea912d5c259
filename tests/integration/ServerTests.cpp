#include "Clock.h"
#include "server/ServerDatabase.h"
#include "server/TeamServer.h"
#include "support/ServerProcess.h"
#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>

using namespace CareDesk;

namespace {

struct Reply
{
    int status = 0;
    QJsonObject body;
};

Reply get(const QUrl &url)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    REQUIRE(Testing::waitUntil([&] { return reply->isFinished(); }));
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 QJsonDocument::fromJson(reply->readAll()).object()};
    reply->deleteLater();
    return result;
}

} // namespace

TEST_CASE("The team server answers its health check and uses one error shape")
{
    Testing::TempWorkspace dir;
    auto db = Server::ServerDatabase::openSqlite(dir.path());
    REQUIRE(db.ok());
    const Core::SystemClock clock;
    auto created = Server::TeamServer::create(std::move(db).value(), dir.path(), clock);
    REQUIRE(created.ok());
    Server::TeamServer &server = *created.value();
    auto port = server.listen(QHostAddress::LocalHost, 0);
    REQUIRE(port.ok());
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port.value());

    const Reply health = get(QUrl(base + QStringLiteral("/healthz")));
    CHECK(health.status == 200);
    CHECK(health.body.value(QLatin1String("status")).toString() == QStringLiteral("ok"));
    CHECK(health.body.value(QLatin1String("database")).toString() == QStringLiteral("sqlite"));
    CHECK(health.body.value(QLatin1String("version")).toString() ==
          QStringLiteral(CAREDESK_VERSION));

    const Reply missing = get(QUrl(base + QStringLiteral("/nothing-here")));
    CHECK(missing.status == 404);
    CHECK(missing.body.value(QLatin1String("error"))
              .toObject()
              .value(QLatin1String("code"))
              .toString() == QStringLiteral("not_found"));
    // Under /v1, nothing is answered without a session, not even whether a route exists.
    CHECK(get(QUrl(base + QStringLiteral("/v1/nothing-here"))).status == 401);
}

TEST_CASE("A port already in use is reported, not ignored")
{
    Testing::TempWorkspace a;
    Testing::TempWorkspace b;
    auto first = Server::ServerDatabase::openSqlite(a.path());
    auto second = Server::ServerDatabase::openSqlite(b.path());
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    const Core::SystemClock clock;
    auto one = Server::TeamServer::create(std::move(first).value(), a.path(), clock);
    auto two = Server::TeamServer::create(std::move(second).value(), b.path(), clock);
    REQUIRE(one.ok());
    REQUIRE(two.ok());
    auto port = one.value()->listen(QHostAddress::LocalHost, 0);
    REQUIRE(port.ok());
    auto clash = two.value()->listen(QHostAddress::LocalHost, port.value());
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().userMessage.contains(QStringLiteral("could not listen")));
}

TEST_CASE("The server database migrates SQLite and refuses a newer schema")
{
    Testing::TempWorkspace dir;
    {
        auto db = Server::ServerDatabase::openSqlite(dir.path());
        REQUIRE(db.ok());
        CHECK(db.value()->schemaVersion() ==
              Server::ServerDatabase::latestSchemaVersion(Server::ServerDatabase::Kind::SQLite));
        QSqlQuery query(db.value()->connection());
        REQUIRE(query.exec(
            QStringLiteral("UPDATE server_meta SET value = '500' WHERE key = 'schema_version'")));
    }
    auto newer = Server::ServerDatabase::openSqlite(dir.path());
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().userMessage.contains(QStringLiteral("newer version of CareDesk")));
}

namespace {

// Escaped X texts stored before they were undone on arrival, put back at schema 6.
void storeEscapedTexts(QSqlDatabase db)
{
    QSqlQuery query(db);
    for (const char *statement :
         {"INSERT INTO agents(id, login, display_name, role, password_hash, created_at)"
          " VALUES(1, 'lena', 'Lena', 'agent', 'x', 0)",
          "INSERT INTO conversations(id, source_id, channel, platform, customer_key,"
          " customer_name, customer_handle, language, category, actionable, priority, status,"
          " sla_due_at, created_at, last_activity_at, preview, unaddressed, rev) VALUES"
          " (1, 1, 'AcmeHelp', 'twitter', 'twitter:1', 'Jane', 'jane', 'en', 'service', 1, 1,"
          " 'open', 0, 0, 0, 'Zip code &amp; item', 1, 0),"
          " (2, 2, 'Acme', 'facebook', 'facebook:2', 'Joe', 'joe', 'en', 'service', 1, 1,"
          " 'open', 0, 0, 0, 'Q&amp;A', 1, 0)",
          "INSERT INTO messages(id, conversation_id, source_id, platform_id, direction,"
          " visibility, author_name, author_handle, text, language, created_at, addressed,"
          " agent_id) VALUES"
          " (1, 1, 1, '100', 'in', 'public', 'Jane', 'jane', 'Zip code &amp; item for"
          " AT&amp;T &lt;3 &amp;lt;b&amp;gt;', 'en', 0, 'no', NULL),"
          " (2, 1, NULL, '101', 'out', 'public', 'Lena', 'lena', 'We wrote &amp; on purpose',"
          " 'en', 0, 'yes', 1),"
          " (3, 2, 3, '200', 'in', 'public', 'Joe', 'joe', 'Q&amp;A', 'en', 0, 'no', NULL)",
          // What later steps add goes too, so that the database is as schema 6 left it.
          "DROP TABLE team_words", "ALTER TABLE messages DROP COLUMN source_text",
          "ALTER TABLE messages DROP COLUMN source_language",
          "ALTER TABLE messages DROP COLUMN translation_provider",
          "ALTER TABLE teams DROP COLUMN translation_settings",
          "ALTER TABLE conversations DROP COLUMN priority_reasons",
          "ALTER TABLE conversations DROP COLUMN customer_crm", "DROP TABLE surveys",
          "ALTER TABLE teams DROP COLUMN survey_kind",
          "ALTER TABLE teams DROP COLUMN survey_quiet_days", "DROP TABLE shift_posts",
          "ALTER TABLE teams DROP COLUMN roster",
          "ALTER TABLE agents DROP COLUMN presence_held_until", "DROP TABLE escalations",
          "ALTER TABLE teams DROP COLUMN escalation_settings",
          "UPDATE server_meta SET value = '6' WHERE key = 'schema_version'"}) {
        INFO(statement);
        REQUIRE(query.exec(QString::fromLatin1(statement)));
    }
}

void checkTextsAsWritten(QSqlDatabase db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT text FROM messages ORDER BY id")));
    QStringList texts;
    while (query.next())
        texts.append(query.value(0).toString());
    CHECK(texts == QStringList{QStringLiteral("Zip code & item for AT&T <3 &lt;b&gt;"),
                               QStringLiteral("We wrote &amp; on purpose"),
                               QStringLiteral("Q&amp;A")});
    REQUIRE(query.exec(QStringLiteral("SELECT preview FROM conversations ORDER BY id")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("Zip code & item"));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("Q&amp;A")); // not from X: as it came
}

} // namespace

TEST_CASE("Upgrading the server undoes X's escapes in stored X texts, once")
{
    Testing::TempWorkspace dir;
    {
        auto db = Server::ServerDatabase::openSqlite(dir.path());
        REQUIRE(db.ok());
        storeEscapedTexts(db.value()->connection());
    }
    {
        auto upgraded = Server::ServerDatabase::openSqlite(dir.path());
        REQUIRE(upgraded.ok());
        checkTextsAsWritten(upgraded.value()->connection());
    }
    auto again = Server::ServerDatabase::openSqlite(dir.path()); // nothing decoded twice
    REQUIRE(again.ok());
    checkTextsAsWritten(again.value()->connection());
}

TEST_CASE("Upgrading a PostgreSQL server undoes X's escapes the same way", "[postgres]")
{
    Testing::ScratchPostgres postgres;
    REQUIRE_FALSE(postgres.url().isEmpty());
    {
        auto db = Server::ServerDatabase::openPostgres(postgres.url());
        REQUIRE(db.ok());
        storeEscapedTexts(db.value()->connection());
    }
    auto upgraded = Server::ServerDatabase::openPostgres(postgres.url());
    REQUIRE(upgraded.ok());
    checkTextsAsWritten(upgraded.value()->connection());
}

TEST_CASE("The server database migrates PostgreSQL the same way", "[postgres]")
{
    Testing::ScratchPostgres postgres;
    INFO("CAREDESK_TEST_POSTGRES_URL is set by packaging/dev.sh test, which starts a private "
         "cluster");
    REQUIRE_FALSE(postgres.url().isEmpty());
    auto db = Server::ServerDatabase::openPostgres(postgres.url());
    INFO((db.ok() ? QString() : db.error().userMessage + QLatin1Char(' ') + db.error().detail)
             .toStdString());
    REQUIRE(db.ok());
    CHECK(db.value()->kind() == Server::ServerDatabase::Kind::PostgreSQL);
    CHECK(db.value()->schemaVersion() ==
          Server::ServerDatabase::latestSchemaVersion(Server::ServerDatabase::Kind::PostgreSQL));
    QSqlQuery query(db.value()->connection());
    REQUIRE(query.exec(
        QStringLiteral("INSERT INTO agents(login, display_name, role, password_hash, created_at)"
                       " VALUES('lena', 'Lena', 'agent', 'x', 0)")));
    CHECK_FALSE(query.exec(
        QStringLiteral("INSERT INTO agents(login, display_name, role, password_hash, created_at)"
                       " VALUES('lena', 'Lena again', 'agent', 'x', 0)")));
    db.value().reset();
    // Opening it again finds it up to date and changes nothing.
    auto reopened = Server::ServerDatabase::openPostgres(postgres.url());
    REQUIRE(reopened.ok());
    QSqlQuery count(reopened.value()->connection());
    REQUIRE(count.exec(QStringLiteral("SELECT COUNT(*) FROM agents")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 1);
}

TEST_CASE("An unreachable PostgreSQL gives a clear error")
{
    auto db = Server::ServerDatabase::openPostgres(
        QStringLiteral("postgresql://nobody@127.0.0.1:1/none"));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().userMessage ==
          QStringLiteral("The PostgreSQL database could not be reached."));
    auto bad = Server::ServerDatabase::openPostgres(QStringLiteral("mysql://x/y"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().userMessage.contains(QStringLiteral("postgresql://")));
}

TEST_CASE("A database password never appears in an error, however the address is mistyped")
{
    const QString secret = QStringLiteral("s3cr3t-Pa55");
    const QStringList addresses{
        QStringLiteral("postgresql://ana:s3cr3t-Pa55@db.example"), // no database
        QStringLiteral("postgresql://ana:s3cr3t-Pa55@db example/caredesk"),
        QStringLiteral("postgres:/ana:s3cr3t-Pa55@db.example/caredesk"),
        QStringLiteral("postgresql://ana:s3cr3t-Pa55@@db.example:5432:1/caredesk"),
        QStringLiteral("postgresql://ana:s3cr3t/Pa55@db.example/"), // '/' in the password
        QStringLiteral("mysql://ana:s3cr3t-Pa55@db.example/caredesk"),
        QStringLiteral("ana:s3cr3t-Pa55@db.example"),
        QStringLiteral("host=db.example user=ana password=s3cr3t-Pa55"),
        QStringLiteral("postgresql://ana@db.example?password=s3cr3t-Pa55"),
        QStringLiteral("postgresql://ana:s3cr3t-Pa55@127.0.0.1:1/caredesk"), // unreachable
    };
    for (const QString &address : addresses) {
        auto db = Server::ServerDatabase::openPostgres(address);
        INFO(address.toStdString());
        REQUIRE_FALSE(db.ok());
        INFO(QString(db.error().userMessage + u' ' + db.error().detail).toStdString());
        CHECK_FALSE(db.error().userMessage.contains(QStringLiteral("s3cr3t")));
        CHECK_FALSE(db.error().detail.contains(QStringLiteral("s3cr3t")));
        CHECK_FALSE(db.error().detail.contains(QStringLiteral("Pa55")));
    }
    CHECK(Server::ServerDatabase::redacted(QStringLiteral("postgresql://ana:") + secret +
                                           QStringLiteral("@db.example:5432/caredesk")) ==
          QStringLiteral("postgresql://ana:***@db.example:5432/caredesk"));
    // Without a password nothing is hidden: the address stays recognisable.
    CHECK(
        Server::ServerDatabase::redacted(QStringLiteral("postgresql://ana@db.example/caredesk")) ==
        QStringLiteral("postgresql://ana@db.example/caredesk"));
}

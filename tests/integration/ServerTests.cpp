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

#include "net/HttpTransport.h"
#include "security/CredentialStore.h"
#include "support/FakePlatformServer.h"
#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QUrlQuery>

#include <QUuid>

using namespace CareDesk;

// Runs against the real OS keychain. packaging/dev.sh test provides a private D-Bus session
// with a throwaway, unlocked GNOME Keyring, so nothing touches the developer's own keyring.
TEST_CASE("A token saved in the system keychain can be read back and deleted", "[keychain]")
{
    Security::KeychainCredentialStore store(QStringLiteral("CareDesk-tests"));
    const QString key =
        QStringLiteral("x:test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QObject context;

    std::optional<Core::Result<void>> written;
    store.write(key, QStringLiteral("s3cr3t-token"), &context,
                [&](Core::Result<void> r) { written = r; });
    REQUIRE(Testing::waitUntil([&] { return written.has_value(); }));
    INFO((written->ok() ? QString()
                        : written->error().userMessage + QLatin1Char(' ') + written->error().detail)
             .toStdString());
    REQUIRE(written->ok());

    std::optional<Core::Result<QString>> read;
    store.read(key, &context, [&](Core::Result<QString> r) { read = r; });
    REQUIRE(Testing::waitUntil([&] { return read.has_value(); }));
    REQUIRE(read->ok());
    CHECK(read->value() == QStringLiteral("s3cr3t-token"));

    std::optional<Core::Result<void>> removed;
    store.remove(key, &context, [&](Core::Result<void> r) { removed = r; });
    REQUIRE(Testing::waitUntil([&] { return removed.has_value(); }));
    CHECK(removed->ok());

    std::optional<Core::Result<QString>> gone;
    store.read(key, &context, [&](Core::Result<QString> r) { gone = r; });
    REQUIRE(Testing::waitUntil([&] { return gone.has_value(); }));
    CHECK_FALSE(gone->ok());
}

// A desk that closes while the keychain is still answering must not be called back: the
// answer goes to nobody instead of to an object that is gone.
TEST_CASE("A keychain answer for an object that is gone is dropped", "[keychain]")
{
    Security::KeychainCredentialStore store(QStringLiteral("CareDesk-tests"));
    const QString key =
        QStringLiteral("x:test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QObject witness;
    bool witnessAnswered = false;
    bool answered = false;
    {
        QObject goneSoon;
        store.read(key, &goneSoon, [&](Core::Result<QString>) { answered = true; });
    }
    // Asked after the first, so answered after it: once this one has its answer, the first
    // one's has come and gone too.
    store.read(key, &witness, [&](Core::Result<QString>) { witnessAnswered = true; });
    REQUIRE(Testing::waitUntil([&] { return witnessAnswered; }));
    CHECK_FALSE(answered);
}

// The whole connect flow of a channel, as an admin runs it: caredesk-cli channel connect prints
// the address to open, the browser comes back, the tokens land in the keychain (and nowhere
// else), and channel check then works with them.
TEST_CASE("caredesk-cli channel connect keeps an X account's tokens in the keychain", "[keychain]")
{
    Testing::FakePlatformServer x([](const Testing::FakePlatformServer::Request &request) {
        if (request.method == "POST" && request.path == u"/2/oauth2/token")
            return Testing::FakePlatformServer::json(200,
                                                     R"({"token_type":"bearer","expires_in":7200,
                "access_token":"connected-access","refresh_token":"connected-refresh"})");
        if (request.path == u"/2/users/me" &&
            request.headers.value("authorization") == "Bearer connected-access")
            return Testing::FakePlatformServer::sample(QStringLiteral("x-api/users_me.json"));
        return Testing::FakePlatformServer::sample(QStringLiteral("x-api/error.401.json"));
    });
    Testing::TempWorkspace dir;
    const QString entry = QStringLiteral("caredesk-tests/twitter/") +
                          QUuid::createUuid().toString(QUuid::WithoutBraces);
    dir.write(QStringLiteral("acme.json"),
              QJsonDocument(
                  QJsonObject{{QStringLiteral("plugin"), QStringLiteral("twitter")},
                              {QStringLiteral("account"), QStringLiteral("AcmeHelp")},
                              {QStringLiteral("accountId"), QStringLiteral("2244994945")},
                              {QStringLiteral("apiBaseUrl"), x.baseUrl()},
                              {QStringLiteral("oauth"), QJsonObject{{QStringLiteral("clientId"),
                                                                     QStringLiteral("cd-client")}}},
                              {QStringLiteral("credential"),
                               QJsonObject{{QStringLiteral("keychain"), entry}}}})
                  .toJson());
    const QString config = dir.file(QStringLiteral("acme.json"));

    QProcess connect;
    connect.start(
        Testing::programPath(QStringLiteral("caredesk-cli")),
        {QStringLiteral("channel"), QStringLiteral("connect"), QStringLiteral("--config"), config});
    QByteArray out;
    QUrl address;
    REQUIRE(Testing::waitUntil(
        [&] {
            out += connect.readAllStandardOutput();
            for (const QByteArray &line : out.split('\n')) {
                if (line.startsWith("https://x.com/i/oauth2/authorize?"))
                    address = QUrl(QString::fromUtf8(line.trimmed()));
            }
            return address.isValid();
        },
        20000));
    // The browser: X sends it back to the loopback address with a code and the same state.
    const QUrlQuery asked(address);
    QUrl back(asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    back.setQuery(QStringLiteral("code=good-code&state=") +
                  asked.queryItemValue(QStringLiteral("state")));
    Net::HttpTransport browser;
    Sdk::HttpRequest request;
    request.url = back;
    CHECK(browser.run(request).body.contains("You can close this tab"));
    REQUIRE(connect.waitForFinished(20000));
    out += connect.readAllStandardOutput();
    INFO(out.toStdString() << connect.readAllStandardError().toStdString());
    REQUIRE(connect.exitCode() == 0);
    CHECK_FALSE(out.contains("connected-access"));
    CHECK_FALSE(Testing::readFile(config).contains("connected-access"));

    const Testing::ProcessResult check = Testing::runProgram(
        QStringLiteral("caredesk-cli"),
        {QStringLiteral("channel"), QStringLiteral("check"), QStringLiteral("--config"), config});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains("Account: @AcmeHelp"));

    Security::KeychainCredentialStore store;
    QObject context;
    std::optional<Core::Result<void>> removed;
    store.remove(entry, &context, [&](Core::Result<void> r) { removed = r; });
    Testing::waitUntil([&] { return removed.has_value(); });
}

// The team server as an attacker on the same network meets it: real caredesk-server processes,
// an attacker at 127.0.0.2 and the owner at 127.0.0.3 (other tests use further addresses). And
// the outbound HTTP of desks and servers as a hostile server meets it.

#include "net/HttpTransport.h"
#include "server/Passwords.h"
#include "server/ServerDatabase.h"
#include "server/store/TeamStore.h"
#include "support/RawClient.h"
#include "support/ServerProcess.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>

#include <zlib.h>

#include <algorithm>
#include <memory>

using namespace CareDesk;
using Testing::RawClient;
using Testing::RawReply;

namespace {

const QByteArray PASSWORD = "the owner's long password";
const QString ATTACKER = QStringLiteral("127.0.0.2");
const QString OWNER = QStringLiteral("127.0.0.3");
constexpr qint64 MIB = 1024 * 1024;

QByteArray loginBody(const QByteArray &password)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("login"), QStringLiteral("ana")},
                                     {QStringLiteral("password"), QString::fromUtf8(password)}})
        .toJson(QJsonDocument::Compact);
}

// A server with one agent, "ana", and an admin whose session token is known, started with
// `limits` (`--limit NAME=VALUE`).
struct Target
{
    explicit Target(const QStringList &limits = {}, const QStringList &options = {})
    {
        {
            auto database = Server::ServerDatabase::openSqlite(data.path());
            REQUIRE(database.ok());
            Server::TeamStore store(*database.value());
            const QString hash = Server::Passwords::hash(PASSWORD).value();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            Server::NewAgent agent;
            agent.login = QStringLiteral("ana");
            agent.role = Server::Role::Agent;
            auto ana = store.accounts().addAgent(agent, hash, now);
            REQUIRE(ana.ok());
            anaId = ana.value().id;
            agent.login = QStringLiteral("admin");
            agent.role = Server::Role::Admin;
            auto admin = store.accounts().addAgent(agent, hash, now);
            REQUIRE(admin.ok());
            adminToken = store.sessions().createSession(admin.value().id, now, 3600000).value();
        }
        QStringList arguments{QStringLiteral("--data"), data.path()};
        for (const QString &limit : limits)
            arguments << QStringLiteral("--limit") << limit;
        arguments << options;
        server = std::make_unique<Testing::ServerProcess>(arguments);
        REQUIRE(server->started());
    }

    RawReply login(const QString &from, const QByteArray &password) const
    {
        return RawClient::call(port(), from, "POST", "/v1/sessions", loginBody(password));
    }
    quint16 port() const { return server->port(); }
    qint64 memory() const { return Testing::residentBytes(server->pid()); }

    Testing::TempWorkspace data;
    std::unique_ptr<Testing::ServerProcess> server;
    qint64 anaId = 0;
    QByteArray adminToken;
};

} // namespace

TEST_CASE("An attacker at one address cannot lock the owner out from another")
{
    Target target;
    // Thirty wrong passwords at once from one address: a few are checked, the rest refused
    // before any hashing.
    std::vector<std::unique_ptr<RawClient>> flood;
    for (int i = 0; i < 30; ++i) {
        flood.push_back(std::make_unique<RawClient>(target.port(), ATTACKER));
        REQUIRE(flood.back()->open());
        flood.back()->send(RawClient::request("POST", "/v1/sessions", loginBody("guess")));
    }
    int refusedAtOnce = 0;
    for (auto &client : flood) {
        const auto reply = client->readReply(30000);
        REQUIRE(reply);
        CHECK((reply->status == 401 || reply->status == 429));
        refusedAtOnce += reply->status == 429 ? 1 : 0;
    }
    CHECK(refusedAtOnce >= 20);
    CHECK(RawClient::call(target.port(), QStringLiteral("127.0.0.4"), "GET", "/healthz").status ==
          200);

    // Guessing on from there soon has to wait; the right password too, from there.
    int status = 0;
    for (int i = 0; i < 10 && status != 429; ++i)
        status = target.login(ATTACKER, "guess again").status;
    CHECK(status == 429);
    const RawReply waiting = target.login(ATTACKER, PASSWORD);
    CHECK(waiting.status == 429);
    CHECK(waiting.errorCode() == QStringLiteral("too_many_attempts"));
    CHECK(waiting.header("Retry-After").toInt() > 0);

    // The owner, elsewhere, signs in at once.
    const RawReply owner = target.login(OWNER, PASSWORD);
    CHECK(owner.status == 201);
    CHECK_FALSE(owner.json()[QLatin1String("token")].toString().isEmpty());
}

TEST_CASE("A guess spread over many addresses slows new addresses down, not the owner's")
{
    Target target({QStringLiteral("login-free-failures-anywhere=6")});
    REQUIRE(target.login(OWNER, PASSWORD).status == 201); // the owner's address is known now
    for (int host = 10; host < 13; ++host)
        for (int i = 0; i < 2; ++i)
            CHECK(target.login(QStringLiteral("127.0.0.%1").arg(host), "guess").status == 401);
    const RawReply stranger = target.login(QStringLiteral("127.0.0.20"), PASSWORD);
    CHECK(stranger.status == 429);
    CHECK(stranger.errorCode() == QStringLiteral("too_many_attempts"));
    CHECK(target.login(OWNER, PASSWORD).status == 201);
}

TEST_CASE("Behind a trusted proxy each client counts on its own, and no client's own "
          "X-Forwarded-For is believed")
{
    const QString proxy = QStringLiteral("127.0.0.30");
    Target target({}, {QStringLiteral("--trusted-proxy"), proxy});
    const auto login = [&](const QString &from, const QByteArray &forwardedFor,
                           const QByteArray &password) {
        RawClient client(target.port(), from);
        REQUIRE(client.open());
        const QByteArray body = loginBody(password);
        client.send("POST /v1/sessions HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: " + forwardedFor +
                    "\r\nContent-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body);
        const auto reply = client.readReply(30000);
        REQUIRE(reply);
        return reply->status;
    };
    // The proxy appends whom it speaks for; what came before is the client's own claim.
    int status = 0;
    for (int i = 0; i < 10 && status != 429; ++i)
        status = login(proxy, "10.0.0." + QByteArray::number(i) + ", 203.0.113.7", "guess");
    CHECK(status == 429);
    CHECK(login(proxy, "10.0.0.99, 203.0.113.7", PASSWORD) == 429);
    // Another client behind the same proxy is a different address: the owner signs in.
    CHECK(login(proxy, "198.51.100.4", PASSWORD) == 201);

    // From a peer that is no trusted proxy the header means nothing: claiming the owner's
    // address only counts against the sender's own.
    status = 0;
    for (int i = 0; i < 10 && status != 429; ++i)
        status = login(ATTACKER, "198.51.100.4", "guess");
    CHECK(status == 429);
    CHECK(login(proxy, "198.51.100.4", PASSWORD) == 201);
    CHECK(login(OWNER, {}, PASSWORD) == 201);
}

TEST_CASE("A body larger than its route takes is refused from its head, before it is read")
{
    Target target;
    const qint64 before = target.memory();
    REQUIRE(before > 0);

    // 200 MB announced to the login: the answer comes while the body is still on its way.
    RawClient huge(target.port(), ATTACKER);
    REQUIRE(huge.open());
    huge.send("POST /v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              "Content-Length: 200000000\r\n\r\n");
    const QByteArray chunk(MIB, 'a');
    for (int i = 0; i < 32 && huge.isOpen(); ++i)
        huge.send(chunk);
    const auto refused = huge.readReply();
    REQUIRE(refused);
    CHECK(refused->status == 413);
    CHECK(refused->errorCode() == QStringLiteral("too_large"));

    // The same to the ingest, which takes batches of up to 32 MiB.
    RawClient ingest(target.port(), ATTACKER);
    REQUIRE(ingest.open());
    ingest.send("POST /v1/ingest HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
                target.adminToken + "\r\nContent-Length: 200000000\r\n\r\n");
    const auto ingestRefused = ingest.readReply();
    REQUIRE(ingestRefused);
    CHECK(ingestRefused->status == 413);

    // A chunked body is counted as it comes.
    RawClient chunked(target.port(), ATTACKER);
    REQUIRE(chunked.open());
    chunked.send("POST /v1/sessions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
    for (int i = 0; i < 64 && chunked.isOpen(); ++i)
        chunked.send("4000\r\n" + QByteArray(0x4000, 'b') + "\r\n");
    const auto chunkedRefused = chunked.readReply();
    REQUIRE(chunkedRefused);
    CHECK(chunkedRefused->status == 413);

    // Headers beyond their limit.
    RawClient longHead(target.port(), ATTACKER);
    REQUIRE(longHead.open());
    longHead.send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: " + QByteArray(40000, 'c') +
                  "\r\n\r\n");
    const auto headRefused = longHead.readReply();
    REQUIRE(headRefused);
    CHECK(headRefused->status == 431);

    const qint64 grown = target.memory() - before;
    INFO("resident memory grew by " << grown / 1024 << " KiB");
    CHECK(grown < 64 * MIB);
    CHECK(RawClient::call(target.port(), OWNER, "GET", "/healthz").status == 200);
}

TEST_CASE("Slow clients are cut off, and one address cannot hold every connection")
{
    Target target(
        {QStringLiteral("header-timeout-s=1"), QStringLiteral("connections-per-address=5")});
    RawClient slow(target.port(), ATTACKER);
    REQUIRE(slow.open());
    slow.send("POST /v1/sessions HTTP/1.1\r\nHost: x\r\n"); // and never the rest
    const auto timedOut = slow.readReply(5000);
    REQUIRE(timedOut);
    CHECK(timedOut->status == 408);
    CHECK(slow.waitClosed(5000));

    std::vector<std::unique_ptr<RawClient>> held;
    for (int i = 0; i < 5; ++i) {
        held.push_back(std::make_unique<RawClient>(target.port(), ATTACKER));
        REQUIRE(held.back()->open());
    }
    const RawReply sixth = RawClient::call(target.port(), ATTACKER, "GET", "/healthz");
    CHECK(sixth.status == 503);
    CHECK(sixth.errorCode() == QStringLiteral("too_many_connections"));
    CHECK(RawClient::call(target.port(), OWNER, "GET", "/healthz").status == 200);
    held.clear();
    CHECK(Testing::waitUntil(
        [&] { return RawClient::call(target.port(), ATTACKER, "GET", "/healthz").status == 200; },
        5000));
}

TEST_CASE("The live feed refuses a huge frame from its header and caps sockets without hello")
{
    Target target;
    const qint64 before = target.memory();
    RawClient frame(target.port(), ATTACKER);
    REQUIRE(frame.open());
    REQUIRE(frame.upgrade());
    frame.send(RawClient::frameHeader(100 * MIB));
    const QByteArray chunk(MIB, 'x');
    for (int i = 0; i < 16 && frame.isOpen(); ++i)
        frame.send(chunk);
    CHECK(frame.waitClosed(5000));
    const qint64 grown = target.memory() - before;
    INFO("resident memory grew by " << grown / 1024 << " KiB");
    CHECK(grown < 64 * MIB);

    std::vector<std::unique_ptr<RawClient>> silent;
    for (int i = 0; i < 8; ++i) {
        silent.push_back(std::make_unique<RawClient>(target.port(), QStringLiteral("127.0.0.5")));
        REQUIRE(silent.back()->open());
        REQUIRE(silent.back()->upgrade());
    }
    RawClient ninth(target.port(), QStringLiteral("127.0.0.5"));
    REQUIRE(ninth.open());
    REQUIRE(ninth.upgrade());
    CHECK(ninth.waitClosed(5000));
    bool toldWhy = false;
    for (const QByteArray &text : ninth.receivedTexts())
        toldWhy = toldWhy || text.contains("too_many_connections");
    CHECK(toldWhy);

    // Another address is not affected, and a hello there is welcomed.
    RawClient other(target.port(), OWNER);
    REQUIRE(other.open());
    REQUIRE(other.upgrade());
    other.send(RawClient::textFrame(R"({"type":"hello","token":")" + target.adminToken +
                                    R"(","since":0})"));
    bool welcomed = false;
    CHECK(Testing::waitUntil([&] {
        for (const QByteArray &text : other.receivedTexts())
            welcomed = welcomed || text.contains("\"welcome\"");
        return welcomed;
    }));
}

TEST_CASE("Signing out everywhere ends every session of the agent and closes their feeds")
{
    Target target;
    const QByteArray first =
        target.login(OWNER, PASSWORD).json()[QLatin1String("token")].toString().toLatin1();
    const QByteArray second =
        target.login(OWNER, PASSWORD).json()[QLatin1String("token")].toString().toLatin1();
    REQUIRE_FALSE(first.isEmpty());
    REQUIRE_FALSE(second.isEmpty());
    RawClient feed(target.port(), OWNER);
    REQUIRE(feed.open());
    REQUIRE(feed.upgrade());
    feed.send(RawClient::textFrame(R"({"type":"hello","token":")" + second + R"("})"));
    QList<QByteArray> texts;
    REQUIRE(Testing::waitUntil([&] {
        texts += feed.receivedTexts();
        return std::any_of(texts.begin(), texts.end(),
                           [](const QByteArray &text) { return text.contains("\"welcome\""); });
    }));

    const RawReply everywhere =
        RawClient::call(target.port(), OWNER, "DELETE", "/v1/sessions", {}, first);
    CHECK(everywhere.status == 200);
    CHECK(everywhere.json()[QLatin1String("sessionsEnded")].toInt() == 2);
    CHECK(RawClient::call(target.port(), OWNER, "GET", "/v1/me", {}, first).status == 401);
    CHECK(RawClient::call(target.port(), OWNER, "GET", "/v1/me", {}, second).status == 401);
    CHECK(feed.waitClosed(5000));
    texts += feed.receivedTexts();
    CHECK(std::any_of(texts.begin(), texts.end(),
                      [](const QByteArray &text) { return text.contains("session_ended"); }));
}

namespace {

// A hostile server on loopback, answering every request in one shape. A body is written as
// fast as the client reads it and never held whole here, so that only the client's memory
// grows with it.
class HostileServer
{
public:
    enum class Shape {
        Announced,  // Content-Length and headers, then nothing: refused before any body
        Whole,      // Content-Length and the body
        Chunked,    // chunked, no length
        UntilClose, // no length, the body ends when the connection does
        Gzip,       // a small gzip body that expands to bodyBytes
        LongHead,   // 300 KB of headers before a small body
    };

    HostileServer(Shape shape, qint64 bodyBytes)
        : m_shape(shape)
        , m_bodyBytes(bodyBytes)
    {
        if (shape == Shape::Gzip)
            m_gzip = gzipOfZeros(bodyBytes);
        REQUIRE(m_server.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket] { read(socket); });
                QObject::connect(socket, &QTcpSocket::bytesWritten, socket,
                                 [this, socket] { feed(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/2/users/me").arg(m_server.serverPort()));
    }
    qint64 bodyBytesSent() const { return m_sent; }

private:
    static QByteArray gzipOfZeros(qint64 bytes)
    {
        z_stream stream{};
        REQUIRE(deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9,
                             Z_DEFAULT_STRATEGY) == Z_OK);
        QByteArray zeros(static_cast<qsizetype>(MIB), '\0');
        QByteArray out;
        QByteArray buffer(64 * 1024, Qt::Uninitialized);
        for (qint64 left = bytes; left > 0;) {
            const qint64 now = std::min<qint64>(left, zeros.size());
            left -= now;
            stream.next_in = reinterpret_cast<Bytef *>(zeros.data());
            stream.avail_in = static_cast<uInt>(now);
            do {
                stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
                stream.avail_out = static_cast<uInt>(buffer.size());
                deflate(&stream, left == 0 ? Z_FINISH : Z_NO_FLUSH);
                out.append(buffer.constData(), buffer.size() - stream.avail_out);
            } while (stream.avail_out == 0);
        }
        deflateEnd(&stream);
        return out;
    }

    void read(QTcpSocket *socket)
    {
        m_request += socket->readAll();
        if (!m_request.contains("\r\n\r\n") || m_answering)
            return;
        m_answering = true;
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        switch (m_shape) {
        case Shape::Announced:
        case Shape::Whole:
            head += "Content-Length: " + QByteArray::number(m_bodyBytes) + "\r\n";
            break;
        case Shape::Chunked:
            head += "Transfer-Encoding: chunked\r\n";
            break;
        case Shape::UntilClose:
            head += "Connection: close\r\n";
            break;
        case Shape::Gzip:
            head +=
                "Content-Encoding: gzip\r\nContent-Length: " + QByteArray::number(m_gzip.size()) +
                "\r\n";
            break;
        case Shape::LongHead:
            for (int i = 0; i < 300; ++i)
                head += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(1000, 'h') + "\r\n";
            head += "Content-Length: " + QByteArray::number(m_bodyBytes) + "\r\n";
            break;
        }
        socket->write(head + "\r\n");
        if (m_shape == Shape::Gzip) {
            socket->write(m_gzip);
            m_sent = m_gzip.size();
        } else if (m_shape != Shape::Announced) {
            feed(socket);
        }
    }

    // Keeps a little in the socket's buffer, so the body streams at the reader's pace.
    void feed(QTcpSocket *socket)
    {
        const bool streams = m_shape == Shape::Whole || m_shape == Shape::Chunked ||
                             m_shape == Shape::UntilClose || m_shape == Shape::LongHead;
        if (!streams || m_finished || socket->state() != QAbstractSocket::ConnectedState)
            return;
        static const QByteArray piece(64 * 1024, 'x');
        while (socket->bytesToWrite() < 4 * piece.size() && m_sent < m_bodyBytes) {
            const QByteArray part =
                piece.left(std::min<qint64>(piece.size(), m_bodyBytes - m_sent));
            socket->write(m_shape == Shape::Chunked
                              ? QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n"
                              : part);
            m_sent += part.size();
        }
        if (m_sent < m_bodyBytes)
            return;
        m_finished = true;
        if (m_shape == Shape::Chunked)
            socket->write("0\r\n\r\n");
        if (m_shape == Shape::UntilClose)
            socket->disconnectFromHost();
    }

    Shape m_shape;
    qint64 m_bodyBytes;
    QByteArray m_gzip;
    QTcpServer m_server;
    QByteArray m_request;
    bool m_answering = false;
    bool m_finished = false;
    qint64 m_sent = 0;
};

struct Fetched
{
    Sdk::HttpResponse response;
    qint64 peakGrowth = 0; // of this process's resident memory while the answer arrived
};

Fetched fetch(const HostileServer &server,
              qint64 maxResponseBytes = Sdk::HttpRequest().maxResponseBytes)
{
    Net::HttpTransport transport;
    Sdk::HttpRequest request;
    request.url = server.url();
    request.timeoutMs = 20000;
    request.maxResponseBytes = maxResponseBytes;
    const qint64 pid = QCoreApplication::applicationPid();
    const qint64 before = Testing::residentBytes(pid);
    REQUIRE(before > 0);
    Fetched fetched;
    bool answered = false;
    QObject::connect(&transport, &Net::HttpTransport::finished, &transport,
                     [&](quint64, const Sdk::HttpResponse &response) {
                         fetched.response = response;
                         answered = true;
                     });
    transport.start(request);
    REQUIRE(Testing::waitUntil(
        [&] {
            fetched.peakGrowth = std::max(fetched.peakGrowth, Testing::residentBytes(pid) - before);
            return answered;
        },
        30000));
    return fetched;
}

} // namespace

TEST_CASE("A hostile server's 100 MB answer is refused as it arrives, whatever its shape")
{
    using Shape = HostileServer::Shape;
    const auto [shape, name] =
        GENERATE(table<Shape, const char *>({{Shape::Chunked, "chunked"},
                                             {Shape::UntilClose, "until the connection closes"},
                                             {Shape::Gzip, "a gzip body that expands to 100 MB"},
                                             {Shape::Announced, "announced"}}));
    INFO("answer: " << name);
    const HostileServer server(shape, 100 * 1000 * 1000);
    const Fetched fetched = fetch(server);
    CHECK(fetched.response.status == 0);
    CHECK(fetched.response.body.isEmpty());
    CHECK(fetched.response.transportError.contains(QStringLiteral("larger than 16 MB")));
    // The server had the request: a caller must not assume it was never sent.
    CHECK(fetched.response.requestMayHaveBeenSent);
    INFO("resident memory grew by up to " << fetched.peakGrowth / 1024 << " KiB");
    CHECK(fetched.peakGrowth < 64 * MIB);
    // An announced length is refused from the headers, without waiting for a byte of the body.
    if (shape == Shape::Announced)
        CHECK(server.bodyBytesSent() == 0);
}

TEST_CASE("An answer up to the request's limit arrives whole, and a caller may raise the limit")
{
    using Shape = HostileServer::Shape;
    const HostileServer exact(Shape::Chunked, MIB);
    const Fetched atLimit = fetch(exact, MIB);
    CHECK(atLimit.response.status == 200);
    CHECK(atLimit.response.body == QByteArray(MIB, 'x'));

    const HostileServer larger(Shape::Whole, 20 * MIB);
    const Fetched byDefault = fetch(larger);
    CHECK(byDefault.response.status == 0);
    CHECK(byDefault.response.transportError.contains(QStringLiteral("larger than 16 MB")));
    const HostileServer again(Shape::Whole, 20 * MIB);
    const Fetched raised = fetch(again, 32 * MIB);
    CHECK(raised.response.status == 200);
    CHECK(raised.response.body.size() == 20 * MIB);

    const HostileServer small(Shape::Whole, 2);
    const Fetched ordinary = fetch(small);
    CHECK(ordinary.response.status == 200);
    CHECK(ordinary.response.body == "xx");
    CHECK(ordinary.response.header("content-type") == "application/json");
}

TEST_CASE("An answer with more than 256 KB of headers is refused")
{
    const HostileServer server(HostileServer::Shape::LongHead, 2);
    const Fetched fetched = fetch(server);
    CHECK(fetched.response.status == 0);
    CHECK(fetched.response.headers.isEmpty());
    CHECK(fetched.response.transportError.contains(
        QStringLiteral("headers were larger than 256 KB"), Qt::CaseInsensitive));
    CHECK(fetched.response.requestMayHaveBeenSent);
}

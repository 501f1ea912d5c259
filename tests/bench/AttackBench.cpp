// caredesk-bench-server-attack: a caredesk-server on loopback, tried the way an attacker on the
// same network would, while its team goes on working. Each attacker and user has a loopback
// address of its own (127.0.0.2, .3, ...), as machines on a network would. Prints:
//   - a flood of bad logins (30 parallel clients at one address): how long other clients wait for
//     GET /v1/me (p50, p95, p99), how long the owner's login from elsewhere takes, and what the
//     attacker was answered;
//   - how much the server's resident memory grows while a 200 MB body (declared, and chunked)
//     and a 100 MB WebSocket frame are thrown at it;
//   - how soon a live feed whose session is ended (logout on the same server, or the account
//     removed by another process) is closed, and whether it received anything after.
//
//   caredesk-bench-server-attack [--flood-clients 30] [--flood-seconds 8]

#include "BenchSupport.h"
#include "server/Passwords.h"
#include "server/ServerDatabase.h"
#include "server/store/TeamStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QWebSocket>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <thread>
#include <vector>

using namespace CareDesk;
using BenchSupport::percentile;
using BenchSupport::request;

namespace {

const QByteArray OWNER_PASSWORD = "the owner's long password";

qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// Samples a process's resident memory every few milliseconds on a thread, keeping the highest.
class PeakMemory
{
public:
    explicit PeakMemory(qint64 pid)
        : m_before(residentKiB(pid))
        , m_peak(m_before)
        , m_thread([this, pid] {
            while (!m_stop) {
                m_peak = std::max<qint64>(m_peak, residentKiB(pid));
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        })
    {}
    ~PeakMemory() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    double beforeMB() const { return static_cast<double>(m_before) / 1024; }
    double growthMB() const { return static_cast<double>(m_peak - m_before) / 1024; }

private:
    qint64 m_before;
    std::atomic<qint64> m_peak;
    std::atomic<bool> m_stop = false;
    std::thread m_thread;
};

QByteArray loginBody(const QString &login, const QByteArray &password)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("login"), login},
                                     {QStringLiteral("password"), QString::fromUtf8(password)}})
        .toJson(QJsonDocument::Compact);
}

QByteArray login(const QString &source, quint16 port, const QString &name)
{
    QTcpSocket socket;
    QByteArray body;
    if (request(socket, source, port, "POST", "/v1/sessions", loginBody(name, OWNER_PASSWORD), {},
                &body) != 201)
        return {};
    return QJsonDocument::fromJson(body)
        .object()
        .value(QLatin1String("token"))
        .toString()
        .toLatin1();
}

QByteArray mention(int n)
{
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("platform"), QStringLiteral("twitter")},
                   {QStringLiteral("channel"), QStringLiteral("AcmeHelp")},
                   {QStringLiteral("id"), QStringLiteral("attack-%1").arg(n)},
                   {QStringLiteral("kind"), QStringLiteral("mention")},
                   {QStringLiteral("author"),
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("c%1").arg(n)},
                                {QStringLiteral("handle"), QStringLiteral("customer%1").arg(n)}}},
                   {QStringLiteral("createdAt"), QStringLiteral("2026-11-02T08:00:00Z")},
                   {QStringLiteral("text"),
                    QStringLiteral("@AcmeHelp secret order %1 never arrived").arg(n)}})
               .toJson(QJsonDocument::Compact) +
           '\n';
}

void spinFor(int ms)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!done() && waited.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

struct Bench
{
    quint16 port = 0;
    qint64 pid = 0;
    QString data;
    QByteArray adminToken;
};

// Clients at 127.0.0.3 asking GET /v1/me every 10 ms; a latency counts from when a request was
// due, so a client kept waiting counts every request it would have sent meanwhile.
class Readers
{
public:
    Readers(const Bench &bench, const QList<QByteArray> &tokens)
    {
        m_clock.start();
        for (const QByteArray &token : tokens)
            m_threads.emplace_back([this, &bench, token] { read(bench.port, token); });
    }
    ~Readers()
    {
        m_stop = true;
        for (std::thread &thread : m_threads)
            thread.join();
    }
    qint64 nowNs() const { return m_clock.nsecsElapsed(); }
    std::vector<double> latencies(qint64 fromNs, qint64 toNs)
    {
        QMutexLocker lock(&m_mutex);
        std::vector<double> ms;
        for (const auto &[due, took] : m_answers)
            if (due >= fromNs && due <= toNs)
                ms.push_back(took);
        return ms;
    }
    int failures() const { return m_failures; }

private:
    void read(quint16 port, const QByteArray &token)
    {
        QTcpSocket socket;
        constexpr qint64 interval = 10'000'000;
        qint64 due = m_clock.nsecsElapsed();
        while (!m_stop) {
            if (const qint64 early = due - m_clock.nsecsElapsed(); early > 0)
                std::this_thread::sleep_for(std::chrono::nanoseconds(early));
            if (request(socket, QStringLiteral("127.0.0.3"), port, "GET", "/v1/me", {}, token) !=
                200)
                ++m_failures;
            const qint64 answered = m_clock.nsecsElapsed();
            QMutexLocker lock(&m_mutex);
            for (; due <= answered; due += interval)
                m_answers.emplace_back(due, static_cast<double>(answered - due) / 1e6);
        }
    }

    QElapsedTimer m_clock;
    std::vector<std::thread> m_threads;
    std::atomic<bool> m_stop = false;
    std::atomic<int> m_failures = 0;
    QMutex m_mutex;
    std::vector<std::pair<qint64, double>> m_answers;
};

void printLatencies(const char *phase, const std::vector<double> &ms)
{
    std::printf("  %-28s %6zu requests  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms\n",
                phase, ms.size(), percentile(ms, 50), percentile(ms, 95), percentile(ms, 99),
                ms.empty() ? 0.0 : *std::max_element(ms.begin(), ms.end()));
}

void loginFlood(const Bench &bench, const QList<QByteArray> &readerTokens, int clients, int seconds)
{
    std::printf("A flood of bad logins for \"owner\" from 127.0.0.2, %d clients, %d s:\n", clients,
                seconds);
    Readers readers(bench, readerTokens);
    std::this_thread::sleep_for(std::chrono::seconds(2));
    const qint64 floodFrom = readers.nowNs();
    std::atomic<bool> stop = false;
    QMutex mutex;
    QMap<int, int> answers;
    std::vector<std::thread> attackers;
    for (int i = 0; i < clients; ++i)
        attackers.emplace_back([&, i] {
            QTcpSocket socket;
            for (int n = 0; !stop; ++n) {
                const int status =
                    request(socket, QStringLiteral("127.0.0.2"), bench.port, "POST", "/v1/sessions",
                            loginBody(QStringLiteral("owner"),
                                      "guess" + QByteArray::number(i * 100000 + n)));
                QMutexLocker lock(&mutex);
                ++answers[status];
            }
        });
    std::this_thread::sleep_for(std::chrono::milliseconds(seconds * 500));
    QElapsedTimer ownerLogin;
    ownerLogin.start();
    const bool ownerIn =
        !login(QStringLiteral("127.0.0.4"), bench.port, QStringLiteral("owner")).isEmpty();
    const double ownerMs = static_cast<double>(ownerLogin.nsecsElapsed()) / 1e6;
    std::this_thread::sleep_for(std::chrono::milliseconds(seconds * 500));
    stop = true;
    for (std::thread &attacker : attackers)
        attacker.join();
    const qint64 floodTo = readers.nowNs();
    printLatencies("GET /v1/me before the flood", readers.latencies(0, floodFrom));
    printLatencies("GET /v1/me during the flood", readers.latencies(floodFrom, floodTo));
    std::printf("  the owner's login from 127.0.0.4: %s in %.0f ms\n",
                ownerIn ? "signed in" : "REFUSED", ownerMs);
    std::printf("  the attacker was answered:");
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        std::printf(" %d x %d", it.value(), it.key());
    std::printf("  (0: connection closed)\n");
    if (readers.failures() > 0)
        std::printf("  %d reader requests failed\n", readers.failures());
}

// Writes `total` bytes after `head` in 1 MiB pieces from 127.0.0.5 until the server stops
// reading; says what it answered and how much it took in.
void throwAtServer(const Bench &bench, const char *what, const QByteArray &head, qint64 total,
                   const std::function<QByteArray(const QByteArray &)> &wrap, bool webSocket)
{
    QTcpSocket socket;
    socket.bind(QHostAddress(QStringLiteral("127.0.0.5")));
    socket.connectToHost(QHostAddress::LocalHost, bench.port);
    if (!socket.waitForConnected(5000))
        return;
    PeakMemory memory(bench.pid);
    QElapsedTimer took;
    took.start();
    socket.write(head);
    QByteArray answer;
    if (webSocket) { // the handshake's answer first
        while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
            answer += socket.readAll();
        answer.clear();
    }
    const QByteArray piece(1 << 20, 'x');
    qint64 sent = 0;
    qint64 sentWhenAnswered = -1;
    double answeredMs = -1;
    while (sent < total && socket.state() == QAbstractSocket::ConnectedState) {
        socket.write(wrap(piece));
        while (socket.bytesToWrite() > (4 << 20) && socket.waitForBytesWritten(2000))
            ;
        if (socket.bytesToWrite() > (4 << 20))
            break; // the server stopped reading
        sent += piece.size();
        if (socket.bytesAvailable() > 0 || socket.waitForReadyRead(0))
            answer += socket.readAll();
        if (!answer.isEmpty() && answeredMs < 0) {
            answeredMs = static_cast<double>(took.nsecsElapsed()) / 1e6;
            sentWhenAnswered = sent;
        }
    }
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(3000))
        answer += socket.readAll();
    answer += socket.readAll();
    const double seconds = static_cast<double>(took.nsecsElapsed()) / 1e9;
    memory.stop();
    QByteArray said = answer.left(answer.indexOf('\r'));
    if (webSocket) // a close frame: 0x88, length, then the code
        said =
            answer.size() >= 4
                ? "close frame " + QByteArray::number((quint8(answer[2]) << 8) | quint8(answer[3]))
                : QByteArray("connection closed");
    std::printf("  %-34s answered \"%s\" %.0f ms in, %.1f MB sent by then (%.1f MB until the "
                "server stopped reading, %.1f s); server %.1f MB, grew %.1f MB at most\n",
                what, said.constData(), answeredMs, static_cast<double>(sentWhenAnswered) / 1e6,
                static_cast<double>(sent) / 1e6, seconds, memory.beforeMB(), memory.growthMB());
}

void oversized(const Bench &bench)
{
    std::printf("Oversized input from 127.0.0.5:\n");
    constexpr qint64 size = 200'000'000;
    const auto asIs = [](const QByteArray &piece) { return piece; };
    throwAtServer(bench, "200 MB body, Content-Length",
                  "POST /v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  "Content-Length: " +
                      QByteArray::number(size) + "\r\n\r\n",
                  size, asIs, false);
    throwAtServer(
        bench, "200 MB body, chunked",
        "POST /v1/sessions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", size,
        [](const QByteArray &piece) -> QByteArray {
            return QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        },
        false);
    constexpr quint64 frame = 100'000'000;
    QByteArray upgrade = "GET /v1/events HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                         "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                         "Sec-WebSocket-Version: 13\r\n\r\n";
    QByteArray frameHead("\x81\xff", 2); // text, masked, 64-bit length
    for (int shift = 56; shift >= 0; shift -= 8)
        frameHead.append(static_cast<char>((frame >> shift) & 0xff));
    frameHead.append("\x01\x02\x03\x04", 4);
    bool first = true;
    throwAtServer(
        bench, "100 MB WebSocket frame, no hello", upgrade, static_cast<qint64>(frame),
        [&](const QByteArray &piece) -> QByteArray {
            return std::exchange(first, false) ? frameHead + piece : piece;
        },
        true);
}

// A live feed signed in as `name` from 127.0.0.6; `revoke` ends its session. Prints how soon the
// server closed the feed and whether a customer message sent right after reached it.
void revokedFeed(const Bench &bench, const QString &name, const char *how,
                 const std::function<void(const QByteArray &)> &revoke, int &messageNumber)
{
    const QByteArray token = login(QStringLiteral("127.0.0.6"), bench.port, name);
    QWebSocket feed;
    bool welcomed = false;
    int changesAfter = 0;
    qint64 revokedNs = -1;
    qint64 closedNs = -1;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&feed, &QWebSocket::textMessageReceived, &feed, [&](const QString &text) {
        const QString type =
            QJsonDocument::fromJson(text.toUtf8()).object().value(QLatin1String("type")).toString();
        welcomed = welcomed || type == u"welcome";
        if (revokedNs >= 0 && type == u"changes")
            ++changesAfter;
    });
    QObject::connect(&feed, &QWebSocket::disconnected, &feed,
                     [&] { closedNs = clock.nsecsElapsed(); });
    QObject::connect(&feed, &QWebSocket::connected, &feed, [&] {
        feed.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                                      {QStringLiteral("token"), QString::fromLatin1(token)},
                                      {QStringLiteral("since"), 0}})
                .toJson(QJsonDocument::Compact)));
    });
    feed.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/events").arg(bench.port)));
    if (token.isEmpty() || !spinUntil([&] { return welcomed; }, 10000)) {
        std::printf("  %s: the feed did not open\n", how);
        return;
    }
    revokedNs = clock.nsecsElapsed();
    revoke(token);
    // A new customer message at once: a feed still open must not hear of it.
    QTcpSocket admin;
    request(admin, QStringLiteral("127.0.0.1"), bench.port, "POST", "/v1/ingest",
            mention(++messageNumber), bench.adminToken);
    spinUntil([&] { return closedNs >= 0; }, 15000);
    spinFor(200);
    if (closedNs < 0)
        std::printf("  %-40s NOT closed after 15 s; %d changes received after\n", how,
                    changesAfter);
    else
        std::printf("  %-40s closed %6.0f ms after; %d changes received after (close: %d %s)\n",
                    how, static_cast<double>(closedNs - revokedNs) / 1e6, changesAfter,
                    static_cast<int>(feed.closeCode()), qPrintable(feed.closeReason()));
}

void revokedFeeds(const Bench &bench)
{
    std::printf("Live feeds whose session ends:\n");
    int messages = 0;
    revokedFeed(
        bench, QStringLiteral("reader0"), "logout (DELETE /v1/sessions/current)",
        [&](const QByteArray &token) {
            QTcpSocket socket;
            request(socket, QStringLiteral("127.0.0.6"), bench.port, "DELETE",
                    "/v1/sessions/current", {}, token);
        },
        messages);
    revokedFeed(
        bench, QStringLiteral("leaver"), "caredesk-server user remove (another process)",
        [&](const QByteArray &) {
            QProcess::execute(QCoreApplication::applicationDirPath() +
                                  QStringLiteral("/caredesk-server"),
                              {QStringLiteral("--data"), bench.data, QStringLiteral("user"),
                               QStringLiteral("remove"), QStringLiteral("leaver")});
        },
        messages);
}

// A team of accounts (all with OWNER_PASSWORD), and a server started on it.
bool startServer(QProcess &server, Bench &bench, int readers)
{
    {
        auto database = Server::ServerDatabase::openSqlite(bench.data);
        if (!database)
            return false;
        Server::TeamStore store(*database.value());
        const QString hash = Server::Passwords::hash(OWNER_PASSWORD).value();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto hire = [&](const QString &login, Server::Role role) {
            Server::NewAgent agent;
            agent.login = login;
            agent.role = role;
            return store.accounts().addAgent(agent, hash, now).ok();
        };
        bool hired = hire(QStringLiteral("admin"), Server::Role::Admin) &&
                     hire(QStringLiteral("owner"), Server::Role::Agent) &&
                     hire(QStringLiteral("leaver"), Server::Role::Agent);
        for (int i = 0; i < readers; ++i)
            hired = hired && hire(QStringLiteral("reader%1").arg(i), Server::Role::Agent);
        if (!hired)
            return false;
    }
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QCoreApplication::applicationDirPath() + QStringLiteral("/caredesk-server"),
                 {QStringLiteral("--data"), bench.data, QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0")});
    static const QRegularExpression listening(
        QStringLiteral("listening on https?://127\\.0\\.0\\.1:(\\d+)/"));
    QByteArray output;
    spinUntil(
        [&] {
            output += server.readAllStandardOutput();
            bench.port = static_cast<quint16>(
                listening.match(QString::fromUtf8(output)).captured(1).toUInt());
            return bench.port != 0;
        },
        30000);
    bench.pid = server.processId();
    return bench.port != 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("caredesk-server under attack: login floods, oversized input, revoked "
                       "sessions."));
    parser.addHelpOption();
    const QCommandLineOption clientsOption(QStringLiteral("flood-clients"),
                                           QStringLiteral("Parallel bad-login clients (30)."),
                                           QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption secondsOption(QStringLiteral("flood-seconds"),
                                           QStringLiteral("How long the flood lasts (8)."),
                                           QStringLiteral("s"), QStringLiteral("8"));
    parser.addOptions({clientsOption, secondsOption});
    parser.process(app);
    constexpr int readerCount = 4;

    QTemporaryDir data;
    Bench bench;
    bench.data = data.path();
    QProcess server;
    if (!startServer(server, bench, readerCount)) {
        std::fprintf(stderr, "the server did not start\n");
        return 1;
    }
    bench.adminToken = login(QStringLiteral("127.0.0.1"), bench.port, QStringLiteral("admin"));
    QList<QByteArray> readerTokens;
    for (int i = 0; i < readerCount; ++i)
        readerTokens.append(
            login(QStringLiteral("127.0.0.3"), bench.port, QStringLiteral("reader%1").arg(i)));
    if (bench.adminToken.isEmpty() || readerTokens.contains(QByteArray())) {
        std::fprintf(stderr, "could not sign in\n");
        return 1;
    }
    std::printf("caredesk-server pid %lld on port %d\n", bench.pid, bench.port);
    loginFlood(bench, readerTokens, parser.value(clientsOption).toInt(),
               parser.value(secondsOption).toInt());
    oversized(bench);
    revokedFeeds(bench);
    std::printf("server resident memory at the end: %.1f MB\n",
                static_cast<double>(residentKiB(bench.pid)) / 1024);
    server.terminate();
    server.waitForFinished(10000);
    return 0;
}

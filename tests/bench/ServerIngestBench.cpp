// caredesk-bench-server-ingest: how long other clients wait while a team server stores a large
// batch of inbound items. A team server on loopback (SQLite, or PostgreSQL with --database)
// answers a few clients that each ask GET /v1/me every 10 ms, first with nothing else to do, then
// while N items arrive through POST /v1/ingest, which the server stores piece by piece with its
// event loop free in between. Prints each phase's latency percentiles and how long the batch
// took.
//
//   caredesk-bench-server-ingest [--items 5000] [--clients 4] [--database URL]

#include "BenchSupport.h"
#include "Clock.h"
#include "server/Passwords.h"
#include "server/ServerDatabase.h"
#include "server/TeamServer.h"
#include "server/store/TeamStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <optional>
#include <thread>
#include <vector>

using namespace CareDesk;
using BenchSupport::percentile;

namespace {

QByteArray items(int first, int count)
{
    QByteArray lines;
    for (int i = first; i < first + count; ++i)
        lines +=
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("platform"), QStringLiteral("twitter")},
                    {QStringLiteral("channel"), QStringLiteral("AcmeHelp")},
                    {QStringLiteral("id"), QString::number(1000000 + i)},
                    {QStringLiteral("kind"), QStringLiteral("mention")},
                    {QStringLiteral("author"),
                     QJsonObject{{QStringLiteral("id"), QString::number(500000 + i)},
                                 {QStringLiteral("handle"), QStringLiteral("customer%1").arg(i)},
                                 {QStringLiteral("name"), QStringLiteral("Customer %1").arg(i)}}},
                    {QStringLiteral("createdAt"), QStringLiteral("2026-11-02T08:00:00Z")},
                    {QStringLiteral("text"),
                     QStringLiteral("@AcmeHelp my order %1 never arrived, please help").arg(i)}})
                .toJson(QJsonDocument::Compact) +
            '\n';
    return lines;
}

// Clients on threads of their own, each asking GET /v1/me every INTERVAL_MS. A latency is
// counted from when a request was due, and a client kept waiting is counted as having asked
// again at each interval meanwhile: those requests would have waited too.
class Askers
{
public:
    static constexpr qint64 INTERVAL_MS = 10;

    struct Answer
    {
        qint64 dueNs = 0;
        double ms = 0;
    };

    Askers(quint16 port, const QList<QByteArray> &tokens, const QElapsedTimer &clock)
        : m_clock(clock)
    {
        for (const QByteArray &token : tokens)
            m_threads.emplace_back([this, port, token] { ask(port, token); });
    }
    ~Askers()
    {
        m_stop = true;
        for (std::thread &thread : m_threads)
            thread.join();
    }

    // What the answers to requests due from `fromNs` to `toNs` took, in milliseconds.
    std::vector<double> latencies(qint64 fromNs, qint64 toNs)
    {
        QMutexLocker lock(&m_mutex);
        std::vector<double> ms;
        for (const Answer &answer : m_answers)
            if (answer.dueNs >= fromNs && answer.dueNs <= toNs)
                ms.push_back(answer.ms);
        return ms;
    }
    int failures() const { return m_failures; }

private:
    void ask(quint16 port, const QByteArray &token)
    {
        QTcpSocket socket;
        const qint64 interval = INTERVAL_MS * 1000000;
        qint64 due = m_clock.nsecsElapsed();
        while (!m_stop) {
            const qint64 early = due - m_clock.nsecsElapsed();
            if (early > 0)
                std::this_thread::sleep_for(std::chrono::nanoseconds(early));
            if (BenchSupport::request(socket, QString(), port, "GET", "/v1/me", {}, token) != 200)
                ++m_failures;
            const qint64 answered = m_clock.nsecsElapsed();
            QMutexLocker lock(&m_mutex);
            for (; due <= answered; due += interval)
                m_answers.push_back({due, static_cast<double>(answered - due) / 1e6});
        }
    }

    const QElapsedTimer &m_clock;
    std::vector<std::thread> m_threads;
    std::atomic<bool> m_stop = false;
    std::atomic<int> m_failures = 0;
    QMutex m_mutex;
    std::vector<Answer> m_answers;
};

void print(const char *phase, const std::vector<double> &latencies, double seconds)
{
    std::printf("%-34s %7zu requests  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %8.2f ms",
                phase, latencies.size(), percentile(latencies, 50), percentile(latencies, 95),
                percentile(latencies, 99),
                latencies.empty() ? 0.0 : *std::max_element(latencies.begin(), latencies.end()));
    if (seconds > 0)
        std::printf("  (batch %.2f s)", seconds);
    std::printf("\n");
    std::fflush(stdout);
}

// Runs the event loop until `finished` says so.
void spinUntil(const std::function<bool()> &finished)
{
    while (!finished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption itemsOption(QStringLiteral("items"),
                                         QStringLiteral("Items in the batch (5000)."),
                                         QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("Clients asking GET /v1/me (4)."),
                                           QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("A PostgreSQL URL instead of SQLite."),
                                            QStringLiteral("url"));
    parser.addOptions({itemsOption, clientsOption, databaseOption});
    parser.process(app);
    const int count = parser.value(itemsOption).toInt();
    const int clients = parser.value(clientsOption).toInt();

    QTemporaryDir data;
    auto database = parser.isSet(databaseOption)
                        ? Server::ServerDatabase::openPostgres(parser.value(databaseOption))
                        : Server::ServerDatabase::openSqlite(data.path());
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().detail));
        return 1;
    }
    const Core::SystemClock clock;
    auto created = Server::TeamServer::create(std::move(database).value(), data.path(), clock);
    if (!created)
        return 1;
    Server::TeamServer &server = *created.value();
    auto port = server.listen(QHostAddress::LocalHost, 0);
    if (!port)
        return 1;

    const qint64 now = clock.now().toMSecsSinceEpoch();
    const QString hash = Server::Passwords::hash("a long password").value();
    const auto tokenFor = [&](const QString &login, Server::Role role) {
        Server::NewAgent agent;
        agent.login = login;
        agent.role = role;
        const qint64 id = server.store().accounts().addAgent(agent, hash, now).value().id;
        return server.store().sessions().createSession(id, now, 3600000).value();
    };
    const QByteArray admin = tokenFor(QStringLiteral("admin"), Server::Role::Admin);
    QList<QByteArray> tokens;
    for (int i = 0; i < clients; ++i)
        tokens.append(tokenFor(QStringLiteral("agent%1").arg(i), Server::Role::Agent));
    std::printf("%d items, %d clients asking GET /v1/me, %s\n", count, clients,
                parser.isSet(databaseOption) ? "PostgreSQL" : "SQLite");

    QElapsedTimer clockNs;
    clockNs.start();
    Askers askers(port.value(), tokens, clockNs);
    // `start` begins the phase and says when its batch began (after the upload, for a POST);
    // the figures are of the requests sent from then until the batch was done.
    const auto phase = [&](const char *name,
                           const std::function<void(std::atomic<qint64> &, bool &)> &start) {
        std::atomic<qint64> began = 0;
        bool finished = false;
        start(began, finished);
        spinUntil([&] { return finished; });
        const qint64 ended = clockNs.nsecsElapsed();
        // The requests still waiting when the batch ended are answered before the count.
        bool settled = false;
        QTimer::singleShot(500, qApp, [&settled] { settled = true; });
        spinUntil([&] { return settled; });
        print(name, askers.latencies(began, ended), static_cast<double>(ended - began) / 1e9);
    };

    phase("nothing else to do (2 s)", [&](std::atomic<qint64> &began, bool &finished) {
        began = clockNs.nsecsElapsed();
        QTimer::singleShot(2000, qApp, [&finished] { finished = true; });
    });
    std::optional<std::thread> poster;
    phase("POST /v1/ingest", [&](std::atomic<qint64> &began, bool &finished) {
        poster.emplace([&, lines = items(0, count)] {
            QTcpSocket socket;
            socket.connectToHost(QStringLiteral("127.0.0.1"), port.value());
            socket.waitForConnected(5000);
            const QByteArray head =
                "POST /v1/ingest HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                "Authorization: Bearer " +
                admin + "\r\nContent-Length: " + QByteArray::number(lines.size()) + "\r\n\r\n";
            socket.write(head + lines);
            while (socket.bytesToWrite() > 0)
                socket.waitForBytesWritten(5000);
            began = clockNs.nsecsElapsed();
            QByteArray answer;
            while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(600000))
                answer += socket.readAll();
            if (!answer.startsWith("HTTP/1.1 200"))
                std::fprintf(stderr, "POST /v1/ingest failed\n");
            QMetaObject::invokeMethod(qApp, [&finished] { finished = true; });
        });
    });
    poster->join();
    if (askers.failures() > 0)
        std::printf("%d requests failed\n", askers.failures());
    return 0;
}

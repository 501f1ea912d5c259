// caredesk-bench-server: a care team's day squeezed into seconds. Starts a caredesk-server on
// loopback (SQLite, or PostgreSQL with --database), connects N simulated agents to the live
// feed, and lets each work the queue: claim a conversation, reply, resolve, think, repeat.
// Prints claim and reply latency, throughput, and how long each change takes to reach every
// connected agent.
//
//   caredesk-bench-server [--agents 500] [--seconds 30] [--think-ms 10000] [--threads 2]
//   [--database URL]

#include "BenchSupport.h"
#include "server/Passwords.h"
#include "server/ServerDatabase.h"
#include "server/store/TeamStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

using namespace CareDesk;
using BenchSupport::percentile;

namespace {

QElapsedTimer g_clock;

// One keep-alive HTTP/1.1 connection that carries one request at a time.
class HttpConnection : public QObject
{
public:
    using Done = std::function<void(int status, const QByteArray &body)>;

    explicit HttpConnection(quint16 port)
        : m_port(port)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { read(); });
    }

    bool busy() const { return static_cast<bool>(m_done); }

    void send(const QByteArray &token, const QByteArray &method, const QByteArray &path,
              const QByteArray &body, Done done)
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            m_socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        m_done = std::move(done);
        m_buffer.clear();
        m_socket.write(method + ' ' + path +
                       " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
                       "\r\nContent-Type: application/json\r\nContent-Length: " +
                       QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

private:
    void read()
    {
        m_buffer += m_socket.readAll();
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        static const QRegularExpression lengthHeader(
            QStringLiteral("(?i)content-length:\\s*(\\d+)"));
        const auto match = lengthHeader.match(QString::fromLatin1(m_buffer.left(headerEnd)));
        const qsizetype length = match.hasMatch() ? match.captured(1).toLongLong() : 0;
        if (m_buffer.size() < headerEnd + 4 + length)
            return;
        const int status = m_buffer.mid(9, 3).toInt();
        const QByteArray body = m_buffer.mid(headerEnd + 4, length);
        m_buffer.clear();
        Done done = std::move(m_done);
        m_done = nullptr;
        if (done)
            done(status, body);
    }

    QTcpSocket m_socket;
    quint16 m_port;
    QByteArray m_buffer;
    Done m_done;
};

// A few keep-alive connections shared by every simulated agent, as a proxy in front of a
// team would hold: a thousand idle sockets would make the load tool measure its own polling.
class HttpPool
{
public:
    HttpPool(quint16 port, int size)
    {
        for (int i = 0; i < size; ++i)
            m_connections.push_back(std::make_unique<HttpConnection>(port));
    }

    void send(const QByteArray &token, const QByteArray &method, const QByteArray &path,
              const QByteArray &body, HttpConnection::Done done)
    {
        m_waiting.push_back({token, method, path, body, std::move(done)});
        next();
    }

private:
    struct Request
    {
        QByteArray token, method, path, body;
        HttpConnection::Done done;
    };

    void next()
    {
        for (auto &connection : m_connections) {
            if (m_waiting.empty())
                return;
            if (connection->busy())
                continue;
            Request request = std::move(m_waiting.front());
            m_waiting.pop_front();
            connection->send(
                request.token, request.method, request.path, request.body,
                [this, done = std::move(request.done)](int status, const QByteArray &body) {
                    done(status, body);
                    next();
                });
        }
    }

    std::vector<std::unique_ptr<HttpConnection>> m_connections;
    std::deque<Request> m_waiting;
};

struct Figures
{
    std::vector<double> claimMs;
    std::vector<double> replyMs;
    std::vector<double> deliveryMs; // one per (change, agent) delivery
    int claims = 0;
    int conflicts = 0;
    int replies = 0;
    int errors = 0;
};

struct Bench
{
    quint16 port = 0;
    int thinkMs = 10000;
    std::atomic<bool> running = true;
    // Agents live on several threads (one event loop polling a thousand sockets would measure
    // itself); what they share is guarded by this.
    QMutex mutex;
    Figures figures;
    std::deque<qint64> unclaimed;
    QList<qint64> all;
    QHash<qint64, qint64> claimSentAtNs; // conversation -> when its winning claim was sent
    struct Message
    {
        bool welcome = false;
        QList<qint64> claimed; // conversations the message shows as taken
    };
    QHash<QString, Message> claimsIn;
};

// An agent's live feed: what each desktop keeps open all day.
class LiveFeed : public QObject
{
public:
    LiveFeed(Bench &bench, QByteArray token, qint64 since)
        : m_bench(bench)
        , m_token(std::move(token))
        , m_since(since)
    {
        connect(&m_live, &QWebSocket::connected, this, [this] {
            m_live.sendTextMessage(QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                                          {QStringLiteral("token"), QString::fromLatin1(m_token)},
                                          {QStringLiteral("since"), m_since}})
                    .toJson(QJsonDocument::Compact)));
        });
        connect(&m_live, &QWebSocket::textMessageReceived, this,
                [this](const QString &text) { onLive(text); });
        m_live.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/events").arg(m_bench.port)));
    }

    bool welcomed() const { return m_welcomed; }

private:
    void onLive(const QString &text)
    {
        const qint64 receivedAt = g_clock.nsecsElapsed();
        // All agents receive the same messages: each distinct one is read once, so that the
        // load tool spends its time being 500 clients, not parsing the same JSON 500 times.
        QMutexLocker lock(&m_bench.mutex);
        auto known = m_bench.claimsIn.constFind(text);
        if (known == m_bench.claimsIn.cend()) {
            if (m_bench.claimsIn.size() > 10000)
                m_bench.claimsIn.clear();
            known = m_bench.claimsIn.insert(text, claimedConversations(text));
        }
        if (known->welcome) {
            m_welcomed = true;
            return;
        }
        for (qint64 id : known->claimed) {
            const auto sent = m_bench.claimSentAtNs.constFind(id);
            if (sent == m_bench.claimSentAtNs.cend() || m_seenClaimed.contains(id))
                continue;
            m_seenClaimed.insert(id);
            m_bench.figures.deliveryMs.push_back(static_cast<double>(receivedAt - *sent) / 1e6);
        }
    }

    static Bench::Message claimedConversations(const QString &text)
    {
        Bench::Message result;
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        result.welcome = message.value(QLatin1String("type")).toString() == u"welcome";
        for (const QJsonValue &change : message.value(QLatin1String("changes")).toArray())
            if (change[QLatin1String("entity")].toString() == u"conversation" &&
                change[QLatin1String("data")][QLatin1String("assignee")].isObject())
                result.claimed.append(change[QLatin1String("id")].toString().toLongLong());
        return result;
    }

    Bench &m_bench;
    QByteArray m_token;
    qint64 m_since = 0;
    QWebSocket m_live;
    std::atomic<bool> m_welcomed = false;
    QSet<qint64> m_seenClaimed;
};

// An agent at work: claim a conversation, reply, resolve, think, again. All agents' requests go
// out from one thread that does nothing else, so that the latency measured is the server's.
class SimulatedAgent : public QObject
{
public:
    SimulatedAgent(Bench &bench, HttpPool &http, QByteArray token)
        : m_bench(bench)
        , m_http(http)
        , m_token(std::move(token))
    {}

    void start() { think(); }

private:
    void think()
    {
        if (!m_bench.running)
            return;
        QTimer::singleShot(QRandomGenerator::global()->bounded(2 * m_bench.thinkMs), this,
                           [this] { claim(); });
    }

    void claim()
    {
        QMutexLocker lock(&m_bench.mutex);
        if (!m_bench.running || m_bench.unclaimed.empty())
            return;
        // One claim in twenty goes for a conversation someone may already hold: the collisions
        // a real team has.
        qint64 id = 0;
        if (QRandomGenerator::global()->bounded(20) == 0) {
            id = m_bench.all[QRandomGenerator::global()->bounded(m_bench.all.size())];
        } else {
            id = m_bench.unclaimed.front();
            m_bench.unclaimed.pop_front();
        }
        const qint64 sentAt = g_clock.nsecsElapsed();
        m_bench.claimSentAtNs.insert(id, sentAt);
        lock.unlock();
        m_http.send(
            m_token, "POST", "/v1/conversations/" + QByteArray::number(id) + "/claim", {},
            [this, id, sentAt](int status, const QByteArray &body) {
                QMutexLocker locked(&m_bench.mutex);
                m_bench.figures.claimMs.push_back(
                    static_cast<double>(g_clock.nsecsElapsed() - sentAt) / 1e6);
                if (status == 409) {
                    ++m_bench.figures.conflicts;
                    think();
                    return;
                }
                if (status != 200) {
                    ++m_bench.figures.errors;
                    think();
                    return;
                }
                ++m_bench.figures.claims;
                locked.unlock();
                reply(
                    id,
                    QJsonDocument::fromJson(body).object().value(QLatin1String("rev")).toInteger());
            });
    }

    void reply(qint64 id, qint64 rev)
    {
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("clientId"),
                                       QStringLiteral("bench-%1-%2").arg(id).arg(rev)},
                                      {QStringLiteral("text"),
                                       QStringLiteral("Thanks for reaching out! We are on it.")},
                                      {QStringLiteral("visibility"), QStringLiteral("public")},
                                      {QStringLiteral("baseRev"), rev}})
                .toJson(QJsonDocument::Compact);
        const qint64 sentAt = g_clock.nsecsElapsed();
        m_http.send(m_token, "POST", "/v1/conversations/" + QByteArray::number(id) + "/replies",
                    body, [this, id, sentAt](int status, const QByteArray &) {
                        QMutexLocker locked(&m_bench.mutex);
                        m_bench.figures.replyMs.push_back(
                            static_cast<double>(g_clock.nsecsElapsed() - sentAt) / 1e6);
                        if (status != 201) {
                            ++m_bench.figures.errors;
                            think();
                            return;
                        }
                        ++m_bench.figures.replies;
                        locked.unlock();
                        m_http.send(m_token, "POST",
                                    "/v1/conversations/" + QByteArray::number(id) + "/status",
                                    R"({"status":"resolved"})",
                                    [this](int resolved, const QByteArray &) {
                                        if (resolved != 200) {
                                            QMutexLocker failed(&m_bench.mutex);
                                            ++m_bench.figures.errors;
                                        }
                                        think();
                                    });
                    });
    }

    Bench &m_bench;
    HttpPool &m_http;
    QByteArray m_token;
};

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Load test for caredesk-server: N agents on the live feed claiming and replying."));
    parser.addHelpOption();
    const QCommandLineOption agentsOption(QStringLiteral("agents"),
                                          QStringLiteral("Simulated agents (500)."),
                                          QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("How long they work (30)."),
                                           QStringLiteral("s"), QStringLiteral("30"));
    const QCommandLineOption thinkOption(
        QStringLiteral("think-ms"), QStringLiteral("Mean pause between an agent's cases (10000)."),
        QStringLiteral("ms"), QStringLiteral("10000"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("Threads the live feeds run on (2)."),
                                           QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("PostgreSQL URL instead of SQLite."),
                                            QStringLiteral("url"));
    parser.addOptions({agentsOption, secondsOption, thinkOption, threadsOption, databaseOption});
    parser.process(app);
    const int agentCount = parser.value(agentsOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    QTextStream out(stdout);

    QTemporaryDir data;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QByteArray adminToken;
    QList<QByteArray> tokens;
    {
        auto database = parser.isSet(databaseOption)
                            ? Server::ServerDatabase::openPostgres(parser.value(databaseOption))
                            : Server::ServerDatabase::openSqlite(data.path());
        if (!database) {
            out << "database: " << database.error().userMessage << ' ' << database.error().detail
                << Qt::endl;
            return 1;
        }
        Server::TeamStore store(*database.value());
        const QString hash = Server::Passwords::hash("bench password").value();
        const auto hire = [&](const QString &login, Server::Role role) {
            Server::NewAgent agent;
            agent.login = login;
            agent.role = role;
            agent.capacity = 1000;
            auto added = store.accounts().addAgent(agent, hash, now);
            if (!added) {
                out << "cannot add " << login << ": " << added.error().detail << Qt::endl;
                std::exit(1);
            }
            return store.sessions().createSession(added.value().id, now, 24 * 3600 * 1000).value();
        };
        adminToken = hire(QStringLiteral("bench-admin"), Server::Role::Admin);
        for (int i = 0; i < agentCount; ++i)
            tokens << hire(QStringLiteral("bench-agent-%1").arg(i), Server::Role::Agent);
        (void)store.teams().setRouting(store.teams().teamId(QString()).value(),
                                       Server::AssignmentRules::Policy::Manual, std::nullopt, now);
    }

    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList arguments{QStringLiteral("--data"), data.path(), QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0")};
    if (parser.isSet(databaseOption))
        arguments << QStringLiteral("--database") << parser.value(databaseOption);
    server.start(QCoreApplication::applicationDirPath() + QStringLiteral("/caredesk-server"),
                 arguments);
    Bench bench;
    bench.thinkMs = parser.value(thinkOption).toInt();
    QByteArray serverOutput;
    static const QRegularExpression listening(
        QStringLiteral("listening on https?://127\\.0\\.0\\.1:(\\d+)/"));
    waitFor(
        [&] {
            serverOutput += server.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(serverOutput));
            if (match.hasMatch())
                bench.port = static_cast<quint16>(match.captured(1).toUInt());
            return bench.port != 0;
        },
        30000);
    if (bench.port == 0) {
        out << "the server did not start: " << serverOutput << Qt::endl;
        return 1;
    }

    // Enough waiting conversations that the team never runs out.
    const int conversations =
        std::max(2000, agentCount * seconds * 2000 / std::max(1, bench.thinkMs) + 500);
    HttpConnection admin(bench.port);
    for (int start = 0; start < conversations; start += 5000) {
        QByteArray lines;
        for (int i = start; i < std::min(conversations, start + 5000); ++i)
            lines += QJsonDocument(
                         QJsonObject{{QStringLiteral("platform"), QStringLiteral("twitter")},
                                     {QStringLiteral("channel"), QStringLiteral("AcmeHelp")},
                                     {QStringLiteral("id"), QString::number(100000 + i)},
                                     {QStringLiteral("author"),
                                      QJsonObject{{QStringLiteral("id"), QString::number(i)},
                                                  {QStringLiteral("handle"),
                                                   QStringLiteral("customer%1").arg(i)}}},
                                     {QStringLiteral("createdAt"),
                                      QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                     {QStringLiteral("text"),
                                      QStringLiteral("@AcmeHelp order %1 has not arrived").arg(i)}})
                         .toJson(QJsonDocument::Compact) +
                     '\n';
        bool done = false;
        admin.send(adminToken, "POST", "/v1/ingest", lines,
                   [&](int status, const QByteArray &body) {
                       if (status != 200)
                           out << "ingest failed: " << status << ' ' << body << Qt::endl;
                       done = true;
                   });
        waitFor([&] { return done; }, 600000);
    }
    for (qint64 id = 1; id <= conversations; ++id) {
        bench.unclaimed.push_back(id);
        bench.all.append(id);
    }
    std::shuffle(bench.unclaimed.begin(), bench.unclaimed.end(), *QRandomGenerator::global());

    g_clock.start();
    QElapsedTimer connecting;
    connecting.start();
    qint64 since = 0;
    {
        bool done = false;
        admin.send(
            adminToken, "GET", "/v1/conversations?limit=1", {}, [&](int, const QByteArray &body) {
                since =
                    QJsonDocument::fromJson(body).object().value(QLatin1String("rev")).toInteger();
                done = true;
            });
        waitFor([&] { return done; }, 10000);
    }
    // Live feeds on `--threads` threads, working agents on one more.
    const int threadCount = parser.value(threadsOption).toInt();
    std::vector<std::unique_ptr<QThread>> threads;
    std::vector<std::unique_ptr<QObject>> contexts;
    for (int t = 0; t <= threadCount; ++t) {
        threads.push_back(std::make_unique<QThread>());
        contexts.push_back(std::make_unique<QObject>());
        contexts.back()->moveToThread(threads.back().get());
        threads.back()->start();
    }
    const auto onThread = [&](int t, const std::function<void()> &work) {
        QMetaObject::invokeMethod(contexts[static_cast<size_t>(t)].get(), work,
                                  Qt::BlockingQueuedConnection);
    };
    std::vector<std::unique_ptr<LiveFeed>> feeds(static_cast<size_t>(tokens.size()));
    std::vector<std::unique_ptr<SimulatedAgent>> agents(static_cast<size_t>(tokens.size()));
    std::unique_ptr<HttpPool> pool;
    for (int t = 0; t < threadCount; ++t)
        onThread(t, [&, t] {
            // The live feeds share two cores with the server and the agents' requests: they
            // yield, so that the figures are the server's and not the load tool's own queue.
            if (setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10) != 0)
                qWarning("could not lower the live feeds' priority; figures include waiting for "
                         "the CPU");
            for (qsizetype i = t; i < tokens.size(); i += threadCount)
                feeds[static_cast<size_t>(i)] = std::make_unique<LiveFeed>(bench, tokens[i], since);
        });
    onThread(threadCount, [&] {
        pool = std::make_unique<HttpPool>(bench.port, 32);
        for (qsizetype i = 0; i < tokens.size(); ++i)
            agents[static_cast<size_t>(i)] =
                std::make_unique<SimulatedAgent>(bench, *pool, tokens[i]);
    });
    const bool allConnected = waitFor(
        [&] {
            return std::all_of(feeds.begin(), feeds.end(),
                               [](const auto &feed) { return feed->welcomed(); });
        },
        120000);
    const qint64 connectMs = connecting.elapsed();
    const int connected = static_cast<int>(
        std::count_if(feeds.begin(), feeds.end(), [](const auto &f) { return f->welcomed(); }));

    {
        QMutexLocker lock(&bench.mutex);
        bench.figures.deliveryMs.clear();
    }
    QElapsedTimer working;
    working.start();
    for (auto &agent : agents)
        QMetaObject::invokeMethod(agent.get(), [&agent] { agent->start(); });
    waitFor([&] { return working.elapsed() > seconds * 1000LL; }, seconds * 1000 + 1000);
    bench.running = false;
    waitFor([] { return false; }, 2000); // let the last changes arrive
    const double elapsed = static_cast<double>(working.elapsed()) / 1000.0;
    for (int t = 0; t < threadCount; ++t)
        QMetaObject::invokeMethod(
            contexts[static_cast<size_t>(t)].get(),
            [&, t] {
                for (qsizetype i = t; i < tokens.size(); i += threadCount)
                    agents[static_cast<size_t>(i)].reset();
            },
            Qt::BlockingQueuedConnection);
    for (auto &thread : threads) {
        thread->quit();
        thread->wait();
    }
    QMutexLocker lock(&bench.mutex);

    const Figures &f = bench.figures;
    const auto line = [&](const char *name, const std::vector<double> &values) {
        out << QStringLiteral("%1 p50 %2 ms, p99 %3 ms, max %4 ms (n=%5)")
                   .arg(QLatin1String(name))
                   .arg(percentile(values, 50), 0, 'f', 1)
                   .arg(percentile(values, 99), 0, 'f', 1)
                   .arg(values.empty() ? 0.0 : *std::max_element(values.begin(), values.end()), 0,
                        'f', 1)
                   .arg(values.size())
            << Qt::endl;
    };
    out << "database: " << (parser.isSet(databaseOption) ? "postgresql" : "sqlite") << Qt::endl;
    out << "agents connected to the live feed: " << connected << " of " << agentCount << " in "
        << connectMs << " ms" << (allConnected ? "" : " (not all)") << Qt::endl;
    out << "cases worked: " << f.claims << " claims won, " << f.conflicts << " refused as taken, "
        << f.replies << " replies, " << f.errors << " errors in " << elapsed << " s" << Qt::endl;
    out << "requests: "
        << QString::number(static_cast<double>(f.claimMs.size() + f.replyMs.size() + f.replies) /
                               elapsed,
                           'f', 1)
        << " /s" << Qt::endl;
    line("claim", f.claimMs);
    line("reply", f.replyMs);
    line("claim to each agent's live feed", f.deliveryMs);
    server.terminate();
    server.waitForFinished(5000);
    return f.errors == 0 && allConnected ? 0 : 1;
}

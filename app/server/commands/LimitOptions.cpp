#include "LimitOptions.h"

#include <QCoreApplication>

#include <functional>

namespace CareDesk::Server::LimitOptions {

namespace {

struct Limit
{
    const char *name;
    const char *meaning;
    qint64 lowest;
    qint64 highest;
    std::function<qint64(const ServerLimits &)> get;
    std::function<void(ServerLimits &, qint64)> set;
};

constexpr qint64 SECOND = 1000;
constexpr qint64 HOUR = 3600 * SECOND;

const QList<Limit> &allLimits()
{
    // clang-format off
    static const QList<Limit> all{
        {"header-bytes", QT_TRANSLATE_NOOP("caredesk-server", "request line and headers, bytes"), 1024, 1 << 20,
         [](const ServerLimits &l) { return l.http.headerBytes; }, [](ServerLimits &l, qint64 v) { l.http.headerBytes = v; }},
        {"body-bytes", QT_TRANSLATE_NOOP("caredesk-server", "request body outside ingest, bytes"), 1024, 1 << 30,
         [](const ServerLimits &l) { return l.http.bodyBytes; }, [](ServerLimits &l, qint64 v) { l.http.bodyBytes = v; }},
        {"header-timeout-s", QT_TRANSLATE_NOOP("caredesk-server", "seconds for a request's headers to arrive"), 1, 3600,
         [](const ServerLimits &l) { return l.http.headerTimeoutMs / SECOND; }, [](ServerLimits &l, qint64 v) { l.http.headerTimeoutMs = int(v * SECOND); }},
        {"body-timeout-s", QT_TRANSLATE_NOOP("caredesk-server", "seconds for a request's body to arrive"), 1, 3600,
         [](const ServerLimits &l) { return l.http.bodyTimeoutMs / SECOND; }, [](ServerLimits &l, qint64 v) { l.http.bodyTimeoutMs = int(v * SECOND); }},
        {"keepalive-timeout-s", QT_TRANSLATE_NOOP("caredesk-server", "seconds an idle connection stays open"), 1, 3600,
         [](const ServerLimits &l) { return l.http.idleTimeoutMs / SECOND; }, [](ServerLimits &l, qint64 v) { l.http.idleTimeoutMs = int(v * SECOND); }},
        {"connections-per-address", QT_TRANSLATE_NOOP("caredesk-server", "open connections from one address"), 1, 1'000'000,
         [](const ServerLimits &l) { return l.http.connectionsPerAddress; }, [](ServerLimits &l, qint64 v) { l.http.connectionsPerAddress = int(v); }},
        {"connections", QT_TRANSLATE_NOOP("caredesk-server", "open connections in all"), 1, 1'000'000,
         [](const ServerLimits &l) { return l.http.connections; }, [](ServerLimits &l, qint64 v) { l.http.connections = int(v); }},
        {"websocket-message-bytes", QT_TRANSLATE_NOOP("caredesk-server", "a live feed message from a client, bytes"), 1024, 1 << 24,
         [](const ServerLimits &l) { return l.http.webSocketMessageBytes; }, [](ServerLimits &l, qint64 v) { l.http.webSocketMessageBytes = v; }},
        {"login-burst", QT_TRANSLATE_NOOP("caredesk-server", "logins one address may try at once"), 1, 1'000'000,
         [](const ServerLimits &l) { return l.logins.burst; }, [](ServerLimits &l, qint64 v) { l.logins.burst = int(v); }},
        {"logins-per-minute", QT_TRANSLATE_NOOP("caredesk-server", "and then per minute"), 1, 1'000'000,
         [](const ServerLimits &l) { return l.logins.perMinute; }, [](ServerLimits &l, qint64 v) { l.logins.perMinute = int(v); }},
        {"login-free-failures", QT_TRANSLATE_NOOP("caredesk-server", "wrong passwords per login and address before tries wait"), 1, 1000,
         [](const ServerLimits &l) { return l.logins.freeFailures; }, [](ServerLimits &l, qint64 v) { l.logins.freeFailures = int(v); }},
        {"login-free-failures-anywhere", QT_TRANSLATE_NOOP("caredesk-server", "wrong passwords per login from all addresses before new addresses wait"), 1, 100000,
         [](const ServerLimits &l) { return l.logins.freeFailuresAnywhere; }, [](ServerLimits &l, qint64 v) { l.logins.freeFailuresAnywhere = int(v); }},
        {"password-workers", QT_TRANSLATE_NOOP("caredesk-server", "threads checking passwords"), 1, 64,
         [](const ServerLimits &l) { return l.logins.checks.workers; }, [](ServerLimits &l, qint64 v) { l.logins.checks.workers = int(v); }},
        {"password-checks-per-address", QT_TRANSLATE_NOOP("caredesk-server", "password checks one address may have waiting"), 1, 10000,
         [](const ServerLimits &l) { return l.logins.checks.perAddress; }, [](ServerLimits &l, qint64 v) { l.logins.checks.perAddress = int(v); }},
        {"password-checks", QT_TRANSLATE_NOOP("caredesk-server", "password checks waiting in all"), 1, 100000,
         [](const ServerLimits &l) { return l.logins.checks.total; }, [](ServerLimits &l, qint64 v) { l.logins.checks.total = int(v); }},
        {"session-idle-hours", QT_TRANSLATE_NOOP("caredesk-server", "hours a session lives unused"), 1, 24 * 14,
         [](const ServerLimits &l) { return l.sessionIdleMs / HOUR; }, [](ServerLimits &l, qint64 v) { l.sessionIdleMs = v * HOUR; }},
    };
    // clang-format on
    return all;
}

} // namespace

std::optional<QString> apply(const QStringList &settings, ServerLimits &limits)
{
    for (const QString &setting : settings) {
        const qsizetype equals = setting.indexOf(QLatin1Char('='));
        const QString name = setting.left(equals).trimmed();
        const auto limit =
            std::find_if(allLimits().begin(), allLimits().end(),
                         [&](const Limit &known) { return name == QLatin1String(known.name); });
        if (equals < 0 || limit == allLimits().end())
            return QCoreApplication::translate("caredesk-server",
                                               "Unknown limit \"%1\": use NAME=VALUE with one of "
                                               "the names --help lists.")
                .arg(setting);
        bool isNumber = false;
        const qint64 value = setting.mid(equals + 1).trimmed().toLongLong(&isNumber);
        if (!isNumber || value < limit->lowest || value > limit->highest)
            return QCoreApplication::translate("caredesk-server",
                                               "The limit %1 takes a whole number from %2 to %3.")
                .arg(name)
                .arg(limit->lowest)
                .arg(limit->highest);
        limit->set(limits, value);
    }
    return std::nullopt;
}

QString describe()
{
    const ServerLimits defaults;
    QStringList lines;
    for (const Limit &limit : allLimits())
        lines << QStringLiteral("  %1 (%2): %3")
                     .arg(QLatin1String(limit.name))
                     .arg(limit.get(defaults))
                     .arg(QCoreApplication::translate("caredesk-server", limit.meaning));
    return lines.join(QLatin1Char('\n'));
}

} // namespace CareDesk::Server::LimitOptions

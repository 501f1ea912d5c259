#pragma once

#include "server/TeamServer.h"
#include "server/store/TeamStore.h"
#include "support/ApiClient.h"
#include "support/FakeClock.h"
#include "support/TestSupport.h"

#include <QJsonArray>

#include <memory>

namespace CareDesk::Testing {

inline const QString PASSWORD = QStringLiteral("correct horse 42");

// One inbound mention in the shared JSON shape, as a JSON Lines line.
QByteArray item(const QString &id, const QString &handle, const QString &text,
                const QString &minute = QStringLiteral("00"));

// A team server on SQLite in a fresh folder (or on the PostgreSQL database `postgresUrl`), on a
// free loopback port, with a clock the test moves, and an admin signed in.
struct TeamFixture
{
    QString postgresUrl;
    TempWorkspace dir;
    FakeClock clock;
    std::unique_ptr<Server::TeamServer> server;
    quint16 port = 0;
    std::unique_ptr<ApiClient> api;
    QByteArray adminToken;

    explicit TeamFixture(QString postgres = {});
    // The server goes away (as when its machine restarts) and comes back on the same port.
    void stop();
    void start();

    Server::Agent add(const QString &login, Server::Role role, const QString &team = {},
                      const QStringList &languages = {}, int capacity = 8);
    QByteArray tokenFor(const Server::Agent &agent);
    // A practice channel named "Drill" the server runs for the default team, playing `scenario`
    // (a scenario file's JSON); not started.
    void addDrillChannel(const QByteArray &scenario);
    QJsonObject ingest(const QByteArray &lines, const QString &team = {});
    QJsonArray conversations(const QByteArray &token, const QString &query = {});
    qint64 conversationOf(const QByteArray &token, const QString &handle);
};

} // namespace CareDesk::Testing

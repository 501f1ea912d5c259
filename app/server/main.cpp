// caredesk-server: the shared team server (accounts, assignment, change feed, ingest).

#include "Application.h"
#include "ServerDatabase.h"
#include "TeamServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTextStream>

using namespace CareDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Core::describeApplication(app, QStringLiteral("caredesk-server"));

    Core::installTranslations(app, Core::languageArgument(app.arguments()));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "caredesk-server", "CareDesk team server: shared queue, exclusive assignment and sync."));
    Core::addCommonOptions(parser);
    const QCommandLineOption dataOption(
        QStringLiteral("data"),
        QCoreApplication::translate("caredesk-server", "Keep the server's SQLite database in <dir>."),
        QStringLiteral("dir"), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("caredesk-server",
                                    "Use PostgreSQL at <url> (postgresql://user@host/db) instead of SQLite."),
        QStringLiteral("url"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QCoreApplication::translate("caredesk-server", "Listen on <address:port> (default 127.0.0.1:8484)."),
        QStringLiteral("address:port"), QStringLiteral("127.0.0.1:8484"));
    parser.addOptions({dataOption, databaseOption, listenOption});
    parser.process(app);

    QTextStream err(stderr);
    const QString listen = parser.value(listenOption);
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    const QHostAddress address(listen.left(colon));
    if (colon <= 0 || !portOk || port > 65535 || address.isNull()) {
        err << QCoreApplication::translate("caredesk-server", "--listen needs an address and port, "
                                                              "such as 127.0.0.1:8484.")
            << Qt::endl;
        return 2;
    }

    auto database = parser.isSet(databaseOption)
                        ? Server::ServerDatabase::openPostgres(parser.value(databaseOption))
                        : Server::ServerDatabase::openSqlite(parser.value(dataOption));
    if (!database) {
        err << database.error().userMessage << " (" << database.error().detail << ")" << Qt::endl;
        return 1;
    }
    Server::TeamServer server(std::move(database).value());
    auto bound = server.listen(address, static_cast<quint16>(port));
    if (!bound) {
        err << bound.error().userMessage << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << QCoreApplication::translate("caredesk-server", "CareDesk server listening on http://%1:%2/")
                               .arg(address.toString())
                               .arg(bound.value())
                        << Qt::endl;
    return app.exec();
}

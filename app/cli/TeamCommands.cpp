// caredesk-cli team sync: a workspace signed in to a team server, brought up to date.

#include "Clock.h"
#include "Commands.h"
#include "net/HttpTransport.h"
#include "security/CleartextUrl.h"
#include "security/CredentialStore.h"
#include "storage/Database.h"
#include "storage/WorkspaceStore.h"
#include "sync/TeamSync.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

namespace CareDesk::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(caredesk_cli)
};

constexpr int WAIT_MS = 60000;

} // namespace

int team(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.value(1) != u"sync")
        return fail(Tr::tr("team needs a subcommand: sync"));
    const QString workspace = parser.value(QStringLiteral("workspace"));
    const QUrl server(parser.value(QStringLiteral("server")));
    const QString login = parser.value(QStringLiteral("login"));
    if (workspace.isEmpty() || !server.isValid() || server.host().isEmpty() || login.isEmpty())
        return fail(Tr::tr("team sync needs --workspace DIR, --server URL and --login NAME"));
    if (Security::crossesNetworkInClear(server))
        warn(Tr::tr("%1 is plain http:// to another machine: the password and the session token "
                    "cross the network unencrypted. Use the server's https:// address.")
                 .arg(server.toString(QUrl::RemoveUserInfo)));
    if (!QDir().mkpath(workspace))
        return fail(Tr::tr("the workspace folder %1 could not be created").arg(workspace));
    auto db = Storage::Database::open(Storage::Database::fileIn(workspace));
    if (!db)
        return fail(describe(db.error()));

    Net::HttpTransport transport;
    Security::KeychainCredentialStore keychain;
    const Core::SystemClock clock;
    Sync::TeamSync sync(db.value()->connection(), transport, keychain, clock);
    QEventLoop loop;
    QString problem;
    bool triedPassword = false;
    QObject::connect(
        &sync, &Sync::TeamSync::stateChanged, &loop,
        [&](Sync::TeamSync::State state, const QString &detail) {
            if (state == Sync::TeamSync::State::Online) {
                loop.quit();
            } else if (state == Sync::TeamSync::State::SignedOut) {
                // No saved session (or it ended): the password comes from the first line of stdin.
                if (triedPassword) {
                    problem = detail;
                    loop.quit();
                    return;
                }
                triedPassword = true;
                const QString password = QTextStream(stdin).readLine();
                if (password.isEmpty()) {
                    problem = Tr::tr(
                        "no saved session; give the password on the first line of standard input");
                    loop.quit();
                    return;
                }
                sync.signIn(server, login, password);
            } else if (state == Sync::TeamSync::State::Offline) {
                problem = detail;
            }
        });
    QObject::connect(&sync, &Sync::TeamSync::failed, &loop, [](const QString &message) {
        QTextStream(stderr) << "caredesk-cli: " << message << Qt::endl;
    });
    QTimer::singleShot(WAIT_MS, &loop, &QEventLoop::quit);
    sync.resume(server, login);
    if (sync.state() != Sync::TeamSync::State::Online)
        loop.exec();
    if (sync.state() != Sync::TeamSync::State::Online)
        return fail(problem.isEmpty() ? Tr::tr("the team server did not answer in time") : problem);

    auto count = Storage::WorkspaceStore(db.value()->connection()).conversationCount();
    auto rev = sync.mirror().revision(Sync::TeamSync::serverKey(server));
    QTextStream(stdout)
        << QJsonDocument(QJsonObject{{QStringLiteral("conversations"), count ? count.value() : 0},
                                     {QStringLiteral("rev"), rev ? rev.value() : 0},
                                     {QStringLiteral("state"), QStringLiteral("online")}})
               .toJson(QJsonDocument::Compact)
        << Qt::endl;
    return 0;
}

} // namespace CareDesk::Cli

#include "support/TestSupport.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

using namespace CareDesk::Testing;

TEST_CASE("All three programs print the same version")
{
    for (const QString &program : {QStringLiteral("caredesk"), QStringLiteral("caredesk-cli"),
                                   QStringLiteral("caredesk-server")}) {
        const ProcessResult result = runProgram(program, {QStringLiteral("--version")});
        INFO(program.toStdString() << ": " << result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        CHECK(QString::fromUtf8(result.out).trimmed() ==
              program + QLatin1Char(' ') + QStringLiteral(CAREDESK_VERSION));
    }
}

TEST_CASE("--help lists each program's options")
{
    const ProcessResult desktop =
        runProgram(QStringLiteral("caredesk"), {QStringLiteral("--help")});
    REQUIRE(desktop.exitCode == 0);
    for (const char *option : {"--screenshot", "--size", "--workspace", "--language", "--version"})
        CHECK(desktop.out.contains(option));
    const ProcessResult server =
        runProgram(QStringLiteral("caredesk-server"), {QStringLiteral("--help")});
    REQUIRE(server.exitCode == 0);
    for (const char *option : {"--data", "--database", "--listen"})
        CHECK(server.out.contains(option));
    const ProcessResult cli =
        runProgram(QStringLiteral("caredesk-cli"), {QStringLiteral("--help")});
    REQUIRE(cli.exitCode == 0);
    CHECK(cli.out.contains("plugins"));
    CHECK(cli.out.contains("inbox"));
}

TEST_CASE("A first start shows the practice inbox, and --screenshot captures it")
{
    TempWorkspace dir;
    const QString png = dir.file(QStringLiteral("main.png"));
    const ProcessResult shot = runProgram(
        QStringLiteral("caredesk"),
        {QStringLiteral("--workspace"), dir.file(QStringLiteral("ws")),
         QStringLiteral("--screenshot"), png, QStringLiteral("--size"), QStringLiteral("1100x700"),
         QStringLiteral("--language"), QStringLiteral("en")});
    INFO(shot.err.toStdString());
    REQUIRE(shot.exitCode == 0);
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(1100, 700));
    // A window with real content has many colours; a blank or failed grab has one or two.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    CHECK(colours.size() > 20);

    // The same workspace, read headlessly: the demo conversations are really stored.
    const ProcessResult inbox = runProgram(
        QStringLiteral("caredesk-cli"),
        {QStringLiteral("inbox"), QStringLiteral("--workspace"), dir.file(QStringLiteral("ws"))});
    REQUIRE(inbox.exitCode == 0);
    const QList<QByteArray> lines = inbox.out.trimmed().split('\n');
    CHECK(lines.size() >= 10);
    CHECK(QString::fromUtf8(inbox.out).contains(QStringLiteral("María Fernández")));
    const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
    CHECK(first.value(QLatin1String("unaddressed")).toInt() >= 1);
}

TEST_CASE("A screenshot can show each view of the workstation")
{
    TempWorkspace dir;
    for (const QString &view :
         {QStringLiteral("inbox"), QStringLiteral("conversation"), QStringLiteral("composer"),
          QStringLiteral("customer"), QStringLiteral("settings"), QStringLiteral("review"),
          QStringLiteral("dashboard"), QStringLiteral("queue"), QStringLiteral("trainer")}) {
        const QString png = dir.file(view + QStringLiteral(".png"));
        const ProcessResult shot =
            runProgram(QStringLiteral("caredesk"),
                       {QStringLiteral("--workspace"), dir.file(QStringLiteral("ws")),
                        QStringLiteral("--screenshot"), png, QStringLiteral("--view"), view,
                        QStringLiteral("--language"), QStringLiteral("en")});
        INFO(view.toStdString() << ": " << shot.err.toStdString());
        REQUIRE(shot.exitCode == 0);
        const QImage image(png);
        REQUIRE_FALSE(image.isNull());
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        CHECK(colours.size() > 20);
        // Settings is its own window; the others are the main window.
        CHECK((view == u"settings") == (image.size() != QSize(1280, 800)));
    }
    const ProcessResult wrong = runProgram(
        QStringLiteral("caredesk"), {QStringLiteral("--screenshot"), QStringLiteral("x.png"),
                                     QStringLiteral("--view"), QStringLiteral("everything")});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains("--view"));
}

TEST_CASE("Bad command lines get a one-line error and a non-zero exit")
{
    const ProcessResult size = runProgram(QStringLiteral("caredesk"),
                                          {QStringLiteral("--screenshot"), QStringLiteral("x.png"),
                                           QStringLiteral("--size"), QStringLiteral("huge")});
    CHECK(size.exitCode == 2);
    CHECK(size.err.contains("--size"));
    const ProcessResult cli = runProgram(
        QStringLiteral("caredesk-cli"),
        {QStringLiteral("inbox"), QStringLiteral("--workspace"), QStringLiteral("/nonexistent")});
    CHECK(cli.exitCode == 1);
    CHECK(cli.err.trimmed().count('\n') == 0);
    CHECK(cli.err.contains("no workspace"));
    const ProcessResult server = runProgram(
        QStringLiteral("caredesk-server"), {QStringLiteral("--listen"), QStringLiteral("nowhere")});
    CHECK(server.exitCode == 2);
}

TEST_CASE("caredesk-cli lists the installed channel plugins with their capabilities")
{
    const ProcessResult result =
        runProgram(QStringLiteral("caredesk-cli"), {QStringLiteral("plugins")});
    REQUIRE(result.exitCode == 0);
    QMap<QString, QJsonObject> plugins;
    for (const QByteArray &line : result.out.trimmed().split('\n')) {
        const QJsonObject plugin = QJsonDocument::fromJson(line).object();
        plugins.insert(plugin.value(QLatin1String("id")).toString(), plugin);
    }
    for (const QString &id :
         {QStringLiteral("sandbox"), QStringLiteral("twitter"), QStringLiteral("facebook")}) {
        INFO(id.toStdString());
        CHECK(plugins.value(id).value(QLatin1String("loaded")).toBool());
    }
    CHECK_FALSE(plugins.value(QStringLiteral("sandbox"))
                    .value(QLatin1String("capabilities"))
                    .toObject()
                    .value(QLatin1String("network"))
                    .toBool());
    CHECK(plugins.value(QStringLiteral("facebook"))
              .value(QLatin1String("capabilities"))
              .toObject()
              .value(QLatin1String("hideComment"))
              .toBool());
}

TEST_CASE("caredesk-server starts on its embedded default and serves its health check")
{
    TempWorkspace dir;
    QProcess server;
    server.start(programPath(QStringLiteral("caredesk-server")),
                 {QStringLiteral("--data"), dir.path(), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0")});
    REQUIRE(server.waitForStarted());
    QByteArray out;
    REQUIRE(waitUntil(
        [&] {
            out += server.readAllStandardOutput();
            return out.contains("listening");
        },
        15000));
    const auto match = QRegularExpression(QStringLiteral(":(\\d+)/")).match(QString::fromUtf8(out));
    REQUIRE(match.hasMatch());
    const ProcessResult curl = [&] {
        QProcess client;
        client.start(QStringLiteral("curl"),
                     {QStringLiteral("-s"),
                      QStringLiteral("http://127.0.0.1:%1/healthz").arg(match.captured(1))});
        ProcessResult r;
        if (client.waitForFinished(10000)) {
            r.exitCode = client.exitCode();
            r.out = client.readAllStandardOutput();
        }
        return r;
    }();
    server.terminate();
    server.waitForFinished(5000);
    REQUIRE(curl.exitCode == 0);
    CHECK(QJsonDocument::fromJson(curl.out).object().value(QLatin1String("status")).toString() ==
          QStringLiteral("ok"));
}

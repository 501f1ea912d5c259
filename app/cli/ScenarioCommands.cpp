// caredesk-cli scenario validate|from-workspace and practice start|report: the trainer's tools.

#include "Commands.h"
#include "JsonLines.h"

#include "Clock.h"
#include "scenario/Scenario.h"
#include "storage/Database.h"
#include "training/PracticeClass.h"
#include "training/PracticeReport.h"
#include "training/ScenarioBuilder.h"
#include "triage/PiiScanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

#include <iostream>

namespace CareDesk::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(caredesk_cli)
};

int validate(const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().value(2);
    if (path.isEmpty())
        return fail(Tr::tr("usage: caredesk-cli scenario validate FILE"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    QStringList problems;
    const auto scenario = Training::Scenario::parse(file.readAll(), problems);
    // Problems on stdout, one a line: they are the command's answer, not a failure to run it.
    for (const QString &problem : std::as_const(problems))
        std::cout << qPrintable(problem) << '\n';
    if (!scenario) {
        std::cout.flush();
        return 1;
    }
    std::cout << qPrintable(Tr::tr("valid: %1 personas, %2 events")
                                .arg(scenario->personas.size())
                                .arg(scenario->timeline.size()))
              << std::endl;
    return 0;
}

int fromWorkspace(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("workspace")) || !parser.isSet(QStringLiteral("out")))
        return fail(Tr::tr("usage: caredesk-cli scenario from-workspace --workspace DIR "
                           "[--conversations N] --out FILE"));
    Training::ScenarioBuildOptions options;
    bool ok = false;
    options.conversations = parser.value(QStringLiteral("conversations")).toInt(&ok);
    if (!ok || options.conversations <= 0)
        return fail(Tr::tr("--conversations needs a positive number"));
    if (parser.isSet(QStringLiteral("patterns"))) {
        QFile file(parser.value(QStringLiteral("patterns")));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Tr::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        auto loaded = Triage::PiiScanner::patternsFromJson(file.readAll());
        if (!loaded)
            return fail(describe(loaded.error()));
        options.piiPatterns = loaded.value();
    }
    auto db = openExistingWorkspace(parser.value(QStringLiteral("workspace")));
    if (!db)
        return fail(describe(db.error()));
    auto built = Training::ScenarioBuilder(db.value()->connection()).build(options);
    if (!built)
        return fail(describe(built.error()));
    const Training::Scenario &scenario = built.value().scenario;

    const QString out = parser.value(QStringLiteral("out"));
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(scenario.toJson()) < 0 || !file.commit())
        return fail(Tr::tr("cannot write %1: %2").arg(out, file.errorString()));

    QJsonObject replaced;
    for (auto it = built.value().replaced.cbegin(); it != built.value().replaced.cend(); ++it)
        replaced.insert(it.key(), it.value());
    writeJsonLine(std::cout, {{QStringLiteral("out"), out},
                              {QStringLiteral("id"), scenario.id},
                              {QStringLiteral("title"), scenario.title},
                              {QStringLiteral("conversations"), built.value().conversations},
                              {QStringLiteral("personas"), scenario.personas.size()},
                              {QStringLiteral("events"), scenario.timeline.size()},
                              {QStringLiteral("expectations"), scenario.expectations.size()},
                              {QStringLiteral("replaced"), replaced}});
    std::cout.flush();
    return 0;
}

int startPractice(const QCommandLineParser &parser)
{
    const QStringList trainees = parser.values(QStringLiteral("trainee"));
    if (!parser.isSet(QStringLiteral("scenario")) || trainees.isEmpty() ||
        !parser.isSet(QStringLiteral("out")))
        return fail(Tr::tr("usage: caredesk-cli practice start --scenario FILE --trainee NAME "
                           "[--trainee NAME...] --out DIR"));
    const Core::SystemClock clock;
    auto started = Training::PracticeClass::start(
        parser.value(QStringLiteral("scenario")), trainees, parser.value(QStringLiteral("out")),
        clock.now(), parser.value(QStringLiteral("canned-from")));
    if (!started)
        return fail(describe(started.error()));
    const Training::PracticeClassInfo &info = started.value();
    QJsonArray seats;
    for (const Training::TraineeSeat &seat : info.trainees)
        seats.append(QJsonObject{{QStringLiteral("name"), seat.name},
                                 {QStringLiteral("folder"), seat.folder},
                                 {QStringLiteral("workspace"), info.workspaceOf(seat)}});
    writeJsonLine(std::cout, {{QStringLiteral("class"), info.directory},
                              {QStringLiteral("scenario"), info.scenarioId},
                              {QStringLiteral("title"), info.scenarioTitle},
                              {QStringLiteral("trainees"), seats}});
    std::cout.flush();
    return 0;
}

// One trainee's whole report, or one line of headline figures per trainee of a class.
int reportPractice(const QCommandLineParser &parser)
{
    const bool oneTrainee = parser.isSet(QStringLiteral("workspace"));
    if (oneTrainee == parser.isSet(QStringLiteral("class")))
        return fail(Tr::tr("usage: caredesk-cli practice report --class DIR | --workspace DIR"));
    if (oneTrainee) {
        auto report =
            Training::PracticeReport::forWorkspace(parser.value(QStringLiteral("workspace")));
        if (!report)
            return fail(describe(report.error()));
        writeJsonLine(std::cout, report.value().toJson());
        std::cout.flush();
        return 0;
    }
    auto info = Training::PracticeClass::load(parser.value(QStringLiteral("class")));
    if (!info)
        return fail(describe(info.error()));
    int exitCode = 0;
    for (const Training::TraineeSeat &seat : info.value().trainees) {
        auto report = Training::PracticeReport::forWorkspace(info.value().workspaceOf(seat));
        if (report) {
            writeJsonLine(std::cout, report.value().headline());
            continue;
        }
        // A trainee whose workspace cannot be read still has their line.
        writeJsonLine(std::cout, {{QStringLiteral("trainee"), seat.name},
                                  {QStringLiteral("workspace"), info.value().workspaceOf(seat)},
                                  {QStringLiteral("error"), describe(report.error())}});
        exitCode = 1;
    }
    std::cout.flush();
    return exitCode;
}

} // namespace

int practice(const QCommandLineParser &parser)
{
    const QString action = parser.positionalArguments().value(1);
    if (action == u"start")
        return startPractice(parser);
    if (action == u"report")
        return reportPractice(parser);
    return fail(Tr::tr("practice needs start or report"));
}

int scenario(const QCommandLineParser &parser)
{
    const QString action = parser.positionalArguments().value(1);
    if (action == u"validate")
        return validate(parser);
    if (action == u"from-workspace")
        return fromWorkspace(parser);
    return fail(Tr::tr("scenario needs validate or from-workspace"));
}

} // namespace CareDesk::Cli

#include "PracticeWorkspace.h"

#include "scenario/Scenario.h"
#include "storage/Database.h"
#include "storage/WorkspaceStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace CareDesk::Training {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Training::PracticeWorkspace)
};

constexpr int MARKER_VERSION = 1;

// SQLite triggers: they hold for whichever program writes the workspace. The message is the
// technical detail behind the store's "could not be saved".
const char *const GUARD_MESSAGE = "this is a practice workspace: it takes the sandbox practice "
                                  "channel only, never a real channel";

Core::Result<void> writeFile(const QString &path, const QByteArray &contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() ||
        !file.commit())
        return Core::Error{Tr::tr("The practice workspace could not be written."),
                           path + QStringLiteral(": ") + file.errorString()};
    return {};
}

} // namespace

QString PracticeWorkspace::markerFileIn(const QString &directory)
{
    return QDir(directory).absoluteFilePath(QStringLiteral("practice.json"));
}

QString PracticeWorkspace::scenarioFileIn(const QString &directory)
{
    return QDir(directory).absoluteFilePath(QStringLiteral("scenario.json"));
}

Core::Result<void> PracticeWorkspace::guard(QSqlDatabase db)
{
    const QString refuse =
        QStringLiteral(" WHEN NEW.plugin_id <> 'sandbox' OR NEW.platform <> 'sandbox'"
                       " BEGIN SELECT RAISE(ABORT, '%1'); END")
            .arg(QLatin1String(GUARD_MESSAGE));
    QSqlQuery query(db);
    const QStringList statements = {
        QStringLiteral(
            "CREATE TRIGGER IF NOT EXISTS practice_channel_added BEFORE INSERT ON channels") +
            refuse,
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS practice_channel_changed BEFORE UPDATE OF "
                       "plugin_id, platform ON channels") +
            refuse};
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return Core::Error{Tr::tr("The practice workspace could not be set up."),
                               query.lastError().text()};
    }
    return {};
}

bool PracticeWorkspace::isGuarded(QSqlDatabase db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral(
               "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"
               " AND name IN ('practice_channel_added', 'practice_channel_changed')")) &&
           query.next() && query.value(0).toInt() == 2;
}

Core::Result<PracticeMarker> PracticeWorkspace::create(const QString &directory,
                                                       const QString &trainee,
                                                       const QByteArray &scenarioJson,
                                                       const QDateTime &now)
{
    QStringList problems;
    const auto scenario = Scenario::parse(scenarioJson, problems);
    if (!scenario)
        return Core::Error{Tr::tr("The scenario has problems."),
                           problems.join(QStringLiteral("; "))};
    if (!QDir().mkpath(directory))
        return Core::Error{Tr::tr("The practice workspace folder could not be created."),
                           directory};
    if (!QDir(directory).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden |
                                 QDir::System))
        return Core::Error{
            Tr::tr("%1 is not empty; a practice workspace starts in a new folder.").arg(directory),
            {}};

    // The trainee's own copy: whatever the trainer changes later, this run stays as it began.
    PracticeMarker marker{trainee, scenario->id, scenario->title, scenarioFileIn(directory), now};
    if (auto written = writeFile(marker.scenarioFile, scenarioJson); !written)
        return written.error();

    auto db = Storage::Database::open(Storage::Database::fileIn(directory));
    if (!db)
        return db.error();
    if (auto guarded = guard(db.value()->connection()); !guarded)
        return guarded.error();
    // The channel a first start sets up for its practice inbox (WorkspaceService::open), under
    // the same translated name, playing this scenario instead of the demo.
    const QJsonObject settings{{QStringLiteral("scenario"), marker.scenarioFile}};
    auto channel =
        Storage::WorkspaceStore(db.value()->connection())
            .ensureChannel(
                QStringLiteral("sandbox"),
                QCoreApplication::translate("CareDesk::Workspace::WorkspaceService",
                                            "Practice inbox"),
                QStringLiteral("sandbox"),
                QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)), now);
    if (!channel)
        return channel.error();

    const QJsonObject json{
        {QStringLiteral("format"), QStringLiteral("caredesk-practice")},
        {QStringLiteral("version"), MARKER_VERSION},
        {QStringLiteral("trainee"), trainee},
        {QStringLiteral("scenario"),
         QJsonObject{{QStringLiteral("id"), marker.scenarioId},
                     {QStringLiteral("title"), marker.scenarioTitle},
                     {QStringLiteral("file"), QFileInfo(marker.scenarioFile).fileName()}}},
        {QStringLiteral("createdAt"), now.toUTC().toString(Qt::ISODate)}};
    if (auto written =
            writeFile(markerFileIn(directory), QJsonDocument(json).toJson(QJsonDocument::Indented));
        !written)
        return written.error();
    return marker;
}

Core::Result<PracticeMarker> PracticeWorkspace::marker(const QString &directory)
{
    QFile file(markerFileIn(directory));
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{Tr::tr("%1 is not a practice workspace.").arg(directory),
                           file.errorString()};
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value(QLatin1String("format")).toString() != u"caredesk-practice")
        return Core::Error{Tr::tr("%1 is not a practice workspace.").arg(directory),
                           markerFileIn(directory)};
    const QJsonObject scenario = json.value(QLatin1String("scenario")).toObject();
    return PracticeMarker{
        json.value(QLatin1String("trainee")).toString(),
        scenario.value(QLatin1String("id")).toString(),
        scenario.value(QLatin1String("title")).toString(),
        QDir(directory).absoluteFilePath(scenario.value(QLatin1String("file")).toString()),
        QDateTime::fromString(json.value(QLatin1String("createdAt")).toString(), Qt::ISODate)};
}

bool PracticeWorkspace::isPractice(const QString &directory)
{
    return marker(directory).ok();
}

} // namespace CareDesk::Training

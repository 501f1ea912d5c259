#include "PracticeClass.h"

#include "scenario/Scenario.h"
#include "storage/CannedResponses.h"
#include "storage/Database.h"
#include "training/PracticeWorkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace CareDesk::Training {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Training::PracticeClass)
};

constexpr int CLASS_VERSION = 1;

// Whether a trainee's folder, as class.json names it, is one folder right inside the class: a
// hand-edited or planted class.json must not open (or report on) a workspace elsewhere, such as
// a real team inbox.
bool confinedToClass(const QString &classDirectory, const QString &folder)
{
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$"));
    if (!plainName.match(folder).hasMatch() || folder.contains(QLatin1String("..")))
        return false;
    // A folder that is a link to elsewhere is no better than a path to elsewhere.
    const QFileInfo seat(QDir(classDirectory).absoluteFilePath(folder));
    if (!seat.exists())
        return !seat.isSymLink();
    const QString classPath = QFileInfo(classDirectory).canonicalFilePath();
    return !classPath.isEmpty() && QFileInfo(seat.canonicalFilePath()).absolutePath() == classPath;
}

Core::Result<QList<Core::CannedResponse>> cannedResponsesOf(const QString &workspace)
{
    const QString file = Storage::Database::fileIn(workspace);
    if (!QFileInfo::exists(file))
        return Core::Error{
            Tr::tr("There is no workspace in %1 to take canned responses from.").arg(workspace),
            {}};
    auto db = Storage::Database::open(file);
    if (!db)
        return db.error();
    return Storage::CannedResponses(db.value()->connection()).list();
}

Core::Result<void> giveCannedResponses(const QString &workspace,
                                       const QList<Core::CannedResponse> &responses,
                                       const QDateTime &now)
{
    auto db = Storage::Database::open(Storage::Database::fileIn(workspace));
    if (!db)
        return db.error();
    Storage::CannedResponses canned(db.value()->connection());
    for (Core::CannedResponse response : responses) {
        response.id = 0; // a new row in the trainee's workspace
        if (auto saved = canned.save(response, now); !saved)
            return saved.error();
    }
    return {};
}

Core::Result<PracticeClassInfo> startIn(const QString &scenarioFile, const QStringList &trainees,
                                        const QString &directory, const QDateTime &now,
                                        const QString &cannedFrom)
{
    QFile file(scenarioFile);
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{Tr::tr("The scenario %1 could not be read.").arg(scenarioFile),
                           file.errorString()};
    const QByteArray json = file.readAll();
    QStringList problems;
    const auto scenario = Scenario::parse(json, problems);
    if (!scenario)
        return Core::Error{Tr::tr("The scenario %1 has problems.").arg(scenarioFile),
                           problems.join(QStringLiteral("; "))};

    QList<Core::CannedResponse> canned;
    if (!cannedFrom.isEmpty()) {
        auto loaded = cannedResponsesOf(cannedFrom);
        if (!loaded)
            return loaded.error();
        canned = loaded.value();
    }

    PracticeClassInfo info{QDir(directory).absolutePath(),
                           scenario->id,
                           scenario->title,
                           QFileInfo(scenarioFile).absoluteFilePath(),
                           now,
                           {}};
    QSet<QString> folders;
    for (const QString &trainee : trainees) {
        QString folder = PracticeClass::slugOf(trainee);
        for (int n = 2; folders.contains(folder); ++n)
            folder = PracticeClass::slugOf(trainee) + QLatin1Char('-') + QString::number(n);
        folders.insert(folder);
        const TraineeSeat seat{trainee.trimmed(), folder};
        if (auto created = PracticeWorkspace::create(info.workspaceOf(seat), seat.name, json, now);
            !created)
            return created.error();
        if (auto given = giveCannedResponses(info.workspaceOf(seat), canned, now); !given)
            return given.error();
        info.trainees.append(seat);
    }

    QJsonArray seats;
    for (const TraineeSeat &seat : std::as_const(info.trainees))
        seats.append(QJsonObject{{QStringLiteral("name"), seat.name},
                                 {QStringLiteral("folder"), seat.folder}});
    const QJsonObject classJson{
        {QStringLiteral("format"), QStringLiteral("caredesk-practice-class")},
        {QStringLiteral("version"), CLASS_VERSION},
        {QStringLiteral("scenario"), QJsonObject{{QStringLiteral("id"), info.scenarioId},
                                                 {QStringLiteral("title"), info.scenarioTitle},
                                                 {QStringLiteral("source"), info.scenarioSource}}},
        {QStringLiteral("createdAt"), now.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("trainees"), seats}};
    QSaveFile classFile(PracticeClass::classFileIn(directory));
    const QByteArray bytes = QJsonDocument(classJson).toJson(QJsonDocument::Indented);
    if (!classFile.open(QIODevice::WriteOnly) || classFile.write(bytes) != bytes.size() ||
        !classFile.commit())
        return Core::Error{Tr::tr("The class could not be written."),
                           classFile.fileName() + QStringLiteral(": ") + classFile.errorString()};
    return info;
}

} // namespace

QString PracticeClassInfo::workspaceOf(const TraineeSeat &trainee) const
{
    return QDir(directory).absoluteFilePath(trainee.folder);
}

QString PracticeClass::classFileIn(const QString &directory)
{
    return QDir(directory).absoluteFilePath(QStringLiteral("class.json"));
}

QString PracticeClass::slugOf(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug.append(c);
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug.append(QLatin1Char('-'));
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("trainee") : slug.left(40);
}

Core::Result<PracticeClassInfo> PracticeClass::start(const QString &scenarioFile,
                                                     const QStringList &trainees,
                                                     const QString &directory, const QDateTime &now,
                                                     const QString &cannedFrom)
{
    QStringList names;
    for (const QString &trainee : trainees) {
        if (trainee.trimmed().isEmpty())
            return Core::Error{Tr::tr("A trainee needs a name."), {}};
        if (names.contains(trainee.trimmed(), Qt::CaseInsensitive))
            return Core::Error{Tr::tr("%1 is named twice.").arg(trainee.trimmed()), {}};
        names.append(trainee.trimmed());
    }
    if (names.isEmpty())
        return Core::Error{Tr::tr("A practice inbox needs at least one trainee."), {}};
    const bool existed = QFileInfo::exists(directory);
    if (existed && !QDir(directory).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden |
                                            QDir::System))
        return Core::Error{
            Tr::tr("%1 is not empty; a class starts in a new folder.").arg(directory), {}};
    if (!QDir().mkpath(directory))
        return Core::Error{Tr::tr("The class folder could not be created."), directory};
    auto started = startIn(scenarioFile, names, directory, now, cannedFrom);
    if (!started) {
        // Half a class is no class: take back what was made (the folder was new or empty).
        QDir made(directory);
        if (!existed) {
            made.removeRecursively();
        } else {
            for (const QFileInfo &entry : made.entryInfoList(
                     QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
                if (entry.isDir())
                    QDir(entry.absoluteFilePath()).removeRecursively();
                else
                    QFile::remove(entry.absoluteFilePath());
            }
        }
    }
    return started;
}

Core::Result<PracticeClassInfo> PracticeClass::load(const QString &directory)
{
    QFile file(classFileIn(directory));
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{Tr::tr("%1 holds no practice class.").arg(directory),
                           file.errorString()};
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value(QLatin1String("format")).toString() != u"caredesk-practice-class")
        return Core::Error{Tr::tr("%1 holds no practice class.").arg(directory),
                           classFileIn(directory)};
    const QJsonObject scenario = json.value(QLatin1String("scenario")).toObject();
    PracticeClassInfo info{
        QDir(directory).absolutePath(),
        scenario.value(QLatin1String("id")).toString(),
        scenario.value(QLatin1String("title")).toString(),
        scenario.value(QLatin1String("source")).toString(),
        QDateTime::fromString(json.value(QLatin1String("createdAt")).toString(), Qt::ISODate),
        {}};
    const QJsonArray seats = json.value(QLatin1String("trainees")).toArray();
    for (const QJsonValue &seat : seats) {
        const TraineeSeat trainee{seat[u"name"].toString(), seat[u"folder"].toString()};
        if (!confinedToClass(info.directory, trainee.folder))
            return Core::Error{Tr::tr("The class in %1 names a folder outside it for %2; a "
                                      "trainee's folder must be one folder inside the class.")
                                   .arg(directory, trainee.name),
                               trainee.folder};
        info.trainees.append(trainee);
    }
    return info;
}

} // namespace CareDesk::Training

#include "PracticeDesk.h"

#include "Clock.h"
#include "review/ReviewStore.h"
#include "review/Scorecard.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace CareDesk::Training {

PracticeDesk::PracticeDesk(const Core::Clock &clock, QString teamWorkspace, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_teamWorkspace(std::move(teamWorkspace))
{}

PracticeDesk::~PracticeDesk() = default;

QString PracticeDesk::notesFileIn(const QString &workspace)
{
    return QDir(workspace).absoluteFilePath(QStringLiteral("trainer-notes.txt"));
}

void PracticeDesk::fail(const Core::Error &error)
{
    Q_EMIT failed(error);
}

void PracticeDesk::openClass(const QString &directory)
{
    auto info = PracticeClass::load(directory);
    if (!info) {
        fail(info.error());
        return;
    }
    m_classDirectory = directory;
    QList<PracticeReport> reports;
    QStringList notes;
    QList<double> qaPercents;
    for (const TraineeSeat &seat : info.value().trainees) {
        const QString workspace = info.value().workspaceOf(seat);
        auto report = PracticeReport::forWorkspace(workspace);
        if (!report) {
            fail(report.error());
            return;
        }
        reports.append(report.value());
        QFile notesFile(notesFileIn(workspace));
        notes.append(notesFile.open(QIODevice::ReadOnly) ? QString::fromUtf8(notesFile.readAll())
                                                         : QString());
        // Reviews live in the trainee's workspace: the average of what the trainer scored there.
        double qa = -1;
        if (auto db = Storage::Database::open(Storage::Database::fileIn(workspace))) {
            if (auto reviews = Review::ReviewStore(db.value()->connection()).reviews({}, {}, {});
                reviews) {
                double sum = 0;
                int scored = 0;
                for (const Review::QaReview &review : reviews.value()) {
                    if (review.percent() >= 0) {
                        sum += review.percent();
                        ++scored;
                    }
                }
                qa = scored == 0 ? -1 : sum / scored;
            }
        }
        qaPercents.append(qa);
    }
    Q_EMIT classLoaded(info.value(), reports, notes, qaPercents);
}

void PracticeDesk::startClass(const QString &scenarioFile, const QStringList &trainees,
                              const QString &directory)
{
    auto started =
        PracticeClass::start(scenarioFile, trainees, directory, m_clock.now(), m_teamWorkspace);
    if (!started) {
        fail(started.error());
        return;
    }
    openClass(directory);
}

void PracticeDesk::selectTrainee(const QString &workspace)
{
    if (workspace == m_traineeWorkspace && m_trainee)
        return;
    m_trainee.reset();
    m_traineeWorkspace = workspace;
}

Storage::Database *PracticeDesk::trainee()
{
    if (m_trainee || m_traineeWorkspace.isEmpty())
        return m_trainee.get();
    auto db = Storage::Database::open(Storage::Database::fileIn(m_traineeWorkspace));
    if (!db) {
        fail(db.error());
        return nullptr;
    }
    m_trainee = std::move(db).value();
    // Practice runs are scored on the team's own scorecard.
    QList<Review::Criterion> scorecard = Review::defaultCriteria();
    if (auto team = Storage::Database::open(Storage::Database::fileIn(m_teamWorkspace))) {
        if (auto criteria = Review::ReviewStore(team.value()->connection()).criteria();
            criteria && !criteria.value().isEmpty()) {
            scorecard = criteria.value();
            for (Review::Criterion &criterion : scorecard)
                criterion.id = 0; // new rows in the trainee's workspace
        }
    }
    if (auto ensured = Review::ReviewStore(m_trainee->connection()).ensureCriteria(scorecard);
        !ensured)
        fail(ensured.error());
    return m_trainee.get();
}

void PracticeDesk::saveNotes(const QString &workspace, const QString &text)
{
    QSaveFile file(notesFileIn(workspace));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        fail({tr("The notes could not be saved."), file.errorString()});
}

void PracticeDesk::loadTranscripts(const Review::TranscriptFilter &filter)
{
    if (Storage::Database *db = trainee()) {
        auto rows = Review::ReviewStore(db->connection()).transcripts(filter, m_clock.now());
        if (!rows)
            fail(rows.error());
        else
            Q_EMIT transcriptsLoaded(rows.value());
    }
}

void PracticeDesk::loadReviewSheet(qint64 conversationId, const QString &reviewer)
{
    if (Storage::Database *db = trainee()) {
        auto sheet =
            Review::ReviewStore(db->connection()).sheet(conversationId, reviewer, m_clock.now());
        if (!sheet)
            fail(sheet.error());
        else
            Q_EMIT reviewSheetLoaded(sheet.value());
    }
}

void PracticeDesk::saveReview(const Review::QaReview &review)
{
    if (Storage::Database *db = trainee()) {
        if (auto saved = Review::ReviewStore(db->connection()).saveReview(review, m_clock.now());
            !saved)
            fail(saved.error());
        else
            Q_EMIT reviewSaved(review.conversationId, review.percent());
    }
}

void PracticeDesk::saveCriteria(const QList<Review::Criterion> &criteria)
{
    if (Storage::Database *db = trainee())
        if (auto saved = Review::ReviewStore(db->connection()).saveCriteria(criteria); !saved)
            fail(saved.error());
}

void PracticeDesk::buildReport(const QList<qint64> &conversationIds, const QString &reviewer,
                               const QString &title)
{
    if (Storage::Database *db = trainee()) {
        auto report = Review::ReviewStore(db->connection())
                          .report(conversationIds, reviewer, title, m_clock.now());
        if (!report)
            fail(report.error());
        else
            Q_EMIT reportReady(report.value());
    }
}

} // namespace CareDesk::Training

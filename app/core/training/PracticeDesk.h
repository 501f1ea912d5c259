// Training: practice classes, trainees' workspaces, their reports and scenarios from history.
// May use the scenario library, review/, storage/, triage/ and model/.
#pragma once

#include "review/ReviewTypes.h"
#include "training/PracticeClass.h"
#include "training/PracticeReport.h"

#include <QObject>

#include <memory>

namespace CareDesk::Core {
class Clock;
}
namespace CareDesk::Storage {
class Database;
}

namespace CareDesk::Training {

// A practice class and its reports, for the trainer's workspace. Lives on the storage thread
// beside the workspace service, so nothing on the GUI thread waits on a trainee's database.
// The trainer scores a trainee's conversations on the team's scorecard: the same review
// requests as the lead's, answered from the selected trainee's workspace.
class PracticeDesk final : public QObject
{
    Q_OBJECT

public:
    // `teamWorkspace`: the trainer's own workspace, whose scorecard practice runs are scored on.
    PracticeDesk(const Core::Clock &clock, QString teamWorkspace, QObject *parent = nullptr);
    ~PracticeDesk() override;

    void openClass(const QString &directory);
    // Starts a class; the trainees practise with the team's canned responses.
    void startClass(const QString &scenarioFile, const QStringList &trainees,
                    const QString &directory);
    void selectTrainee(const QString &workspace);
    // The trainer's notes on a trainee's run, kept in their practice folder.
    void saveNotes(const QString &workspace, const QString &text);

    void loadTranscripts(const Review::TranscriptFilter &filter);
    void loadReviewSheet(qint64 conversationId, const QString &reviewer);
    void saveReview(const Review::QaReview &review);
    void saveCriteria(const QList<Review::Criterion> &criteria);
    void buildReport(const QList<qint64> &conversationIds, const QString &reviewer,
                     const QString &title);

    static QString notesFileIn(const QString &workspace);

Q_SIGNALS:
    // One report per trainee, in the class's order, with the trainer's notes and the average
    // QA score of their reviewed conversations (-1: none).
    void classLoaded(const CareDesk::Training::PracticeClassInfo &info,
                     const QList<CareDesk::Training::PracticeReport> &reports,
                     const QStringList &notes, const QList<double> &qaPercents);
    void failed(const CareDesk::Core::Error &error);
    void transcriptsLoaded(const QList<CareDesk::Review::TranscriptRow> &rows);
    void reviewSheetLoaded(const CareDesk::Review::ReviewSheet &sheet);
    void reviewSaved(qint64 conversationId, double percent);
    void reportReady(const QString &html);

private:
    void fail(const Core::Error &error);
    // The selected trainee's workspace, its scorecard set to the team's on first use.
    Storage::Database *trainee();

    const Core::Clock &m_clock;
    QString m_teamWorkspace;
    QString m_classDirectory;
    QString m_traineeWorkspace;
    std::unique_ptr<Storage::Database> m_trainee;
};

} // namespace CareDesk::Training

Q_DECLARE_METATYPE(CareDesk::Training::PracticeClassInfo)
Q_DECLARE_METATYPE(CareDesk::Training::PracticeReport)

#pragma once

#include "Result.h"
#include "review/Dashboard.h"
#include "review/ReviewTypes.h"

#include <QObject>
#include <QThread>

namespace CareDesk::Workspace {

class ReportReader;
class TeamSession;
struct WorkspaceContext;

// The team lead's desk: transcripts to read, reviews to save (a team conversation's go to the
// server, where the agent reads them), the scorecard, reports, the dashboard and an agent's own
// reviews. Reading a transcript changes nothing in the conversation: it is not claimed, marked
// or announced to teammates.
class ReviewDesk final : public QObject
{
    Q_OBJECT

public:
    ReviewDesk(WorkspaceContext &context, TeamSession &team, QObject *parent = nullptr);
    ~ReviewDesk() override;

    void loadTranscripts(const Review::TranscriptFilter &filter);
    void loadReviewSheet(qint64 conversationId, const QString &reviewer);
    void saveReview(const Review::QaReview &review);
    void saveCriteria(const QList<Review::Criterion> &criteria);
    // Answered by the report reader's dashboardComputed, on its own thread.
    void loadDashboard(const Review::DashboardPeriod &period);
    // Transcripts with their reviews as one document, for a PDF or HTML file.
    void buildReport(const QList<qint64> &conversationIds, const QString &reviewer,
                     const QString &title);
    // An agent's own reviews, newest first.
    void loadOwnReviews(const QString &agent);

    // Where dashboards are computed; its signals reach their receivers straight from its thread.
    ReportReader *reportReader() const { return m_reader; }

Q_SIGNALS:
    void transcriptsLoaded(const QList<CareDesk::Review::TranscriptRow> &rows);
    // After an empty list: when the workspace's conversations started, so that the lead can be
    // offered a period that holds them.
    void historySpanLoaded(const CareDesk::Review::HistorySpan &span);
    void reviewSheetLoaded(const CareDesk::Review::ReviewSheet &sheet);
    void reviewSaved(qint64 conversationId, double percent);
    void ownReviewsLoaded(const QList<CareDesk::Review::QaReview> &reviews);
    void reportReady(const QString &html);
    void failed(const CareDesk::Core::Error &error);
    void refused(const CareDesk::Core::Error &error);

private:
    void submitToTeam(qint64 serverConversationId, const Review::QaReview &review);
    // A review as the team server sends it, with this workspace's conversation and message ids.
    Review::QaReview reviewFromServer(const QJsonObject &json);

    WorkspaceContext &m_context;
    TeamSession &m_team;
    QThread m_readerThread;
    ReportReader *m_reader = nullptr; // lives on m_readerThread
};

} // namespace CareDesk::Workspace

// Review: a lead's transcript review with the team's scorecard, and an agent's own reviews.
// May use: ui/common, caredesk_core's model and review types and clock, Qt Widgets.
#pragma once

#include "model/Inbox.h"
#include "review/Dashboard.h"
#include "review/ReviewTypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTableWidget;
class QTextBrowser;

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Gui {

class HistoryOffer;

// The team lead's transcript review: filter past conversations, read one on a single
// timeline, and score it against the team's scorecard with comments on its messages. Reading
// here never claims, marks or announces anything.
class ReviewWorkspace final : public QWidget
{
    Q_OBJECT

public:
    // `clock` sets the default review period (the last 30 days) and what "today" is.
    explicit ReviewWorkspace(const Core::Clock &clock, QWidget *parent = nullptr);

    void setReviewer(const QString &name) { m_reviewer = name; }
    void setChannels(const QList<Core::ChannelSummary> &channels, const QStringList &languages);
    void setTranscripts(const QList<Review::TranscriptRow> &rows);
    // After an empty list: when the workspace holds conversations outside the period, the lead
    // is offered their dates.
    void setHistorySpan(const Review::HistorySpan &span);
    void setReviewSheet(const Review::ReviewSheet &sheet);
    void handleReviewSaved(qint64 conversationId, double percent);
    // A report of the transcripts asked for is ready: written where the lead chose.
    void writeReport(const QString &html);

    QTableWidget *list() const { return m_list; }
    QTextBrowser *transcriptView() const { return m_transcript; }
    Review::TranscriptFilter filter() const;
    // The review as filled in on screen.
    Review::QaReview currentReview() const;
    // For tests and screenshots: choose a score and add a comment as a lead would.
    void setScore(int criterionIndex, std::optional<int> score);
    void addComment(qint64 messageId, const QString &text);
    void setSummary(const QString &text);
    void save();
    void refresh();
    // Writes the open transcript (or the whole list) with its review to `path`: PDF when the
    // name ends in .pdf, else HTML.
    void exportTo(const QString &path, bool wholeList);

Q_SIGNALS:
    void transcriptsRequested(const CareDesk::Review::TranscriptFilter &filter);
    void reviewSheetRequested(qint64 conversationId, const QString &reviewer);
    void reviewSaveRequested(const CareDesk::Review::QaReview &review);
    void criteriaSaveRequested(const QList<CareDesk::Review::Criterion> &criteria);
    void reportRequested(const QList<qint64> &conversationIds, const QString &reviewer,
                         const QString &title);

private:
    QWidget *buildTranscriptList(QWidget *parent);
    QFormLayout *buildFilters(QWidget *left);
    void buildTranscriptView(QWidget *parent);
    QScrollArea *buildScorecard(QWidget *parent);
    void connectFilters();
    void connectSheet();
    // Today in the lead's own time zone, by the injected clock.
    QDate today() const;
    void showComments();
    void editScorecard();
    void chooseExportFile(bool wholeList);

    const Core::Clock &m_clock;
    QString m_reviewer;
    QLineEdit *m_agent = nullptr;
    QComboBox *m_channel = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_outcome = nullptr;
    QCheckBox *m_slaBreached = nullptr;
    QCheckBox *m_unreviewed = nullptr;
    QTableWidget *m_list = nullptr;
    QLabel *m_listStatus = nullptr;
    HistoryOffer *m_historyOffer = nullptr;
    QTextBrowser *m_transcript = nullptr;
    QWidget *m_sheetPane = nullptr; // the scorecard, enabled once a transcript is open
    QWidget *m_scorecard = nullptr;
    QList<QComboBox *> m_scores;
    QPlainTextEdit *m_summary = nullptr;
    QListWidget *m_comments = nullptr;
    QLabel *m_commentTarget = nullptr;
    QLineEdit *m_commentText = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_reviewStatus = nullptr;
    Review::ReviewSheet m_sheet;
    QList<Review::ReviewComment> m_commentList;
    qint64 m_commentMessage = 0;
    QList<qint64> m_rowIds;
    QString m_reportPath;
};

} // namespace CareDesk::Gui

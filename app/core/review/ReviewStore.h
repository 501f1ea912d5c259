#pragma once

#include "Result.h"
#include "review/Dashboard.h"
#include "review/ReviewTypes.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace CareDesk::Review {

// SQL for the agent of conversation `c`: its assignee, else whoever last replied to it from
// this desk. The transcript list and the dashboard attribute conversations the same way.
inline constexpr const char *CONVERSATION_AGENT_SQL =
    "COALESCE(NULLIF(c.assignee, ''), (SELECT o.author FROM outbox o WHERE o.conversation_id = c.id"
    " AND o.state = 'sent' ORDER BY o.id DESC LIMIT 1), '')";

// How much of `inserted` the agent rewrote before sending `sent`: 0 unchanged, 1 all new.
// Counted in words, so a changed comma weighs less than a rewritten sentence.
double editRatio(const QString &inserted, const QString &sent);

// Reviews, the scorecard and the transcript list, over one open workspace connection.
// Reading a transcript here changes nothing in the conversation.
class ReviewStore final
{
public:
    explicit ReviewStore(QSqlDatabase db);

    Core::Result<QList<Criterion>> criteria();
    // The criteria as listed, in that order. Criteria left out are retired, not deleted, so
    // past reviews keep theirs.
    Core::Result<void> saveCriteria(const QList<Criterion> &criteria);
    // A workspace without a scorecard gets `defaults`.
    Core::Result<void> ensureCriteria(const QList<Criterion> &defaults);

    Core::Result<QList<TranscriptRow>> transcripts(const TranscriptFilter &filter,
                                                   const QDateTime &now);
    Core::Result<Transcript> transcript(qint64 conversationId, const QDateTime &now);
    // When the workspace's first and last conversations started: two lookups on the
    // conversations_created index, however many it holds.
    Core::Result<HistorySpan> historySpan();
    // Everything the review workspace shows for one conversation; a workspace without a
    // scorecard gets the default one first.
    Core::Result<ReviewSheet> sheet(qint64 conversationId, const QString &reviewer,
                                    const QDateTime &now);
    // Transcripts with `reviewer`'s reviews as one document, for a PDF or HTML file.
    Core::Result<QString> report(const QList<qint64> &conversationIds, const QString &reviewer,
                                 const QString &title, const QDateTime &now);

    // One review per conversation and reviewer: saving again replaces it.
    Core::Result<qint64> saveReview(const QaReview &review, const QDateTime &now);
    Core::Result<std::optional<QaReview>> review(qint64 conversationId, const QString &reviewer);
    // Newest first; an empty agent lists everyone's.
    Core::Result<QList<QaReview>> reviews(const QString &agent, const QDateTime &from,
                                          const QDateTime &to);
    // Per agent over the period, with a weekly series.
    Core::Result<QList<AgentQaResult>> agentResults(const QDateTime &from, const QDateTime &to);

    // Who holds how many unresolved conversations in this workspace, most first.
    Core::Result<QList<AgentLoad>> agentLoads();

    // Each canned response that went out in the reply `clientId`, with how much was changed.
    Core::Result<void> recordCannedUses(qint64 conversationId, const QString &clientId,
                                        const QString &agent, const QList<Core::CannedUse> &uses,
                                        const QString &sentText, const QDateTime &now);
    // The reply was taken back: its canned responses were never sent.
    Core::Result<void> forgetCannedUses(const QString &clientId);

private:
    Core::Result<void> loadReviewParts(QaReview &review);

    QSqlDatabase m_db;
};

} // namespace CareDesk::Review

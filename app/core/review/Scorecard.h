#pragma once

#include "Transcript.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace CareDesk::Triage {
class PiiScanner;
}

namespace CareDesk::Review {

// One line of a team's scorecard.
struct Criterion
{
    qint64 id = 0; // 0: not saved yet
    QString title;
    QString description;
    int weight = 1; // 1-10
    // What CareDesk can judge itself and suggests a score for: "answered", "channel", "pii",
    // "language"; empty for what only a person can judge (tone, resolution).
    QString checkKey;
};

// Scores: 2 met, 1 partly, 0 not met; no value: does not apply to this conversation.
struct CriterionScore
{
    qint64 criterionId = 0;
    QString title; // as it was when the review was written
    int weight = 1;
    std::optional<int> score;
};

// A remark tied to one message of the transcript (or to the whole conversation: messageId 0).
struct ReviewComment
{
    qint64 messageId = 0;
    QString text;
};

struct QaReview
{
    qint64 id = 0;
    qint64 conversationId = 0;
    QString agent; // whose work is reviewed
    QString reviewer;
    QString summary;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<CriterionScore> scores;
    QList<ReviewComment> comments;

    // Weighted share of the points the scored criteria could give, 0-100; -1 when nothing is
    // scored.
    double percent() const;
};

// An agent's reviews over a period.
struct AgentQaResult
{
    QString agent;
    int reviews = 0;
    double averagePercent = -1;
    QList<std::pair<QDate, double>> byWeek; // Monday of each week with reviews -> its average
};

// The scorecard a new workspace starts with; teams edit it in the review workspace.
QList<Criterion> defaultCriteria();

// What CareDesk can tell from the transcript alone, for the criteria that have a check. The
// reviewer sees these as suggestions and decides.
QHash<qint64, std::optional<int>> suggestScores(const Transcript &transcript,
                                                const QList<Criterion> &criteria,
                                                const Triage::PiiScanner &pii);

} // namespace CareDesk::Review

Q_DECLARE_METATYPE(CareDesk::Review::Criterion)
Q_DECLARE_METATYPE(CareDesk::Review::QaReview)
Q_DECLARE_METATYPE(CareDesk::Review::AgentQaResult)

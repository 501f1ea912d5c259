#include "ReviewStore.h"

#include "TranscriptReport.h"
#include "storage/ShareStore.h"
#include "storage/TranslationStore.h"
#include "storage/WorkspaceStore.h"
#include "triage/PiiScanner.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace CareDesk::Review {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Review::ReviewStore)
};

Error readError(const QSqlQuery &query)
{
    return Error{Tr::tr("The reviews could not be read."), query.lastError().text()};
}

Error saveError(const QSqlQuery &query)
{
    return Error{Tr::tr("The review could not be saved."), query.lastError().text()};
}

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// An actionable conversation answered after its SLA, or not answered and past it.
const char *const SLA_BREACHED_SQL =
    "(c.actionable = 1 AND ((c.first_response_at IS NOT NULL AND c.first_response_at > c.sla_due)"
    " OR (c.first_response_at IS NULL AND c.status != 'resolved' AND c.sla_due < :now)))";

} // namespace

double editRatio(const QString &inserted, const QString &sent)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList a = inserted.split(space, Qt::SkipEmptyParts);
    const QStringList b = sent.split(space, Qt::SkipEmptyParts);
    if (a.isEmpty() && b.isEmpty())
        return 0;
    // Word-level Levenshtein distance over two rows.
    std::vector<int> previous(b.size() + 1), current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return double(previous[b.size()]) / std::max(a.size(), b.size());
}

ReviewStore::ReviewStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<Criterion>> ReviewStore::criteria()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT id, title, description, weight, check_key FROM scorecard_criteria"
            " WHERE retired = 0 ORDER BY position, id")))
        return readError(query);
    QList<Criterion> criteria;
    while (query.next())
        criteria.append({query.value(0).toLongLong(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toInt(),
                         query.value(4).toString()});
    return criteria;
}

Result<void> ReviewStore::saveCriteria(const QList<Criterion> &criteria)
{
    for (const Criterion &criterion : criteria)
        if (criterion.title.trimmed().isEmpty() || criterion.weight < 1 || criterion.weight > 10)
            return Error{Tr::tr("Every criterion needs a title and a weight from 1 to 10."),
                         QString()};
    if (!m_db.transaction())
        return Error{Tr::tr("The scorecard could not be saved."), m_db.lastError().text()};
    const auto fail = [this](const QSqlQuery &query) -> Result<void> {
        m_db.rollback();
        return Error{Tr::tr("The scorecard could not be saved."), query.lastError().text()};
    };
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("UPDATE scorecard_criteria SET retired = 1")))
        return fail(query);
    for (int position = 0; position < criteria.size(); ++position) {
        const Criterion &criterion = criteria[position];
        if (criterion.id != 0) {
            query.prepare(QStringLiteral(
                "UPDATE scorecard_criteria SET title = ?, description = ?, weight = ?,"
                " check_key = ?, position = ?, retired = 0 WHERE id = ?"));
        } else {
            query.prepare(QStringLiteral(
                "INSERT INTO scorecard_criteria(title, description, weight, check_key, position)"
                " VALUES(?, ?, ?, ?, ?)"));
        }
        query.addBindValue(criterion.title.trimmed());
        query.addBindValue(criterion.description.isNull() ? QStringLiteral("")
                                                          : criterion.description);
        query.addBindValue(criterion.weight);
        query.addBindValue(criterion.checkKey.isNull() ? QStringLiteral("") : criterion.checkKey);
        query.addBindValue(position);
        if (criterion.id != 0)
            query.addBindValue(criterion.id);
        if (!query.exec())
            return fail(query);
    }
    if (!m_db.commit())
        return Error{Tr::tr("The scorecard could not be saved."), m_db.lastError().text()};
    return {};
}

Result<void> ReviewStore::ensureCriteria(const QList<Criterion> &defaults)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM scorecard_criteria")) || !query.next())
        return readError(query);
    if (query.value(0).toInt() > 0)
        return {};
    return saveCriteria(defaults);
}

Result<QList<TranscriptRow>> ReviewStore::transcripts(const TranscriptFilter &filter,
                                                      const QDateTime &now)
{
    QStringList where{QStringLiteral("1 = 1")};
    QVariantMap values{{QStringLiteral(":now"), now.toMSecsSinceEpoch()}};
    const auto narrow = [&](const QString &condition, const QString &name, const QVariant &value) {
        where.append(condition);
        values.insert(name, value);
    };
    if (!filter.agent.isEmpty())
        narrow(QString::fromLatin1(CONVERSATION_AGENT_SQL) + QStringLiteral(" = :agent"),
               QStringLiteral(":agent"), filter.agent);
    if (filter.channelId != 0)
        narrow(QStringLiteral("c.channel_id = :channel"), QStringLiteral(":channel"),
               filter.channelId);
    if (filter.from.isValid())
        narrow(QStringLiteral("c.created_at >= :from"), QStringLiteral(":from"),
               filter.from.toMSecsSinceEpoch());
    if (filter.to.isValid())
        narrow(QStringLiteral("c.created_at < :to"), QStringLiteral(":to"),
               filter.to.toMSecsSinceEpoch());
    if (!filter.category.isEmpty())
        narrow(QStringLiteral("c.category = :category"), QStringLiteral(":category"),
               filter.category);
    if (!filter.language.isEmpty())
        narrow(QStringLiteral("c.language = :language"), QStringLiteral(":language"),
               filter.language);
    if (filter.outcome == TranscriptFilter::Outcome::Resolved)
        where.append(QStringLiteral("c.status = 'resolved'"));
    else if (filter.outcome == TranscriptFilter::Outcome::Unresolved)
        where.append(QStringLiteral("c.status != 'resolved'"));
    if (filter.slaBreachedOnly)
        where.append(QString::fromLatin1(SLA_BREACHED_SQL));
    if (filter.unreviewedOnly)
        where.append(
            QStringLiteral("NOT EXISTS (SELECT 1 FROM reviews r WHERE r.conversation_id = c.id)"));

    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral(
            "SELECT c.id, c.created_at, ch.name, COALESCE(cu.display_name, ''), %1, c.category, "
            "c.language, c.status,"
            " CASE WHEN c.first_response_at IS NULL THEN -1"
            "   ELSE (c.first_response_at - COALESCE((SELECT MIN(m.created_at) FROM messages m"
            "     WHERE m.conversation_id = c.id AND m.direction = 'in'), c.created_at)) / 1000 "
            "END,"
            " %2, (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id),"
            " (SELECT r.id FROM reviews r WHERE r.conversation_id = c.id ORDER BY r.updated_at "
            "DESC LIMIT 1)"
            " FROM conversations c JOIN channels ch ON ch.id = c.channel_id"
            " LEFT JOIN customers cu ON cu.id = c.customer_id"
            " WHERE %3 ORDER BY c.created_at DESC, c.id DESC LIMIT :limit")
            .arg(QString::fromLatin1(CONVERSATION_AGENT_SQL), QString::fromLatin1(SLA_BREACHED_SQL),
                 where.join(QStringLiteral(" AND "))));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    query.bindValue(QStringLiteral(":limit"), std::max(1, filter.limit));
    if (!query.exec())
        return readError(query);
    QList<TranscriptRow> rows;
    QList<qint64> reviewIds;
    while (query.next()) {
        TranscriptRow row;
        row.conversationId = query.value(0).toLongLong();
        row.startedAt = fromMs(query.value(1));
        row.channelName = query.value(2).toString();
        row.customerName = query.value(3).toString();
        row.agent = query.value(4).toString();
        row.category = query.value(5).toString();
        row.language = query.value(6).toString();
        row.status = Core::conversationStatusFromString(query.value(7).toString());
        row.firstResponseSecs = query.value(8).toLongLong();
        row.slaBreached = query.value(9).toBool();
        row.messageCount = query.value(10).toInt();
        rows.append(row);
        reviewIds.append(query.value(11).isNull() ? 0 : query.value(11).toLongLong());
    }
    for (int i = 0; i < rows.size(); ++i) {
        if (reviewIds[i] == 0)
            continue;
        QaReview review;
        review.id = reviewIds[i];
        if (auto parts = loadReviewParts(review); !parts)
            return parts.error();
        rows[i].reviewPercent = review.percent();
    }
    return rows;
}

Result<HistorySpan> ReviewStore::historySpan()
{
    // Each MIN and MAX in a subquery of its own: together in one SELECT, SQLite scans.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT (SELECT MIN(created_at) FROM conversations),"
                                   " (SELECT MAX(created_at) FROM conversations)")) ||
        !query.next())
        return readError(query);
    return HistorySpan{fromMs(query.value(0)), fromMs(query.value(1))};
}

Result<Transcript> ReviewStore::transcript(qint64 conversationId, const QDateTime &now)
{
    auto conversation = Storage::WorkspaceStore(m_db).conversation(conversationId);
    if (!conversation)
        return conversation.error();
    if (auto sent = Storage::TranslationStore(m_db).attachSentTranslations(conversation.value());
        !sent)
        return sent.error();
    if (auto shares = Storage::ShareStore(m_db).sharesOf(conversationId); !shares)
        return shares.error();
    else
        conversation.value().shares = shares.value();
    // The conversation's own changes and those of its messages (marked answered, dismissed...).
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT at, actor, action, detail, entity, entity_id FROM audit_events"
                       " WHERE (entity = 'conversation' AND entity_id = :id)"
                       "    OR (entity = 'message' AND entity_id IN (SELECT id FROM messages WHERE "
                       "conversation_id = :id))"
                       " ORDER BY at, id"));
    query.bindValue(QStringLiteral(":id"), conversationId);
    if (!query.exec())
        return readError(query);
    QList<Storage::AuditEvent> audit;
    while (query.next())
        audit.append({fromMs(query.value(0)), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toString(),
                      query.value(5).toLongLong()});
    return buildTranscript(conversation.value(), audit, now);
}

Result<ReviewSheet> ReviewStore::sheet(qint64 conversationId, const QString &reviewer,
                                       const QDateTime &now)
{
    auto loaded = transcript(conversationId, now);
    if (!loaded)
        return loaded.error();
    if (auto ensured = ensureCriteria(defaultCriteria()); !ensured)
        return ensured.error();
    auto scorecard = criteria();
    if (!scorecard)
        return scorecard.error();
    auto existing = review(conversationId, reviewer);
    if (!existing)
        return existing.error();
    ReviewSheet sheet;
    sheet.transcript = loaded.value();
    sheet.criteria = scorecard.value();
    sheet.review = existing.value().value_or(QaReview{});
    sheet.review.conversationId = conversationId;
    sheet.review.reviewer = reviewer;
    if (sheet.review.agent.isEmpty())
        sheet.review.agent = sheet.transcript.agent;
    sheet.suggested = suggestScores(sheet.transcript, sheet.criteria, Triage::PiiScanner());
    return sheet;
}

Result<QString> ReviewStore::report(const QList<qint64> &conversationIds, const QString &reviewer,
                                    const QString &title, const QDateTime &now)
{
    QStringList sections;
    for (qint64 id : conversationIds) {
        auto loaded = transcript(id, now);
        if (!loaded)
            return loaded.error();
        auto existing = review(id, reviewer);
        if (!existing)
            return existing.error();
        sections.append(transcriptReportHtml(
            loaded.value(), existing.value() ? &*existing.value() : nullptr, false));
    }
    return transcriptReportDocument(title, sections);
}

Result<qint64> ReviewStore::saveReview(const QaReview &review, const QDateTime &now)
{
    if (review.reviewer.isEmpty())
        return Error{Tr::tr("A review needs the reviewer's name."), QString()};
    if (!m_db.transaction())
        return Error{Tr::tr("The review could not be saved."), m_db.lastError().text()};
    const auto fail = [this](const QSqlQuery &query) -> Result<qint64> {
        m_db.rollback();
        return saveError(query);
    };
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO reviews(conversation_id, agent, reviewer, summary, "
                                 "created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?)"
                                 " ON CONFLICT(conversation_id, reviewer) DO UPDATE SET agent = "
                                 "excluded.agent, summary = excluded.summary,"
                                 " updated_at = excluded.updated_at RETURNING id"));
    query.addBindValue(review.conversationId);
    query.addBindValue(review.agent.isNull() ? QStringLiteral("") : review.agent);
    query.addBindValue(review.reviewer);
    query.addBindValue(review.summary.isNull() ? QStringLiteral("") : review.summary);
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec() || !query.next())
        return fail(query);
    const qint64 reviewId = query.value(0).toLongLong();
    query.finish();
    for (const QString &table :
         {QStringLiteral("review_scores"), QStringLiteral("review_comments")}) {
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE review_id = ?").arg(table));
        query.addBindValue(reviewId);
        if (!query.exec())
            return fail(query);
    }
    for (const CriterionScore &score : review.scores) {
        if (score.score && (*score.score < 0 || *score.score > 2)) {
            m_db.rollback();
            return Error{Tr::tr("A score is 0 (not met), 1 (partly) or 2 (met)."), QString()};
        }
        query.prepare(QStringLiteral(
            "INSERT INTO review_scores(review_id, criterion_id, title, weight, score)"
            " VALUES(?, ?, ?, ?, ?)"));
        query.addBindValue(reviewId);
        query.addBindValue(score.criterionId);
        query.addBindValue(score.title);
        query.addBindValue(score.weight);
        query.addBindValue(score.score ? QVariant(*score.score)
                                       : QVariant(QMetaType::fromType<int>()));
        if (!query.exec())
            return fail(query);
    }
    for (const ReviewComment &comment : review.comments) {
        if (comment.text.trimmed().isEmpty())
            continue;
        query.prepare(QStringLiteral(
            "INSERT INTO review_comments(review_id, message_id, text) VALUES(?, ?, ?)"));
        query.addBindValue(reviewId);
        query.addBindValue(comment.messageId == 0 ? QVariant(QMetaType::fromType<qint64>())
                                                  : QVariant(comment.messageId));
        query.addBindValue(comment.text.trimmed());
        if (!query.exec())
            return fail(query);
    }
    if (!m_db.commit())
        return Error{Tr::tr("The review could not be saved."), m_db.lastError().text()};
    return reviewId;
}

Result<void> ReviewStore::loadReviewParts(QaReview &review)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT criterion_id, title, weight, score FROM review_scores WHERE review_id = ?"
        " ORDER BY rowid"));
    query.addBindValue(review.id);
    if (!query.exec())
        return readError(query);
    review.scores.clear();
    while (query.next()) {
        CriterionScore score{
            query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt(), {}};
        if (!query.value(3).isNull())
            score.score = query.value(3).toInt();
        review.scores.append(score);
    }
    query.prepare(QStringLiteral("SELECT COALESCE(message_id, 0), text FROM review_comments WHERE "
                                 "review_id = ? ORDER BY id"));
    query.addBindValue(review.id);
    if (!query.exec())
        return readError(query);
    review.comments.clear();
    while (query.next())
        review.comments.append({query.value(0).toLongLong(), query.value(1).toString()});
    return {};
}

Result<std::optional<QaReview>> ReviewStore::review(qint64 conversationId, const QString &reviewer)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, agent, summary, created_at, updated_at FROM reviews"
                                 " WHERE conversation_id = ? AND reviewer = ?"));
    query.addBindValue(conversationId);
    query.addBindValue(reviewer);
    if (!query.exec())
        return readError(query);
    if (!query.next())
        return std::optional<QaReview>();
    QaReview review;
    review.id = query.value(0).toLongLong();
    review.conversationId = conversationId;
    review.agent = query.value(1).toString();
    review.reviewer = reviewer;
    review.summary = query.value(2).toString();
    review.createdAt = fromMs(query.value(3));
    review.updatedAt = fromMs(query.value(4));
    if (auto parts = loadReviewParts(review); !parts)
        return parts.error();
    return std::optional<QaReview>(review);
}

Result<QList<QaReview>> ReviewStore::reviews(const QString &agent, const QDateTime &from,
                                             const QDateTime &to)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id, conversation_id, agent, reviewer, summary, created_at, updated_at FROM reviews"
        " WHERE (:agent = '' OR agent = :agent) AND updated_at >= :from AND updated_at < :to"
        " ORDER BY updated_at DESC, id DESC"));
    query.bindValue(QStringLiteral(":agent"), agent.isNull() ? QStringLiteral("") : agent);
    query.bindValue(QStringLiteral(":from"),
                    from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    query.bindValue(QStringLiteral(":to"),
                    to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    if (!query.exec())
        return readError(query);
    QList<QaReview> reviews;
    while (query.next()) {
        QaReview review;
        review.id = query.value(0).toLongLong();
        review.conversationId = query.value(1).toLongLong();
        review.agent = query.value(2).toString();
        review.reviewer = query.value(3).toString();
        review.summary = query.value(4).toString();
        review.createdAt = fromMs(query.value(5));
        review.updatedAt = fromMs(query.value(6));
        reviews.append(review);
    }
    for (QaReview &review : reviews)
        if (auto parts = loadReviewParts(review); !parts)
            return parts.error();
    return reviews;
}

Result<QList<AgentQaResult>> ReviewStore::agentResults(const QDateTime &from, const QDateTime &to)
{
    auto all = reviews(QString(), from, to);
    if (!all)
        return all.error();
    // agent -> week -> percentages
    QMap<QString, QMap<QDate, QList<double>>> byAgent;
    for (const QaReview &review : all.value()) {
        const double percent = review.percent();
        if (percent < 0)
            continue;
        const QDate day = review.updatedAt.toUTC().date();
        byAgent[review.agent][day.addDays(1 - day.dayOfWeek())].append(percent);
    }
    QList<AgentQaResult> results;
    for (auto agent = byAgent.cbegin(); agent != byAgent.cend(); ++agent) {
        AgentQaResult result;
        result.agent = agent.key();
        double sum = 0;
        for (auto week = agent->cbegin(); week != agent->cend(); ++week) {
            double weekSum = 0;
            for (double percent : week.value())
                weekSum += percent;
            result.byWeek.append({week.key(), weekSum / week->size()});
            sum += weekSum;
            result.reviews += int(week->size());
        }
        result.averagePercent = sum / result.reviews;
        results.append(result);
    }
    return results;
}

Result<void> ReviewStore::recordCannedUses(qint64 conversationId, const QString &clientId,
                                           const QString &agent, const QList<Core::CannedUse> &uses,
                                           const QString &sentText, const QDateTime &now)
{
    QSqlQuery query(m_db);
    for (const Core::CannedUse &use : uses) {
        query.prepare(QStringLiteral(
            "INSERT INTO canned_uses(response_id, title, conversation_id, client_id, agent,"
            " inserted_text, sent_text, edit_ratio, at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(use.responseId == 0 ? QVariant(QMetaType::fromType<qint64>())
                                               : QVariant(use.responseId));
        query.addBindValue(use.title.isNull() ? QStringLiteral("") : use.title);
        query.addBindValue(conversationId);
        query.addBindValue(clientId);
        query.addBindValue(agent.isNull() ? QStringLiteral("") : agent);
        query.addBindValue(use.insertedText);
        query.addBindValue(sentText);
        // With several snippets in one reply, a snippet found whole in it went out unchanged;
        // otherwise it is compared with the whole reply.
        query.addBindValue(uses.size() == 1 || !sentText.contains(use.insertedText)
                               ? editRatio(use.insertedText, sentText)
                               : 0.0);
        query.addBindValue(now.toMSecsSinceEpoch());
        if (!query.exec())
            return saveError(query);
    }
    return {};
}

Result<QList<AgentLoad>> ReviewStore::agentLoads()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT assignee, COUNT(*) FROM conversations WHERE status != "
                                   "'resolved' AND assignee != ''"
                                   " GROUP BY assignee ORDER BY COUNT(*) DESC, assignee")))
        return readError(query);
    QList<AgentLoad> loads;
    while (query.next())
        loads.append({query.value(0).toString(), QString(), query.value(1).toInt(), -1});
    return loads;
}

Result<void> ReviewStore::forgetCannedUses(const QString &clientId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM canned_uses WHERE client_id = ?"));
    query.addBindValue(clientId);
    if (!query.exec())
        return saveError(query);
    return {};
}

} // namespace CareDesk::Review

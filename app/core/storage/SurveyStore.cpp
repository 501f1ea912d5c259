#include "SurveyStore.h"

#include "AgentActions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace CareDesk::Storage {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Storage::SurveyStore)
};

Error surveyError(const QString &detail)
{
    return Error{Tr::tr("The satisfaction survey could not be recorded."), detail};
}

QDateTime utc(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

} // namespace

SurveyStore::SurveyStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<SurveyCandidate> SurveyStore::candidate(qint64 conversationId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT ch.plugin_id, ch.platform, ch.settings, c.language, c.category, cu.display_name,"
        " EXISTS(SELECT 1 FROM surveys s WHERE s.conversation_id = c.id),"
        " (SELECT max(s.queued_at) FROM surveys s JOIN conversations o"
        "  ON o.id = s.conversation_id WHERE o.customer_id = c.customer_id)"
        " FROM conversations c JOIN channels ch ON ch.id = c.channel_id"
        " JOIN customers cu ON cu.id = c.customer_id WHERE c.id = ?"));
    query.addBindValue(conversationId);
    if (!query.exec())
        return surveyError(query.lastError().text());
    if (!query.next())
        return Error{Tr::tr("The conversation no longer exists."), QString::number(conversationId)};
    SurveyCandidate candidate;
    candidate.conversationId = conversationId;
    candidate.pluginId = query.value(0).toString();
    candidate.platform = query.value(1).toString();
    candidate.channelSettings = query.value(2).toString();
    candidate.language = query.value(3).toString();
    candidate.category = query.value(4).toString();
    candidate.customerName = query.value(5).toString();
    candidate.surveyed = query.value(6).toBool();
    candidate.customerLastAsked = utc(query.value(7));
    return candidate;
}

Result<bool> SurveyStore::recordQueued(qint64 conversationId, Surveys::SurveyKind kind,
                                       const QString &agent, const QString &category,
                                       const QString &clientId, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO surveys(conversation_id, kind, agent,"
                                 " category, client_id, queued_at) VALUES(?, ?, ?, ?, ?, ?)"));
    query.addBindValue(conversationId);
    query.addBindValue(Surveys::toString(kind));
    query.addBindValue(agent.isNull() ? QStringLiteral("") : agent);
    query.addBindValue(category.isNull() ? QStringLiteral("") : category);
    query.addBindValue(clientId);
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec())
        return surveyError(query.lastError().text());
    if (query.numRowsAffected() == 0)
        return false;
    if (auto audited = AgentActions(m_db).audit(QStringLiteral("conversation"), conversationId,
                                                QStringLiteral("survey"), agent,
                                                {{QStringLiteral("to"), QStringLiteral("asked")},
                                                 {QStringLiteral("kind"), Surveys::toString(kind)}},
                                                now);
        !audited)
        return audited.error();
    return true;
}

Result<QList<WaitingSurvey>> SurveyStore::waiting(const QDateTime &since)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT s.id, s.conversation_id, s.kind, o.updated_at FROM surveys s"
        " JOIN outbox o ON o.client_id = s.client_id"
        " WHERE s.answered_at IS NULL AND o.state = 'sent' AND o.updated_at >= ? ORDER BY s.id"));
    query.addBindValue(since.toMSecsSinceEpoch());
    if (!query.exec())
        return surveyError(query.lastError().text());
    QList<WaitingSurvey> surveys;
    while (query.next())
        surveys.append(
            {query.value(0).toLongLong(), query.value(1).toLongLong(),
             Surveys::kindFromString(query.value(2).toString()).value_or(Surveys::SurveyKind::Csat),
             utc(query.value(3))});
    return surveys;
}

Result<std::optional<SurveyReply>> SurveyStore::firstReplyTo(const WaitingSurvey &survey)
{
    // The customer's next private message on the survey's channel, wherever ingest put it.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT m.id, m.conversation_id, m.text FROM conversations s"
        " JOIN conversations c ON c.customer_id = s.customer_id AND c.channel_id = s.channel_id"
        " JOIN messages m ON m.conversation_id = c.id"
        " WHERE s.id = ? AND m.direction = 'in' AND m.visibility = 'private'"
        " AND m.created_at >= ? ORDER BY m.created_at, m.id LIMIT 1"));
    query.addBindValue(survey.conversationId);
    query.addBindValue(survey.askedAt.toMSecsSinceEpoch());
    if (!query.exec())
        return surveyError(query.lastError().text());
    if (!query.next())
        return std::optional<SurveyReply>();
    return std::optional<SurveyReply>(SurveyReply{
        query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString()});
}

Result<void> SurveyStore::recordReply(const WaitingSurvey &survey, const SurveyReply &reply,
                                      const std::optional<Surveys::SurveyAnswer> &answer,
                                      bool detractor, const QDateTime &now)
{
    if (!m_db.transaction())
        return surveyError(m_db.lastError().text());
    QSqlQuery step(m_db);
    const auto run = [&](const QString &sql, const QVariantList &values) {
        step.prepare(sql);
        for (const QVariant &value : values)
            step.addBindValue(value);
        return step.exec();
    };
    const qint64 nowMs = now.toMSecsSinceEpoch();
    // A detractor's follow-up is the surveyed conversation itself.
    const bool resolveAgain = !detractor || reply.conversationId != survey.conversationId;
    bool done = run(QStringLiteral("UPDATE surveys SET answered_at = ?, score = ?, comment = ?,"
                                   " answer_message_id = ?, follow_up = ? WHERE id = ?"),
                    {nowMs, answer ? QVariant(answer->score) : QVariant(),
                     answer ? answer->comment : QStringLiteral(""), reply.messageId,
                     detractor ? QStringLiteral("open") : QStringLiteral(""), survey.id});
    if (done && answer) {
        // The answer needs no reply. The conversation it reopened is resolved again, unless
        // the customer wrote something else there or is unhappy: then it stays open.
        done =
            run(QStringLiteral("UPDATE messages SET addressed = 'acknowledged' WHERE id = ?"),
                {reply.messageId}) &&
            (!resolveAgain ||
             run(QStringLiteral("UPDATE conversations SET status = 'resolved', updated_at = ?,"
                                " resolved_at = coalesce(resolved_at, ?) WHERE id = ?"
                                " AND status <> 'resolved' AND NOT EXISTS(SELECT 1 FROM messages m"
                                " WHERE m.conversation_id = conversations.id AND m.direction = 'in'"
                                " AND m.addressed = 'open')"),
                 {nowMs, nowMs, reply.conversationId})) &&
            (!detractor ||
             run(QStringLiteral("UPDATE conversations SET status = 'open', updated_at = ?"
                                " WHERE id = ?"),
                 {nowMs, survey.conversationId}));
    }
    if (!done) {
        const QString why = step.lastError().text();
        m_db.rollback();
        return surveyError(why);
    }
    QJsonObject detail{{QStringLiteral("to"),
                        answer ? QStringLiteral("answered") : QStringLiteral("not answered")},
                       {QStringLiteral("kind"), Surveys::toString(survey.kind)}};
    if (answer)
        detail.insert(QStringLiteral("score"), answer->score);
    if (auto audited =
            AgentActions(m_db).audit(QStringLiteral("conversation"), survey.conversationId,
                                     QStringLiteral("survey"), QString(), detail, now);
        !audited) {
        m_db.rollback();
        return audited.error();
    }
    if (!m_db.commit())
        return surveyError(m_db.lastError().text());
    return {};
}

Result<std::optional<Core::SurveyRecord>> SurveyStore::surveyOf(qint64 conversationId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT s.kind, s.agent, coalesce(o.state, nullif(s.delivery, ''), 'failed'),"
        " s.queued_at, s.answered_at,"
        " s.score, s.comment, s.follow_up, s.client_id, coalesce(s.answer_message_id, 0)"
        " FROM surveys s"
        " LEFT JOIN outbox o ON o.client_id = s.client_id WHERE s.conversation_id = ?"));
    query.addBindValue(conversationId);
    if (!query.exec())
        return Error{Tr::tr("The satisfaction survey could not be read."),
                     query.lastError().text()};
    if (!query.next())
        return std::optional<Core::SurveyRecord>();
    Core::SurveyRecord survey;
    survey.kind = query.value(0).toString();
    survey.agent = query.value(1).toString();
    survey.delivery = query.value(2).toString();
    survey.askedAt = utc(query.value(3));
    survey.answeredAt = utc(query.value(4));
    if (!query.value(5).isNull()) {
        survey.score = query.value(5).toInt();
        const auto kind = Surveys::kindFromString(survey.kind).value_or(Surveys::SurveyKind::Csat);
        survey.detractor = Surveys::standingOf(kind, *survey.score) == Surveys::Standing::Detractor;
    }
    survey.comment = query.value(6).toString();
    survey.followUpOpen = query.value(7).toString() == u"open";
    survey.clientId = query.value(8).toString();
    survey.answerMessageId = query.value(9).toLongLong();
    return std::optional<Core::SurveyRecord>(survey);
}

Result<bool> SurveyStore::closeFollowUp(qint64 conversationId, const QString &lead)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE surveys SET follow_up = 'closed', follow_up_closed_by = ?"
                                 " WHERE conversation_id = ? AND follow_up = 'open'"));
    query.addBindValue(lead.isNull() ? QStringLiteral("") : lead);
    query.addBindValue(conversationId);
    if (!query.exec())
        return surveyError(query.lastError().text());
    return query.numRowsAffected() > 0;
}

} // namespace CareDesk::Storage

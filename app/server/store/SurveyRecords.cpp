#include "SurveyRecords.h"

#include "ChangeFeed.h"
#include "StoreSql.h"

#include "server/ServerDatabase.h"

#include <QDateTime>

namespace CareDesk::Server {

using Core::Result;
using namespace StoreSql;

SurveyRecords::SurveyRecords(ServerDatabase &database, ChangeFeed &feed)
    : m_database(database)
    , m_feed(feed)
{}

Result<void> SurveyRecords::recordAsked(const Asked &asked, qint64 nowMs)
{
    auto written = inWrite<bool>(m_database, [&]() -> Result<bool> {
        QSqlDatabase &db = m_database.connection();
        auto inserted = run(
            db,
            QStringLiteral("INSERT INTO surveys(team_id, conversation_id, kind, agent_name,"
                           " channel, category, client_id, asked_at)"
                           " SELECT team_id, id, ?, ?, channel, category, ?, ? FROM conversations"
                           " WHERE id = ? AND team_id = ? ON CONFLICT DO NOTHING"),
            {Surveys::toString(asked.kind), asked.agentName, asked.clientId, nowMs,
             asked.conversationId, asked.teamId});
        if (!inserted)
            return inserted.error();
        if (auto changed = m_feed.conversationChanged(asked.teamId, asked.conversationId, nowMs);
            !changed)
            return changed.error();
        return true;
    });
    if (!written)
        return written.error();
    return {};
}

Result<qint64> SurveyRecords::recordAnswer(const Answer &answer, qint64 nowMs)
{
    return inWrite<qint64>(m_database, [&]() -> Result<qint64> {
        QSqlDatabase &db = m_database.connection();
        auto found =
            run(db, QStringLiteral("SELECT id, team_id FROM conversations WHERE source_id = ?"),
                {answer.sourceConversationId});
        if (!found)
            return found.error();
        if (!found.value().next())
            return qint64(0);
        const qint64 conversationId = found.value().value(0).toLongLong();
        const qint64 teamId = found.value().value(1).toLongLong();
        auto marked =
            run(db,
                QStringLiteral("UPDATE messages SET addressed = 'acknowledged' WHERE source_id = ?"
                               " AND addressed = 'open' RETURNING id"),
                {answer.sourceMessageId});
        if (!marked)
            return marked.error();
        const bool acknowledged = marked.value().next();
        const qint64 messageId = acknowledged ? marked.value().value(0).toLongLong() : 0;
        for (const auto &[sql, values] :
             {std::pair{QStringLiteral("UPDATE surveys SET answered_at = ?, score = ?,"
                                       " comment = ?, follow_up = ? WHERE conversation_id = ?"),
                        QVariantList{nowMs, answer.score, answer.comment,
                                     answer.detractor ? QStringLiteral("open") : QStringLiteral(""),
                                     conversationId}},
              std::pair{QStringLiteral("UPDATE conversations SET status = ?,"
                                       " unaddressed = CASE WHEN unaddressed > ? THEN"
                                       " unaddressed - ? ELSE 0 END WHERE id = ?"),
                        QVariantList{answer.status, acknowledged ? 0 : 1, acknowledged ? 1 : 0,
                                     conversationId}}})
            if (auto updated = run(db, sql, values); !updated)
                return updated.error();
        if (auto changed = m_feed.conversationChanged(teamId, conversationId, nowMs); !changed)
            return changed.error();
        if (acknowledged)
            if (auto changed = m_feed.messageChanged(teamId, messageId, nowMs); !changed)
                return changed.error();
        return teamId;
    });
}

Result<void> SurveyRecords::closeFollowUp(qint64 conversationId)
{
    auto closed = run(m_database.connection(),
                      QStringLiteral("UPDATE surveys SET follow_up = 'closed'"
                                     " WHERE conversation_id = ? AND follow_up = 'open'"),
                      {conversationId});
    if (!closed)
        return closed.error();
    return {};
}

Result<QList<std::pair<QString, QString>>> SurveyRecords::unsettled()
{
    auto found = run(m_database.connection(),
                     QStringLiteral("SELECT client_id, delivery FROM surveys"
                                    " WHERE delivery IN ('queued', 'sending', 'uncertain')"));
    if (!found)
        return found.error();
    QList<std::pair<QString, QString>> entries;
    while (found.value().next())
        entries.append({found.value().value(0).toString(), found.value().value(1).toString()});
    return entries;
}

Result<qint64> SurveyRecords::setDelivery(const QString &clientId, const QString &state,
                                          qint64 nowMs)
{
    return inWrite<qint64>(m_database, [&]() -> Result<qint64> {
        QSqlDatabase &db = m_database.connection();
        auto set = run(db,
                       QStringLiteral("UPDATE surveys SET delivery = ? WHERE client_id = ?"
                                      " RETURNING team_id, conversation_id"),
                       {state, clientId});
        if (!set)
            return set.error();
        if (!set.value().next())
            return qint64(0);
        const qint64 teamId = set.value().value(0).toLongLong();
        const qint64 conversationId = set.value().value(1).toLongLong();
        // The desks show whether the question went out (or could not).
        if (auto changed = m_feed.conversationChanged(teamId, conversationId, nowMs); !changed)
            return changed.error();
        return teamId;
    });
}

Result<QList<Surveys::SurveyOutcome>> SurveyRecords::outcomes(qint64 teamId, qint64 fromMs,
                                                              qint64 toMs)
{
    auto found = run(m_database.connection(),
                     QStringLiteral("SELECT kind, delivery, score, agent_name, channel, category,"
                                    " asked_at FROM surveys WHERE team_id = ? AND asked_at >= ?"
                                    " AND asked_at < ? ORDER BY asked_at"),
                     {teamId, fromMs, toMs});
    if (!found)
        return found.error();
    QList<Surveys::SurveyOutcome> outcomes;
    QSqlQuery &q = found.value();
    while (q.next()) {
        Surveys::SurveyOutcome outcome;
        outcome.kind =
            Surveys::kindFromString(q.value(0).toString()).value_or(Surveys::SurveyKind::Csat);
        outcome.sent = q.value(1).toString() == u"sent";
        if (!q.value(2).isNull())
            outcome.score = q.value(2).toInt();
        outcome.agent = q.value(3).toString();
        outcome.channel = q.value(4).toString();
        outcome.category = q.value(5).toString();
        outcome.askedAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
        outcomes.append(outcome);
    }
    return outcomes;
}

} // namespace CareDesk::Server

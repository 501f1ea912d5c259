#include "DashboardStore.h"

#include "ReviewStore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace CareDesk::Review {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Review::Dashboard)
};

Error readError(const QSqlQuery &query)
{
    return Error{Tr::tr("The dashboard figures could not be read."), query.lastError().text()};
}

// Binds :from, :to and :channel; an open end of the period reaches as far as time does.
void bindPeriod(QSqlQuery &query, const DashboardPeriod &period)
{
    const qint64 from = period.from.isValid() ? period.from.toMSecsSinceEpoch()
                                              : std::numeric_limits<qint64>::min();
    const qint64 to =
        period.to.isValid() ? period.to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    query.bindValue(QStringLiteral(":from"), from);
    query.bindValue(QStringLiteral(":to"), to);
    query.bindValue(QStringLiteral(":channel"), period.channelId);
}

} // namespace

DashboardStore::DashboardStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<DashboardHistory> DashboardStore::history(const DashboardPeriod &period)
{
    // The period's conversations first, then their messages in one pass: a few index lookups
    // per conversation instead of one per figure.
    DashboardHistory history;
    QHash<qint64, size_t> indexOf; // conversation id -> index in history.conversations
    if (auto read = readConversations(period, history, indexOf); !read)
        return read.error();
    if (auto read = readMessages(period, history, indexOf); !read)
        return read.error();
    return history;
}

Result<void> DashboardStore::readConversations(const DashboardPeriod &period,
                                               DashboardHistory &history,
                                               QHash<qint64, size_t> &indexOf)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT c.id, ch.name, c.category, c.language, c.actionable, c.status, %1,"
                       " c.created_at, c.first_response_at, c.resolved_at, c.sla_due"
                       " FROM conversations c JOIN channels ch ON ch.id = c.channel_id"
                       " WHERE c.created_at >= :from AND c.created_at < :to"
                       " AND (:channel = 0 OR c.channel_id = :channel)")
            .arg(QLatin1String(CONVERSATION_AGENT_SQL)));
    bindPeriod(query, period);
    if (!query.exec())
        return readError(query);
    while (query.next()) {
        DashboardConversation conversation;
        conversation.channel = query.value(1).toString();
        conversation.category = query.value(2).toString();
        conversation.language = query.value(3).toString();
        conversation.actionable = query.value(4).toBool();
        conversation.resolved = query.value(5).toString() == u"resolved";
        conversation.agent = query.value(6).toString();
        conversation.createdAt = query.value(7).toLongLong();
        if (!query.value(8).isNull())
            conversation.firstResponseAt = query.value(8).toLongLong();
        if (!query.value(9).isNull())
            conversation.resolvedAt = query.value(9).toLongLong();
        conversation.slaDue = query.value(10).toLongLong();
        indexOf.insert(query.value(0).toLongLong(), history.conversations.size());
        history.conversations.push_back(std::move(conversation));
    }
    return {};
}

Result<void> DashboardStore::readMessages(const DashboardPeriod &period, DashboardHistory &history,
                                          const QHash<qint64, size_t> &indexOf)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT m.conversation_id, m.direction = 'in', m.addressed = 'replied', m.created_at,"
        " CASE WHEN m.direction = 'out' THEN COALESCE(NULLIF(m.sent_by, ''), (SELECT o.author FROM "
        "outbox o"
        "   WHERE o.channel_id = m.channel_id AND o.platform_id = m.platform_id LIMIT 1), '') END"
        " FROM conversations c JOIN messages m ON m.conversation_id = c.id"
        " WHERE c.created_at >= :from AND c.created_at < :to AND (:channel = 0 OR c.channel_id = "
        ":channel)"));
    bindPeriod(query, period);
    if (!query.exec())
        return readError(query);
    while (query.next()) {
        const auto found = indexOf.constFind(query.value(0).toLongLong());
        if (found == indexOf.cend())
            continue;
        DashboardConversation &conversation = history.conversations[*found];
        if (query.value(1).toBool()) {
            ++conversation.inbound;
            conversation.replied += query.value(2).toBool() ? 1 : 0;
            const qint64 at = query.value(3).toLongLong();
            if (!conversation.firstCustomerMessage || at < *conversation.firstCustomerMessage)
                conversation.firstCustomerMessage = at;
        } else {
            ++conversation.outbound;
            if (const QString sentBy = query.value(4).toString(); !sentBy.isEmpty())
                ++history.repliesBy[sentBy];
        }
    }
    return {};
}

Result<QList<qint64>> DashboardStore::backlogWaitingSince(qint64 channelId)
{
    // The customer's oldest unanswered message per conversation, read from the small index of
    // open messages.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QHash<qint64, qint64> oldestOpen;
    if (!query.exec(QStringLiteral("SELECT conversation_id, created_at FROM messages"
                                   " WHERE direction = 'in' AND addressed = 'open'")))
        return readError(query);
    while (query.next()) {
        const qint64 conversation = query.value(0).toLongLong();
        const qint64 at = query.value(1).toLongLong();
        auto found = oldestOpen.find(conversation);
        if (found == oldestOpen.end())
            oldestOpen.insert(conversation, at);
        else if (at < *found)
            *found = at;
    }
    query.prepare(
        QStringLiteral("SELECT id, created_at FROM conversations"
                       " WHERE status != 'resolved' AND (:channel = 0 OR channel_id = :channel)"));
    query.bindValue(QStringLiteral(":channel"), channelId);
    if (!query.exec())
        return readError(query);
    QList<qint64> waitingSince;
    while (query.next())
        waitingSince.append(
            oldestOpen.value(query.value(0).toLongLong(), query.value(1).toLongLong()));
    return waitingSince;
}

Result<QList<TemplateFigures>> DashboardStore::templateUses(const DashboardPeriod &period)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT COALESCE(u.response_id, 0), COALESCE(r.title, MAX(u.title)), COUNT(*),"
        " SUM(CASE WHEN u.edit_ratio = 0 THEN 1 ELSE 0 END), AVG(u.edit_ratio)"
        " FROM canned_uses u LEFT JOIN canned_responses r ON r.id = u.response_id"
        " LEFT JOIN conversations c ON c.id = u.conversation_id"
        " WHERE u.at >= :from AND u.at < :to AND (:channel = 0 OR c.channel_id = :channel)"
        " GROUP BY COALESCE(u.response_id, 0), COALESCE(r.title, u.title) ORDER BY COUNT(*) DESC, "
        "2"));
    bindPeriod(query, period);
    if (!query.exec())
        return readError(query);
    QList<TemplateFigures> templates;
    while (query.next()) {
        TemplateFigures figure;
        figure.responseId = query.value(0).toLongLong();
        figure.title = query.value(1).toString();
        figure.uses = query.value(2).toInt();
        figure.unchanged = query.value(3).toInt();
        figure.averageEditRatio = query.value(4).toDouble();
        templates.append(figure);
    }
    return templates;
}

Result<QList<Surveys::SurveyOutcome>> DashboardStore::surveyOutcomes(const DashboardPeriod &period)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT s.kind, coalesce(o.state, s.delivery) = 'sent', s.score, s.agent, ch.name, "
        "s.category,"
        " s.queued_at FROM surveys s JOIN conversations c ON c.id = s.conversation_id"
        " JOIN channels ch ON ch.id = c.channel_id"
        " LEFT JOIN outbox o ON o.client_id = s.client_id"
        " WHERE s.queued_at >= :from AND s.queued_at < :to"
        " AND (:channel = 0 OR c.channel_id = :channel)"));
    bindPeriod(query, period);
    if (!query.exec())
        return readError(query);
    QList<Surveys::SurveyOutcome> outcomes;
    while (query.next()) {
        Surveys::SurveyOutcome outcome;
        outcome.kind =
            Surveys::kindFromString(query.value(0).toString()).value_or(Surveys::SurveyKind::Csat);
        outcome.sent = query.value(1).toBool();
        if (!query.value(2).isNull())
            outcome.score = query.value(2).toInt();
        outcome.agent = query.value(3).toString();
        outcome.channel = query.value(4).toString();
        outcome.category = query.value(5).toString();
        outcome.askedAt = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
        outcomes.append(outcome);
    }
    return outcomes;
}

Result<QList<std::pair<QString, qint64>>> DashboardStore::escalations(const DashboardPeriod &period)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT e.reason, coalesce((e.taken_at - e.at) / 1000, -1) FROM escalations e"
        " JOIN conversations c ON c.id = e.conversation_id"
        " WHERE e.flag_only = 0 AND e.at >= :from AND e.at < :to"
        " AND (:channel = 0 OR c.channel_id = :channel)"));
    bindPeriod(query, period);
    if (!query.exec())
        return readError(query);
    QList<std::pair<QString, qint64>> escalations;
    while (query.next())
        escalations.append({query.value(0).toString(), query.value(1).toLongLong()});
    return escalations;
}

Result<QHash<QString, int>> DashboardStore::praiseShared(const DashboardPeriod &period)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT o.action, count(*) FROM outbox o JOIN conversations c ON c.id = o.conversation_id"
        " WHERE o.action IN ('repost','quote','like') AND o.state = 'sent'"
        " AND o.updated_at >= :from AND o.updated_at < :to"
        " AND (:channel = 0 OR c.channel_id = :channel) GROUP BY o.action"));
    bindPeriod(query, period);
    if (!query.exec())
        return readError(query);
    QHash<QString, int> shared;
    while (query.next())
        shared.insert(query.value(0).toString(), query.value(1).toInt());
    return shared;
}

} // namespace CareDesk::Review

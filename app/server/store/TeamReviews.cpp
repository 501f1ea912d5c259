#include "TeamReviews.h"

#include "ConversationReads.h"
#include "StoreSql.h"

#include "server/ServerDatabase.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace CareDesk::Server {

using Core::Result;
using namespace StoreSql;

namespace {

// The catalogs know the store's messages under the context it had as one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamStore)
};

} // namespace

TeamReviews::TeamReviews(ServerDatabase &database, ConversationReads &reads)
    : m_database(database)
    , m_reads(reads)
{}

Result<Outcome<QJsonObject>> TeamReviews::save(const Agent &reviewer, qint64 conversationId,
                                               const QJsonObject &review, qint64 nowMs)
{
    return inWrite<Outcome<QJsonObject>>(m_database, [&]() -> Result<Outcome<QJsonObject>> {
        QSqlDatabase &db = m_database.connection();
        auto locked = m_reads.state(conversationId);
        if (!locked)
            return locked.error();
        if (!locked.value() || !reviewer.sees(locked.value()->teamId))
            return Outcome<QJsonObject>::refused(Refusal::Kind::NotFound,
                                                 Tr::tr("There is no such conversation."));
        // Whose work: the holder, else who held it last, else who last replied.
        auto worker = run(
            db,
            QStringLiteral(
                "SELECT COALESCE(c.assignee_id, c.previous_agent_id,"
                " (SELECT m.agent_id FROM messages m WHERE m.conversation_id = c.id"
                "   AND m.agent_id IS NOT NULL ORDER BY m.created_at DESC, m.id DESC LIMIT 1), 0)"
                " FROM conversations c WHERE c.id = ?"),
            {conversationId});
        if (!worker)
            return worker.error();
        worker.value().next();
        const qint64 agentId = worker.value().value(0).toLongLong();
        const QString body =
            QString::fromUtf8(QJsonDocument(review).toJson(QJsonDocument::Compact));
        auto saved = run(
            db,
            QStringLiteral(
                "INSERT INTO reviews(team_id, conversation_id, agent_id, reviewer_id, body,"
                " created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (conversation_id, reviewer_id) DO UPDATE SET agent_id = "
                "excluded.agent_id,"
                " body = excluded.body, updated_at = excluded.updated_at RETURNING id, created_at"),
            {locked.value()->teamId, conversationId, idOrNull(agentId), reviewer.id, body, nowMs,
             nowMs});
        if (!saved)
            return saved.error();
        saved.value().next();
        QJsonObject answer = review;
        answer.insert(QStringLiteral("id"), saved.value().value(0).toLongLong());
        answer.insert(QStringLiteral("conversationId"), conversationId);
        answer.insert(QStringLiteral("agentId"), agentId);
        answer.insert(QStringLiteral("reviewerId"), reviewer.id);
        answer.insert(QStringLiteral("reviewerName"), reviewer.displayName);
        answer.insert(QStringLiteral("createdAt"), isoTime(saved.value().value(1).toLongLong()));
        answer.insert(QStringLiteral("updatedAt"), isoTime(nowMs));
        return Outcome<QJsonObject>{answer, std::nullopt};
    });
}

Result<QJsonArray> TeamReviews::list(const Agent &viewer, qint64 agentId)
{
    QStringList where;
    QVariantList values;
    if (viewer.role != Role::Admin) {
        where << QStringLiteral("r.team_id = ?");
        values << viewer.teamId;
    }
    if (agentId != 0) {
        where << QStringLiteral("r.agent_id = ?");
        values << agentId;
    }
    auto found = run(
        m_database.connection(),
        QStringLiteral(
            "SELECT r.id, r.conversation_id, COALESCE(r.agent_id, 0), COALESCE(a.display_name, ''),"
            " r.reviewer_id, v.display_name, r.body, r.created_at, r.updated_at"
            " FROM reviews r JOIN agents v ON v.id = r.reviewer_id LEFT JOIN agents a ON a.id = "
            "r.agent_id") +
            (where.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
            QStringLiteral(" ORDER BY r.updated_at DESC, r.id DESC LIMIT 500"),
        values);
    if (!found)
        return found.error();
    QJsonArray reviews;
    QSqlQuery &q = found.value();
    while (q.next()) {
        QJsonObject review = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        review.insert(QStringLiteral("id"), q.value(0).toLongLong());
        review.insert(QStringLiteral("conversationId"), q.value(1).toLongLong());
        review.insert(QStringLiteral("agentId"), q.value(2).toLongLong());
        review.insert(QStringLiteral("agentName"), q.value(3).toString());
        review.insert(QStringLiteral("reviewerId"), q.value(4).toLongLong());
        review.insert(QStringLiteral("reviewerName"), q.value(5).toString());
        review.insert(QStringLiteral("createdAt"), isoTime(q.value(7).toLongLong()));
        review.insert(QStringLiteral("updatedAt"), isoTime(q.value(8).toLongLong()));
        reviews.append(review);
    }
    return reviews;
}

} // namespace CareDesk::Server

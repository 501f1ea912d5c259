#include "ConversationReads.h"

#include "StoreRows.h"
#include "StoreSql.h"

#include "server/ServerDatabase.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace CareDesk::Server {

using Core::Error;
using Core::Result;
using namespace StoreSql;
using namespace StoreRows;

namespace {

// The catalogs know the store's messages under the context it had as one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamStore)
};

// The WHERE clause of a page and its values, in order.
void narrow(const Agent &viewer, const ConversationFilter &filter, QStringList &where,
            QVariantList &values)
{
    if (viewer.role != Role::Admin) {
        where << QStringLiteral("c.team_id = ?");
        values << viewer.teamId;
    }
    if (filter.statuses.isEmpty()) {
        where << QStringLiteral("c.status <> 'resolved'");
    } else {
        QStringList marks;
        for (const QString &status : filter.statuses) {
            marks << QStringLiteral("?");
            values << status;
        }
        where << QStringLiteral("c.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    switch (filter.assignee) {
    case ConversationFilter::Assignee::Anyone:
        break;
    case ConversationFilter::Assignee::Me:
        where << QStringLiteral("c.assignee_id = ?");
        values << viewer.id;
        break;
    case ConversationFilter::Assignee::Unassigned:
        where << QStringLiteral("c.assignee_id IS NULL");
        break;
    case ConversationFilter::Assignee::Agent:
        where << QStringLiteral("c.assignee_id = ?");
        values << filter.assigneeId;
        break;
    }
    for (const auto &[column, value] : {std::pair{QStringLiteral("c.language"), filter.language},
                                        std::pair{QStringLiteral("c.category"), filter.category},
                                        std::pair{QStringLiteral("c.channel"), filter.channel}}) {
        if (!value.isEmpty()) {
            where << column + QStringLiteral(" = ?");
            values << value;
        }
    }
}

} // namespace

QString ConversationCursor::encode() const
{
    return QString::fromLatin1(
        QStringLiteral("%1:%2:%3")
            .arg(priority)
            .arg(slaDueMs)
            .arg(id)
            .toLatin1()
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<ConversationCursor> ConversationCursor::decode(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 3)
        return std::nullopt;
    bool ok1 = false, ok2 = false, ok3 = false;
    ConversationCursor cursor{parts[0].toInt(&ok1), parts[1].toLongLong(&ok2),
                              parts[2].toLongLong(&ok3)};
    if (!ok1 || !ok2 || !ok3)
        return std::nullopt;
    return cursor;
}

ConversationReads::ConversationReads(ServerDatabase &database)
    : m_database(database)
{}

Result<ConversationPage> ConversationReads::page(const Agent &viewer,
                                                 const ConversationFilter &filter,
                                                 const std::optional<ConversationCursor> &after,
                                                 int limit)
{
    QStringList where;
    QVariantList values;
    narrow(viewer, filter, where, values);
    if (after) {
        // Most urgent first, then the SLA that runs out first, then id: the same order as below.
        where << QStringLiteral("(c.priority < ? OR (c.priority = ? AND (c.sla_due_at > ?"
                                " OR (c.sla_due_at = ? AND c.id > ?))))");
        values << after->priority << after->priority << after->slaDueMs << after->slaDueMs
               << after->id;
    }
    values << limit + 1;
    auto found = run(
        m_database.connection(),
        QStringLiteral("SELECT ") + CONVERSATION_COLUMNS + CONVERSATION_FROM +
            (where.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
            QStringLiteral(" ORDER BY c.priority DESC, c.sla_due_at ASC, c.id ASC LIMIT ?"),
        values);
    if (!found)
        return found.error();
    ConversationPage page;
    ConversationCursor last;
    while (found.value().next()) {
        if (page.conversations.size() == limit) {
            page.next = last;
            break;
        }
        page.conversations.append(readConversation(found.value()));
        last = {found.value().value(10).toInt(), found.value().value(12).toLongLong(),
                found.value().value(0).toLongLong()};
    }
    return page;
}

Result<QJsonObject> ConversationReads::conversation(qint64 conversationId)
{
    auto found = run(m_database.connection(),
                     QStringLiteral("SELECT ") + CONVERSATION_COLUMNS + CONVERSATION_FROM +
                         QStringLiteral(" WHERE c.id = ?"),
                     {conversationId});
    if (!found)
        return found.error();
    if (!found.value().next())
        return Error{Tr::tr("The conversation no longer exists."), QString::number(conversationId)};
    return readConversation(found.value());
}

Result<std::optional<QJsonObject>> ConversationReads::detail(const Agent &viewer,
                                                             qint64 conversationId)
{
    auto summary = conversation(conversationId);
    if (!summary || !viewer.sees(summary.value().value(QLatin1String("teamId")).toInteger()))
        return std::optional<QJsonObject>();
    QSqlDatabase &db = m_database.connection();
    auto messages =
        run(db,
            QStringLiteral("SELECT ") + MESSAGE_COLUMNS +
                QStringLiteral(
                    " FROM messages m WHERE m.conversation_id = ? ORDER BY m.created_at, m.id"),
            {conversationId});
    if (!messages)
        return messages.error();
    QJsonArray messageList;
    while (messages.value().next())
        messageList.append(readMessage(messages.value()));
    auto notes =
        run(db,
            QStringLiteral(
                "SELECT n.id, n.agent_id, a.display_name, n.text, n.created_at FROM notes n"
                " JOIN agents a ON a.id = n.agent_id WHERE n.conversation_id = ? ORDER BY n.id"),
            {conversationId});
    if (!notes)
        return notes.error();
    QJsonArray noteList;
    while (notes.value().next())
        noteList.append(QJsonObject{
            {QStringLiteral("id"), notes.value().value(0).toLongLong()},
            {QStringLiteral("agentId"), notes.value().value(1).toLongLong()},
            {QStringLiteral("agentName"), notes.value().value(2).toString()},
            {QStringLiteral("text"), notes.value().value(3).toString()},
            {QStringLiteral("createdAt"), isoTime(notes.value().value(4).toLongLong())}});
    auto events = run(
        db,
        QStringLiteral(
            "SELECT e.kind, COALESCE(e.agent_id, 0), COALESCE(a.display_name, ''), e.detail, e.at"
            " FROM conversation_events e LEFT JOIN agents a ON a.id = e.agent_id"
            " WHERE e.conversation_id = ? ORDER BY e.id"),
        {conversationId});
    if (!events)
        return events.error();
    QJsonArray history;
    while (events.value().next())
        history.append(QJsonObject{
            {QStringLiteral("kind"), events.value().value(0).toString()},
            {QStringLiteral("agentId"), events.value().value(1).toLongLong()},
            {QStringLiteral("agentName"), events.value().value(2).toString()},
            {QStringLiteral("detail"),
             QJsonDocument::fromJson(events.value().value(3).toString().toUtf8()).object()},
            {QStringLiteral("at"), isoTime(events.value().value(4).toLongLong())}});
    return std::optional<QJsonObject>(QJsonObject{{QStringLiteral("conversation"), summary.value()},
                                                  {QStringLiteral("messages"), messageList},
                                                  {QStringLiteral("notes"), noteList},
                                                  {QStringLiteral("history"), history}});
}

Result<std::optional<ConversationState>> ConversationReads::state(qint64 conversationId)
{
    auto found =
        run(m_database.connection(),
            QStringLiteral(
                "SELECT COALESCE(c.team_id, 0), COALESCE(c.assignee_id, 0), "
                "COALESCE(a.display_name, ''),"
                " c.assigned_at, c.status, c.rev, c.source_id"
                " FROM conversations c LEFT JOIN agents a ON a.id = c.assignee_id WHERE c.id = ?"),
            {conversationId});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<ConversationState>();
    const QSqlQuery &q = found.value();
    return std::optional<ConversationState>(
        ConversationState{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                          q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toLongLong(),
                          q.value(6).toLongLong()});
}

Result<int> ConversationReads::openCount(qint64 agentId)
{
    auto counted = run(
        m_database.connection(),
        QStringLiteral(
            "SELECT COUNT(*) FROM conversations WHERE assignee_id = ? AND status <> 'resolved'"),
        {agentId});
    if (!counted)
        return counted.error();
    counted.value().next();
    return counted.value().value(0).toInt();
}

Result<qint64> ConversationReads::sourceIdOf(qint64 conversationId)
{
    auto found =
        run(m_database.connection(),
            QStringLiteral("SELECT source_id FROM conversations WHERE id = ?"), {conversationId});
    if (!found)
        return found.error();
    return found.value().next() ? found.value().value(0).toLongLong() : 0;
}

} // namespace CareDesk::Server

#include "InboxSql.h"

#include <algorithm>

namespace CareDesk::Storage::InboxSql {

using namespace CareDesk::Core;

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong()).toUTC();
}

QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype newline = trimmed.indexOf(QLatin1Char('\n'));
    return newline < 0 ? trimmed : trimmed.left(newline);
}

// QtSql binds a null QString as SQL NULL; text columns are NOT NULL, so bind "" instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// The query's conditions on conversations `c`, other than the status.
SqlStatement inboxFilters(const InboxQuery &query)
{
    SqlStatement filters;
    if (!query.category.isEmpty())
        filters.add(QStringLiteral(" AND c.category = ?"), {query.category});
    if (!query.language.isEmpty())
        filters.add(QStringLiteral(" AND c.language = ?"), {query.language});
    if (query.channelId != 0)
        filters.add(QStringLiteral(" AND c.channel_id = ?"), {query.channelId});
    switch (query.assigneeFilter) {
    case AssigneeFilter::Anyone:
        break;
    case AssigneeFilter::Unassigned:
        filters.add(QStringLiteral(" AND c.assignee = ''"));
        break;
    case AssigneeFilter::Agent:
        filters.add(QStringLiteral(" AND c.assignee = ?"), {text(query.assignee)});
        break;
    }
    if (query.actionableOnly)
        filters.add(QStringLiteral(" AND c.actionable = 1"));
    if (query.escalatedOnly)
        filters.add(QStringLiteral(" AND EXISTS(SELECT 1 FROM escalations e WHERE"
                                   " e.conversation_id = c.id AND e.taken_at IS NULL"
                                   " AND e.flag_only = 0)"));
    if (query.detractorsOnly)
        filters.add(QStringLiteral(" AND EXISTS(SELECT 1 FROM surveys s WHERE"
                                   " s.conversation_id = c.id AND s.follow_up = 'open')"));
    return filters;
}

// The statuses the query asks for, each once; no status asked for means every status.
QStringList inboxStatuses(const InboxQuery &query)
{
    QList<ConversationStatus> statuses = query.statuses;
    if (statuses.isEmpty()) {
        statuses = {ConversationStatus::New, ConversationStatus::Open, ConversationStatus::Pending,
                    ConversationStatus::Resolved};
    }
    std::sort(statuses.begin(), statuses.end());
    statuses.erase(std::unique(statuses.begin(), statuses.end()), statuses.end());
    QStringList names;
    for (ConversationStatus status : statuses)
        names.append(toString(status));
    return names;
}

// The ids of the next `rows` conversations in the query's order, each with its sort key:
// (id, priority, sla_due) for Priority, (id, time) for the other orders. Keyset paging: the
// cursor is a bound of an index range, so page 1000 costs what page 1 costs (OFFSET would
// read and throw away every row before it).
SqlStatement inboxKeysStatement(const InboxQuery &query, const InboxCursor &after, int rows)
{
    const SqlStatement filters = inboxFilters(query);
    const QStringList statuses = inboxStatuses(query);
    SqlStatement statement;

    if (query.sort == InboxSort::OldestWaiting) {
        // Waiting since is the oldest open message from the customer, so the walk goes through
        // the open inbound messages oldest first (index messages_waiting) and keeps each
        // conversation's oldest one. CROSS JOIN keeps that walk outermost: driven from
        // conversations instead, SQLite would compute and sort the wait of every match.
        statement.add(
            QStringLiteral("SELECT w.conversation_id AS id, w.created_at AS waiting_since"
                           " FROM messages w CROSS JOIN conversations c ON c.id = w.conversation_id"
                           " WHERE w.direction = 'in' AND w.addressed = 'open'"));
        if (!after.isStart) {
            statement.add(QStringLiteral(" AND (w.created_at, w.conversation_id) > (?, ?)"),
                          {after.sortTimeMs, after.conversationId});
        }
        if (statuses.size() < STATUS_COUNT) {
            statement.add(QStringLiteral(" AND c.status IN ("));
            for (qsizetype i = 0; i < statuses.size(); ++i)
                statement.add(i == 0 ? QStringLiteral("?") : QStringLiteral(", ?"),
                              {statuses.at(i)});
            statement.add(QStringLiteral(")"));
        }
        statement.add(filters);
        // Tested last, on the conversations that pass the filters only.
        statement.add(QStringLiteral(
                          " AND NOT EXISTS (SELECT 1 FROM messages o WHERE o.conversation_id = c.id"
                          " AND o.direction = 'in' AND o.addressed = 'open'"
                          " AND (o.created_at, o.id) < (w.created_at, w.id))"
                          " ORDER BY w.created_at, w.conversation_id LIMIT ?"),
                      {rows});
        return statement;
    }

    // One SELECT per status, merged by SQLite in index order. An index on (status, sort key)
    // serves each one already sorted, where a single `status IN (...)` would have to sort every
    // match before returning the first row.
    const bool byPriority = query.sort == InboxSort::Priority;
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        if (i > 0)
            statement.add(QStringLiteral(" UNION ALL "));
        statement.add(
            byPriority
                ? QStringLiteral("SELECT c.id AS id, c.priority AS priority, c.sla_due AS sla_due"
                                 " FROM conversations c WHERE c.status = ?")
                : QStringLiteral("SELECT c.id AS id, c.updated_at AS updated_at"
                                 " FROM conversations c WHERE c.status = ?"),
            {statuses.at(i)});
        statement.add(filters);
        if (after.isStart)
            continue;
        if (byPriority) {
            // Priority descends while the SLA and id ascend, which one row-value comparison
            // cannot say; `priority <= ?` bounds the index range, the rest is exact.
            statement.add(
                QStringLiteral(
                    " AND c.priority <= ? AND (c.priority < ? OR (c.sla_due, c.id) > (?, ?))"),
                {after.priority, after.priority, after.slaDueMs, after.conversationId});
        } else {
            statement.add(QStringLiteral(" AND (c.updated_at, c.id) < (?, ?)"),
                          {after.sortTimeMs, after.conversationId});
        }
    }
    statement.add(byPriority ? QStringLiteral(" ORDER BY priority DESC, sla_due, id LIMIT ?")
                             : QStringLiteral(" ORDER BY updated_at DESC, id DESC LIMIT ?"),
                  {rows});
    return statement;
}

// What one inbox row shows; the sub-queries run only for the rows selected.
QString inboxRowColumns()
{
    return QStringLiteral(
        "SELECT c.id, ch.name, ch.platform, cu.display_name,"
        " (SELECT i.handle FROM identities i WHERE i.customer_id = cu.id AND i.platform = "
        "ch.platform ORDER BY i.id LIMIT 1),"
        " (SELECT i.followers FROM identities i WHERE i.customer_id = cu.id AND i.platform = "
        "ch.platform ORDER BY i.id LIMIT 1),"
        " (SELECT m.text FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'in' "
        "ORDER BY m.created_at DESC, m.id DESC LIMIT 1),"
        " (SELECT m.visibility FROM messages m WHERE m.conversation_id = c.id ORDER BY "
        "m.created_at DESC, m.id DESC LIMIT 1),"
        " c.language, c.status, c.priority, c.sla_due,"
        " (SELECT MIN(m.created_at) FROM messages m WHERE m.conversation_id = c.id AND m.direction "
        "= 'in' AND m.addressed = 'open'),"
        " c.assignee,"
        " (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'in' "
        "AND m.addressed = 'open'),"
        " c.category,"
        " (SELECT i.verified FROM identities i WHERE i.customer_id = cu.id AND i.platform = "
        "ch.platform ORDER BY i.id LIMIT 1),"
        " EXISTS (SELECT 1 FROM drafts d WHERE d.conversation_id = c.id),"
        // A hand-off waits: the case began in public and its latest private message is ours.
        " EXISTS (SELECT 1 FROM messages p WHERE p.conversation_id = c.id AND p.visibility = "
        "'public')"
        "  AND (SELECT m.direction FROM messages m WHERE m.conversation_id = c.id AND m.visibility "
        "= 'private'"
        "       ORDER BY m.created_at DESC, m.id DESC LIMIT 1) = 'out',"
        // An escalation not taken yet, or a rule's flag.
        " (SELECT CASE WHEN e.flag_only = 1 THEN 2 ELSE 1 END FROM escalations e"
        "  WHERE e.conversation_id = c.id AND e.taken_at IS NULL ORDER BY e.id DESC LIMIT 1)"
        " FROM conversations c JOIN channels ch ON ch.id = c.channel_id JOIN customers cu ON cu.id "
        "= c.customer_id");
}

InboxRow inboxRow(const QSqlQuery &query)
{
    InboxRow row;
    row.conversationId = query.value(0).toLongLong();
    row.channelName = query.value(1).toString();
    row.platform = query.value(2).toString();
    row.customerName = query.value(3).toString();
    row.customerHandle = query.value(4).toString();
    row.customerFollowers = query.value(5).toLongLong();
    row.preview = firstLine(query.value(6).toString());
    row.visibility =
        query.value(7).toString() == u"private" ? Visibility::Private : Visibility::Public;
    row.language = query.value(8).toString();
    row.status = conversationStatusFromString(query.value(9).toString());
    row.priority = query.value(10).toInt();
    row.slaDue = fromMs(query.value(11));
    row.waitingSince = fromMs(query.value(12));
    row.assignee = query.value(13).toString();
    row.unaddressedCount = query.value(14).toInt();
    row.category = query.value(15).toString();
    row.customerVerified = query.value(16).toInt() != 0;
    row.hasDraft = query.value(17).toInt() != 0;
    row.handoffWaiting = query.value(18).toInt() != 0;
    row.escalated = query.value(19).toInt() == 1;
    row.flagged = query.value(19).toInt() == 2;
    return row;
}

} // namespace CareDesk::Storage::InboxSql

// The inbox's SQL: which conversations a query selects, in which order, and what each row
// shows. Shared by the workspace store's inbox reads.
#pragma once

#include "model/Inbox.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <initializer_list>

namespace CareDesk::Storage::InboxSql {

// A statement built piece by piece, with its values in placeholder order.
struct SqlStatement
{
    QString sql;
    QVariantList values;

    void add(const QString &clause, std::initializer_list<QVariant> clauseValues = {})
    {
        sql += clause;
        for (const QVariant &value : clauseValues)
            values.append(value);
    }
    void add(const SqlStatement &other)
    {
        sql += other.sql;
        values += other.values;
    }
};

constexpr qsizetype STATUS_COUNT = 4; // new, open, pending, resolved

QDateTime fromMs(const QVariant &value);
QString firstLine(const QString &text);
// Text for a NOT NULL column: a null string is bound as "".
QString text(const QString &value);

// The query's conditions on conversations `c`, other than the status.
SqlStatement inboxFilters(const Core::InboxQuery &query);
// The statuses the query asks for, each once; no status asked for means every status.
QStringList inboxStatuses(const Core::InboxQuery &query);
// The ids of the next `rows` conversations in the query's order, each with its sort key.
SqlStatement inboxKeysStatement(const Core::InboxQuery &query, const Core::InboxCursor &after,
                                int rows);
// What one inbox row shows; the sub-queries run only for the rows selected.
QString inboxRowColumns();
Core::InboxRow inboxRow(const QSqlQuery &query);

} // namespace CareDesk::Storage::InboxSql

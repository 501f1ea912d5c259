#include "StoreSql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace CareDesk::Server::StoreSql {

namespace {

const QVariant NULL_ID = QVariant(QMetaType::fromType<qint64>());

} // namespace

Core::Error databaseError(const QSqlQuery &query)
{
    // The catalogs know the store's messages under the context it had as one class.
    return Core::Error{QCoreApplication::translate("CareDesk::Server::TeamStore",
                                                   "The server database is not available."),
                       query.lastError().text() + QStringLiteral(" [") + query.lastQuery() +
                           QLatin1Char(']')};
}

Core::Result<QSqlQuery> run(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return databaseError(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(query);
    return query;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : NULL_ID;
}

QJsonValue isoTime(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString joined(const QStringList &list)
{
    // Never a null string: that would bind as SQL NULL.
    return list.isEmpty() ? QStringLiteral("") : list.join(QLatin1Char(','));
}

QString orEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QStringList split(const QString &text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace CareDesk::Server::StoreSql

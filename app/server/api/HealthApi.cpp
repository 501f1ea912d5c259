#include "HealthApi.h"

#include "Application.h"
#include "server/EventHub.h"
#include "server/ServerDatabase.h"

#include <protocol/ChangeRecord.h>

#include <QSqlQuery>

namespace CareDesk::Server {

HealthApi::HealthApi(ServerDatabase &database, EventHub &events)
    : m_database(database)
    , m_events(events)
{}

HttpResponse HealthApi::health(const ApiCall &)
{
    // A round trip to the database: a server that cannot reach it is not healthy.
    QSqlQuery query(m_database.connection());
    const bool databaseOk = query.exec(QStringLiteral("SELECT 1")) && query.next();
    return HttpResponse::json(
        databaseOk ? 200 : 503,
        {{QStringLiteral("status"),
          databaseOk ? QStringLiteral("ok") : QStringLiteral("database_unavailable")},
         {QStringLiteral("version"), Core::applicationVersion()},
         {QStringLiteral("apiVersion"), Protocol::API_VERSION},
         {QStringLiteral("database"), m_database.kindName()},
         {QStringLiteral("schemaVersion"), m_database.schemaVersion()},
         {QStringLiteral("liveClients"), m_events.clientCount()}});
}

} // namespace CareDesk::Server

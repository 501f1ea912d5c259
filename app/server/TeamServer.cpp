#include "TeamServer.h"

#include "Application.h"
#include "ServerDatabase.h"

#include <protocol/ApiError.h>
#include <protocol/ChangeRecord.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace CareDesk::Server {

namespace {

HttpResponse json(int status, const QJsonObject &body)
{
    return {status, QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

HttpResponse error(int status, const QString &code, const QString &message)
{
    return {status, Protocol::ApiError{code, message}.toBody()};
}

} // namespace

TeamServer::TeamServer(std::unique_ptr<ServerDatabase> database)
    : m_database(std::move(database)), m_http([this](const HttpRequest &request) { return handle(request); })
{
}

TeamServer::~TeamServer() = default;

Core::Result<quint16> TeamServer::listen(const QHostAddress &address, quint16 port)
{
    return m_http.listen(address, port);
}

HttpResponse TeamServer::handle(const HttpRequest &request)
{
    if (request.path == u"/healthz") {
        if (request.method != "GET")
            return error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Use GET."));
        return health();
    }
    return error(404, QStringLiteral("not_found"),
                 QStringLiteral("There is no %1 %2.").arg(QString::fromLatin1(request.method), request.path));
}

HttpResponse TeamServer::health()
{
    // A round trip to the database: a server that cannot reach it is not healthy.
    QSqlQuery query(m_database->connection());
    const bool databaseOk = query.exec(QStringLiteral("SELECT 1")) && query.next();
    return json(databaseOk ? 200 : 503,
                {{QStringLiteral("status"), databaseOk ? QStringLiteral("ok") : QStringLiteral("database_unavailable")},
                 {QStringLiteral("version"), Core::applicationVersion()},
                 {QStringLiteral("apiVersion"), Protocol::API_VERSION},
                 {QStringLiteral("database"), m_database->kindName()},
                 {QStringLiteral("schemaVersion"), m_database->schemaVersion()}});
}

} // namespace CareDesk::Server

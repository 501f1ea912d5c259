#include "RouteTable.h"

#include "ApiErrors.h"

#include <QCoreApplication>

#include <algorithm>

namespace CareDesk::Server {

namespace {

// The catalogs know these messages under the context of the server as one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamServer)
};

const QString REST = QStringLiteral("{...}");

bool admits(Access access, Role role)
{
    switch (access) {
    case Access::Public:
        return true;
    case Access::Staff:
        return role != Role::Integration;
    case Access::Workers:
        return role == Role::Agent || role == Role::Lead;
    case Access::Supervisors:
        return role == Role::Lead || role == Role::Admin;
    case Access::Admins:
        return role == Role::Admin;
    case Access::Feeders:
        return role == Role::Admin || role == Role::Integration;
    }
    return false;
}

bool isParameter(const QString &segment)
{
    return segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

QString parameterName(const QString &segment)
{
    return segment.mid(1, segment.size() - 2);
}

bool isId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0;
}

bool fits(const QStringList &pattern, const QStringList &segments)
{
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == REST)
            return segments.size() > i;
        if (i >= segments.size() || (!isParameter(pattern[i]) && pattern[i] != segments[i]))
            return false;
    }
    return pattern.size() == segments.size();
}

HttpResponse notFound(const HttpRequest &request)
{
    return HttpResponse::error(
        404, QStringLiteral("not_found"),
        Tr::tr("There is no %1 %2.").arg(QString::fromLatin1(request.method), request.path));
}

HttpResponse wrongMethod(const QByteArray &allowed)
{
    HttpResponse response = HttpResponse::error(405, QStringLiteral("method_not_allowed"),
                                                Tr::tr("Use %1 here.").arg(QLatin1String(allowed)));
    response.headers.append(std::pair<QByteArray, QByteArray>("Allow", allowed));
    return response;
}

} // namespace

qint64 ApiCall::id(const QString &name) const
{
    return path.value(name).toLongLong();
}

RouteTable::RouteTable(Authenticator authenticate)
    : m_authenticate(std::move(authenticate))
{}

void RouteTable::add(const QByteArray &method, const QString &pattern, Access access,
                     Handler handler)
{
    m_routes.append(
        {method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), access, std::move(handler)});
}

void RouteTable::addId(const QString &name, const QString &notFound)
{
    m_ids.insert(name, notFound);
}

HttpResponse RouteTable::handle(const HttpRequest &request) const
{
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QList<const Route *> routes = matching(segments);
    QList<const Route *> open;
    std::copy_if(routes.begin(), routes.end(), std::back_inserter(open),
                 [](const Route *route) { return route->access == Access::Public; });
    // A path may have public and signed-in routes (POST and DELETE /v1/sessions): the method
    // decides whether a session is needed.
    const bool openMethod = std::any_of(open.begin(), open.end(), [&](const Route *route) {
        return route->method == request.method || route->method == "*";
    });
    if (!open.isEmpty() && (openMethod || open.size() == routes.size()))
        return dispatch(open, request, segments, Agent{});
    // Outside /v1 nothing needs a session, not even to hear that a path does not exist; under
    // it, nothing is answered without one, not even whether a route exists.
    if (segments.value(0) != u"v1" || segments.size() < 2)
        return notFound(request);
    auto authenticated = m_authenticate(request);
    if (auto *response = std::get_if<HttpResponse>(&authenticated))
        return *response;
    const Agent &caller = std::get<Agent>(authenticated);
    if (!reachable(caller, segments))
        return ApiErrors::forbidden();
    if (routes.isEmpty())
        return notFound(request);
    return dispatch(routes, request, segments, caller);
}

QList<const RouteTable::Route *> RouteTable::matching(const QStringList &segments) const
{
    QList<const Route *> routes;
    for (const Route &route : m_routes)
        if (fits(route.pattern, segments))
            routes.append(&route);
    return routes;
}

HttpResponse RouteTable::dispatch(const QList<const Route *> &routes, const HttpRequest &request,
                                  const QStringList &segments, const Agent &caller) const
{
    for (const Route *route : routes)
        for (qsizetype i = 0; i < route->pattern.size(); ++i)
            if (const auto id = m_ids.constFind(parameterName(route->pattern[i]));
                isParameter(route->pattern[i]) && id != m_ids.cend() && !isId(segments[i]))
                return HttpResponse::error(404, QStringLiteral("not_found"), *id);
    const auto chosen = std::find_if(routes.begin(), routes.end(), [&](const Route *route) {
        return route->method == request.method || route->method == "*";
    });
    if (chosen == routes.end()) {
        QList<QByteArray> methods;
        for (const Route *route : routes)
            if (!methods.contains(route->method))
                methods.append(route->method);
        return wrongMethod(methods.join(", "));
    }
    const Route &route = **chosen;
    if (!admits(route.access, caller.role))
        return ApiErrors::forbidden();
    ApiCall call{request, caller, {}};
    for (qsizetype i = 0; i < route.pattern.size(); ++i)
        if (isParameter(route.pattern[i]) && route.pattern[i] != REST)
            call.path.insert(parameterName(route.pattern[i]), segments[i]);
    return route.handler(call);
}

bool RouteTable::reachable(const Agent &caller, const QStringList &segments) const
{
    if (caller.role != Role::Integration)
        return true;
    return std::any_of(m_routes.begin(), m_routes.end(), [&](const Route &route) {
        return route.access != Access::Public && route.pattern.size() >= 2 &&
               route.pattern[0] == segments[0] && route.pattern[1] == segments[1] &&
               admits(route.access, Role::Integration);
    });
}

} // namespace CareDesk::Server

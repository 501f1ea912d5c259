#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"
#include "server/store/Agent.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <variant>

namespace CareDesk::Server {

// Who may call a route. Roles are not a ladder: a trainer reads conversations but does not
// work them, and an integration token may only feed the inbox.
enum class Access {
    Public,      // no session needed
    Staff,       // every person with an account (not integration tokens)
    Workers,     // agents and leads: they work conversations
    Supervisors, // leads and admins
    Admins,      // admins only
    Feeders,     // admins and integration tokens: they feed the inbox
};

// One request as a route's handler receives it.
struct ApiCall
{
    const HttpRequest &request;
    const Agent &caller;          // empty on public routes
    QHash<QString, QString> path; // the pattern's {names}, as the path gives them

    // A {name} the table declares an id: a positive number, checked before the handler runs.
    qint64 id(const QString &name) const;
};

// The API's routes: method, path pattern, who may call it, and the handler. A pattern is
// slash-separated segments: text, "{name}" (any one segment) or, last, "{...}" (one or more).
// Method "*" is any method. The table answers what no handler sees, always the same way:
// outside /v1 a missing route is 404 with no session needed; under /v1 the session comes first
// (401), then a known path with an unknown method is 405 with Allow, a role the route does not
// admit 403, and an unknown path 404.
class RouteTable final
{
public:
    using Handler = std::function<HttpResponse(const ApiCall &)>;
    using Authenticator = std::function<std::variant<Agent, HttpResponse>(const HttpRequest &)>;

    explicit RouteTable(Authenticator authenticate);

    void add(const QByteArray &method, const QString &pattern, Access access, Handler handler);
    // {name} is an id: a path where it is not a positive number is answered 404 `notFound`.
    void addId(const QString &name, const QString &notFound);

    HttpResponse handle(const HttpRequest &request) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList pattern;
        Access access;
        Handler handler;
    };

    QList<const Route *> matching(const QStringList &segments) const;
    HttpResponse dispatch(const QList<const Route *> &routes, const HttpRequest &request,
                          const QStringList &segments, const Agent &caller) const;
    // An integration token is refused before its path is looked up unless the path's resource
    // has a signed-in route for it, so that it learns nothing of the rest of the API.
    bool reachable(const Agent &caller, const QStringList &segments) const;

    Authenticator m_authenticate;
    QList<Route> m_routes;
    QHash<QString, QString> m_ids; // id name -> what a bad one is answered
};

} // namespace CareDesk::Server

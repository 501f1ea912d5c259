// The team server's request paths and queries: the route table's matching, its id checks and
// the page cursor in a list's query (server/api/RouteTable.h). The input is a request line,
// "METHOD /path?query", then optionally a line naming the caller's role ("admin", ...); without
// one the request has no session.
#include "FuzzSupport.h"

#include <server/api/RouteTable.h>
#include <server/store/ConversationReads.h>

#include <QJsonDocument>
#include <QUrl>

using namespace CareDesk;
using namespace CareDesk::Server;

namespace {

struct Routes
{
    RouteTable table;
    bool sessionGiven = false;

    Routes()
        : table([](const HttpRequest &request) -> std::variant<Agent, HttpResponse> {
            const auto role = roleFromString(QString::fromUtf8(request.authorization));
            if (!role)
                return HttpResponse::error(401, QStringLiteral("unauthorized"), QString());
            Agent agent;
            agent.id = 7;
            agent.role = *role;
            return agent;
        })
    {
        table.addId(QStringLiteral("conversation"), QStringLiteral("no such conversation"));
        table.addId(QStringLiteral("agent"), QStringLiteral("no such agent"));
        // The shapes of the server's own table (api/ServerApi.cpp).
        add("GET", "/healthz", Access::Public);
        add("POST", "/v1/sessions", Access::Public);
        add("GET", "/v1/webhooks/{channel}", Access::Public);
        add("POST", "/v1/webhooks/{channel}", Access::Public);
        add("DELETE", "/v1/sessions/current", Access::Staff);
        add("DELETE", "/v1/sessions", Access::Staff);
        add("GET", "/v1/conversations", Access::Staff);
        add("GET", "/v1/conversations/{conversation}", Access::Staff);
        add("POST", "/v1/conversations/{conversation}/{action}", Access::Workers);
        add("*", "/v1/conversations/{conversation}/{action}/{...}", Access::Staff);
        add("GET", "/v1/changes", Access::Staff);
        add("POST", "/v1/ingest", Access::Feeders);
        add("PATCH", "/v1/agents/{agent}", Access::Supervisors);
        add("PUT", "/v1/routing", Access::Supervisors);
    }

    void add(const char *method, const char *pattern, Access access)
    {
        const QString path = QString::fromLatin1(pattern);
        table.add(method, path, access, [this, path, access](const ApiCall &call) {
            Fuzz::check(access == Access::Public || sessionGiven,
                        "only a public route is answered without a session");
            // Ids the table declares are checked before any handler sees them.
            if (path.contains(u"{conversation}"))
                Fuzz::check(call.id(QStringLiteral("conversation")) > 0, "ids are positive");
            if (path.contains(u"{agent}"))
                Fuzz::check(call.id(QStringLiteral("agent")) > 0, "ids are positive");
            // The page cursor a list's query carries back to the server.
            if (const auto cursor = ConversationCursor::decode(
                    call.request.query.queryItemValue(QStringLiteral("cursor"))))
                Fuzz::check(ConversationCursor::decode(cursor->encode()).has_value(),
                            "a cursor the server gives out reads back");
            return HttpResponse::json(200, {});
        });
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Routes routes;
    const QList<QByteArray> lines = Fuzz::bytesOf(data, size).split('\n');
    const QByteArray requestLine = lines.value(0);
    const qsizetype space = requestLine.indexOf(' ');
    // The request as the HTTP adapter gives it to the API.
    HttpRequest request;
    request.method = requestLine.left(space < 0 ? 0 : space);
    const QUrl url = QUrl::fromEncoded(requestLine.mid(space + 1));
    request.path = url.path();
    request.query = QUrlQuery(url);
    request.authorization = lines.value(1);
    routes.sessionGiven = roleFromString(QString::fromUtf8(request.authorization)).has_value();

    const HttpResponse response = routes.table.handle(request);
    Fuzz::check(QList<int>{200, 401, 403, 404, 405}.contains(response.status),
                "the table answers with a handler or one of its own errors");
    Fuzz::check(response.status != 405 || !response.headers.isEmpty(), "a 405 says what to use");
    if (response.status != 200)
        Fuzz::check(QJsonDocument::fromJson(response.body)
                        .object()
                        .value(QLatin1String("error"))
                        .toObject()
                        .contains(QLatin1String("code")),
                    "every error has the API's one shape");
    return 0;
}

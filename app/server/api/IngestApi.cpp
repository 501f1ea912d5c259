#include "IngestApi.h"

#include "server/IngestRelay.h"
#include "server/ServerChannels.h"
#include "server/store/TeamSettings.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace CareDesk::Server {

namespace {

// The catalogs know these messages under the context of the server as one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamServer)
};

} // namespace

IngestApi::IngestApi(TeamSettings &teams, IngestRelay &relay, ServerChannels &channels)
    : m_teams(teams)
    , m_relay(relay)
    , m_channels(channels)
{}

HttpResponse IngestApi::ingest(const ApiCall &call)
{
    const HttpRequest &request = call.request;
    if (request.body.size() > MAX_INGEST_BYTES)
        return HttpResponse::error(413, QStringLiteral("too_large"),
                                   Tr::tr("Send at most 32 MiB of items per request."));
    // An integration feeds its own team; an admin names one (default "default").
    Core::Result<qint64> team =
        call.caller.role == Role::Integration
            ? Core::Result<qint64>(call.caller.teamId)
            : m_teams.teamId(request.query.queryItemValue(QStringLiteral("team")));
    if (!team)
        return HttpResponse::unavailable(team.error());
    // Stored piece by piece with the event loop free in between, so that everyone else is
    // answered meanwhile; the answer follows when the last piece is in.
    auto pending = std::make_shared<PendingResponse>();
    m_relay.ingest(team.value(), request.body, [pending](Core::Result<IngestOutcome> outcome) {
        if (!outcome) {
            pending->resolve(HttpResponse::unavailable(outcome.error()));
            return;
        }
        const IngestOutcome &summary = outcome.value();
        pending->resolve(HttpResponse::json(
            200, {{QStringLiteral("messages"), summary.messages},
                  {QStringLiteral("conversations"), summary.conversations},
                  {QStringLiteral("skipped"), summary.skipped},
                  {QStringLiteral("errors"), QJsonArray::fromStringList(summary.errors)},
                  {QStringLiteral("moreErrors"), summary.moreErrors}}));
    });
    return HttpResponse::deferred(pending);
}

HttpResponse IngestApi::webhook(const ApiCall &call)
{
    const HttpRequest &request = call.request;
    const QString channel = call.path.value(QStringLiteral("channel"));
    if (!m_channels.takesWebhooks(channel))
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   Tr::tr("No channel here takes webhooks under that name."));
    if (request.method == "GET") {
        // The platform's subscription check: echo the challenge to whoever knows the token.
        const QByteArray given =
            request.query.queryItemValue(QStringLiteral("hub.verify_token")).toUtf8();
        if (request.query.queryItemValue(QStringLiteral("hub.mode")) != u"subscribe" ||
            !m_channels.verifyTokenMatches(channel, given))
            return HttpResponse::error(403, QStringLiteral("forbidden"),
                                       Tr::tr("The verify token does not match."));
        HttpResponse response;
        response.body = request.query.queryItemValue(QStringLiteral("hub.challenge")).toUtf8();
        response.contentType = "text/plain";
        return response;
    }
    if (request.body.size() > MAX_INGEST_BYTES)
        return HttpResponse::error(413, QStringLiteral("too_large"),
                                   Tr::tr("The delivery is too large."));
    auto received =
        m_channels.receiveWebhook(channel, request.body, request.header("X-Hub-Signature-256"));
    if (!received) {
        if (received.error().detail == u"rejected")
            return HttpResponse::error(403, QStringLiteral("forbidden"),
                                       received.error().userMessage);
        return HttpResponse::unavailable(received.error());
    }
    return HttpResponse::json(200, {{QStringLiteral("messages"), received.value()}});
}

} // namespace CareDesk::Server

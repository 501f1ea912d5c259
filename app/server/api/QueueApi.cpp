#include "QueueApi.h"

#include "Clock.h"
#include "server/ChangeFanout.h"
#include "server/TeamShifts.h"
#include "server/http/JsonBody.h"
#include "server/store/TeamStore.h"

#include <QCoreApplication>

namespace CareDesk::Server {

namespace {

// The catalogs know these messages under the context of the server as one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamServer)
};

} // namespace

QueueApi::QueueApi(TeamStore &store, ChangeFanout &fanout, TeamShifts &shifts,
                   const Core::Clock &clock)
    : m_store(store)
    , m_fanout(fanout)
    , m_shifts(shifts)
    , m_clock(clock)
{}

HttpResponse QueueApi::next(const ApiCall &call)
{
    auto taken = m_store.dispatcher().takeNext(call.caller, m_clock.now().toMSecsSinceEpoch());
    if (!taken)
        return HttpResponse::unavailable(taken.error());
    if (!taken.value())
        return HttpResponse::noContent();
    m_fanout.changed(call.caller.teamId);
    return HttpResponse::json(200, *taken.value());
}

HttpResponse QueueApi::presence(const ApiCall &call)
{
    auto parsed = JsonBody::parse(call.request, {{QStringLiteral("presence"), QJsonValue::String}});
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    const auto presence = presenceFromString(
        std::get<QJsonObject>(parsed).value(QLatin1String("presence")).toString());
    if (!presence)
        return HttpResponse::error(422, QStringLiteral("invalid"),
                                   Tr::tr("presence must be available, away or offline."));
    if (auto set = m_store.accounts().setPresence(call.caller, *presence,
                                                  m_clock.now().toMSecsSinceEpoch());
        !set)
        return HttpResponse::unavailable(set.error());
    // Against the roster, what the agent set holds until the roster next changes for them.
    m_shifts.presenceSetByAgent(call.caller);
    m_fanout.changed(call.caller.teamId);
    Agent updated = call.caller;
    updated.presence = *presence;
    return HttpResponse::json(200, updated.toJson());
}

} // namespace CareDesk::Server

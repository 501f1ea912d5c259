#include "ShiftsApi.h"

#include "server/TeamShifts.h"
#include "server/http/JsonBody.h"

namespace CareDesk::Server {

namespace {

// TeamShifts marks a mistake in what was asked "invalid" and a request that came too late
// "conflict"; anything else is the server's trouble.
HttpResponse answer(const Core::Result<QJsonObject> &result)
{
    if (result)
        return HttpResponse::json(200, result.value());
    if (result.error().detail == u"invalid")
        return HttpResponse::error(422, QStringLiteral("invalid"), result.error().userMessage);
    if (result.error().detail == u"conflict")
        return HttpResponse::error(409, QStringLiteral("conflict"), result.error().userMessage);
    return HttpResponse::unavailable(result.error());
}

} // namespace

ShiftsApi::ShiftsApi(TeamShifts &shifts)
    : m_shifts(shifts)
{}

HttpResponse ShiftsApi::teamShifts(const ApiCall &call)
{
    return answer(m_shifts.teamShifts(call.caller.teamId));
}

HttpResponse ShiftsApi::setRoster(const ApiCall &call)
{
    auto parsed =
        JsonBody::parse(call.request, {{QStringLiteral("shifts"), QJsonValue::Array},
                                       {QStringLiteral("shiftPost"), QJsonValue::String, false}});
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    return answer(m_shifts.setRoster(call.caller.teamId, call.request.body));
}

HttpResponse ShiftsApi::myShift(const ApiCall &call)
{
    return answer(m_shifts.myShift(call.caller));
}

HttpResponse ShiftsApi::decidePost(const ApiCall &call)
{
    auto parsed =
        JsonBody::parse(call.request, {{QStringLiteral("decision"), QJsonValue::String},
                                       {QStringLiteral("channel"), QJsonValue::String, false},
                                       {QStringLiteral("text"), QJsonValue::String, false}});
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    return answer(m_shifts.decidePost(call.caller, std::get<QJsonObject>(parsed)));
}

} // namespace CareDesk::Server

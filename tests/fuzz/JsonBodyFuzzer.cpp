// The team server's request bodies: one JSON object with exactly the fields a route describes
// (server/http/JsonBody.h), and the SLA policy a lead sends with PUT /v1/routing.
#include "FuzzSupport.h"

#include <server/http/JsonBody.h>
#include <triage/SlaPolicy.h>

#include <QJsonDocument>

using namespace CareDesk;
using namespace CareDesk::Server;

namespace {

using Fields = QList<JsonBody::Field>;

// The field lists of some of the server's routes.
const QList<Fields> &routeFields()
{
    static const QList<Fields> fields{
        // POST /v1/sessions
        {{QStringLiteral("login"), QJsonValue::String},
         {QStringLiteral("password"), QJsonValue::String}},
        // POST /v1/agents
        {{QStringLiteral("login"), QJsonValue::String},
         {QStringLiteral("password"), QJsonValue::String},
         {QStringLiteral("name"), QJsonValue::String, false},
         {QStringLiteral("role"), QJsonValue::String},
         {QStringLiteral("languages"), QJsonValue::Array, false},
         {QStringLiteral("capacity"), QJsonValue::Double, false}},
        // PUT /v1/routing
        {{QStringLiteral("policy"), QJsonValue::String, false},
         {QStringLiteral("offlineGraceSecs"), QJsonValue::Double, false},
         {QStringLiteral("sla"), QJsonValue::Object, false}},
        // POST /v1/conversations/{conversation}/reply
        {{QStringLiteral("clientId"), QJsonValue::String},
         {QStringLiteral("text"), QJsonValue::String},
         {QStringLiteral("visibility"), QJsonValue::String},
         {QStringLiteral("baseRev"), QJsonValue::Double}},
    };
    return fields;
}

void checkBody(const QJsonObject &body, const Fields &fields)
{
    for (const JsonBody::Field &field : fields) {
        const QJsonValue value = body.value(field.name);
        Fuzz::check(!value.isUndefined() || !field.required, "every required field is there");
        Fuzz::check(value.isUndefined() || value.type() == field.type, "every field has its type");
    }
    Fuzz::check(body.size() <= fields.size(), "no field beyond those described");
}

// A team's SLA policy as the server stores it and dates replies by.
void checkSla(const QByteArray &json)
{
    const auto policy = Triage::SlaPolicy::fromJson(json);
    if (!policy)
        return;
    const auto stored = Triage::SlaPolicy::fromJson(policy.value().toJson());
    Fuzz::check(stored.ok(), "a policy as stored reads back");
    const qint64 startMs = 1793606400000; // a Monday, 09:20 UTC
    Fuzz::check(policy.value().dueFromMs(startMs) >= startMs, "a reply is never due before "
                                                              "the message arrived");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HttpRequest request;
    request.method = "POST";
    request.body = Fuzz::bytesOf(data, size);
    for (const Fields &fields : routeFields()) {
        const auto parsed = JsonBody::parse(request, fields);
        if (const auto *response = std::get_if<HttpResponse>(&parsed)) {
            Fuzz::check(QList<int>{400, 413, 422}.contains(response->status),
                        "a body is refused with 400, 413 or 422");
            continue;
        }
        const QJsonObject body = std::get<QJsonObject>(parsed);
        checkBody(body, fields);
        if (body.contains(QLatin1String("sla")))
            checkSla(QJsonDocument(body.value(QLatin1String("sla")).toObject()).toJson());
    }
    return 0;
}

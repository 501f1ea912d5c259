#include "JsonBody.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace CareDesk::Server::JsonBody {

namespace {

// The catalogs know these messages under the context of the server as one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamServer)
};

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::Bool:
        return QStringLiteral("true or false");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("a value");
    }
}

} // namespace

std::variant<QJsonObject, HttpResponse> parse(const HttpRequest &request,
                                              const QList<Field> &fields)
{
    if (request.body.size() > MAX_BYTES)
        return HttpResponse::error(413, QStringLiteral("too_large"),
                                   Tr::tr("The request body is too large."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return HttpResponse::error(400, QStringLiteral("bad_request"),
                                   Tr::tr("The request body must be one JSON object in UTF-8 (%1).")
                                       .arg(parseError.errorString()));
    const QJsonObject body = document.object();
    for (auto it = body.begin(); it != body.end(); ++it) {
        const bool known = std::any_of(fields.begin(), fields.end(),
                                       [&](const Field &field) { return field.name == it.key(); });
        if (!known)
            return HttpResponse::error(422, QStringLiteral("invalid"),
                                       Tr::tr("Unknown field \"%1\".").arg(it.key()));
    }
    for (const Field &field : fields) {
        const QJsonValue value = body.value(field.name);
        if (value.isUndefined()) {
            if (field.required)
                return HttpResponse::error(422, QStringLiteral("invalid"),
                                           Tr::tr("The field \"%1\" is missing.").arg(field.name));
            continue;
        }
        if (value.type() != field.type)
            return HttpResponse::error(
                422, QStringLiteral("invalid"),
                Tr::tr("The field \"%1\" must be %2.").arg(field.name, typeName(field.type)));
    }
    return body;
}

} // namespace CareDesk::Server::JsonBody

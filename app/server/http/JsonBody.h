#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <variant>

namespace CareDesk::Server::JsonBody {

// A request body as the API reads it: one JSON object with exactly the fields described.

struct Field
{
    QString name;
    QJsonValue::Type type;
    bool required = true;
};

// Larger bodies are refused unread (POST /v1/ingest takes its own, larger limit).
constexpr qsizetype MAX_BYTES = 64 * 1024;

// The body, or the 4xx that says why not: 413 too large, 400 not JSON (or not UTF-8), 422 a
// missing, unknown or mistyped field.
std::variant<QJsonObject, HttpResponse> parse(const HttpRequest &request,
                                              const QList<Field> &fields);

} // namespace CareDesk::Server::JsonBody

#pragma once

#include "server/http/HttpResponse.h"

#include <QJsonValue>
#include <QString>

#include <variant>

namespace CareDesk::Server::RequestNumbers {

// Numbers from the network, checked before they are used: a whole number within the range the
// field allows, or the 400 that names the field and the range. A JSON number is a double, and
// casting one that is fractional, huge or infinite to an integer is undefined, so nothing is
// cast before it is checked.

// Ids, revisions and times: whole numbers a double holds exactly (2^53 - 1).
constexpr qint64 LARGEST = (qint64(1) << 53) - 1;

using Checked = std::variant<qint64, HttpResponse>;

// A JSON value: a number, whole, from `min` to `max`.
Checked fromJson(const QJsonValue &value, const QString &name, qint64 min, qint64 max = LARGEST);
// A query item or path segment: decimal digits (a minus sign first at most), from `min` to `max`.
Checked fromText(const QString &text, const QString &name, qint64 min, qint64 max = LARGEST);

} // namespace CareDesk::Server::RequestNumbers

#pragma once

#include "Result.h"

#include <QJsonObject>

#include <functional>
#include <iosfwd>

namespace CareDesk::Cli {

// Applies `handle` to each JSON object read from `in`, one per line, and writes one line to
// `out` for each: the result, or {"error":{"line":N,"message":"..."}} for a line that is not a
// JSON object, not UTF-8, or that `handle` rejects. Nothing is dropped and nothing aborts the
// run. Returns the exit code: 0 when every line succeeded, 1 otherwise.
int processJsonLines(std::istream &in, std::ostream &out,
                     const std::function<Core::Result<QJsonObject>(const QJsonObject &)> &handle);

void writeJsonLine(std::ostream &out, const QJsonObject &object);

} // namespace CareDesk::Cli

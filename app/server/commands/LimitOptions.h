#pragma once

#include "server/ServerLimits.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace CareDesk::Server::LimitOptions {

// Applies `--limit NAME=VALUE` settings (e.g. "connections-per-address=1000"); what is wrong
// with the first bad one, naming it, otherwise.
std::optional<QString> apply(const QStringList &settings, ServerLimits &limits);

// The names, what each means and its default, one per line, for --help and the README.
QString describe();

} // namespace CareDesk::Server::LimitOptions

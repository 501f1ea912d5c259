#pragma once

#include <QStringList>

#include <vector>

namespace CareDesk::Storage {

// The workspace schema history: entry N-1 takes a workspace from version N-1 to N. Each entry is
// one numbered script, storage/schema/NNNN-what.sql, compiled in. Scripts are only ever added; a
// shipped script never changes.
const std::vector<QStringList> &workspaceMigrations();

} // namespace CareDesk::Storage

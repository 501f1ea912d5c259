#pragma once

#include <QStringList>

#include <vector>

namespace CareDesk::Storage {

// The workspace schema history: entry N-1 takes a workspace from version N-1 to N. Entries are
// only ever appended; a shipped entry never changes.
const std::vector<QStringList> &workspaceMigrations();

} // namespace CareDesk::Storage

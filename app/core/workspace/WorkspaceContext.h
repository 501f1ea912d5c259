#pragma once

#include "Result.h"
#include "storage/Database.h"
#include "workspace/TriageSetup.h"

#include <QString>

#include <memory>

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Workspace {

// What every part of a workspace shares: its folder, the clock, and, once the workspace is
// open, its database connection and the triage it runs. The parts live on the storage thread
// with it and do nothing while it is closed.
struct WorkspaceContext
{
    WorkspaceContext(QString workspaceDirectory, const Core::Clock &workspaceClock)
        : directory(std::move(workspaceDirectory))
        , clock(workspaceClock)
    {}

    // Opens (creating if needed) the workspace file in `directory` and sets up its triage. The
    // team's triage files that cannot be read are in triage.problems(); the workspace opens
    // with the built-in defaults instead.
    Core::Result<void> open();
    bool isOpen() const { return db != nullptr; }
    QSqlDatabase &connection() const { return db->connection(); }

    const QString directory;
    const Core::Clock &clock;
    std::unique_ptr<Storage::Database> db;
    TriageSetup triage;
};

} // namespace CareDesk::Workspace

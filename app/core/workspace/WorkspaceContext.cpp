#include "WorkspaceContext.h"

#include <QCoreApplication>
#include <QDir>

namespace CareDesk::Workspace {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Workspace::WorkspaceService)
};

} // namespace

Core::Result<void> WorkspaceContext::open()
{
    if (!QDir().mkpath(directory))
        return Core::Error{Tr::tr("The workspace folder could not be created."), directory};
    auto opened = Storage::Database::open(Storage::Database::fileIn(directory));
    if (!opened)
        return opened.error();
    db = std::move(opened).value();
    triage = TriageSetup::load(directory, db->connection());
    return {};
}

} // namespace CareDesk::Workspace

#include "Migrations.h"

#include "SchemaMigrator.h"

#include <QtGlobal>

// caredesk_core is a static library: its resources reach a program only through a reference.
static void initWorkspaceSchema()
{
    Q_INIT_RESOURCE(caredesk_workspace_schema);
}

namespace CareDesk::Storage {

const std::vector<QStringList> &workspaceMigrations()
{
    static const std::vector<QStringList> migrations = [] {
        initWorkspaceSchema();
        auto scripts = readMigrationScripts(QStringLiteral(":/caredesk/schema/workspace"));
        // The scripts are part of the program: without them it was built wrong.
        if (!scripts)
            qFatal("%s", qPrintable(scripts.error().detail));
        return std::move(scripts).value();
    }();
    return migrations;
}

} // namespace CareDesk::Storage

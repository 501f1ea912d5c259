#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace CareDesk::Storage {

// Brings a database to the newest schema: reads the version kept in `metaTable`, refuses a
// version newer than `steps` knows (changing nothing), then applies each missing step in its own
// transaction, so a crash leaves the previous version, never something in between. Entry N-1 of
// `steps` takes the schema from N-1 to N. Portable SQL only: shared by SQLite and PostgreSQL.
// Returns the version the database is at afterwards.
Core::Result<int> migrateSchema(QSqlDatabase &db, const QString &metaTable,
                                const std::vector<QStringList> &steps);

// Reads a schema history for migrateSchema() from `directory` (a resource folder): one script
// per version, named NNNN-what.sql and numbered from 0001 without a gap. A statement ends with
// ';' at the end of a line and its lines are joined with one space; lines starting with "--"
// are comments.
Core::Result<std::vector<QStringList>> readMigrationScripts(const QString &directory);

} // namespace CareDesk::Storage

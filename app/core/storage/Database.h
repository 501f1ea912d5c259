// Storage: the workspace's SQLite file, its schema scripts, and the SQL stores and writers.
// May use model/, the SDK's, triage's and channels' value types, QtSql and SQLite only.
#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace CareDesk::Storage {

// Process-wide SQLite settings; Database::open applies them. A program that opens SQLite
// databases by other means first calls it itself.
void configureSqlite();

// One SQLite workspace file: opened in WAL mode, migrated to the schema this program knows.
// The object owns its QSqlDatabase connection and must be used on the thread that opened it.
class Database final
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) the database at `filePath` under a connection name unique to
    // this object. Fails with a clear message on a broken file, a failed migration, a schema
    // newer than this program, or when WAL cannot be enabled.
    static Core::Result<std::unique_ptr<Database>> open(const QString &filePath);
    // Where a workspace folder keeps its database.
    static QString fileIn(const QString &workspaceDirectory);

    static int latestSchemaVersion();

    QSqlDatabase &connection() { return m_db; }
    QString filePath() const { return m_filePath; }
    int schemaVersion() const { return m_schemaVersion; }

private:
    Database(QString connectionName, QString filePath);
    Core::Result<void> prepare();
    Core::Result<void> migrate();

    QString m_connectionName;
    QString m_filePath;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
};

} // namespace CareDesk::Storage

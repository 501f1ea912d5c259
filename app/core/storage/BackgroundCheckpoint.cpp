#include "BackgroundCheckpoint.h"

#include "Logging.h"
#include "SqliteStatement.h"

#include <sqlite3.h>

#include <chrono>

namespace CareDesk::Storage {

BackgroundCheckpoint::BackgroundCheckpoint(const QSqlDatabase &db, int maxFramesInLog)
    : m_maxFramesInLog(maxFramesInLog)
    , m_writer(sqliteHandle(db))
{
    const char *file = m_writer ? sqlite3_db_filename(m_writer, "main") : nullptr;
    if (!file || !*file) // in memory: nothing to copy
        return;
    if (sqlite3_open_v2(file, &m_copier, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK ||
        sqlite3_exec(m_copier, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr) !=
            SQLITE_OK) {
        qCWarning(lcStorage) << "background checkpoint unavailable:" << sqlite3_errmsg(m_copier);
        sqlite3_close(m_copier);
        m_copier = nullptr;
        return;
    }
    SqliteStatement setting(m_writer, "PRAGMA wal_autocheckpoint");
    const auto pages = setting.lookupInt64();
    m_writerAutoCheckpoint =
        pages && pages.value() ? static_cast<int>(*pages.value()) : 1000; // SQLite's default
    // Replaces the writer's own checkpointing, which is SQLite's hook at the same place.
    sqlite3_wal_hook(m_writer, &BackgroundCheckpoint::noteLogLength, this);
}

BackgroundCheckpoint::~BackgroundCheckpoint()
{
    if (m_copying.valid())
        m_copying.wait();
    if (m_copier) {
        sqlite3_wal_autocheckpoint(m_writer, m_writerAutoCheckpoint); // SQLite's hook again
        sqlite3_close(m_copier);
    }
}

void BackgroundCheckpoint::afterCommit()
{
    if (!m_copier)
        return;
    const bool copying = m_copying.valid() &&
                         m_copying.wait_for(std::chrono::seconds(0)) != std::future_status::ready;
    if (m_framesInLog > m_maxFramesInLog) {
        // SQLite starts the log over only when a copy of all of it ended before the next write
        // began, which a copy beside the writer never does: once in a while the writer copies
        // the rest itself, as it would have after each commit.
        if (m_copying.valid())
            m_copying.wait();
        copy(m_writer);
        return;
    }
    if (!copying)
        m_copying = std::async(std::launch::async, [this] { copy(m_copier); });
}

void BackgroundCheckpoint::copy(sqlite3 *connection)
{
    // Passive: copies what no reader still needs from the log and never waits for anyone.
    const int result =
        sqlite3_wal_checkpoint_v2(connection, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    if (result != SQLITE_OK && result != SQLITE_BUSY)
        qCWarning(lcStorage) << "checkpoint failed:" << sqlite3_errstr(result);
}

int BackgroundCheckpoint::noteLogLength(void *self, sqlite3 *, const char *, int framesInLog)
{
    static_cast<BackgroundCheckpoint *>(self)->m_framesInLog = framesInLog;
    return SQLITE_OK;
}

} // namespace CareDesk::Storage

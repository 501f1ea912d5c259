#pragma once

#include <QSqlDatabase>

#include <future>

struct sqlite3;

namespace CareDesk::Storage {

// Checkpoints on another thread while a long import writes batch after batch: copies the pages
// that earlier batches committed from the write-ahead log into the workspace file, through a
// connection of its own. Left to SQLite, the writing connection does this after each commit,
// on the thread an import waits for. While this object lives, the writing connection copies
// only when the log has grown too long; afterwards, it does as before.
class BackgroundCheckpoint final
{
public:
    // About 64 MiB of log at SQLite's page size: the log is read too, and is slower to search
    // the longer it grows.
    static constexpr int DEFAULT_MAX_FRAMES_IN_LOG = 16384;

    explicit BackgroundCheckpoint(const QSqlDatabase &db,
                                  int maxFramesInLog = DEFAULT_MAX_FRAMES_IN_LOG);
    ~BackgroundCheckpoint();
    BackgroundCheckpoint(const BackgroundCheckpoint &) = delete;
    BackgroundCheckpoint &operator=(const BackgroundCheckpoint &) = delete;

    // Call after a commit: starts copying on another thread, unless a copy is still running.
    void afterCommit();

private:
    static void copy(sqlite3 *connection);
    // SQLite tells the writing connection after each commit how long the log is.
    static int noteLogLength(void *self, sqlite3 *connection, const char *database,
                             int framesInLog);

    const int m_maxFramesInLog;
    sqlite3 *m_writer = nullptr;
    sqlite3 *m_copier = nullptr;    // null: the file cannot be opened twice; SQLite copies as usual
    int m_writerAutoCheckpoint = 0; // the writing connection's own setting, given back at the end
    std::future<void> m_copying;
    int m_framesInLog = 0; // as of the writer's last commit
};

} // namespace CareDesk::Storage

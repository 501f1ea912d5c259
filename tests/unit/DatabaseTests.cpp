#include "storage/Database.h"
#include "support/TestSupport.h"


#include <QSqlQuery>

using namespace CareDesk;

TEST_CASE("A new workspace is created in WAL mode at the latest schema")
{
    Testing::TempWorkspace dir;
    auto db = Storage::Database::open(dir.file(QStringLiteral("workspace.sqlite")));
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == Storage::Database::latestSchemaVersion());

    QSqlQuery query(db.value()->connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(query.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("ok"));
}

TEST_CASE("Opening a workspace twice keeps its data and does not migrate again")
{
    Testing::TempWorkspace dir;
    const QString file = dir.file(QStringLiteral("workspace.sqlite"));
    {
        auto db = Storage::Database::open(file);
        REQUIRE(db.ok());
        QSqlQuery query(db.value()->connection());
        REQUIRE(query.exec(QStringLiteral("INSERT INTO channels(plugin_id, name, platform, created_at)"
                                          " VALUES('sandbox', 'Practice', 'sandbox', 0)")));
    }
    auto again = Storage::Database::open(file);
    REQUIRE(again.ok());
    QSqlQuery query(again.value()->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM channels")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
}

TEST_CASE("A workspace from a newer CareDesk is refused with a clear message and left untouched")
{
    Testing::TempWorkspace dir;
    const QString file = dir.file(QStringLiteral("workspace.sqlite"));
    {
        auto db = Storage::Database::open(file);
        REQUIRE(db.ok());
        QSqlQuery query(db.value()->connection());
        REQUIRE(query.exec(QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'")));
    }
    auto newer = Storage::Database::open(file);
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().userMessage.contains(QStringLiteral("newer version of CareDesk")));
    CHECK(newer.error().detail.contains(QStringLiteral("999")));
}

TEST_CASE("A file that is not a workspace gives a clear error instead of a crash")
{
    Testing::TempWorkspace dir;
    dir.write(QStringLiteral("workspace.sqlite"), QByteArray(4096, 'x'));
    auto db = Storage::Database::open(dir.file(QStringLiteral("workspace.sqlite")));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().userMessage.contains(QStringLiteral("damaged")));
}

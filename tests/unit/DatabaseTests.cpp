#include "storage/BackgroundCheckpoint.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SchemaMigrator.h"
#include "storage/WorkspaceStore.h"
#include "support/TestSupport.h"

#include <QFileInfo>
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
        REQUIRE(
            query.exec(QStringLiteral("INSERT INTO channels(plugin_id, name, platform, created_at)"
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
        REQUIRE(query.exec(
            QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'")));
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

TEST_CASE("Messages found by search before an upgrade are still found after it")
{
    Testing::TempWorkspace dir;
    const QString file = dir.file(QStringLiteral("workspace.sqlite"));
    {
        // A workspace as the previous schema left it, with one message in its search index.
        QSqlDatabase old =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema-2"));
        old.setDatabaseName(file);
        REQUIRE(old.open());
        const auto &all = Storage::workspaceMigrations();
        REQUIRE(all.size() >= 3);
        auto migrated =
            Storage::migrateSchema(old, QStringLiteral("meta"), {all.begin(), all.begin() + 2});
        REQUIRE(migrated.ok());
        REQUIRE(migrated.value() == 2);
        QSqlQuery query(old);
        for (const char *statement :
             {"INSERT INTO channels(id, plugin_id, name, platform, created_at) VALUES(1, '', "
              "'AcmeHelp', 'twitter', 0)",
              "INSERT INTO customers(id, display_name, created_at) VALUES(1, 'Jane Doe', 0)",
              "INSERT INTO identities(id, customer_id, platform, platform_user_id, handle, "
              "display_name)"
              " VALUES(1, 1, 'twitter', '42', 'jane', 'Jane Doe')",
              "INSERT INTO conversations(id, channel_id, customer_id, thread_key, sla_due, "
              "created_at, updated_at)"
              " VALUES(1, 1, 1, '100', 0, 0, 0)",
              "INSERT INTO messages(id, conversation_id, channel_id, platform_id, direction, "
              "visibility, identity_id,"
              " text, created_at) VALUES(1, 1, 1, '100', 'in', 'public', 1, 'my router keeps "
              "dropping', 0)",
              "INSERT INTO message_search(rowid, text, customer) VALUES(1, 'my router keeps "
              "dropping', 'Jane Doe jane')"}) {
            REQUIRE(query.exec(QString::fromLatin1(statement)));
        }
        query.finish();
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema-2"));

    auto db = Storage::Database::open(file);
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == Storage::Database::latestSchemaVersion());
    Storage::WorkspaceStore store(db.value()->connection());
    for (const QString &words : {QStringLiteral("router"), QStringLiteral("jane")}) {
        auto hits = store.search(words, 10);
        REQUIRE(hits.ok());
        REQUIRE(hits.value().size() == 1);
        CHECK(hits.value().first().text == QStringLiteral("my router keeps dropping"));
    }
}

TEST_CASE(
    "A long import's log is copied into the workspace beside it and starts over instead of growing")
{
    Testing::TempWorkspace dir;
    const QString file = dir.file(QStringLiteral("workspace.sqlite"));
    auto db = Storage::Database::open(file);
    REQUIRE(db.ok());
    QSqlDatabase connection = db.value()->connection();
    QSqlQuery query(connection);
    const auto setting = [&query] {
        REQUIRE(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint")));
        REQUIRE(query.next());
        return query.value(0).toInt();
    };
    REQUIRE(query.exec(QStringLiteral("CREATE TABLE imported(body BLOB NOT NULL)")));
    const int before = setting();

    constexpr int BATCHES = 100;
    constexpr int ROWS_PER_BATCH = 10; // about 4 KiB each: a page each
    {
        Storage::BackgroundCheckpoint checkpoint(connection, 64);
        CHECK(setting() == 0); // the writer leaves the copying to the other thread
        for (int batch = 0; batch < BATCHES; ++batch) {
            REQUIRE(connection.transaction());
            for (int row = 0; row < ROWS_PER_BATCH; ++row)
                REQUIRE(
                    query.exec(QStringLiteral("INSERT INTO imported VALUES(randomblob(4000))")));
            REQUIRE(connection.commit());
            checkpoint.afterCommit();
        }
    }
    CHECK(setting() == before);

    // 1,000 pages were written; a log that never started over would hold them all.
    const qint64 written = qint64(BATCHES) * ROWS_PER_BATCH * 4096;
    CHECK(QFileInfo(file + QStringLiteral("-wal")).size() < written / 2);

    auto reopened = Storage::Database::open(file);
    REQUIRE(reopened.ok());
    QSqlQuery check(reopened.value()->connection());
    REQUIRE(check.exec(QStringLiteral("SELECT COUNT(*) FROM imported")));
    REQUIRE(check.next());
    CHECK(check.value(0).toInt() == BATCHES * ROWS_PER_BATCH);
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
}

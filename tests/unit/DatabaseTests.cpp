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

TEST_CASE("An upgrade undoes X's escapes of &, < and > in stored X texts only, once, and search "
          "finds them")
{
    Testing::TempWorkspace dir;
    const QString file = dir.file(QStringLiteral("workspace.sqlite"));
    {
        // A workspace as schema 9 left it: X's texts stored as X sent them, and indexed so.
        QSqlDatabase old =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema-9"));
        old.setDatabaseName(file);
        REQUIRE(old.open());
        const auto &all = Storage::workspaceMigrations();
        REQUIRE(all.size() >= 10);
        auto migrated =
            Storage::migrateSchema(old, QStringLiteral("meta"), {all.begin(), all.begin() + 9});
        REQUIRE(migrated.ok());
        REQUIRE(migrated.value() == 9);
        QSqlQuery query(old);
        for (const char *statement :
             {// 1: an X channel; 2: a tweet archive; 3: Facebook; 4: what a team sent the
              // server as plain text; 5: a team server's conversation mirrored here.
              "INSERT INTO channels(id, plugin_id, name, platform, created_at) VALUES"
              " (1, 'twitter', 'AcmeHelp', 'twitter', 0), (2, '', 'AcmeArchive', 'twitter', 0),"
              " (3, 'facebook', 'Acme', 'facebook', 0), (4, '', 'Forum', '7/twitter', 0),"
              " (5, '', 'AcmeTeam', 'twitter', 0)",
              "INSERT INTO customers(id, display_name, created_at) VALUES(1, 'Jane Doe', 0)",
              // The name she had when her first message was indexed was "Jane D".
              "INSERT INTO identities(id, customer_id, platform, platform_user_id, handle, "
              "display_name) VALUES(1, 1, 'twitter', '42', 'jane', 'Jane Doe')",
              "INSERT INTO conversations(id, channel_id, customer_id, thread_key, sla_due, "
              "created_at, updated_at) VALUES(1, 1, 1, '100', 0, 0, 0)",
              "INSERT INTO messages(id, conversation_id, channel_id, platform_id, direction, "
              "visibility, identity_id, text, created_at) VALUES"
              " (1, 1, 1, '100', 'in', 'public', 1, 'Zip code &amp; item for AT&amp;T &lt;3', 0),"
              " (2, 1, 1, '101', 'in', 'public', 1, 'I typed &amp;amp; and &amp;lt;b&amp;gt;', 0),"
              " (3, 1, 1, '102', 'out', 'public', NULL, 'Try Q&amp;A -&gt; help', 0),"
              " (4, 1, 1, '103', 'out', 'public', NULL, 'We wrote &amp; on purpose', 0),"
              " (5, 1, 2, '200', 'in', 'public', 1, 'archived &lt;&gt; &amp; here', 0),"
              " (6, 1, 3, 'c1', 'in', 'public', 1, 'Fish &amp; chips, as typed', 0),"
              " (7, 1, 4, 'f1', 'in', 'public', 1, 'Forum &amp; as typed', 0),"
              " (8, 1, 5, 'm1', 'in', 'public', 1, 'Mirrored &amp; from the server', 0)",
              // Message 4 was sent from this desk: its outbox row holds the agent's text.
              "INSERT INTO outbox(client_id, channel_id, conversation_id, kind, text, state, "
              "platform_id, created_at, updated_at) VALUES('c-1', 1, 1, 'mention', "
              "'We wrote &amp; on purpose', 'sent', '103', 0, 0)",
              "INSERT INTO team_links(entity, server_id, local_id) VALUES('message', '9', 8)",
              "INSERT INTO noise(channel_id, platform_id, reason, identity_id, text, "
              "created_at) VALUES(1, '104', 'repost', 1, 'RT Zip &amp; code', 0),"
              " (3, 'c2', 'duplicate', 1, 'Fish &amp; chips', 0)",
              "INSERT INTO message_search(rowid, text, customer)"
              " SELECT m.id, m.text, CASE WHEN m.identity_id IS NULL THEN '' ELSE 'Jane D jane'"
              " END FROM messages m"}) {
            INFO(statement);
            REQUIRE(query.exec(QString::fromLatin1(statement)));
        }
        query.finish();
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema-9"));

    const auto textsOf = [](QSqlDatabase connection, const char *table) {
        QSqlQuery query(connection);
        REQUIRE(query.exec(
            QStringLiteral("SELECT text FROM %1 ORDER BY id").arg(QLatin1String(table))));
        QStringList texts;
        while (query.next())
            texts.append(query.value(0).toString());
        return texts;
    };
    const QStringList expected{
        QStringLiteral("Zip code & item for AT&T <3"),
        QStringLiteral("I typed &amp; and &lt;b&gt;"), // X's escapes undone once, never twice
        QStringLiteral("Try Q&A -> help"),             // the brand's post from X's own app
        QStringLiteral("We wrote &amp; on purpose"),   // sent from here: plain already
        QStringLiteral("archived <> & here"),
        QStringLiteral("Fish &amp; chips, as typed"), // Facebook does not escape
        QStringLiteral("Forum &amp; as typed"),
        QStringLiteral("Mirrored &amp; from the server")};
    for (int open = 1; open <= 2; ++open) {
        INFO("opened " << open << " time(s)");
        auto db = Storage::Database::open(file);
        REQUIRE(db.ok());
        CHECK(db.value()->schemaVersion() == Storage::Database::latestSchemaVersion());
        QSqlDatabase connection = db.value()->connection();
        CHECK(textsOf(connection, "messages") == expected);
        CHECK(textsOf(connection, "noise") ==
              QStringList{QStringLiteral("RT Zip & code"), QStringLiteral("Fish &amp; chips")});

        Storage::WorkspaceStore store(connection);
        const auto found = [&](const QString &words) {
            QStringList texts;
            auto hits = store.search(words, 10);
            REQUIRE(hits.ok());
            for (const Core::SearchHit &hit : hits.value())
                texts.append(hit.text);
            texts.sort();
            return texts;
        };
        CHECK(found(QStringLiteral("AT&T")) == QStringList{expected[0]});
        CHECK(found(QStringLiteral("Q&A")) == QStringList{expected[2]});
        // Only where the customer or agent really typed "&amp;".
        CHECK(found(QStringLiteral("amp")) ==
              QStringList{expected[5], expected[6], expected[1], expected[7], expected[3]});
        // The index was made again from the texts: it has the customer's name of today.
        CHECK(found(QStringLiteral("zip doe")) == QStringList{expected[0]});
        QSqlQuery check(connection);
        CHECK(check.exec(QStringLiteral(
            "INSERT INTO message_search(message_search) VALUES('integrity-check')")));
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

#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/WorkspaceStore.h"
#include "support/TestSupport.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <tuple>

using namespace CareDesk;

namespace {

using Core::ConversationStatus;
using Core::InboxQuery;
using Core::InboxSort;

const qint64 BASE_MS = 1'790'000'000'000; // 2026-09-21
constexpr qint64 MINUTE_MS = 60'000;

// One conversation of the test workspace, as the expectations see it.
struct Seed
{
    qint64 id = 0;
    qint64 channelId = 0;
    ConversationStatus status = ConversationStatus::New;
    QString category;
    QString language;
    QString assignee;
    bool actionable = false;
    int priority = 0;
    qint64 slaDueMs = 0;
    qint64 updatedMs = 0;
    qint64 waitingSinceMs = 0; // 0: nothing of the customer's waits for an answer
};

struct Workspace
{
    Testing::TempWorkspace dir;
    std::unique_ptr<Storage::Database> db;
    qint64 nextMessage = 1;

    Workspace()
    {
        auto opened = Storage::Database::open(dir.file(QStringLiteral("workspace.sqlite")));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }

    Storage::WorkspaceStore store() { return Storage::WorkspaceStore(db->connection()); }

    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(db->connection());
        REQUIRE(query.prepare(sql));
        for (const QVariant &value : values)
            query.addBindValue(value);
        INFO(query.lastError().text().toStdString());
        REQUIRE(query.exec());
    }

    qint64 addChannel(const QString &name, const QString &platform)
    {
        exec(QStringLiteral("INSERT INTO channels(plugin_id, name, platform, created_at) "
                            "VALUES('sandbox', ?, ?, 0)"),
             {name, platform});
        return lastId();
    }

    qint64 addCustomer(const QString &name, const QString &platform)
    {
        exec(QStringLiteral("INSERT INTO customers(display_name, created_at) VALUES(?, 0)"),
             {name});
        const qint64 customerId = lastId();
        exec(QStringLiteral("INSERT INTO identities(customer_id, platform, platform_user_id, "
                            "handle, display_name)"
                            " VALUES(?, ?, ?, ?, ?)"),
             {customerId, platform, QString::number(customerId), name.toLower(), name});
        return customerId;
    }

    void addConversation(const Seed &seed, qint64 customerId)
    {
        // Text columns are NOT NULL; QtSql binds a null QString as NULL.
        const auto text = [](const QString &value) {
            return value.isNull() ? QStringLiteral("") : value;
        };
        exec(QStringLiteral(
                 "INSERT INTO conversations(id, channel_id, customer_id, thread_key, status, "
                 "language,"
                 " priority, sla_due, assignee, created_at, updated_at, category, actionable)"
                 " VALUES(?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {seed.id, seed.channelId, customerId, Core::toString(seed.status), text(seed.language),
              seed.priority, seed.slaDueMs, text(seed.assignee), BASE_MS, seed.updatedMs,
              text(seed.category), seed.actionable ? 1 : 0});
    }

    qint64 addMessage(qint64 conversationId, qint64 channelId, const QString &direction,
                      const QString &addressed, qint64 createdMs, const QString &text)
    {
        const qint64 id = nextMessage++;
        exec(QStringLiteral(
                 "INSERT INTO messages(id, conversation_id, channel_id, platform_id, direction,"
                 " visibility, text, created_at, addressed) VALUES(?, ?, ?, ?, ?, 'public', ?, ?, "
                 "?)"),
             {id, conversationId, channelId, QString::number(id), direction, text, createdMs,
              addressed});
        return id;
    }

    qint64 lastId()
    {
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(QStringLiteral("SELECT last_insert_rowid()")));
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }
};

// Sixty conversations whose attributes cycle at different rates, so that every filter matches
// some and not others, and every sort key has ties that only the id breaks.
QList<Seed> seedWorkspace(Workspace &workspace)
{
    const qint64 twitter = workspace.addChannel(QStringLiteral("Brand"), QStringLiteral("twitter"));
    const qint64 facebook =
        workspace.addChannel(QStringLiteral("Brand page"), QStringLiteral("facebook"));
    const QStringList categories{QStringLiteral("service"), QStringLiteral("praise"),
                                 QStringLiteral("spam")};
    const QStringList languages{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("de")};
    const QList<ConversationStatus> statuses{ConversationStatus::New, ConversationStatus::Open,
                                             ConversationStatus::Pending,
                                             ConversationStatus::Resolved};
    QList<Seed> seeds;
    for (int i = 0; i < 60; ++i) {
        Seed seed;
        seed.id = 100 + i;
        seed.channelId = i % 2 == 0 ? twitter : facebook;
        seed.status = statuses.at(i % 4);
        seed.category = categories.at(i % 3);
        seed.language = languages.at((i / 2) % 3);
        seed.assignee = i % 5 == 0   ? QStringLiteral("ana")
                        : i % 5 == 1 ? QStringLiteral("ben")
                                     : QString();
        seed.actionable = seed.category == u"service";
        seed.priority = (i * 7) % 4 * 10;
        seed.slaDueMs = BASE_MS + (i * 3) % 5 * MINUTE_MS;
        seed.updatedMs = BASE_MS + i % 6 * MINUTE_MS;
        const qint64 customerId = workspace.addCustomer(QStringLiteral("Customer %1").arg(i),
                                                        i % 2 == 0 ? QStringLiteral("twitter")
                                                                   : QStringLiteral("facebook"));
        workspace.addConversation(seed, customerId);

        // An answered question first, then (while new or open) what still waits.
        const qint64 firstMs = BASE_MS - 60 * MINUTE_MS;
        workspace.addMessage(seed.id, seed.channelId, QStringLiteral("in"),
                             QStringLiteral("replied"), firstMs,
                             QStringLiteral("An earlier question"));
        workspace.addMessage(seed.id, seed.channelId, QStringLiteral("out"), QStringLiteral("open"),
                             firstMs + MINUTE_MS, QStringLiteral("An earlier answer"));
        if (seed.status == ConversationStatus::New || seed.status == ConversationStatus::Open) {
            seed.waitingSinceMs = BASE_MS + (i % 4) * MINUTE_MS;
            workspace.addMessage(seed.id, seed.channelId, QStringLiteral("in"),
                                 QStringLiteral("open"), seed.waitingSinceMs + 30 * MINUTE_MS,
                                 QStringLiteral("Still there?"));
            workspace.addMessage(seed.id, seed.channelId, QStringLiteral("in"),
                                 QStringLiteral("open"), seed.waitingSinceMs,
                                 QStringLiteral("My order never came"));
        }
        seeds.append(seed);
    }
    return seeds;
}

bool matches(const InboxQuery &query, const Seed &seed)
{
    if (!query.statuses.isEmpty() && !query.statuses.contains(seed.status))
        return false;
    if (!query.category.isEmpty() && seed.category != query.category)
        return false;
    if (!query.language.isEmpty() && seed.language != query.language)
        return false;
    if (query.channelId != 0 && seed.channelId != query.channelId)
        return false;
    if (query.assigneeFilter == Core::AssigneeFilter::Unassigned && !seed.assignee.isEmpty())
        return false;
    if (query.assigneeFilter == Core::AssigneeFilter::Agent && seed.assignee != query.assignee)
        return false;
    if (query.actionableOnly && !seed.actionable)
        return false;
    return query.sort != InboxSort::OldestWaiting || seed.waitingSinceMs != 0;
}

// The ids the query must return, in order, computed from the seeds alone.
QList<qint64> expectedIds(const InboxQuery &query, QList<Seed> seeds)
{
    seeds.removeIf([&](const Seed &seed) { return !matches(query, seed); });
    std::sort(seeds.begin(), seeds.end(), [&](const Seed &a, const Seed &b) {
        switch (query.sort) {
        case InboxSort::Priority:
            return std::tuple(-a.priority, a.slaDueMs, a.id) <
                   std::tuple(-b.priority, b.slaDueMs, b.id);
        case InboxSort::OldestWaiting:
            return std::tuple(a.waitingSinceMs, a.id) < std::tuple(b.waitingSinceMs, b.id);
        case InboxSort::Newest:
            return std::tuple(a.updatedMs, a.id) > std::tuple(b.updatedMs, b.id);
        }
        return false;
    });
    QList<qint64> ids;
    for (const Seed &seed : seeds)
        ids.append(seed.id);
    return ids;
}

// Every page of the query, `pageSize` rows at a time, as one list of ids.
QList<qint64> pagedIds(Workspace &workspace, const InboxQuery &query, int pageSize)
{
    auto store = workspace.store();
    QList<qint64> ids;
    Core::InboxCursor cursor;
    for (int pages = 0; pages < 100; ++pages) {
        auto page = store.inboxPage(query, cursor, pageSize);
        REQUIRE(page.ok());
        CHECK(page.value().rows.size() <= pageSize);
        for (const Core::InboxRow &row : page.value().rows)
            ids.append(row.conversationId);
        if (!page.value().hasMore)
            return ids;
        CHECK(page.value().rows.size() == pageSize);
        cursor = page.value().next;
    }
    FAIL("the inbox never reached its last page");
    return ids;
}

// The SQL the store runs while `run` runs, with its values filled in.
QStringList statementsRunBy(Workspace &workspace, const std::function<void()> &run)
{
    REQUIRE(Storage::sqliteHandle(workspace.db->connection()));
    return Storage::statementsRunBy(workspace.db->connection(), run);
}

QString queryPlan(Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.db->connection());
    REQUIRE(query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
    QStringList steps;
    while (query.next())
        steps.append(query.value(3).toString());
    return steps.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("The default inbox is every conversation not resolved, most urgent first")
{
    Workspace workspace;
    const QList<Seed> seeds = seedWorkspace(workspace);
    const QList<qint64> expected = expectedIds(InboxQuery{}, seeds);
    REQUIRE(expected.size() == 45);

    auto page = workspace.store().inboxPage(Core::InboxCursor{}, 100);
    REQUIRE(page.ok());
    QList<qint64> ids;
    for (const Core::InboxRow &row : page.value().rows) {
        ids.append(row.conversationId);
        CHECK(row.status != ConversationStatus::Resolved);
    }
    CHECK(ids == expected);
    CHECK_FALSE(page.value().hasMore);

    // The rows carry what the list shows, read for the page's rows.
    const auto first = std::find_if(seeds.cbegin(), seeds.cend(),
                                    [&](const Seed &seed) { return seed.id == ids.first(); });
    const Core::InboxRow &row = page.value().rows.first();
    CHECK(row.priority == first->priority);
    CHECK(row.slaDue.toMSecsSinceEpoch() == first->slaDueMs);
    CHECK(row.customerName == QStringLiteral("Customer %1").arg(first->id - 100));
    if (first->waitingSinceMs != 0) {
        CHECK(row.waitingSince.toMSecsSinceEpoch() == first->waitingSinceMs);
        CHECK(row.unaddressedCount == 2);
        CHECK(row.preview == QStringLiteral("Still there?"));
    } else {
        CHECK_FALSE(row.waitingSince.isValid());
        CHECK(row.unaddressedCount == 0);
    }
}

TEST_CASE("Each inbox filter keeps exactly the conversations that match it")
{
    Workspace workspace;
    const QList<Seed> seeds = seedWorkspace(workspace);
    const qint64 facebook = seeds.at(1).channelId;

    std::vector<std::pair<const char *, InboxQuery>> queries;
    InboxQuery query;
    query.statuses = {ConversationStatus::New};
    queries.emplace_back("new only", query);
    query.statuses = {ConversationStatus::Resolved, ConversationStatus::Pending,
                      ConversationStatus::Resolved};
    queries.emplace_back("pending and resolved, one of them twice", query);
    query.statuses = {};
    queries.emplace_back("every status", query);
    query = InboxQuery{};
    query.category = QStringLiteral("praise");
    queries.emplace_back("category", query);
    query = InboxQuery{};
    query.language = QStringLiteral("es");
    queries.emplace_back("language", query);
    query = InboxQuery{};
    query.channelId = facebook;
    queries.emplace_back("channel", query);
    query = InboxQuery{};
    query.assigneeFilter = Core::AssigneeFilter::Unassigned;
    queries.emplace_back("unassigned", query);
    query = InboxQuery{};
    query.assigneeFilter = Core::AssigneeFilter::Agent;
    query.assignee = QStringLiteral("ben");
    queries.emplace_back("one agent's", query);
    query = InboxQuery{};
    query.actionableOnly = true;
    queries.emplace_back("actionable only", query);
    query = InboxQuery{};
    query.statuses = {ConversationStatus::Open, ConversationStatus::New};
    query.category = QStringLiteral("service");
    query.language = QStringLiteral("es");
    query.channelId = facebook;
    queries.emplace_back("several at once", query);
    query.language = QStringLiteral("xx");
    queries.emplace_back("nothing matches", query);

    for (auto [name, filter] : queries) {
        for (InboxSort sort : {InboxSort::Priority, InboxSort::OldestWaiting, InboxSort::Newest}) {
            filter.sort = sort;
            INFO(name << ", sort " << static_cast<int>(sort));
            const QList<qint64> expected = expectedIds(filter, seeds);
            if (QByteArray(name) != "nothing matches" && sort != InboxSort::OldestWaiting)
                CHECK_FALSE(expected.isEmpty());
            CHECK(pagedIds(workspace, filter, 100) == expected);
        }
    }
}

TEST_CASE("Each inbox order pages through every row exactly once, ties included")
{
    Workspace workspace;
    const QList<Seed> seeds = seedWorkspace(workspace);
    for (InboxSort sort : {InboxSort::Priority, InboxSort::OldestWaiting, InboxSort::Newest}) {
        InboxQuery query;
        query.statuses = {};
        query.sort = sort;
        const QList<qint64> expected = expectedIds(query, seeds);
        for (int pageSize : {1, 4, 7, 29}) {
            INFO("sort " << static_cast<int>(sort) << ", pages of " << pageSize);
            const QList<qint64> ids = pagedIds(workspace, query, pageSize);
            CHECK(ids == expected);
            QList<qint64> unique = ids;
            std::sort(unique.begin(), unique.end());
            CHECK(std::adjacent_find(unique.cbegin(), unique.cend()) == unique.cend());
        }
    }
}

TEST_CASE("Oldest waiting orders by the customer's oldest unanswered message and shows it")
{
    Workspace workspace;
    const QList<Seed> seeds = seedWorkspace(workspace);
    InboxQuery query;
    query.sort = InboxSort::OldestWaiting;
    auto page = workspace.store().inboxPage(query, {}, 100);
    REQUIRE(page.ok());
    REQUIRE(page.value().rows.size() == 30); // the new and open ones; pending waits on the customer
    QDateTime previous;
    for (const Core::InboxRow &row : page.value().rows) {
        REQUIRE(row.waitingSince.isValid());
        if (previous.isValid())
            CHECK(previous <= row.waitingSince);
        previous = row.waitingSince;
        CHECK(row.unaddressedCount == 2);
    }

    // Answering the oldest waiting message moves the conversation back to its next one.
    const Core::InboxRow first = page.value().rows.first();
    workspace.exec(
        QStringLiteral("UPDATE messages SET addressed = 'replied' WHERE conversation_id = ?"
                       " AND created_at = ?"),
        {first.conversationId, first.waitingSince.toMSecsSinceEpoch()});
    auto after = workspace.store().inboxPage(query, {}, 100);
    REQUIRE(after.ok());
    REQUIRE(after.value().rows.size() == 30);
    CHECK(after.value().rows.constLast().conversationId == first.conversationId);
    CHECK(after.value().rows.constLast().unaddressedCount == 1);
}

TEST_CASE("A cursor only continues the order it came from")
{
    Workspace workspace;
    seedWorkspace(workspace);
    auto store = workspace.store();
    auto page = store.inboxPage(InboxQuery{}, {}, 5);
    REQUIRE(page.ok());
    REQUIRE(page.value().hasMore);
    InboxQuery newest;
    newest.sort = InboxSort::Newest;
    auto mixed = store.inboxPage(newest, page.value().next, 5);
    REQUIRE_FALSE(mixed.ok());
    CHECK_FALSE(mixed.error().userMessage.isEmpty());
    CHECK(store.inboxPage(InboxQuery{}, {}, 0).value().rows.isEmpty());
}

TEST_CASE("The inbox reads each order through an index and never sorts the matches")
{
    Workspace workspace;
    seedWorkspace(workspace);
    std::vector<std::pair<const char *, InboxQuery>> queries;
    InboxQuery query;
    queries.emplace_back("default", query);
    query.statuses = {ConversationStatus::New};
    query.category = QStringLiteral("service");
    queries.emplace_back("status and category", query);
    query = InboxQuery{};
    query.category = QStringLiteral("service");
    query.language = QStringLiteral("en");
    queries.emplace_back("category and language", query);
    query = InboxQuery{};
    query.sort = InboxSort::Newest;
    queries.emplace_back("newest", query);
    query.sort = InboxSort::OldestWaiting;
    queries.emplace_back("oldest waiting", query);

    auto store = workspace.store();
    for (const auto &[name, filter] : queries) {
        INFO(name);
        Core::InboxCursor next;
        // The first page, and a page further on, where the cursor bounds the index range.
        for (int pass = 0; pass < 2; ++pass) {
            const QStringList statements = statementsRunBy(workspace, [&] {
                auto page = store.inboxPage(filter, next, 3);
                REQUIRE(page.ok());
                next = page.value().next;
            });
            REQUIRE(statements.size() == 2); // the page's sort keys, then its rows by id
            const QString keysPlan = queryPlan(workspace, statements.at(0));
            INFO(statements.at(0).toStdString() << "\n" << keysPlan.toStdString());
            CHECK(keysPlan.contains(QStringLiteral(" INDEX ")));
            CHECK_FALSE(keysPlan.contains(QStringLiteral("TEMP B-TREE")));
            CHECK_FALSE(keysPlan.contains(QStringLiteral("SCAN c")));
            const QString rowsPlan = queryPlan(workspace, statements.at(1));
            INFO(rowsPlan.toStdString());
            CHECK(rowsPlan.contains(QStringLiteral("SEARCH c USING INTEGER PRIMARY KEY")));
        }
    }
}

TEST_CASE("Search puts the best match first, also among many matches")
{
    Workspace workspace;
    const qint64 channel = workspace.addChannel(QStringLiteral("Brand"), QStringLiteral("twitter"));
    const qint64 maria =
        workspace.addCustomer(QStringLiteral("Maria Lopez"), QStringLiteral("twitter"));
    const qint64 jonas =
        workspace.addCustomer(QStringLiteral("Jonas Weber"), QStringLiteral("twitter"));
    Seed seed;
    seed.channelId = channel;
    seed.id = 1;
    workspace.addConversation(seed, maria);
    seed.id = 2;
    workspace.addConversation(seed, jonas);

    auto store = workspace.store();
    const auto add = [&](qint64 conversationId, const QString &customer, const QString &text) {
        const qint64 id =
            workspace.addMessage(conversationId, channel, QStringLiteral("in"),
                                 QStringLiteral("open"), BASE_MS + workspace.nextMessage, text);
        REQUIRE(store.indexForSearch(id, text, customer).ok());
        return id;
    };
    // More matches than a search ranks, the best ones among the newest.
    REQUIRE(workspace.db->connection().transaction());
    for (int i = 0; i < 2500; ++i) {
        add(2, QStringLiteral("Jonas Weber jonas"),
            QStringLiteral("Ticket %1: the app shows an error when I open my invoice from last "
                           "month, can you check the billing page")
                .arg(i));
    }
    const qint64 best = add(1, QStringLiteral("Maria Lopez maria"),
                            QStringLiteral("Invoice wrong, invoice twice!"));
    const qint64 second =
        add(1, QStringLiteral("Maria Lopez maria"), QStringLiteral("About my invoice please"));
    for (int i = 0; i < 20; ++i)
        add(2, QStringLiteral("Jonas Weber jonas"),
            QStringLiteral("Still nothing about the delivery %1").arg(i));
    REQUIRE(workspace.db->connection().commit());

    auto hits = store.search(QStringLiteral("invoice"), 10);
    REQUIRE(hits.ok());
    REQUIRE(hits.value().size() == 10);
    CHECK(hits.value().at(0).messageId == best);
    CHECK(hits.value().at(1).messageId == second);
    CHECK(hits.value().at(0).customer == QStringLiteral("Maria Lopez"));
    CHECK(hits.value().at(0).conversationId == 1);

    // A prefix finds the word; a customer's name finds their messages.
    auto prefix = store.search(QStringLiteral("invoi"), 1);
    REQUIRE(prefix.ok());
    REQUIRE(prefix.value().size() == 1);
    CHECK(prefix.value().at(0).messageId == best);
    auto byName = store.search(QStringLiteral("maria lopez"), 10);
    REQUIRE(byName.ok());
    CHECK(byName.value().size() == 2);
    auto rare = store.search(QStringLiteral("delivery"), 50);
    REQUIRE(rare.ok());
    CHECK(rare.value().size() == 20);
}

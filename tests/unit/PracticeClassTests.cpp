// Practice inboxes for a class: one isolated workspace per trainee, and none of them can ever
// reach a real channel.

#include "channels/ChannelCatalog.h"
#include "outbox/Outbox.h"
#include "security/CredentialStore.h"
#include "storage/CannedResponses.h"
#include "storage/Database.h"
#include "storage/WorkspaceStore.h"
#include "support/FakeClock.h"
#include "support/TestSupport.h"
#include "training/PracticeClass.h"
#include "training/PracticeWorkspace.h"
#include "workspace/ChannelPoller.h"
#include "workspace/ReplyQueue.h"
#include "workspace/WorkspaceService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtPlugin>

// Every connector CareDesk has, so that a practice run could reach any of them if it were let.
Q_IMPORT_PLUGIN(SandboxPlugin)
Q_IMPORT_PLUGIN(TwitterPlugin)
Q_IMPORT_PLUGIN(FacebookPlugin)

using namespace CareDesk;

namespace {

constexpr const char *DRILL =
    R"({"format":"caredesk-scenario","version":1,"id":"drill","title":"Late order",
    "brand":{"name":"Northwind","handle":"Northwind"},
    "personas":[{"id":"ana","name":"Ana Gil","handle":"anagil","locale":"es_ES"}],
    "timeline":[{"id":"e1","at":-60,"persona":"ana","kind":"mention","thread":"t1","text":"@Northwind mi pedido no llega"}],
    "reactions":[{"id":"order","after":"e1","on":"public-reply","contains":["DM"],"delay":30,
                  "persona":"ana","kind":"dm","thread":"t1","text":"Mi pedido es 48213-77"}]})";

QStringList column(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

// A trainee at work in their practice inbox, as the app runs it.
struct Trainee
{
    Trainee(const QString &workspace, Channels::ChannelCatalog &catalog, Testing::FakeClock &clock)
        : service(workspace, catalog, clock, credentials)
    {
        service.open();
        auto opened = Storage::Database::open(Storage::Database::fileIn(workspace));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }

    // Replies in public in the one conversation, through the outbox as the composer does.
    void replies(Testing::FakeClock &clock, const QString &text)
    {
        const QStringList conversations =
            column(db->connection(), QStringLiteral("SELECT id FROM conversations"));
        REQUIRE(conversations.size() == 1);
        Outbox::Outbox outbox(db->connection(), clock);
        auto reply =
            outbox.replyIn(conversations[0].toLongLong(), true, text, QStringLiteral("trainee"));
        REQUIRE(reply.ok());
        REQUIRE(outbox.enqueue(reply.value()).ok());
        service.channels().pollChannels();
    }

    Security::MemoryCredentialStore credentials;
    Workspace::WorkspaceService service;
    std::unique_ptr<Storage::Database> db;
};

} // namespace

TEST_CASE(
    "Each trainee of a class practises in a workspace of their own and sees only their own replies")
{
    Testing::TempWorkspace dir;
    dir.write(QStringLiteral("drill.json"), DRILL);
    Testing::FakeClock clock;
    const QString classDir = dir.file(QStringLiteral("monday-class"));
    auto started = Training::PracticeClass::start(
        dir.file(QStringLiteral("drill.json")),
        {QStringLiteral("Zoë Ward"), QStringLiteral("Ben Ode")}, classDir, clock.now());
    INFO((started ? std::string() : started.error().detail.toStdString()));
    REQUIRE(started.ok());

    auto loaded = Training::PracticeClass::load(classDir);
    REQUIRE(loaded.ok());
    CHECK(loaded.value().scenarioId == QStringLiteral("drill"));
    CHECK(loaded.value().scenarioTitle == QStringLiteral("Late order"));
    CHECK(loaded.value().createdAt == clock.now());
    REQUIRE(loaded.value().trainees.size() == 2);
    CHECK(loaded.value().trainees[0].name == QStringLiteral("Zoë Ward"));
    CHECK(loaded.value().trainees[0].folder == QStringLiteral("zoe-ward"));
    CHECK(loaded.value().trainees[1].folder == QStringLiteral("ben-ode"));
    const QString zoeDir = loaded.value().workspaceOf(loaded.value().trainees[0]);
    const QString benDir = loaded.value().workspaceOf(loaded.value().trainees[1]);
    for (const QString &workspace : {zoeDir, benDir}) {
        INFO(workspace.toStdString());
        CHECK(QFileInfo::exists(Storage::Database::fileIn(workspace)));
        CHECK(Testing::readFile(Training::PracticeWorkspace::scenarioFileIn(workspace)) ==
              QByteArray(DRILL));
        CHECK(Training::PracticeWorkspace::isPractice(workspace));
    }
    CHECK(Training::PracticeWorkspace::marker(zoeDir).value().trainee ==
          QStringLiteral("Zoë Ward"));

    Channels::ChannelCatalog catalog;
    catalog.addLinkedPlugins();
    Trainee zoe(zoeDir, catalog, clock);
    Trainee ben(benDir, catalog, clock);
    // Each inbox plays its own copy: the waiting customer is in both.
    for (Trainee *trainee : {&zoe, &ben})
        CHECK(column(trainee->db->connection(), QStringLiteral("SELECT text FROM messages")) ==
              QStringList{QStringLiteral("@Northwind mi pedido no llega")});

    clock.advanceSecs(20);
    zoe.replies(clock, QStringLiteral("Hola Ana, te escribimos por DM."));
    ben.replies(clock, QStringLiteral("Lo sentimos mucho, Ana."));
    clock.advanceSecs(40); // Ana needs half a minute to answer Zoë
    zoe.service.channels().pollChannels();
    ben.service.channels().pollChannels();

    const QString transcript =
        QStringLiteral("SELECT direction || ' ' || text FROM messages ORDER BY created_at, id");
    CHECK(column(zoe.db->connection(), transcript) ==
          QStringList{QStringLiteral("in @Northwind mi pedido no llega"),
                      QStringLiteral("out Hola Ana, te escribimos por DM."),
                      QStringLiteral("in Mi pedido es 48213-77")});
    CHECK(column(ben.db->connection(), transcript) ==
          QStringList{QStringLiteral("in @Northwind mi pedido no llega"),
                      QStringLiteral("out Lo sentimos mucho, Ana.")});
    CHECK(column(ben.db->connection(), QStringLiteral("SELECT text FROM outbox")) ==
          QStringList{QStringLiteral("Lo sentimos mucho, Ana.")});
}

TEST_CASE(
    "A practice workspace refuses every real channel, and a practice run polls only the sandbox")
{
    Testing::TempWorkspace dir;
    dir.write(QStringLiteral("drill.json"), DRILL);
    Testing::FakeClock clock;
    auto started = Training::PracticeClass::start(dir.file(QStringLiteral("drill.json")),
                                                  {QStringLiteral("Ana")},
                                                  dir.file(QStringLiteral("class")), clock.now());
    REQUIRE(started.ok());
    const QString workspace = started.value().workspaceOf(started.value().trainees[0]);

    {
        auto db = Storage::Database::open(Storage::Database::fileIn(workspace));
        REQUIRE(db.ok());
        CHECK(Training::PracticeWorkspace::isGuarded(db.value()->connection()));
        Storage::WorkspaceStore store(db.value()->connection());
        const QString twitterSettings =
            QStringLiteral(R"({"apiBaseUrl":"https://api.x.com","credential":{"env":"X_TOKEN"}})");
        for (const auto &[plugin, platform] :
             {std::pair{QStringLiteral("twitter"), QStringLiteral("twitter")},
              std::pair{QStringLiteral("facebook"), QStringLiteral("facebook")},
              std::pair{QStringLiteral("facebook"), QStringLiteral("messenger")},
              std::pair{QStringLiteral("sandbox"), QStringLiteral("twitter")},
              std::pair{QString(), QStringLiteral("twitter")}}) {
            INFO(plugin.toStdString() << " on " << platform.toStdString());
            auto added = store.ensureChannel(plugin, QStringLiteral("AcmeHelp"), platform,
                                             twitterSettings, clock.now());
            REQUIRE_FALSE(added.ok());
            CHECK(added.error().detail.contains(QStringLiteral("practice workspace")));
        }
        // Nor can the practice channel be turned into a real one behind the store's back.
        QSqlQuery query(db.value()->connection());
        CHECK_FALSE(query.exec(
            QStringLiteral("UPDATE channels SET plugin_id = 'twitter', platform = 'twitter'")));
        CHECK_FALSE(
            query.exec(QStringLiteral("INSERT INTO channels(plugin_id, name, platform, created_at) "
                                      "VALUES('facebook', 'Page', 'facebook', 0)")));
        // Another practice channel is fine.
        const QJsonObject drill{
            {QStringLiteral("scenario"), Training::PracticeWorkspace::scenarioFileIn(workspace)}};
        CHECK(store
                  .ensureChannel(QStringLiteral("sandbox"), QStringLiteral("Second drill"),
                                 QStringLiteral("sandbox"),
                                 QString::fromUtf8(QJsonDocument(drill).toJson()), clock.now())
                  .ok());
        CHECK(column(db.value()->connection(),
                     QStringLiteral("SELECT plugin_id || '/' || platform FROM channels")) ==
              QStringList{QStringLiteral("sandbox/sandbox"), QStringLiteral("sandbox/sandbox")});
    }

    // The run: every connector is at hand, and only the sandbox is ever started.
    Channels::ChannelCatalog catalog;
    catalog.addLinkedPlugins();
    Trainee ana(workspace, catalog, clock);
    clock.advanceSecs(60);
    ana.service.channels().pollChannels();
    CHECK(column(ana.db->connection(), QStringLiteral("SELECT DISTINCT c.plugin_id FROM messages m "
                                                      "JOIN channels c ON c.id = m.channel_id")) ==
          QStringList{QStringLiteral("sandbox")});
    QStringList states;
    for (const Channels::PluginSpec &spec : catalog.plugins())
        states.append(spec.id + (spec.state == Channels::PluginState::Loaded
                                     ? QStringLiteral(" started")
                                     : QStringLiteral(" never started")));
    states.sort();
    CHECK(states == QStringList{QStringLiteral("facebook never started"),
                                QStringLiteral("sandbox started"),
                                QStringLiteral("twitter never started")});

    // An ordinary workspace is no practice workspace, and takes real channels as before.
    Testing::TempWorkspace other;
    CHECK_FALSE(Training::PracticeWorkspace::isPractice(other.path()));
    auto plain = Storage::Database::open(Storage::Database::fileIn(other.path()));
    REQUIRE(plain.ok());
    CHECK_FALSE(Training::PracticeWorkspace::isGuarded(plain.value()->connection()));
    CHECK(Storage::WorkspaceStore(plain.value()->connection())
              .ensureChannel(QStringLiteral("twitter"), QStringLiteral("AcmeHelp"),
                             QStringLiteral("twitter"), QStringLiteral("{}"), clock.now())
              .ok());
}

TEST_CASE("A class starts whole or not at all, in a new folder, with the team's canned responses "
          "if asked")
{
    Testing::TempWorkspace dir;
    dir.write(QStringLiteral("drill.json"), DRILL);
    dir.write(QStringLiteral("broken.json"),
              R"({"format":"caredesk-scenario","version":1,"id":"x","personas":[],"timeline":[]})");
    Testing::FakeClock clock;

    auto broken = Training::PracticeClass::start(dir.file(QStringLiteral("broken.json")),
                                                 {QStringLiteral("Ana")},
                                                 dir.file(QStringLiteral("c1")), clock.now());
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().detail.contains(
        QStringLiteral("personas: at least one persona is required")));
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("c1"))));

    CHECK_FALSE(Training::PracticeClass::start(dir.file(QStringLiteral("drill.json")), {},
                                               dir.file(QStringLiteral("c2")), clock.now())
                    .ok());
    CHECK_FALSE(Training::PracticeClass::start(dir.file(QStringLiteral("drill.json")),
                                               {QStringLiteral("Ana"), QStringLiteral("ana ")},
                                               dir.file(QStringLiteral("c2")), clock.now())
                    .ok());
    auto notEmpty = Training::PracticeClass::start(
        dir.file(QStringLiteral("drill.json")), {QStringLiteral("Ana")}, dir.path(), clock.now());
    REQUIRE_FALSE(notEmpty.ok());
    CHECK(notEmpty.error().userMessage.contains(QStringLiteral("not empty")));

    // The team's canned responses go with each trainee.
    const QString team = dir.file(QStringLiteral("team"));
    REQUIRE(QDir().mkpath(team));
    {
        auto db = Storage::Database::open(Storage::Database::fileIn(team));
        REQUIRE(db.ok());
        Core::CannedResponse response;
        response.title = QStringLiteral("Late order");
        response.shortcut = QStringLiteral("/late");
        response.textByLanguage.insert(QStringLiteral("es"),
                                       QStringLiteral("Hola {customer.name}, lo miramos por DM."));
        REQUIRE(
            Storage::CannedResponses(db.value()->connection()).save(response, clock.now()).ok());
    }
    auto withCanned = Training::PracticeClass::start(
        dir.file(QStringLiteral("drill.json")), {QStringLiteral("Ana")},
        dir.file(QStringLiteral("c3")), clock.now(), team);
    REQUIRE(withCanned.ok());
    auto db = Storage::Database::open(
        Storage::Database::fileIn(withCanned.value().workspaceOf(withCanned.value().trainees[0])));
    REQUIRE(db.ok());
    auto canned = Storage::CannedResponses(db.value()->connection()).list();
    REQUIRE(canned.ok());
    REQUIRE(canned.value().size() == 1);
    CHECK(canned.value()[0].shortcut == QStringLiteral("/late"));
    CHECK(canned.value()[0].textFor(QStringLiteral("es")) ==
          QStringLiteral("Hola {customer.name}, lo miramos por DM."));

    CHECK(Training::PracticeClass::slugOf(QStringLiteral("  María José  O'Neil ")) ==
          QStringLiteral("maria-jose-o-neil"));
    CHECK(Training::PracticeClass::slugOf(QStringLiteral("李")) == QStringLiteral("trainee"));
}

TEST_CASE("A class opens only trainee folders inside it, whatever its class.json says")
{
    Testing::TempWorkspace dir;
    dir.write(QStringLiteral("drill.json"), DRILL);
    Testing::FakeClock clock;
    const QString classDir = dir.file(QStringLiteral("class"));
    auto started = Training::PracticeClass::start(
        dir.file(QStringLiteral("drill.json")), {QStringLiteral("Ana Gil")}, classDir, clock.now());
    REQUIRE(started.ok());
    REQUIRE(Training::PracticeClass::load(classDir).ok());
    // A real team inbox next to the class, which a planted class.json tries to reach.
    const QString team = dir.file(QStringLiteral("team"));
    REQUIRE(QDir().mkpath(team));

    const auto withFolder = [&](const QString &folder) {
        QFile file(Training::PracticeClass::classFileIn(classDir));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        json[QStringLiteral("trainees")] =
            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Ana Gil")},
                                   {QStringLiteral("folder"), folder}}};
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(json).toJson());
    };
    for (const QString &outside :
         {QStringLiteral("../team"), team, QStringLiteral("ana-gil/../../team"),
          QStringLiteral(".."), QStringLiteral("."), QString(), QStringLiteral("C:\\team"),
          QStringLiteral("ana\\..\\..")}) {
        withFolder(outside);
        auto loaded = Training::PracticeClass::load(classDir);
        INFO(outside.toStdString());
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().userMessage.contains(QStringLiteral("outside")));
    }
    // A folder inside the class that is a link to the team's inbox is refused too.
    REQUIRE(QFile::link(team, QDir(classDir).absoluteFilePath(QStringLiteral("linked"))));
    withFolder(QStringLiteral("linked"));
    CHECK_FALSE(Training::PracticeClass::load(classDir).ok());

    withFolder(QStringLiteral("ana-gil"));
    auto loaded = Training::PracticeClass::load(classDir);
    REQUIRE(loaded.ok());
    CHECK(loaded.value().workspaceOf(loaded.value().trainees[0]) ==
          started.value().workspaceOf(started.value().trainees[0]));
}

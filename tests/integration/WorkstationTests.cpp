// The agent workstation as an agent uses it: the real window, the real workspace on its storage
// thread, the practice inbox's sandbox channel; driven through the widgets, offscreen.

#include "support/FakeClock.h"
#include "support/FakePlatformServer.h"
#include "support/TeamFixture.h"
#include "support/TestSupport.h"

#include "channels/ChannelCatalog.h"
#include "ingest/Importer.h"
#include "review/ReviewStore.h"
#include "review/TranscriptReport.h"
#include "security/CredentialStore.h"
#include "server/ServerIngest.h"
#include "storage/Database.h"
#include "storage/WorkspaceStore.h"
#include "triage/SlaPolicy.h"
#include "triage/TriageEngine.h"
#include "workspace/ChannelPoller.h"
#include "workspace/ReplyQueue.h"
#include "workspace/WorkspaceService.h"

#include <DesktopApp.h>
#include <ui/common/HistoryOffer.h>
#include <ui/common/SpellHighlighter.h>
#include <ui/composer/CannedPicker.h>
#include <ui/composer/Composer.h>
#include <ui/composer/HandoffDialog.h>
#include <ui/composer/ReplyTranslationBar.h>
#include <ui/conversation/ConversationView.h>
#include <ui/dashboard/DashboardView.h>
#include <ui/inbox/InboxModel.h>
#include <ui/inbox/InboxPanel.h>
#include <ui/queue/QueueView.h>
#include <ui/review/ReviewWorkspace.h>
#include <ui/settings/Preferences.h>
#include <ui/settings/SettingsDialog.h>
#include <ui/shell/MainWindow.h>
#include <ui/shell/OutboxStatus.h>
#include <ui/training/TrainerWorkspace.h>

#include <QAbstractButton>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QTabBar>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTimeEdit>
#include <QTimer>
#include <QTreeView>
#include <QUrlQuery>

using namespace CareDesk;
using namespace CareDesk::Testing;

namespace {

const QString AGENT = QStringLiteral("Ana Agent");

// Settings go to the test's own folder, never the user's.
void useSettingsIn(const TempWorkspace &dir, int undoSeconds)
{
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       dir.file(QStringLiteral("config")));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       dir.file(QStringLiteral("config")));
    QSettings().clear();
    Gui::Preferences preferences; // the same settings file the desk reads
    preferences.setAgentName(AGENT);
    preferences.setUndoSeconds(undoSeconds);
    preferences.setNotificationsEnabled(false);
}

struct Workstation
{
    // `practiceInbox`: the workspace is the first start's practice inbox, so the window opens
    // on a conversation and the starter canned responses are there. `clock`: the desk's "now"
    // when it must agree with a team server's clock (the system clock otherwise).
    explicit Workstation(const QString &workspace, bool practiceInbox = true,
                         const Core::Clock *clock = nullptr)
        : app(workspace, QStringLiteral(CAREDESK_PLUGIN_DIR), &keychain, clock)
        , window(app.mainWindow())
    {
        window.resize(1280, 800);
        window.show();
        app.start();
        if (!practiceInbox) {
            REQUIRE(waitUntil([&] { return window.hasLoaded(); }, 20000));
            return;
        }
        REQUIRE(
            waitUntil([&] { return window.hasLoaded() && view()->conversationId() != 0; }, 20000));
        // The canned responses arrive just after the first page.
        REQUIRE(waitUntil([&] { return !window.shortcutEntries().isEmpty() && cannedLoaded(); }));
    }

    bool cannedLoaded() const
    {
        for (const Gui::ShortcutEntry &entry : window.shortcutEntries()) {
            if (entry.id.startsWith(QLatin1String("canned-")))
                return true;
        }
        return false;
    }
    Gui::ConversationView *view() const { return window.conversationView(); }
    Gui::Composer *composer() const { return window.conversationView()->composer(); }
    template<typename T> T *find(const QString &name) const
    {
        T *found = window.findChild<T *>(name);
        REQUIRE(found);
        return found;
    }
    // Waits until the shown conversation satisfies `condition` (it is reloaded after each action).
    bool shows(const std::function<bool(const Core::ConversationDetail &)> &condition,
               int timeoutMs = 15000)
    {
        return waitUntil([&] { return condition(view()->detail()); }, timeoutMs);
    }

    // Selects the conversation of the customer with this handle; false when it is not listed.
    bool shows(const QString &handle)
    {
        Gui::InboxModel *model = window.inboxModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->rowAt(row)->customerHandle == handle)
                return true;
        }
        return false;
    }

    bool open(const QString &handle)
    {
        Gui::InboxModel *model = window.inboxModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->rowAt(row)->customerHandle == handle) {
                window.inboxPanel()->list()->setCurrentIndex(model->index(row, 0));
                return waitUntil([&] { return view()->detail().customer.handle == handle; });
            }
        }
        return false;
    }

    Security::MemoryCredentialStore keychain; // the OS keychain is tested on its own
    Desktop::DesktopApp app;
    Gui::MainWindow &window;
};

// Runs `action` on the modal dialog called `objectName` as soon as it is open.
void whenModal(const QString &objectName, std::function<void(QWidget *)> action)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, objectName, action] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != objectName)
            return;
        poll->stop();
        poll->deleteLater();
        action(modal);
    });
    poll->start();
}

// Types like an agent: key presses where the test library has keys, the rest as input text.
void type(QPlainTextEdit *editor, const QString &text)
{
    editor->setFocus();
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(editor, c.toLatin1());
        else
            editor->insertPlainText(c);
    }
}

int outboundCount(const Core::ConversationDetail &detail, Core::Visibility visibility)
{
    int count = 0;
    for (const Core::MessageRecord &message : detail.messages)
        count += message.direction == Core::Direction::Outbound && message.visibility == visibility
                     ? 1
                     : 0;
    return count;
}

// Stands in for the browser: keeps the address CareDesk asked the desktop to open.
class BrowserStandIn final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

} // namespace

TEST_CASE("An agent claims a conversation, replies publicly and resolves it")
{
    TempWorkspace dir;
    useSettingsIn(dir, 1);
    Workstation desk(dir.file(QStringLiteral("ws")));
    const qint64 conversation = desk.view()->conversationId();
    CHECK(desk.view()->detail().assignee.isEmpty());

    QTest::mouseClick(desk.find<QPushButton>(QStringLiteral("claimButton")), Qt::LeftButton);
    REQUIRE(desk.shows([](const Core::ConversationDetail &d) { return d.assignee == AGENT; }));
    CHECK(desk.view()->detail().status == Core::ConversationStatus::Open);
    CHECK(desk.find<QPushButton>(QStringLiteral("claimButton"))->text() ==
          QStringLiteral("Release"));
    // The Mine view counts it.
    auto *views = desk.window.inboxPanel()->findChild<QTabBar *>(QStringLiteral("inboxViews"));
    REQUIRE(views);
    CHECK(waitUntil([&] { return views->tabText(0) == QStringLiteral("Mine (1)"); }));

    // An internal note: in the timeline and on the customer, never sent.
    auto *noteTimer = new QTimer(qApp);
    noteTimer->setInterval(20);
    QObject::connect(noteTimer, &QTimer::timeout, noteTimer, [noteTimer] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->objectName() == u"noteDialog") {
            noteTimer->stop();
            noteTimer->deleteLater();
            // Notes are checked for spelling too.
            auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteText"));
            text->setPlainText(QStringLiteral("Refund of the double charge aproved by billing."));
            CHECK(text->document()->firstBlock().layout()->formats().size() == 1);
            text->setPlainText(QStringLiteral("Refund of the double charge approved by billing."));
            dialog->accept();
        }
    });
    noteTimer->start();
    QTest::mouseClick(desk.find<QPushButton>(QStringLiteral("noteButton")), Qt::LeftButton);
    REQUIRE(desk.shows([](const Core::ConversationDetail &d) { return d.notes.size() == 1; }));
    CHECK(desk.view()->timelineText().contains(QStringLiteral("Internal note · Ana Agent")));
    auto *customerNotes = desk.find<QListWidget>(QStringLiteral("customerNotes"));
    CHECK(waitUntil([&] {
        return customerNotes->count() == 1 &&
               customerNotes->item(0)->text().contains(QStringLiteral("approved by billing"));
    }));

    const QString reply =
        QStringLiteral("Lo sentimos, María. Ya hemos devuelto el segundo cargo a tu tarjeta.");
    type(desk.composer()->editor(), reply);
    QTest::mouseClick(desk.find<QPushButton>(QStringLiteral("sendButton")), Qt::LeftButton);
    CHECK(desk.composer()->editor()->toPlainText().isEmpty());
    // It waits out its undo window, then goes, and lands in the timeline as sent.
    CHECK(waitUntil(
        [&] { return desk.find<QPushButton>(QStringLiteral("undoButton"))->isVisible(); }));
    REQUIRE(desk.shows([](const Core::ConversationDetail &d) {
        return outboundCount(d, Core::Visibility::Public) == 1;
    }));
    CHECK(desk.view()->timelineText().contains(reply));
    for (const Core::MessageRecord &message : desk.view()->detail().messages) {
        if (message.direction == Core::Direction::Inbound)
            CHECK(message.addressed == Core::Addressed::Replied);
    }
    CHECK(waitUntil([&] {
        return desk.find<QLabel>(QStringLiteral("outboxQueue"))->text() ==
               QStringLiteral("Outbox empty");
    }));

    QTest::mouseClick(desk.find<QPushButton>(QStringLiteral("resolveButton")), Qt::LeftButton);
    REQUIRE(desk.shows([](const Core::ConversationDetail &d) {
        return d.status == Core::ConversationStatus::Resolved;
    }));
    CHECK(desk.view()->conversationId() ==
          conversation); // still on screen, though it left the unresolved inbox
    CHECK(waitUntil([&] { return desk.window.inboxModel()->rowOf(conversation) < 0; }));
}

TEST_CASE("Personal data blocks a public reply, and the hand-off moves it to a private message")
{
    TempWorkspace dir;
    useSettingsIn(dir, 1);
    Workstation desk(dir.file(QStringLiteral("ws")));

    type(desk.composer()->editor(),
         QStringLiteral("Escríbenos a soporte: maria.fernandez@example.com o al 612 345 678"));
    REQUIRE(waitUntil([&] { return desk.composer()->review().piiBlocksSending(); }));
    CHECK_FALSE(desk.find<QPushButton>(QStringLiteral("sendButton"))->isEnabled());
    auto *blocking = desk.find<QLabel>(QStringLiteral("composerBlocking"));
    CHECK(blocking->isVisible());
    CHECK(blocking->text().contains(QStringLiteral("maria.fernandez@example.com")));
    auto *moveToPrivate = desk.find<QPushButton>(QStringLiteral("moveToPrivateButton"));
    REQUIRE(moveToPrivate->isVisible());

    QString offeredPublic;
    QString offeredPrivate;
    whenModal(QStringLiteral("handoffDialog"), [&](QWidget *dialog) {
        offeredPublic =
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("handoffPublicText"))->toPlainText();
        offeredPrivate = dialog->findChild<QPlainTextEdit *>(QStringLiteral("handoffPrivateText"))
                             ->toPlainText();
        auto *send = dialog->findChild<QPushButton *>(QStringLiteral("handoffSendButton"));
        CHECK(send->isEnabled());
        send->click();
    });
    QTest::mouseClick(moveToPrivate, Qt::LeftButton);
    // The acknowledgement is the canned one in the customer's language, with her name; the
    // draft with her data goes privately.
    CHECK(offeredPublic.startsWith(QStringLiteral("Hola María, gracias por escribirnos.")));
    CHECK(offeredPrivate.contains(QStringLiteral("maria.fernandez@example.com")));
    CHECK(desk.composer()->editor()->toPlainText().isEmpty());

    const bool bothSent = desk.shows([](const Core::ConversationDetail &d) {
        return outboundCount(d, Core::Visibility::Public) == 1 &&
               outboundCount(d, Core::Visibility::Private) == 1;
    });
    INFO(desk.view()->timelineText().toStdString());
    INFO(desk.find<QLabel>(QStringLiteral("outboxQueue"))->toolTip().toStdString());
    REQUIRE(bothSent);
    // Started, not answered yet: on screen until the customer writes privately.
    auto *handoff = desk.find<QLabel>(QStringLiteral("handoffState"));
    CHECK(handoff->isVisible());
    CHECK(handoff->text().contains(QStringLiteral("has not answered yet")));
    // The inbox says so too.
    const qint64 conversation = desk.view()->conversationId();
    Gui::InboxModel *model = desk.window.inboxModel();
    CHECK(waitUntil([&] {
        const int row = model->rowOf(conversation);
        return row >= 0 &&
               model->data(model->index(row, Gui::InboxModel::MessageColumn), Qt::DisplayRole)
                   .toString()
                   .startsWith(QStringLiteral("[Waiting in private]"));
    }));
}

TEST_CASE("Typing / inserts a canned response in the customer's language, asking for what only the "
          "agent knows")
{
    TempWorkspace dir;
    useSettingsIn(dir, 1);
    Workstation desk(dir.file(QStringLiteral("ws")));
    QPlainTextEdit *editor = desk.composer()->editor();
    editor->setFocus();

    whenModal(QStringLiteral("cannedPicker"), [](QWidget *picker) {
        picker->findChild<QLineEdit *>(QStringLiteral("cannedSearch"))
            ->setText(QStringLiteral("order"));
        whenModal(QStringLiteral("variablesDialog"), [](QWidget *variables) {
            variables->findChild<QLineEdit *>(QStringLiteral("variable_order"))
                ->setText(QStringLiteral("NW-482913"));
            variables->findChild<QLineEdit *>(QStringLiteral("variable_days"))
                ->setText(QStringLiteral("3"));
            static_cast<QDialog *>(variables)->accept();
        });
        static_cast<QDialog *>(picker)->accept();
    });
    QTest::keyClick(editor, Qt::Key_Slash);
    CHECK(editor->toPlainText() ==
          QStringLiteral(
              "Tu pedido NW-482913 ya está en camino y debería llegar en 3 días hábiles."));
    // Sent as it came, it would be the canned text unchanged: a warning, not a block.
    REQUIRE(waitUntil([&] { return desk.composer()->review().unchangedCanned; }));
    CHECK(desk.find<QLabel>(QStringLiteral("composerWarnings"))->isVisible());
    CHECK(desk.find<QPushButton>(QStringLiteral("sendButton"))->isEnabled());
    type(editor, QStringLiteral(" ¡Gracias por tu paciencia!"));
    CHECK(waitUntil([&] { return !desk.composer()->review().unchangedCanned; }));

    // A language the customer does not write in is pointed out.
    editor->clear();
    type(editor,
         QStringLiteral("Thank you for your patience, your refund is on its way to your card."));
    CHECK(waitUntil([&] { return desk.composer()->review().languageMismatch; }));
}

TEST_CASE("Undo takes a reply back before it goes, and drafts survive a restart")
{
    TempWorkspace dir;
    useSettingsIn(dir, 30);
    const QString workspace = dir.file(QStringLiteral("ws"));
    qint64 conversation = 0;
    const QString draft = QStringLiteral("Hola María, lo estamos revisando");
    {
        Workstation desk(workspace);
        conversation = desk.view()->conversationId();
        type(desk.composer()->editor(), QStringLiteral("Un momento, por favor."));
        desk.composer()->send();
        auto *undo = desk.find<QPushButton>(QStringLiteral("undoButton"));
        REQUIRE(waitUntil([&] { return undo->isVisible(); }));
        QTest::mouseClick(undo, Qt::LeftButton);
        REQUIRE(waitUntil([&] {
            return desk.composer()->editor()->toPlainText() ==
                   QStringLiteral("Un momento, por favor.");
        }));
        CHECK(outboundCount(desk.view()->detail(), Core::Visibility::Public) == 0);
        CHECK(waitUntil([&] {
            return desk.find<QLabel>(QStringLiteral("outboxQueue"))->text() ==
                   QStringLiteral("Outbox empty");
        }));

        desk.composer()->editor()->setPlainText(draft);
        desk.composer()->setVisibility(Core::Visibility::Private);
        desk.window.close(); // saves what is typed
        QTest::qWait(200);
    }
    Workstation again(workspace);
    REQUIRE(again.view()->conversationId() == conversation);
    CHECK(again.composer()->editor()->toPlainText() == draft);
    CHECK(again.composer()->visibility() == Core::Visibility::Private);
    const int row = again.window.inboxModel()->rowOf(conversation);
    REQUIRE(row >= 0);
    CHECK(again.window.inboxModel()
              ->data(again.window.inboxModel()->index(row, Gui::InboxModel::MessageColumn),
                     Qt::DisplayRole)
              .toString()
              .startsWith(QStringLiteral("[Draft]")));
}

TEST_CASE("The inbox views and filters narrow the list, and counts follow")
{
    TempWorkspace dir;
    useSettingsIn(dir, 1);
    Workstation desk(dir.file(QStringLiteral("ws")));
    Gui::InboxModel *model = desk.window.inboxModel();
    const int all = model->rowCount();
    REQUIRE(all > 10);

    desk.window.inboxPanel()->setView(Gui::InboxPanel::View::Mine);
    REQUIRE(waitUntil([&] { return model->rowCount() == 0; }));
    desk.window.inboxPanel()->setView(Gui::InboxPanel::View::Unassigned);
    REQUIRE(waitUntil([&] { return model->rowCount() == all; }));

    // A marks what the customer wrote as answered, from the keyboard.
    desk.window.inboxPanel()->list()->setFocus();
    QTest::keyClick(desk.window.inboxPanel()->list(), Qt::Key_A);
    CHECK(desk.shows([](const Core::ConversationDetail &d) {
        return std::none_of(d.messages.cbegin(), d.messages.cend(),
                            [](const Core::MessageRecord &m) {
                                return m.direction == Core::Direction::Inbound &&
                                       m.addressed == Core::Addressed::Open;
                            });
    }));

    auto *language = desk.find<QComboBox>(QStringLiteral("languageFilter"));
    const int german = language->findData(QStringLiteral("de"));
    REQUIRE(german > 0);
    language->setCurrentIndex(german);
    Q_EMIT language->activated(german);
    REQUIRE(waitUntil([&] { return model->rowCount() > 0 && model->rowCount() < all; }));
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->rowAt(row)->language == QStringLiteral("de"));

    // Search finds a customer's words in any view, and one click opens the conversation.
    QTest::keySequence(&desk.window, QKeySequence::Find);
    auto *search = desk.find<QLineEdit>(QStringLiteral("inboxSearch"));
    CHECK(search->hasFocus());
    search->setText(QStringLiteral("doble cargo"));
    QTest::keyClick(search, Qt::Key_Return);
    auto *results = desk.find<QListWidget>(QStringLiteral("searchResults"));
    REQUIRE(waitUntil([&] { return results->isVisible() && results->count() == 1; }));
    CHECK(results->item(0)->text().contains(QStringLiteral("María Fernández")));
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                      results->visualItemRect(results->item(0)).center());
    CHECK(desk.shows(
        [](const Core::ConversationDetail &d) { return d.customer.handle == u"mariafdz"; }));
    search->clear();
    CHECK(waitUntil([&] { return desk.window.inboxPanel()->list()->isVisible(); }));
}

TEST_CASE("In a team, a late claim is refused in the server's words, and replies written offline "
          "go out on reconnect")
{
    TeamFixture team;
    team.add(QStringLiteral("ana"), Server::Role::Agent);
    const QByteArray benToken = team.tokenFor(team.add(QStringLiteral("ben"), Server::Role::Agent));
    team.api->call("PUT", QStringLiteral("/v1/routing"),
                   QJsonObject{{QStringLiteral("policy"), QStringLiteral("manual")}},
                   team.adminToken);
    team.ingest(item(QStringLiteral("1"), QStringLiteral("jane"),
                     QStringLiteral("@AcmeHelp my router is broken"), QStringLiteral("01")) +
                item(QStringLiteral("2"), QStringLiteral("kai"),
                     QStringLiteral("@AcmeHelp where is my refund?"), QStringLiteral("02")));
    const qint64 jane = team.conversationOf(benToken, QStringLiteral("jane"));
    const qint64 kai = team.conversationOf(benToken, QStringLiteral("kai"));

    TempWorkspace dir;
    useSettingsIn(dir, 1);
    Workstation desk(dir.file(QStringLiteral("ws")));

    // Signing in, as a new agent would: Settings, Team server.
    Gui::SettingsDialog *settings = desk.window.openSettings(Gui::SettingsDialog::TeamPage);
    settings->findChild<QLineEdit *>(QStringLiteral("teamServerEdit"))
        ->setText(QStringLiteral("http://127.0.0.1:%1").arg(team.port));
    settings->findChild<QLineEdit *>(QStringLiteral("teamLoginEdit"))
        ->setText(QStringLiteral("ana"));
    settings->findChild<QLineEdit *>(QStringLiteral("teamPasswordEdit"))->setText(PASSWORD);
    QTest::mouseClick(settings->findChild<QPushButton *>(QStringLiteral("teamSignInButton")),
                      Qt::LeftButton);
    auto *teamStatus = desk.find<QLabel>(QStringLiteral("teamStatus"));
    REQUIRE(waitUntil([&] { return teamStatus->text() == QStringLiteral("Team: online"); }));
    CHECK(settings->findChild<QLineEdit *>(QStringLiteral("teamPasswordEdit"))->text().isEmpty());
    CHECK(desk.window.agentName() == QStringLiteral("Ana")); // as the team knows her
    settings->close();
    REQUIRE(waitUntil([&] {
        return desk.window.inboxModel()->rowOf(0) < 0 && desk.open(QStringLiteral("jane"));
    }));

    // Ben opens the same conversation: Ana sees him there, and he sees her.
    LiveClient ben(team.port, benToken, 0);
    REQUIRE(waitUntil([&] { return ben.welcomed(); }));
    ben.socket.sendTextMessage(
        QStringLiteral(R"({"type":"typing","conversationId":%1})").arg(jane));
    auto *presence = desk.find<QLabel>(QStringLiteral("presence"));
    // Typing shows as such for a few seconds, then as viewing: either way Ben is named.
    CHECK(waitUntil([&] {
        return presence->isVisible() && (presence->text() == QStringLiteral("Ben typing…") ||
                                         presence->text() == QStringLiteral("Also viewing: Ben"));
    }));
    CHECK(waitUntil(
        [&] {
            return ben.has([&](const QJsonObject &m) {
                return m.value(u"type").toString() == u"activity" &&
                       m.value(u"conversationId").toInteger() == jane &&
                       m.value(u"agent").toObject().value(u"name").toString() == u"Ana";
            });
        },
        25000)); // said again every 10 s

    // Ben was faster: Ana's claim is refused, and she is told by whom.
    REQUIRE(team.api
                ->call("POST", QStringLiteral("/v1/conversations/%1/claim").arg(jane), QByteArray(),
                       benToken)
                .status == 200);
    REQUIRE(desk.shows([](const Core::ConversationDetail &d) { return d.assignee == u"Ben"; }));
    CHECK(desk.find<QLabel>(QStringLiteral("conversationOwner"))->text() ==
          QStringLiteral("Ben has this conversation."));
    QString refusal;
    whenModal(QStringLiteral("refusalMessage"), [&](QWidget *box) {
        refusal = static_cast<QMessageBox *>(box)->text();
        static_cast<QMessageBox *>(box)->accept();
    });
    // The button reads Claim: the conversation is not hers. The server decides.
    QTest::mouseClick(desk.find<QPushButton>(QStringLiteral("claimButton")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !refusal.isEmpty(); }));
    CHECK(refusal.startsWith(QStringLiteral("Ben took this conversation")));

    // Kai's case is free: Ana takes it.
    REQUIRE(desk.open(QStringLiteral("kai")));
    QTest::mouseClick(desk.find<QPushButton>(QStringLiteral("claimButton")), Qt::LeftButton);
    REQUIRE(desk.shows([](const Core::ConversationDetail &d) { return d.assignee == u"Ana"; }));

    // The server goes away; Ana keeps working from her copy, and her reply waits on her computer.
    team.stop();
    REQUIRE(
        waitUntil([&] { return teamStatus->text().startsWith(QStringLiteral("Team: offline")); }));
    type(desk.composer()->editor(), QStringLiteral("So sorry, Kai! Your refund left today."));
    QTest::mouseClick(desk.find<QPushButton>(QStringLiteral("sendButton")), Qt::LeftButton);
    auto *queue = desk.find<QLabel>(QStringLiteral("outboxQueue"));
    const bool waiting = waitUntil([&] {
        return queue->text().startsWith(QStringLiteral("1 reply")) &&
               queue->text().endsWith(QStringLiteral("waiting to send"));
    });
    INFO(queue->text().toStdString());
    REQUIRE(waiting);

    // Back: the reply reaches the server once, and comes back through the feed.
    team.start();
    REQUIRE(waitUntil([&] { return teamStatus->text() == QStringLiteral("Team: online"); }, 20000));
    REQUIRE(waitUntil([&] { return queue->text() == QStringLiteral("Outbox empty"); }));
    const QJsonArray messages = team.api
                                    ->call("GET", QStringLiteral("/v1/conversations/%1").arg(kai),
                                           QByteArray(), team.adminToken)
                                    .body.value(QLatin1String("messages"))
                                    .toArray();
    CHECK(std::count_if(messages.begin(), messages.end(), [](const QJsonValue &m) {
              return m[QLatin1String("direction")].toString() == u"outbound";
          }) == 1);
    CHECK(desk.shows([](const Core::ConversationDetail &d) {
        return outboundCount(d, Core::Visibility::Public) == 1;
    }));
}

TEST_CASE("Every control on the main window and in Settings can be named by a screen reader")
{
    TempWorkspace dir;
    useSettingsIn(dir, 1);
    Workstation desk(dir.file(QStringLiteral("ws")));
    Gui::SettingsDialog *settings = desk.window.openSettings();
    QStringList unnamed;
    int examined = 0;
    const auto check = [&](QWidget *root) {
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            QString name = widget->accessibleName();
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                name += button->text();
            const bool control =
                qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                qobject_cast<QComboBox *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
                qobject_cast<QAbstractItemView *>(widget);
            // Parts Qt builds inside its own widgets (a combo box's popup list, a table's corner)
            // are named by their owner.
            const bool own =
                !widget->objectName().startsWith(QLatin1String("qt_")) &&
                !qobject_cast<QComboBox *>(widget->parentWidget()) &&
                !qobject_cast<QAbstractItemView *>(widget->parentWidget()) &&
                !qobject_cast<QAbstractItemView *>(
                    widget->parentWidget() ? widget->parentWidget()->parentWidget() : nullptr);
            if (control && own && widget->isVisibleTo(root))
                ++examined;
            if (control && own && widget->isVisibleTo(root) && name.trimmed().isEmpty())
                unnamed.append(QString::fromLatin1(widget->metaObject()->className()) +
                               QLatin1Char(':') + widget->objectName());
        }
    };
    check(&desk.window);
    check(settings);
    INFO(unnamed.join(u", ").toStdString());
    CHECK(examined > 20); // the check really looked
    CHECK(unnamed.isEmpty());
    settings->close();
}

TEST_CASE("A channel that must be signed in again is connected from Settings through the browser")
{
    FakePlatformServer x([](const FakePlatformServer::Request &request) {
        if (request.method == "POST" && request.path == u"/2/oauth2/token" &&
            QUrlQuery(QString::fromUtf8(request.body)).queryItemValue(QStringLiteral("code")) ==
                u"good-code")
            return FakePlatformServer::json(
                200, R"({"token_type":"bearer","expires_in":7200,"access_token":"new-access",
                                                     "refresh_token":"new-refresh"})");
        return FakePlatformServer::json(404, "{}");
    });
    TempWorkspace dir;
    useSettingsIn(dir, 1);
    const QString workspace = dir.file(QStringLiteral("ws"));
    {
        QDir().mkpath(workspace);
        auto db = Storage::Database::open(Storage::Database::fileIn(workspace));
        REQUIRE(db.ok());
        const QJsonObject settings{
            {QStringLiteral("accountId"), QStringLiteral("1500000000000000000")},
            {QStringLiteral("apiBaseUrl"), x.baseUrl()},
            {QStringLiteral("credential"),
             QJsonObject{
                 {QStringLiteral("keychain"), QStringLiteral("caredesk/twitter/AcmeHelp")}}},
            {QStringLiteral("oauth"),
             QJsonObject{{QStringLiteral("clientId"), QStringLiteral("cd-client")}}}};
        REQUIRE(Storage::WorkspaceStore(db.value()->connection())
                    .ensureChannel(
                        QStringLiteral("twitter"), QStringLiteral("AcmeHelp"),
                        QStringLiteral("twitter"),
                        QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)),
                        QDateTime::currentDateTimeUtc())
                    .ok());
    }
    BrowserStandIn browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    Workstation desk(workspace, false);

    // No sign-in kept for the account: the channel says so, in Settings too.
    Gui::SettingsDialog *settings = desk.window.openSettings(Gui::SettingsDialog::ChannelsPage);
    auto *table = settings->findChild<QTableWidget *>(QStringLiteral("channelTable"));
    REQUIRE(waitUntil([&] {
        return table->rowCount() == 1 &&
               table->item(0, 2)->text() == QStringLiteral("Needs sign-in again");
    }));
    table->selectRow(0);
    QTest::mouseClick(settings->findChild<QPushButton *>(QStringLiteral("connectChannelButton")),
                      Qt::LeftButton);
    REQUIRE(waitUntil([&] { return browser.opened.size() == 1; }));
    const QUrlQuery asked(browser.opened.first());
    CHECK(asked.queryItemValue(QStringLiteral("client_id")) == QStringLiteral("cd-client"));
    auto *signIn = settings->findChild<QLabel *>(QStringLiteral("channelSignInLabel"));
    CHECK(signIn->text().contains(QStringLiteral("Finish signing in to AcmeHelp in your browser")));

    // The agent allows it; the platform sends the browser back to CareDesk.
    QUrl back(asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    back.setQuery(QStringLiteral("code=good-code&state=") +
                  asked.queryItemValue(QStringLiteral("state")));
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(back)));
    REQUIRE(waitUntil([&] { return signIn->text() == QStringLiteral("AcmeHelp is connected."); }));
    QString kept;
    desk.keychain.read(
        QStringLiteral("caredesk/twitter/AcmeHelp"), &desk.window,
        [&](Core::Result<QString> secret) { kept = secret ? secret.value() : QString(); });
    REQUIRE(waitUntil([&] { return !kept.isEmpty(); }));
    CHECK(kept.contains(QStringLiteral("new-access")));
    // Polled again at once with the new sign-in.
    CHECK(waitUntil([&] {
        for (const FakePlatformServer::Request &request : x.requests()) {
            if (request.headers.value("authorization") == "Bearer new-access")
                return true;
        }
        return false;
    }));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    settings->close();
}

TEST_CASE("A lead reads and scores a transcript without touching it, the agent sees the review, "
          "and the dashboard counts it")
{
    TempWorkspace dir;
    useSettingsIn(dir, 0);
    Workstation desk(dir.file(QStringLiteral("ws")));
    // Solo, the desk's owner runs everything: inbox, review and dashboard.
    CHECK(desk.window.isWorkspaceShown(Gui::MainWindow::Workspace::Review));
    CHECK(desk.window.isWorkspaceShown(Gui::MainWindow::Workspace::Dashboard));

    // The agent answers with a canned response she sends as it is.
    const qint64 conversation = desk.view()->conversationId();
    QPlainTextEdit *editor = desk.composer()->editor();
    editor->setFocus();
    whenModal(QStringLiteral("cannedPicker"), [](QWidget *picker) {
        picker->findChild<QLineEdit *>(QStringLiteral("cannedSearch"))
            ->setText(QStringLiteral("/sorry"));
        static_cast<QDialog *>(picker)->accept();
    });
    QTest::keyClick(editor, Qt::Key_Slash);
    REQUIRE_FALSE(editor->toPlainText().isEmpty());
    const QString reply = editor->toPlainText();
    QTest::mouseClick(desk.find<QPushButton>(QStringLiteral("sendButton")), Qt::LeftButton);
    REQUIRE(desk.shows([](const Core::ConversationDetail &d) {
        return outboundCount(d, Core::Visibility::Public) == 1;
    }));

    // What the conversation is before the lead reads it.
    const auto state = [&] {
        auto db = Storage::Database::open(dir.file(QStringLiteral("ws/workspace.sqlite")));
        REQUIRE(db.ok());
        auto detail = Storage::WorkspaceStore(db.value()->connection()).conversation(conversation);
        REQUIRE(detail.ok());
        QStringList facts{Core::toString(detail.value().status), detail.value().assignee};
        for (const Core::MessageRecord &message : detail.value().messages)
            facts.append(Core::toString(message.addressed));
        // This conversation's trail: the practice inbox around it goes on meanwhile (rules flag
        // other customers' messages as they arrive).
        QSqlQuery audit(db.value()->connection());
        audit.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM audit_events WHERE (entity = 'conversation' AND entity_id = ?)"
            " OR (entity = 'message' AND entity_id IN"
            " (SELECT id FROM messages WHERE conversation_id = ?))"));
        audit.addBindValue(conversation);
        audit.addBindValue(conversation);
        REQUIRE(audit.exec());
        REQUIRE(audit.next());
        facts.append(audit.value(0).toString());
        return facts;
    };
    const QStringList before = state();

    desk.window.showWorkspace(Gui::MainWindow::Workspace::Review);
    Gui::ReviewWorkspace *review = desk.window.reviewWorkspace();
    REQUIRE(waitUntil([&] { return review->list()->rowCount() > 1; }));
    int row = -1;
    REQUIRE(waitUntil([&] {
        for (int r = 0; r < review->list()->rowCount(); ++r)
            if (review->list()->item(r, 3) && review->list()->item(r, 3)->text() == AGENT)
                row = r;
        return row >= 0;
    }));
    review->list()->setCurrentCell(row, 0);
    REQUIRE(waitUntil([&] { return review->transcriptView()->toPlainText().contains(reply); }));
    CHECK(
        review->transcriptView()->toPlainText().contains(QStringLiteral("took the conversation")));
    CHECK(review->transcriptView()->toPlainText().contains(QStringLiteral("customer waited")));
    // Reading changed nothing: no claim, no mark, no status, no audit event.
    CHECK(state() == before);

    // The suggested scores are there; the lead sets tone, comments on the reply and saves.
    Review::QaReview filled = review->currentReview();
    REQUIRE(filled.scores.size() == 6);
    CHECK(filled.scores[0].score == 2); // every customer message answered
    CHECK(filled.scores[2].score == 2); // nothing personal in public
    review->setScore(4, 1);
    qint64 replyId = 0;
    for (const Core::MessageRecord &message : desk.view()->detail().messages)
        if (message.direction == Core::Direction::Outbound)
            replyId = message.id;
    Q_EMIT review->transcriptView()->anchorClicked(QUrl(QStringLiteral("comment:%1").arg(replyId)));
    review->findChild<QLineEdit *>(QStringLiteral("reviewCommentText"))
        ->setText(QStringLiteral("Say what happens next."));
    QTest::keyClick(review->findChild<QLineEdit *>(QStringLiteral("reviewCommentText")),
                    Qt::Key_Return);
    review->setSummary(QStringLiteral("Kind, but the canned text went out unchanged."));
    QTest::mouseClick(review->findChild<QPushButton *>(QStringLiteral("saveReview")),
                      Qt::LeftButton);
    auto *status = review->findChild<QLabel *>(QStringLiteral("reviewStatus"));
    REQUIRE(waitUntil([&] { return status->text().startsWith(QStringLiteral("Saved")); }));
    CHECK(waitUntil([&] { return !review->list()->item(row, 9)->text().isEmpty(); }));
    CHECK(state() == before);

    // Back from another transcript, the review is as the lead left it.
    review->list()->setCurrentCell(row == 0 ? 1 : 0, 0);
    REQUIRE(waitUntil([&] { return !review->transcriptView()->toPlainText().contains(reply); }));
    review->list()->setCurrentCell(row, 0);
    REQUIRE(waitUntil(
        [&] { return review->currentReview().summary.startsWith(QStringLiteral("Kind")); }));
    const Review::QaReview saved = review->currentReview();
    CHECK(saved.scores[4].score == 1);
    REQUIRE(saved.comments.size() == 1);
    CHECK(saved.comments[0].messageId == replyId);
    CHECK(review->findChild<QListWidget *>(QStringLiteral("reviewComments"))
              ->item(0)
              ->text()
              .endsWith(QStringLiteral("Say what happens next.")));

    // Exported for an audit, as PDF and as a web page.
    review->exportTo(dir.file(QStringLiteral("transcript.pdf")), false);
    REQUIRE(waitUntil(
        [&] { return QFileInfo(dir.file(QStringLiteral("transcript.pdf"))).size() > 1000; }));
    CHECK(readFile(dir.file(QStringLiteral("transcript.pdf"))).startsWith("%PDF"));
    review->exportTo(dir.file(QStringLiteral("list.html")), true);
    REQUIRE(waitUntil([&] { return QFileInfo::exists(dir.file(QStringLiteral("list.html"))); }));
    const QByteArray html = readFile(dir.file(QStringLiteral("list.html")));
    CHECK(html.contains("Say what happens next."));
    CHECK(html.contains("QA review by Ana Agent"));

    // The agent sees the review of her own work.
    desk.window.findChild<QAction *>(QStringLiteral("action_my-reviews"))->trigger();
    REQUIRE(waitUntil(
        [&] { return desk.window.findChild<QDialog *>(QStringLiteral("ownReviews")) != nullptr; }));
    auto *own =
        desk.window.findChild<QDialog *>(QStringLiteral("ownReviews"))->findChild<QTextBrowser *>();
    CHECK(own->toPlainText().contains(QStringLiteral("the canned text went out unchanged")));
    CHECK(own->toPlainText().contains(QStringLiteral("Tone: partly")));

    // The dashboard: the reply, the agent, and the canned response sent unchanged.
    desk.window.showWorkspace(Gui::MainWindow::Workspace::Dashboard);
    Gui::DashboardView *dashboard = desk.window.dashboardView();
    REQUIRE(waitUntil([&] { return dashboard->figures().replies == 1; }));
    const Review::DashboardFigures &figures = dashboard->figures();
    CHECK(figures.firstResponse.total == 1);
    REQUIRE(figures.agents.size() == 1);
    CHECK(figures.agents[0].agent == AGENT);
    CHECK(figures.agents[0].replies == 1);
    CHECK(figures.agents[0].qaPercent >= 0);
    REQUIRE(figures.templates.size() == 1);
    CHECK(figures.templates[0].title == QStringLiteral("Sorry for the trouble"));
    CHECK(figures.templates[0].unchanged == 1);
    REQUIRE(dashboard->exportCsv(dir.file(QStringLiteral("dashboard.csv"))));
    CHECK(readFile(dir.file(QStringLiteral("dashboard.csv")))
              .contains("canned Sorry for the trouble,uses,1"));
    REQUIRE(dashboard->exportPng(dir.file(QStringLiteral("dashboard.png"))));
    CHECK(QImage(dir.file(QStringLiteral("dashboard.png"))).width() > 600);

    // While another workspace is in front, the inbox's single-key actions rest.
    CHECK_FALSE(desk.window.findChild<QAction *>(QStringLiteral("action_resolve"))->isEnabled());
    desk.window.showWorkspace(Gui::MainWindow::Workspace::Inbox);
    CHECK(desk.window.findChild<QAction *>(QStringLiteral("action_resolve"))->isEnabled());
}

TEST_CASE("A lead who imported an archive years old is offered its dates in Review and on the "
          "Dashboard, and sees its answered conversations resolved there")
{
    TempWorkspace dir;
    useSettingsIn(dir, 0);
    // Two conversations of October 2017; the desk's today is 2 November 2026.
    Testing::FakeClock clock;
    REQUIRE(QDir().mkpath(dir.file(QStringLiteral("ws"))));
    {
        auto db = Storage::Database::open(dir.file(QStringLiteral("ws/workspace.sqlite")));
        REQUIRE(db.ok());
        QByteArray csv =
            "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
            "1,115712,True,Tue Oct 03 12:00:00 +0000 2017,@AcmeHelp my router is broken,2,\n"
            "2,AcmeHelp,False,Tue Oct 03 12:20:00 +0000 2017,@115712 A new one is on its way,,1\n"
            "3,115713,True,Thu Oct 05 12:00:00 +0000 2017,@AcmeHelp my bill is wrong,4,\n"
            "4,AcmeHelp,False,Thu Oct 05 12:30:00 +0000 2017,@115713 Which month?,5,3\n"
            "5,115713,True,Thu Oct 05 12:45:00 +0000 2017,@AcmeHelp September,,4\n";
        QBuffer buffer(&csv);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        const Triage::TriageEngine triage;
        auto imported =
            Ingest::Importer(db.value()->connection(), clock, triage).importTweetCsv(buffer);
        REQUIRE(imported.ok());
        REQUIRE(imported.value().resolved == 1);
    }
    Workstation desk(dir.file(QStringLiteral("ws")), false, &clock);

    // Review's last 30 days hold nothing; the offer says what the workspace holds.
    desk.window.showWorkspace(Gui::MainWindow::Workspace::Review);
    Gui::ReviewWorkspace *review = desk.window.reviewWorkspace();
    auto *offer = review->findChild<Gui::HistoryOffer *>();
    REQUIRE(offer);
    REQUIRE(waitUntil([&] { return !offer->text().isEmpty(); }));
    CHECK(review->list()->rowCount() == 0);
    // (Tests run without the English catalog's plural forms: "30 day(s)".)
    CHECK(offer->text().startsWith(QStringLiteral("No transcripts in the last 30 day")));
    CHECK(offer->text().endsWith(
        QStringLiteral(" The workspace holds conversations from 3 Oct 2017 to 5 Oct 2017.")));
    QTest::mouseClick(offer->findChild<QPushButton *>(QStringLiteral("showHistoryPeriod")),
                      Qt::LeftButton);
    REQUIRE(waitUntil([&] { return review->list()->rowCount() == 2; }));
    CHECK(offer->text().isEmpty());
    const QList<QDateEdit *> dates = review->findChildren<QDateEdit *>();
    REQUIRE(dates.size() == 2);
    CHECK(dates[0]->date() == QDate(2017, 10, 3));
    CHECK(dates[1]->date() == QDate(2017, 10, 5));
    // Newest first: the bill still waits on the brand; the router was answered and is history.
    CHECK(review->list()->item(0, 6)->text() == QStringLiteral("Open"));
    CHECK(review->list()->item(1, 6)->text() == QStringLiteral("Resolved"));
    review->list()->setCurrentCell(1, 0);
    REQUIRE(waitUntil([&] {
        return review->transcriptView()->toPlainText().contains(
            QStringLiteral("resolved on import: the brand had answered last"));
    }));
    CHECK(review->transcriptView()->toPlainText().contains(QStringLiteral("Resolved after")));

    // The dashboard's week is empty too; its offer takes it to the archive's days, where the
    // backlog is the one conversation still waiting on the brand.
    desk.window.showWorkspace(Gui::MainWindow::Workspace::Dashboard);
    Gui::DashboardView *dashboard = desk.window.dashboardView();
    auto *dashboardOffer = dashboard->findChild<Gui::HistoryOffer *>();
    REQUIRE(dashboardOffer);
    REQUIRE(waitUntil([&] { return !dashboardOffer->text().isEmpty(); }));
    CHECK(dashboardOffer->text().startsWith(QStringLiteral("No conversations in the last 7 day")));
    CHECK(dashboard->figures().conversations == 0);
    CHECK(dashboard->figures().backlogAge.total == 1);
    QTest::mouseClick(dashboardOffer->findChild<QPushButton *>(QStringLiteral("showHistoryPeriod")),
                      Qt::LeftButton);
    REQUIRE(waitUntil([&] { return dashboard->figures().conversations == 2; }));
    CHECK(dashboardOffer->text().isEmpty());
    CHECK(dashboard->findChild<QComboBox *>()->currentText() ==
          QStringLiteral("3 Oct 2017 to 5 Oct 2017"));
    CHECK(dashboard->figures().resolution.total == 1);
    CHECK(dashboard->figures().resolution.medianSecs == 20 * 60);
    CHECK(dashboard->figures().backlogAge.total == 1);
}

TEST_CASE("An agent in a team has the inbox alone, and a lead gets review and dashboard")
{
    TempWorkspace dir;
    useSettingsIn(dir, 1);
    Gui::Preferences().setTeam(QStringLiteral("http://127.0.0.1:9"), QStringLiteral("ana"),
                               QStringLiteral("Ana"), QStringLiteral("agent"));
    Workstation desk(dir.file(QStringLiteral("ws")));
    CHECK_FALSE(desk.window.isWorkspaceShown(Gui::MainWindow::Workspace::Review));
    CHECK_FALSE(desk.window.isWorkspaceShown(Gui::MainWindow::Workspace::Dashboard));
    CHECK_FALSE(desk.window.findChild<QAction *>(QStringLiteral("action_review"))->isVisible());
    CHECK(desk.window.prepareScreenshot(QStringLiteral("review")) == nullptr);
    // The server says she leads the team now.
    desk.window.handleTeamSignedIn(QStringLiteral("Ana"), QStringLiteral("lead"));
    CHECK(desk.window.isWorkspaceShown(Gui::MainWindow::Workspace::Review));
    CHECK(desk.window.isWorkspaceShown(Gui::MainWindow::Workspace::Dashboard));
    desk.window.handleTeamSignedIn(QStringLiteral("Ana"), QStringLiteral("trainer"));
    CHECK_FALSE(desk.window.isWorkspaceShown(Gui::MainWindow::Workspace::Review));
}

TEST_CASE("In a team, a lead's review goes to the server, and the agent reads it on her own desk")
{
    TeamFixture team;
    const Server::Agent ana = team.add(QStringLiteral("ana"), Server::Role::Agent);
    const QByteArray anaToken = team.tokenFor(ana);
    team.add(QStringLiteral("lea"), Server::Role::Lead);
    team.api->call("PUT", QStringLiteral("/v1/routing"),
                   QJsonObject{{QStringLiteral("policy"), QStringLiteral("manual")}},
                   team.adminToken);
    team.ingest(item(QStringLiteral("1"), QStringLiteral("jane"),
                     QStringLiteral("@AcmeHelp my router is broken"), QStringLiteral("01")));
    const qint64 jane = team.conversationOf(anaToken, QStringLiteral("jane"));
    const ApiReply claimed = team.api->call(
        "POST", QStringLiteral("/v1/conversations/%1/claim").arg(jane), QByteArray(), anaToken);
    REQUIRE(claimed.status == 200);
    // Ana answers from her own desk.
    REQUIRE(
        team.api
            ->call("POST", QStringLiteral("/v1/conversations/%1/replies").arg(jane),
                   QJsonObject{
                       {QStringLiteral("clientId"), QStringLiteral("ana-0001")},
                       {QStringLiteral("text"),
                        QStringLiteral("So sorry, Jane! Restart it once while we check the line.")},
                       {QStringLiteral("visibility"), QStringLiteral("public")},
                       {QStringLiteral("baseRev"), claimed.body[QLatin1String("rev")].toInteger()}},
                   anaToken)
            .status == 201);

    REQUIRE(team.api
                ->call("POST", QStringLiteral("/v1/team-dictionary"),
                       QByteArray(R"({"add":["Flexiroute"]})"), team.adminToken)
                .status == 200);
    REQUIRE(team.api
                ->call("PUT", QStringLiteral("/v1/translation-settings"),
                       QByteArray(R"({"settings":{"provider":"libretranslate",)"
                                  R"("apiBaseUrl":"https://lt.example.org"}})"),
                       team.adminToken)
                .status == 200);
    TempWorkspace dir;
    useSettingsIn(dir, 1);
    // The desk lives on the server's day: its review period and dashboard count from there.
    Workstation desk(dir.file(QStringLiteral("ws")), false, &team.clock);
    // A refusal shows as a modal box, which would stop the test for good: it is closed and
    // named instead. One showed on CI once, after the lead signed out (not seen here since).
    QStringList refusals;
    QTimer dismisser;
    QObject::connect(&dismisser, &QTimer::timeout, &dismisser, [&] {
        for (QMessageBox *box :
             desk.window.findChildren<QMessageBox *>(QStringLiteral("refusalMessage"))) {
            if (box->isVisible()) {
                refusals.append(box->text());
                box->done(QMessageBox::Ok);
            }
        }
    });
    dismisser.start(50);
    const auto signIn = [&](const QString &login) {
        Gui::SettingsDialog *settings = desk.window.openSettings(Gui::SettingsDialog::TeamPage);
        settings->findChild<QLineEdit *>(QStringLiteral("teamServerEdit"))
            ->setText(QStringLiteral("http://127.0.0.1:%1").arg(team.port));
        settings->findChild<QLineEdit *>(QStringLiteral("teamLoginEdit"))->setText(login);
        settings->findChild<QLineEdit *>(QStringLiteral("teamPasswordEdit"))->setText(PASSWORD);
        QTest::mouseClick(settings->findChild<QPushButton *>(QStringLiteral("teamSignInButton")),
                          Qt::LeftButton);
        REQUIRE(waitUntil([&] {
            return desk.find<QLabel>(QStringLiteral("teamStatus"))->text() ==
                   QStringLiteral("Team: online");
        }));
        settings->close();
    };
    signIn(QStringLiteral("lea"));
    REQUIRE(waitUntil(
        [&] { return desk.window.isWorkspaceShown(Gui::MainWindow::Workspace::Review); }));
    // The team's dictionary comes from the server to every desk; a lead adds to it there.
    REQUIRE(waitUntil([&] {
        return Testing::readFile(dir.file(QStringLiteral("ws/team-dictionary.txt")))
            .contains("Flexiroute");
    }));
    // So does its choice of translation service.
    REQUIRE(waitUntil([&] {
        return Testing::readFile(dir.file(QStringLiteral("ws/translation.json")))
            .contains("lt.example.org");
    }));
    Gui::SpellHighlighter *spelling = desk.composer()->spelling();
    REQUIRE(waitUntil([&] { return !spelling->isMisspelt(QStringLiteral("Flexiroute")); }));
    REQUIRE(spelling->canAddToTeamDictionary());
    QString notAdded;
    REQUIRE(spelling->addToTeamDictionary(QStringLiteral("Routerix"), &notAdded));
    REQUIRE(waitUntil([&] {
        return team.api->call("GET", QStringLiteral("/v1/team-dictionary"), QByteArray(), anaToken)
            .body.value(QLatin1String("words"))
            .toArray()
            .contains(QStringLiteral("Routerix"));
    }));
    // Ana waits on Jane now: a change made on her desk that Lea's record of the case keeps.
    // Lea's desk must have the case first (its practice inbox alone does not count), or it
    // would only ever see it waiting.
    REQUIRE(waitUntil([&] { return desk.shows(QStringLiteral("jane")); }));
    REQUIRE(team.api
                ->call("POST", QStringLiteral("/v1/conversations/%1/status").arg(jane),
                       QJsonObject{{QStringLiteral("status"), QStringLiteral("pending")}}, anaToken)
                .status == 200);
    REQUIRE(waitUntil([&] {
        auto db = Storage::Database::open(dir.file(QStringLiteral("ws/workspace.sqlite")));
        QSqlQuery changes(db.value()->connection());
        // Only this change counts: the desk may also have seen the case before Ana claimed it.
        return changes.exec(
                   QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'status'"
                                  " AND detail = '{\"from\":\"open\",\"to\":\"pending\"}'")) &&
               changes.next() && changes.value(0).toInt() == 1;
    }));

    // Lea reviews Jane's conversation in the review workspace.
    desk.window.showWorkspace(Gui::MainWindow::Workspace::Review);
    Gui::ReviewWorkspace *review = desk.window.reviewWorkspace();
    REQUIRE(waitUntil([&] {
        review->refresh();
        QTest::qWait(100);
        for (int row = 0; row < review->list()->rowCount(); ++row)
            if (review->list()->item(row, 1)->text() == QStringLiteral("JANE"))
                review->list()->setCurrentCell(row, 0);
        return review->transcriptView()->toPlainText().contains(QStringLiteral("router"));
    }));
    // Ana's reply, sent from her desk, is hers on Lea's timeline.
    REQUIRE(waitUntil([&] {
        return review->transcriptView()->toPlainText().contains(QStringLiteral("Restart it once"));
    }));
    CHECK(
        review->transcriptView()->toPlainText().contains(QStringLiteral("status open → pending")));
    CHECK(review->currentReview().agent == QStringLiteral("Ana"));
    review->setScore(0, 2);
    review->setSummary(QStringLiteral("Claimed fast; now answer Jane."));
    review->save();
    REQUIRE(waitUntil([&] {
        return !team.api->call("GET", QStringLiteral("/v1/reviews"), QByteArray(), anaToken)
                    .body.value(QLatin1String("reviews"))
                    .toArray()
                    .isEmpty();
    }));
    const QJsonObject onServer =
        team.api->call("GET", QStringLiteral("/v1/reviews"), QByteArray(), anaToken)
            .body.value(QLatin1String("reviews"))
            .toArray()[0]
            .toObject();
    CHECK(onServer.value(QLatin1String("agentId")).toInteger() == ana.id);
    CHECK(onServer.value(QLatin1String("summary")).toString() ==
          QStringLiteral("Claimed fast; now answer Jane."));

    // The dashboard counts Ana's reply as hers, though it went out from another desk.
    desk.window.showWorkspace(Gui::MainWindow::Workspace::Dashboard);
    Gui::DashboardView *dashboard = desk.window.dashboardView();
    auto *range = dashboard->findChild<QComboBox *>();
    range->setCurrentIndex(range->findData(90));
    REQUIRE(waitUntil([&] {
        for (const Review::AgentFigures &agent : dashboard->figures().agents)
            if (agent.agent == QStringLiteral("Ana"))
                return agent.replies == 1 && agent.conversations == 1;
        return false;
    }));

    // Queue control shows the team as the server knows it, and sets the team's rules there.
    desk.window.showWorkspace(Gui::MainWindow::Workspace::Queue);
    Gui::QueueView *queue = desk.window.queueView();
    REQUIRE(waitUntil([&] {
        for (int row = 0; row < queue->agents()->rowCount(); ++row)
            if (queue->agents()->item(row, 0)->text() == QStringLiteral("Ana"))
                return queue->agents()->item(row, 2)->text() == QStringLiteral("1 / 8");
        return false;
    }));
    auto *routing = queue->findChild<QComboBox *>(QStringLiteral("routingPolicy"));
    REQUIRE(routing->isEnabled());
    routing->setCurrentIndex(routing->findData(QStringLiteral("round-robin")));
    queue->setSlaTarget(45);
    queue->save();
    const QByteArray leaToken = team.api->login(QStringLiteral("lea"), PASSWORD);
    REQUIRE(waitUntil([&] {
        const QJsonObject settings =
            team.api->call("GET", QStringLiteral("/v1/routing"), QByteArray(), leaToken).body;
        return settings.value(QLatin1String("policy")).toString() ==
                   QStringLiteral("round-robin") &&
               settings[QLatin1String("sla")][QLatin1String("firstResponseMinutes")].toInt() == 45;
    }));

    // Ana signs in at this desk: no review workspace for her, but the review of her work.
    Gui::SettingsDialog *settings = desk.window.openSettings(Gui::SettingsDialog::TeamPage);
    QTest::mouseClick(settings->findChild<QPushButton *>(QStringLiteral("teamSignOutButton")),
                      Qt::LeftButton);
    settings->close();
    signIn(QStringLiteral("ana"));
    REQUIRE(waitUntil(
        [&] { return !desk.window.isWorkspaceShown(Gui::MainWindow::Workspace::Review); }));
    desk.window.findChild<QAction *>(QStringLiteral("action_my-reviews"))->trigger();
    REQUIRE(waitUntil(
        [&] { return desk.window.findChild<QDialog *>(QStringLiteral("ownReviews")) != nullptr; }));
    auto *own =
        desk.window.findChild<QDialog *>(QStringLiteral("ownReviews"))->findChild<QTextBrowser *>();
    CHECK(own->toPlainText().contains(QStringLiteral("now answer Jane")));
    CHECK(own->toPlainText().contains(QStringLiteral("Reviewed by Lea")));

    // After losing a laptop, Ana signs out everywhere: her session elsewhere ends too.
    const QByteArray anaElsewhere = team.api->login(QStringLiteral("ana"), PASSWORD);
    REQUIRE_FALSE(anaElsewhere.isEmpty());
    settings = desk.window.openSettings(Gui::SettingsDialog::TeamPage);
    QTest::mouseClick(
        settings->findChild<QPushButton *>(QStringLiteral("teamSignOutEverywhereButton")),
        Qt::LeftButton);
    settings->close();
    CHECK(waitUntil([&] {
        return team.api->call("GET", QStringLiteral("/v1/me"), QByteArray(), anaElsewhere).status ==
               401;
    }));
    if (!refusals.isEmpty())
        WARN("refused on the way: " << refusals.join(QStringLiteral(" | ")).toStdString());
}

TEST_CASE("Queue control shows each agent's load, hands a conversation to someone else and sets "
          "the SLA rules")
{
    TempWorkspace dir;
    useSettingsIn(dir, 1);
    // The team already keeps imported history open for a month; the Queue does not edit that.
    REQUIRE(QDir().mkpath(dir.file(QStringLiteral("ws"))));
    dir.write(QStringLiteral("ws/sla-policy.json"),
              R"({"firstResponseMinutes": 60, "autoResolveDays": 30})");
    Workstation desk(dir.file(QStringLiteral("ws")));
    QTest::mouseClick(desk.find<QPushButton>(QStringLiteral("claimButton")), Qt::LeftButton);
    REQUIRE(desk.shows([](const Core::ConversationDetail &d) { return d.assignee == AGENT; }));

    desk.window.showWorkspace(Gui::MainWindow::Workspace::Queue);
    Gui::QueueView *queue = desk.window.queueView();
    REQUIRE(waitUntil(
        [&] { return queue->agents()->rowCount() == 1 && queue->waiting()->rowCount() > 1; }));
    CHECK(queue->agents()->item(0, 0)->text() == AGENT);
    CHECK(queue->agents()->item(0, 2)->text() == QStringLiteral("1"));

    // The lead hands the longest waiting conversation to Ben.
    queue->waiting()->setCurrentCell(0, 0);
    const QString customer = queue->waiting()->item(0, 0)->text();
    queue->reassignSelected(QStringLiteral("Ben"));
    REQUIRE(waitUntil([&] {
        for (int row = 0; row < queue->agents()->rowCount(); ++row)
            if (queue->agents()->item(row, 0)->text() == QStringLiteral("Ben"))
                return true;
        return false;
    }));
    CHECK(waitUntil([&] {
        for (int row = 0; row < queue->waiting()->rowCount(); ++row)
            if (queue->waiting()->item(row, 0)->text() == customer)
                return queue->waiting()->item(row, 5)->text() == QStringLiteral("Ben");
        return false;
    }));

    // Thirty minutes, office hours in Madrid, closed on Christmas Day.
    queue->setSlaTarget(30);
    queue->setBusinessHours(true);
    queue->addHoliday(QDate(2026, 12, 25));
    const Triage::SlaPolicy wanted = queue->slaPolicy();
    queue->save();
    auto *status = queue->findChild<QLabel *>(QStringLiteral("queueStatus"));
    const bool rulesSaved =
        waitUntil([&] { return status->text().startsWith(QStringLiteral("Saved")); });
    INFO(status->text().toStdString());
    REQUIRE(rulesSaved);
    auto kept =
        Triage::SlaPolicy::fromJson(readFile(dir.file(QStringLiteral("ws/sla-policy.json"))));
    REQUIRE(kept.ok());
    CHECK(kept.value().firstResponseMinutes == 30);
    CHECK(kept.value().businessHours);
    CHECK(kept.value().holidays.contains(QDate(2026, 12, 25)));
    CHECK(kept.value().autoResolveDays == 30);
    CHECK(kept.value().toJson() == wanted.toJson());
    // Closing before opening is named, and nothing is saved.
    queue->findChildren<QTimeEdit *>()[1]->setTime(QTime(8, 0));
    queue->save();
    CHECK(status->text().contains(QStringLiteral("closing time must come after the opening time")));
}

TEST_CASE("A trainer starts a class, compares the trainees' runs, scores one on the scorecard and "
          "keeps notes")
{
    TempWorkspace dir;
    useSettingsIn(dir, 0);
    Workstation desk(dir.file(QStringLiteral("ws")));
    desk.window.showWorkspace(Gui::MainWindow::Workspace::Training);
    Gui::TrainerWorkspace *trainer = desk.window.trainerWorkspace();

    whenModal(QStringLiteral("startClassDialog"), [&](QWidget *dialog) {
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("classTrainees"))
            ->setPlainText(QStringLiteral("Ana Gil\nBen Ode"));
        dialog->findChild<QLineEdit *>(QStringLiteral("classFolder"))
            ->setText(dir.file(QStringLiteral("class")));
        static_cast<QDialog *>(dialog)->accept();
    });
    QTest::mouseClick(trainer->findChild<QPushButton *>(QStringLiteral("startClass")),
                      Qt::LeftButton);
    REQUIRE(waitUntil([&] { return trainer->comparison()->rowCount() == 2; }));
    CHECK(trainer->comparison()->item(0, 0)->text() == QStringLiteral("Ana Gil"));

    // Ana practises in her own inbox: the scenario's customers arrive and she answers one.
    const QString anaWorkspace = dir.file(QStringLiteral("class/ana-gil"));
    {
        Channels::ChannelCatalog catalog;
        catalog.scanDirectory(QStringLiteral(CAREDESK_PLUGIN_DIR));
        Core::SystemClock clock;
        Security::MemoryCredentialStore keys;
        Workspace::WorkspaceService anaDesk(anaWorkspace, catalog, clock, keys);
        anaDesk.open();
        auto db = Storage::Database::open(Storage::Database::fileIn(anaWorkspace));
        REQUIRE(db.ok());
        auto page = Storage::WorkspaceStore(db.value()->connection()).inboxPage({}, 5);
        REQUIRE(page.ok());
        REQUIRE_FALSE(page.value().rows.isEmpty());
        anaDesk.replies().queueReplies(
            page.value().rows[0].conversationId,
            {{true, QStringLiteral("Thanks for writing in, we are on it right away."), {}, {}}},
            QStringLiteral("Ana Gil"), 0);
        anaDesk.replies().deliverDue();
        REQUIRE(waitUntil([&] {
            auto detail = Storage::WorkspaceStore(db.value()->connection())
                              .conversation(page.value().rows[0].conversationId);
            return detail.ok() && outboundCount(detail.value(), Core::Visibility::Public) == 1;
        }));
    }
    // Ben's workspace is his own: Ana's reply is not in it.
    {
        auto ben = Storage::Database::open(
            Storage::Database::fileIn(dir.file(QStringLiteral("class/ben-ode"))));
        REQUIRE(ben.ok());
        QSqlQuery outbound(ben.value()->connection());
        REQUIRE(
            outbound.exec(QStringLiteral("SELECT COUNT(*) FROM messages WHERE direction = 'out'")));
        REQUIRE(outbound.next());
        CHECK(outbound.value(0).toInt() == 0);
    }

    // The trainer opens the class again: Ana answered one conversation, Ben none.
    Q_EMIT trainer->classOpenRequested(dir.file(QStringLiteral("class")));
    REQUIRE(waitUntil([&] {
        return trainer->comparison()->item(0, 1)->text().startsWith(QStringLiteral("1/"));
    }));
    CHECK(trainer->comparison()->item(1, 1)->text() ==
          QStringLiteral("–")); // Ben has not opened his inbox yet
    trainer->selectTrainee(0);
    CHECK(trainer->reportView()->toPlainText().contains(QStringLiteral("Ana Gil")));

    // Her run on the team's scorecard.
    Gui::ReviewWorkspace *scorecard = trainer->scorecard();
    REQUIRE(waitUntil([&] {
        for (int row = 0; row < scorecard->list()->rowCount(); ++row)
            if (scorecard->list()->item(row, 3)->text() == QStringLiteral("Ana Gil"))
                scorecard->list()->setCurrentCell(row, 0);
        return scorecard->transcriptView()->toPlainText().contains(
            QStringLiteral("we are on it right away"));
    }));
    REQUIRE(scorecard->currentReview().scores.size() == 6);
    scorecard->setScore(4, 2);
    scorecard->save();
    REQUIRE(waitUntil([&] {
        auto db = Storage::Database::open(Storage::Database::fileIn(anaWorkspace));
        QSqlQuery reviews(db.value()->connection());
        return reviews.exec(QStringLiteral("SELECT COUNT(*) FROM reviews")) && reviews.next() &&
               reviews.value(0).toInt() == 1;
    }));

    // Notes stay with her run.
    trainer->setNotes(
        QStringLiteral("Quick first answer; ask for the order number in private next time."));
    trainer->saveNotes();
    CHECK(waitUntil([&] {
        return readFile(QDir(anaWorkspace).absoluteFilePath(QStringLiteral("trainer-notes.txt")))
            .contains("order number in private");
    }));
}

#include "WorkstationTests.moc"

TEST_CASE("A customer's Spanish shows with its translation, and a reply written in English goes "
          "out in Spanish with a check that the transcript keeps")
{
    TempWorkspace dir;
    useSettingsIn(dir, 0);
    Gui::Preferences().setAgentLanguages({QStringLiteral("en")});
    Workstation desk(dir.file(QStringLiteral("ws")));
    REQUIRE(desk.view()->detail().language == QStringLiteral("es"));
    // Translated by Apertium on this computer, under the original, never instead of it.
    REQUIRE(desk.shows(
        [](const Core::ConversationDetail &d) {
            return !d.messages.isEmpty() &&
                   d.messages.first().translation.state == Core::MessageTranslation::State::Done;
        },
        60000));
    const Core::MessageRecord first = desk.view()->detail().messages.first();
    CHECK(first.translation.provider == QStringLiteral("apertium"));
    CHECK(first.translation.language == QStringLiteral("en"));
    CHECK(desk.view()->timelineText().contains(first.text));
    CHECK(desk.view()->timelineText().contains(QStringLiteral("Machine translation from")));
    CHECK(desk.view()->timelineText().contains(first.translation.text));
    // One keystroke hides the translations and brings them back; the original stays.
    desk.view()->toggleTranslations();
    CHECK_FALSE(desk.view()->timelineText().contains(QStringLiteral("Machine translation from")));
    CHECK(desk.view()->timelineText().contains(first.text));
    desk.view()->toggleTranslations();
    CHECK(desk.view()->timelineText().contains(QStringLiteral("Machine translation from")));

    // The agent writes English and translates: the reply becomes Spanish, with a way back.
    auto *bar = desk.composer()->translation();
    REQUIRE(bar->isVisible());
    CHECK(bar->translateButton()->text() == QStringLiteral("Translate to Español"));
    const QString english = QStringLiteral("We are sorry. We have refunded the second charge.");
    type(desk.composer()->editor(), english);
    QTest::mouseClick(bar->translateButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return desk.composer()->editor()->toPlainText() != english; }, 30000));
    const QString spanish = desk.composer()->editor()->toPlainText();
    CHECK(spanish.contains(QStringLiteral("segundo cargo")));
    CHECK(bar->statusText().contains(QStringLiteral("Machine translation (Apertium)")));
    CHECK(bar->statusText().contains(QStringLiteral("Back into English:")));
    // The language check judges what will be sent: Spanish, the customer's language.
    CHECK_FALSE(desk.composer()->review().languageMismatch);

    QTest::mouseClick(desk.find<QPushButton>(QStringLiteral("sendButton")), Qt::LeftButton);
    REQUIRE(desk.shows([](const Core::ConversationDetail &d) {
        return outboundCount(d, Core::Visibility::Public) == 1;
    }));
    CHECK(desk.view()->timelineText().contains(spanish));
    CHECK(desk.view()->timelineText().contains(QStringLiteral("Sent machine-translated")));
    CHECK(desk.view()->timelineText().contains(english));

    // A translated reply the agent then clears is no longer a translation of what they wrote.
    type(desk.composer()->editor(), QStringLiteral("Thank you."));
    QTest::mouseClick(bar->translateButton(), Qt::LeftButton);
    REQUIRE(waitUntil(
        [&] { return bar->translatedFrom().state == Core::MessageTranslation::State::Done; },
        30000));
    desk.composer()->editor()->clear();
    CHECK(bar->translatedFrom().state == Core::MessageTranslation::State::None);

    // Every request left an audit entry without the text.
    auto db = Storage::Database::open(dir.file(QStringLiteral("ws/workspace.sqlite")));
    REQUIRE(db.ok());
    // The lead's transcript shows the reply as sent, and what the agent wrote; the translation
    // requests are not steps of the conversation.
    auto transcript =
        Review::ReviewStore(db.value()->connection())
            .transcript(desk.view()->conversationId(), QDateTime::currentDateTimeUtc());
    REQUIRE(transcript.ok());
    int customerMessages = 0;
    for (const Review::TimelineEntry &entry : transcript.value().entries)
        customerMessages += entry.kind == Review::TimelineEntry::Kind::CustomerMessage ? 1 : 0;
    CHECK(customerMessages == 2);
    const QString report = Review::transcriptReportHtml(transcript.value(), nullptr, false);
    CHECK(report.contains(QStringLiteral("sent machine-translated (Apertium); the agent wrote:")));
    CHECK(report.contains(english));
    QSqlQuery audit(db.value()->connection());
    REQUIRE(
        audit.exec(QStringLiteral("SELECT detail FROM audit_events WHERE action = 'translate'")));
    int requests = 0;
    while (audit.next()) {
        ++requests;
        CHECK_FALSE(audit.value(0).toString().contains(QStringLiteral("refunded")));
    }
    CHECK(requests >= 3); // the message, the reply and its back-translation
    // A search in English finds the Spanish message by its translation.
    QString word;
    for (const QString &candidate : first.translation.text.split(
             QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts)) {
        if (candidate.size() >= 4 && !first.text.contains(candidate, Qt::CaseInsensitive))
            word = candidate;
    }
    REQUIRE_FALSE(word.isEmpty());
    auto hits = Storage::WorkspaceStore(db.value()->connection()).search(word, 10);
    REQUIRE(hits.ok());
    CHECK_FALSE(hits.value().isEmpty());
}

TEST_CASE("In a team, the agent's desk proposes the shift-change post when her shift starts, she "
          "edits and posts it once, and sets herself away for a break")
{
    TeamFixture team;
    team.clock.set(QDateTime::fromString(QStringLiteral("2027-03-24T09:05:00Z"), Qt::ISODate));
    team.addDrillChannel(
        R"({"format":"caredesk-scenario","version":1,"id":"quiet",
                       "personas":[{"id":"jo","name":"Jo Lee"}],
                       "timeline":[{"id":"e1","at":-60,"persona":"jo","kind":"mention",
                                    "thread":"t1","text":"Hello"}]})");
    team.server->startChannels();
    const Server::Agent ana = team.add(QStringLiteral("ana"), Server::Role::Agent);
    const Server::Agent admin =
        team.server->store().accounts().agentByLogin(QStringLiteral("admin")).value()->first;
    REQUIRE(team.api
                ->call("PUT", QStringLiteral("/v1/roster"),
                       QByteArray(R"({"shifts":[{"agent":"ana","days":["mon","tue","wed","thu",)"
                                  R"("fri","sat","sun"],"start":"09:00","end":"17:00"}]})"),
                       team.tokenFor(admin))
                .status == 200);

    TempWorkspace dir;
    useSettingsIn(dir, 1);
    Workstation desk(dir.file(QStringLiteral("ws")), false, &team.clock);
    Gui::SettingsDialog *settings = desk.window.openSettings(Gui::SettingsDialog::TeamPage);
    settings->findChild<QLineEdit *>(QStringLiteral("teamServerEdit"))
        ->setText(QStringLiteral("http://127.0.0.1:%1").arg(team.port));
    settings->findChild<QLineEdit *>(QStringLiteral("teamLoginEdit"))
        ->setText(QStringLiteral("ana"));
    settings->findChild<QLineEdit *>(QStringLiteral("teamPasswordEdit"))->setText(PASSWORD);
    QTest::mouseClick(settings->findChild<QPushButton *>(QStringLiteral("teamSignInButton")),
                      Qt::LeftButton);
    settings->close();

    // The proposal shows above the inbox, in the agent's words to edit.
    auto *bar = desk.find<QFrame>(QStringLiteral("shiftPostBar"));
    REQUIRE(waitUntil([&] { return bar->isVisible(); }));
    auto *text = desk.find<QLineEdit>(QStringLiteral("shiftPostText"));
    CHECK(text->text().contains(QStringLiteral("Ana")));
    CHECK(text->text().contains(QStringLiteral("17:00")));
    CHECK(desk.find<QComboBox>(QStringLiteral("shiftPostChannel"))->currentText() ==
          QStringLiteral("Drill"));
    const QString words = QStringLiteral("Ana here until 5pm, ask away! ^A");
    text->setText(words);
    QTest::mouseClick(desk.find<QPushButton>(QStringLiteral("shiftPostButton")), Qt::LeftButton);
    CHECK_FALSE(bar->isVisible());
    const QByteArray anaToken = team.tokenFor(ana);
    REQUIRE(waitUntil([&] {
        return team.api->call("GET", QStringLiteral("/v1/roster/me"), QByteArray(), anaToken)
            .body.value(u"proposal")
            .isNull();
    }));
    auto ingest = Storage::Database::open(
        Storage::Database::fileIn(Server::ServerIngest::directoryIn(team.dir.path())));
    REQUIRE(ingest.ok());
    REQUIRE(waitUntil([&] {
        team.server->pollChannels();
        QSqlQuery query(ingest.value()->connection());
        return query.exec(QStringLiteral("SELECT state, text FROM outbox WHERE action = 'post'")) &&
               query.next() && query.value(0).toString() == u"sent" &&
               query.value(1).toString() == words;
    }));

    // A break: away on her word, until the roster next changes for her.
    auto *presence = desk.find<QComboBox>(QStringLiteral("presenceSelector"));
    REQUIRE(waitUntil([&] { return presence->isVisible(); }));
    presence->setCurrentIndex(presence->findData(QStringLiteral("away")));
    Q_EMIT presence->activated(presence->currentIndex());
    REQUIRE(waitUntil([&] {
        return team.server->store().accounts().agent(ana.id).value()->presence ==
               Server::Presence::Away;
    }));
    team.server->maintain();
    CHECK(team.server->store().accounts().agent(ana.id).value()->presence ==
          Server::Presence::Away);
}

#include "support/FakeClock.h"

#include <ui/common/HistoryOffer.h>
#include <ui/common/SpellHighlighter.h>
#include <ui/composer/Composer.h>
#include <ui/conversation/ConversationView.h>
#include <ui/conversation/SharePraiseBar.h>
#include <ui/inbox/InboxModel.h>
#include <ui/inbox/InboxPanel.h>
#include <ui/queue/RosterDialog.h>
#include <ui/queue/ShiftsPanel.h>
#include <ui/review/ReviewWorkspace.h>
#include <ui/settings/Preferences.h>
#include <ui/settings/SettingsDialog.h>
#include <ui/shell/MainWindow.h>

#include "compose/SignOff.h"
#include "triage/PiiScanner.h"
#include "workspace/TriageSetup.h"

#include "support/CatchQt.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTreeView>

using namespace CareDesk;

namespace {

Core::InboxPage demoPage(const QDateTime &now)
{
    Core::InboxPage page;
    for (int i = 0; i < 3; ++i) {
        Core::InboxRow row;
        row.conversationId = 10 + i;
        row.platform = QStringLiteral("sandbox");
        row.customerName = QStringLiteral("Customer %1").arg(i);
        row.preview = QStringLiteral("Preview %1").arg(i);
        row.language = QStringLiteral("en");
        row.waitingSince = now.addSecs(-600 * (i + 1));
        row.slaDue = now.addSecs(i == 0 ? -60 : 3600);
        row.unaddressedCount = 1;
        page.rows.append(row);
    }
    return page;
}

} // namespace

TEST_CASE("The main window selects the first conversation and shows customer text as plain text")
{
    Testing::FakeClock clock;
    Gui::Preferences preferences;
    Gui::MainWindow window(clock, preferences);
    QSignalSpy pages(window.inboxModel(), &Gui::InboxModel::pageRequested);
    QSignalSpy conversations(&window, &Gui::MainWindow::conversationRequested);
    QSignalSpy loaded(&window, &Gui::MainWindow::loaded);

    window.handleWorkspaceOpened(QStringLiteral("/tmp/ws.sqlite"), 3);
    REQUIRE(pages.size() == 1);
    window.inboxModel()->handlePageLoaded(pages.at(0).at(0).toULongLong(), demoPage(clock.now()));
    CHECK(window.inboxModel()->rowCount() == 3);
    REQUIRE(conversations.size() == 1);
    CHECK(conversations.at(0).at(0).toLongLong() == 10);
    CHECK(loaded.isEmpty()); // not loaded until the conversation itself is on screen

    Core::ConversationDetail detail;
    detail.conversationId = 10;
    detail.platform = QStringLiteral("sandbox");
    detail.customer.displayName = QStringLiteral("<i>Mallory</i>");
    detail.priority = 60;
    detail.priorityReasons = {{QStringLiteral("category"), 40, QStringLiteral("service"), {}},
                              {QStringLiteral("tier"), 10, QStringLiteral("<b>gold</b>"), {}},
                              {QStringLiteral("verified"), 10, {}, {}}};
    Core::MessageRecord message;
    message.text = QStringLiteral("<b>not bold</b> <img src=x onerror=alert(1)>");
    message.authorName = QStringLiteral("Mallory");
    message.createdAt = clock.now();
    detail.messages.append(message);
    window.handleConversationLoaded(detail);
    CHECK(loaded.size() == 1);

    auto *timeline = window.findChild<QTextBrowser *>(QStringLiteral("conversationTimeline"));
    REQUIRE(timeline);
    CHECK(timeline->toPlainText().contains(
        QStringLiteral("<b>not bold</b> <img src=x onerror=alert(1)>")));
    auto *title = window.findChild<QLabel *>(QStringLiteral("conversationTitle"));
    REQUIRE(title);
    CHECK(title->textFormat() == Qt::PlainText);
    CHECK(title->text() == QStringLiteral("<i>Mallory</i>"));
    // Why it is where it is in the queue, each reason with its points.
    auto *priority = window.findChild<QLabel *>(QStringLiteral("conversationPriority"));
    REQUIRE(priority);
    CHECK(priority->isVisibleTo(&window));
    CHECK(priority->textFormat() == Qt::PlainText);
    CHECK(priority->text() == QStringLiteral("Priority 60: Service request (+40) · Customer tier: "
                                             "<b>gold</b> (+10) · Verified account (+10)"));
}

TEST_CASE("The inbox shows waiting time with the SLA colour and keeps stale pages out")
{
    Testing::FakeClock clock;
    Gui::InboxModel model(clock);
    QSignalSpy pages(&model, &Gui::InboxModel::pageRequested);
    model.reload();
    model.reload(); // the first request is now stale
    REQUIRE(pages.size() == 2);
    model.handlePageLoaded(pages.at(0).at(0).toULongLong(), demoPage(clock.now()));
    CHECK(model.rowCount() == 0);
    model.handlePageLoaded(pages.at(1).at(0).toULongLong(), demoPage(clock.now()));
    REQUIRE(model.rowCount() == 3);

    const QModelIndex breached = model.index(0, Gui::InboxModel::WaitingColumn);
    CHECK(model.data(breached, Qt::DisplayRole).toString() == QStringLiteral("10 min"));
    const QColor red = model.data(breached, Qt::ForegroundRole).value<QBrush>().color();
    const QColor calm =
        model.data(model.index(1, Gui::InboxModel::WaitingColumn), Qt::ForegroundRole)
            .value<QBrush>()
            .color();
    CHECK(red.red() > red.green());
    CHECK(calm.green() > calm.red());
}

TEST_CASE("The team sign-in warns in plain text when the server's address is http:// to another "
          "machine")
{
    Gui::Preferences preferences;
    Gui::SettingsDialog dialog(preferences, {}, QString());
    auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("teamServerEdit"));
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("teamInsecureWarning"));
    REQUIRE(server);
    REQUIRE(warning);
    CHECK(warning->textFormat() == Qt::PlainText);
    for (const QString &plain :
         {QStringLiteral("http://care.example.com:8484"), QStringLiteral("care.example.com:8484"),
          QStringLiteral("http://192.168.1.20:8484")}) {
        server->setText(plain);
        INFO(plain.toStdString());
        CHECK_FALSE(warning->isHidden());
        CHECK(warning->text().contains(QStringLiteral("https://")));
    }
    for (const QString &safe :
         {QStringLiteral("https://care.example.com:8484"), QStringLiteral("http://127.0.0.1:8484"),
          QStringLiteral("http://localhost:8484"), QStringLiteral("http://[::1]:8484"),
          QString()}) {
        server->setText(safe);
        INFO(safe.toStdString());
        CHECK(warning->isHidden());
    }
}

TEST_CASE("The review list says when it shows only the newest transcripts, and offers the "
          "workspace's dates only when they lie outside the period")
{
    const Testing::FakeClock clock; // 2 November 2026
    Gui::ReviewWorkspace review(clock);
    auto *count = review.findChild<QLabel *>(QStringLiteral("transcriptCount"));
    REQUIRE(count);
    QList<Review::TranscriptRow> rows;
    for (int i = 0; i < review.filter().limit; ++i) {
        Review::TranscriptRow row;
        row.conversationId = i + 1;
        row.startedAt = clock.now().addSecs(-60 * i);
        rows.append(row);
    }
    review.setTranscripts(rows);
    CHECK(count->text().startsWith(QStringLiteral("The newest 500 transcripts")));
    rows.removeLast();
    review.setTranscripts(rows);
    CHECK_FALSE(count->text().contains(QStringLiteral("newest")));

    auto *offer = review.findChild<Gui::HistoryOffer *>();
    REQUIRE(offer);
    review.setTranscripts({});
    // Conversations of the last two days lie inside the last 30: other filters hide them.
    review.setHistorySpan({clock.now().addDays(-2), clock.now().addDays(-1)});
    CHECK(offer->text().isEmpty());
    // An archive from 2017 lies outside: it is offered.
    review.setHistorySpan({QDateTime(QDate(2017, 10, 3), QTime(12, 0), Qt::UTC),
                           QDateTime(QDate(2017, 12, 3), QTime(12, 0), Qt::UTC)});
    CHECK(offer->text().endsWith(
        QStringLiteral("The workspace holds conversations from 3 Oct 2017 to 3 Dec 2017.")));
    // An empty workspace offers nothing.
    review.setHistorySpan({});
    CHECK(offer->text().isEmpty());
}

namespace {

Core::ConversationDetail publicConversation(const QString &language, const QString &channelRegion)
{
    Core::ConversationDetail detail;
    detail.conversationId = 7;
    detail.platform = QStringLiteral("twitter");
    detail.language = language;
    detail.channelRegion = channelRegion;
    detail.customer.handle = QStringLiteral("jane");
    detail.customer.displayName = QStringLiteral("Jane");
    return detail;
}

bool blocksWith(const Gui::Composer &composer, const QString &number)
{
    const auto *blocking = composer.findChild<QLabel *>(QStringLiteral("composerBlocking"));
    const auto *send = composer.findChild<QPushButton *>(QStringLiteral("sendButton"));
    return blocking && send && composer.review().piiBlocksSending() && !send->isEnabled() &&
           blocking->text().contains(number);
}

} // namespace

TEST_CASE("The public-reply guard holds back an American number in an English reply on a US desk "
          "with no region set")
{
    for (const QLocale &desk : {QLocale(QLocale::English, QLocale::UnitedStates), QLocale::c()}) {
        INFO(desk.name().toStdString());
        Gui::Composer composer;
        composer.setSystemLocale(desk);
        composer.setConversation(publicConversation(QStringLiteral("en"), QString()));
        composer.editor()->setPlainText(
            QStringLiteral("So sorry Jane! Call us at (212) 555-0199 and we will fix it today."));
        CHECK(blocksWith(composer, QStringLiteral("(212) 555-0199")));
    }
}

TEST_CASE("On a German channel a German number is held back, even on a desk elsewhere")
{
    Gui::Composer composer;
    composer.setSystemLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    composer.setConversation(publicConversation(QStringLiteral("und"), QStringLiteral("DE")));
    composer.editor()->setPlainText(QStringLiteral("Tel. 030 12345678"));
    CHECK(blocksWith(composer, QStringLiteral("030 12345678")));
}

TEST_CASE("A handle and an order id in a public reply are not taken for personal data")
{
    Gui::Composer composer;
    composer.setSystemLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    composer.setConversation(publicConversation(QStringLiteral("en"), QString()));
    composer.editor()->setPlainText(QStringLiteral(
        "Thanks @115712! Your order #1043588 (parcel 48213-77) left our warehouse today."));
    CHECK(composer.review().pii.isEmpty());
    CHECK(composer.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
}

TEST_CASE("The team's own order numbers, from the file beside the workspace, hold a public "
          "reply back")
{
    const QTemporaryDir workspace;
    REQUIRE(workspace.isValid());
    // No file: the built-in kinds only.
    auto none = Workspace::TriageSetup::personalDataPatterns(workspace.path());
    REQUIRE(none);
    CHECK(none.value().isEmpty());

    QFile file(Workspace::TriageSetup::personalDataPatternsPath(workspace.path()));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"patterns":[{"kind":"order number","pattern":"\\bNW-\\d{6}\\b"}]})");
    file.close();
    auto patterns = Workspace::TriageSetup::personalDataPatterns(workspace.path());
    REQUIRE(patterns);
    REQUIRE(patterns.value().size() == 1);

    Gui::Composer composer;
    composer.setSystemLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    composer.setConversation(publicConversation(QStringLiteral("en"), QString()));
    composer.editor()->setPlainText(QStringLiteral("Jane, your order NW-104358 ships today."));
    CHECK(composer.review().pii.isEmpty()); // before the team's patterns are known
    composer.setPersonalDataPatterns(patterns.value());
    CHECK(blocksWith(composer, QStringLiteral("NW-104358")));

    // A broken file is reported, never half-used.
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"patterns":[{"kind":"order number","pattern":"(NW"}]})");
    file.close();
    auto broken = Workspace::TriageSetup::personalDataPatterns(workspace.path());
    REQUIRE_FALSE(broken);
    CHECK(broken.error().userMessage.contains(QStringLiteral("personal-data patterns")));
}

namespace {

// The words the editor's first paragraph underlines as misspelt.
QStringList underlined(const Gui::Composer &composer)
{
    QStringList words;
    const QTextBlock block = composer.editor()->document()->firstBlock();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            words.append(block.text().mid(range.start, range.length));
    }
    return words;
}

} // namespace

TEST_CASE("The composer underlines misspelt words in the customer's language, never their name")
{
    const QTemporaryDir workspace;
    REQUIRE(workspace.isValid());
    Gui::Composer composer;
    composer.setTeamDictionary(workspace.filePath(QStringLiteral("team-dictionary.txt")));
    Core::ConversationDetail detail = publicConversation(QStringLiteral("en"), QString());
    detail.customer.displayName = QStringLiteral("Siobhan Okonkwo");
    composer.setConversation(detail);
    composer.editor()->setPlainText(
        QStringLiteral("Hi Siobhan, we recieve your Zephyrbook @jane #help {agent.name}"));
    CHECK(underlined(composer) ==
          QStringList{QStringLiteral("recieve"), QStringLiteral("Zephyrbook")});
    CHECK(composer.spelling()
              ->suggestionsFor(QStringLiteral("recieve"))
              .contains(QStringLiteral("receive")));

    // "Add to team dictionary" writes the file beside the workspace, and the word is right from
    // then on.
    QString error;
    REQUIRE(composer.spelling()->addToTeamDictionary(QStringLiteral("Zephyrbook"), &error));
    CHECK(underlined(composer) == QStringList{QStringLiteral("recieve")});
    QFile team(workspace.filePath(QStringLiteral("team-dictionary.txt")));
    REQUIRE(team.open(QIODevice::ReadOnly));
    CHECK(team.readAll().contains("Zephyrbook"));
    composer.spelling()->ignore(QStringLiteral("recieve"));
    CHECK(underlined(composer).isEmpty());

    // A Spanish customer's reply is checked in Spanish.
    Core::ConversationDetail spanish = publicConversation(QStringLiteral("es"), QString());
    spanish.conversationId = 8;
    composer.setConversation(spanish);
    composer.editor()->setPlainText(QStringLiteral("Gracias, la garantia llega mañana"));
    CHECK(underlined(composer) == QStringList{QStringLiteral("garantia")});
}

TEST_CASE("Settings sets the country a channel's phone numbers are from")
{
    Gui::Preferences preferences;
    Gui::SettingsDialog dialog(preferences, {}, QString());
    QSignalSpy changed(&dialog, &Gui::SettingsDialog::channelRegionChanged);
    Core::ChannelSummary channel;
    channel.id = 3;
    channel.name = QStringLiteral("AcmeHilfe");
    channel.platform = QStringLiteral("twitter");
    channel.region = QStringLiteral("AT");
    dialog.setChannels({channel});
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("channelTable"));
    auto *region = dialog.findChild<QComboBox *>(QStringLiteral("channelRegionCombo"));
    REQUIRE(table);
    REQUIRE(region);
    table->selectRow(0);
    CHECK(region->currentData().toString() == QStringLiteral("AT"));
    CHECK(region->currentText() == QStringLiteral("Austria (AT)"));
    region->setCurrentIndex(region->findData(QStringLiteral("DE")));
    Q_EMIT region->activated(region->currentIndex());
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).toLongLong() == 3);
    CHECK(changed.at(0).at(1).toString() == QStringLiteral("DE"));
}

TEST_CASE("The leads' inbox views select detractors and escalations, and agents do not see them")
{
    Testing::FakeClock clock;
    Gui::InboxModel model(clock);
    Gui::InboxPanel panel(&model);
    panel.setView(Gui::InboxPanel::View::Detractors);
    CHECK(panel.query().detractorsOnly);
    panel.setView(Gui::InboxPanel::View::Escalations);
    CHECK(panel.query().escalatedOnly);
    CHECK_FALSE(panel.query().detractorsOnly);
    // An agent of a team has neither view; one who was on them goes back to All.
    panel.setLeadViews(false);
    CHECK(panel.view() == Gui::InboxPanel::View::All);
    CHECK_FALSE(panel.query().escalatedOnly);
}

TEST_CASE("A channel's sign-off goes on public replies once, is counted and shown, and never on "
          "private ones")
{
    CHECK(Compose::signOffFor(Compose::SignOffStyle::Initials,
                              QStringLiteral("Ana María García")) == QStringLiteral("^AG"));
    CHECK(Compose::signOffFor(Compose::SignOffStyle::FirstName, QStringLiteral(" Ana  García")) ==
          QStringLiteral("-Ana"));
    CHECK(Compose::signOffFor(Compose::SignOffStyle::Initials, QString()).isEmpty());
    CHECK(Compose::withSignOff(QStringLiteral("Done! ^AG  "), QStringLiteral("^AG")) ==
          QStringLiteral("Done! ^AG"));
    CHECK(Compose::withSignOff(QStringLiteral("   "), QStringLiteral("^AG")).trimmed().isEmpty());

    Gui::Composer composer;
    composer.setAgentName(QStringLiteral("Ana García"));
    Core::ConversationDetail detail = publicConversation(QStringLiteral("en"), QString());
    detail.channelSignOff = QStringLiteral("initials");
    composer.setConversation(detail);
    QSignalSpy sent(&composer, &Gui::Composer::replyRequested);
    // 276 characters fit X's 280 alone, not with " ^AG".
    composer.editor()->setPlainText(QString(276, u'a'));
    CHECK(composer.review().length.weightedLength == 280);
    const auto *shown = composer.findChild<QLabel *>(QStringLiteral("composerSignOff"));
    REQUIRE(shown);
    CHECK(shown->text() == QStringLiteral("Signed ^AG"));
    composer.editor()->setPlainText(QString(277, u'a'));
    CHECK_FALSE(composer.review().length.valid);
    // Typed by the agent already: not signed twice.
    composer.editor()->setPlainText(QStringLiteral("Fixed now, Jane! ^AG"));
    composer.send();
    REQUIRE(sent.size() == 1);
    CHECK(sent.at(0).at(1).value<Core::ReplyText>().text == QStringLiteral("Fixed now, Jane! ^AG"));
    composer.editor()->setPlainText(QStringLiteral("Fixed now, Jane!"));
    composer.send();
    REQUIRE(sent.size() == 2);
    CHECK(sent.at(1).at(1).value<Core::ReplyText>().text == QStringLiteral("Fixed now, Jane! ^AG"));
    // A private message is not signed.
    composer.setVisibility(Core::Visibility::Private);
    CHECK(shown->isHidden());
}

TEST_CASE("Praise offers the ways its channel shares, each once, and says who shared it")
{
    Gui::SharePraiseBar bar;
    Core::ConversationDetail detail;
    bar.setConversation(detail);
    CHECK(bar.isHidden()); // not praise: nothing to share
    detail.shareActions = {QStringLiteral("repost"), QStringLiteral("quote")};
    bar.setConversation(detail);
    CHECK_FALSE(bar.isHidden());
    auto *repost = bar.findChild<QPushButton *>(QStringLiteral("shareRepost"));
    auto *like = bar.findChild<QPushButton *>(QStringLiteral("shareLike"));
    REQUIRE(repost);
    REQUIRE(like);
    CHECK(like->isHidden()); // X has no likes here
    QSignalSpy asked(&bar, &Gui::SharePraiseBar::shareRequested);
    repost->click();
    REQUIRE(asked.size() == 1);
    CHECK(asked.at(0).at(0).toString() == QStringLiteral("repost"));

    Core::ShareRecord shared;
    shared.action = QStringLiteral("repost");
    shared.state = QStringLiteral("sent");
    shared.by = QStringLiteral("Ana García");
    shared.at = QDateTime::fromString(QStringLiteral("2026-11-02T09:00:00Z"), Qt::ISODate);
    detail.shares = {shared};
    bar.setConversation(detail);
    CHECK_FALSE(repost->isEnabled());
    const auto *line = bar.findChild<QLabel *>(QStringLiteral("sharedPraise"));
    REQUIRE(line);
    CHECK(line->text().startsWith(QStringLiteral("Reposted by Ana García")));
    shared.state = QStringLiteral("failed");
    shared.lastError = QStringLiteral("X refused it.");
    CHECK(
        Gui::SharePraiseBar::shareLine(shared).endsWith(QStringLiteral("(failed: X refused it.)")));
}

TEST_CASE("The queue lists who is on shift now and next, and the roster editor gives back what "
          "the lead wrote")
{
    Gui::ShiftsPanel panel;
    Shifts::ShiftBoard board;
    board.timeZone = QStringLiteral("CET");
    board.roster = QJsonDocument::fromJson(
                       R"({"shifts":[{"agent":"abe","days":["mon"],"start":"09:00","end":"17:00",
                           "channels":[]}],"shiftPost":"{name} on until {end}"})")
                       .object();
    Shifts::ShiftLine abe;
    abe.agent = QStringLiteral("abe");
    abe.localStart = QStringLiteral("09:00");
    abe.localEnd = QStringLiteral("17:00");
    board.onNow = {abe};
    Shifts::ShiftLine bo = abe;
    bo.agent = QStringLiteral("bo");
    bo.start = QDateTime::fromString(QStringLiteral("2027-03-24T16:00:00Z"), Qt::ISODate);
    bo.channels = {QStringLiteral("X support")};
    board.next = {bo};
    panel.setBoard(board);
    const auto *now = panel.findChild<QLabel *>(QStringLiteral("onShiftNow"));
    const auto *next = panel.findChild<QLabel *>(QStringLiteral("nextShifts"));
    REQUIRE(now);
    REQUIRE(next);
    CHECK(now->text() == QStringLiteral("On shift now (CET):\nabe · 09:00–17:00"));
    CHECK(next->text().contains(QStringLiteral("bo · 09:00–17:00")));
    CHECK(next->text().contains(QStringLiteral("X support")));

    Gui::RosterDialog dialog(board.roster, board.timeZone);
    REQUIRE(dialog.table()->rowCount() == 1);
    dialog.addShift(QStringLiteral("bo"), QStringLiteral("Sat, sun"), QStringLiteral("22:00"),
                    QStringLiteral("06:00"), QStringLiteral("X support, Facebook"));
    const QJsonObject roster = dialog.roster();
    const QJsonArray shifts = roster.value(QStringLiteral("shifts")).toArray();
    REQUIRE(shifts.size() == 2);
    CHECK(shifts[1].toObject().value(QStringLiteral("days")).toArray() ==
          QJsonArray{QStringLiteral("sat"), QStringLiteral("sun")});
    CHECK(shifts[1].toObject().value(QStringLiteral("channels")).toArray() ==
          QJsonArray{QStringLiteral("X support"), QStringLiteral("Facebook")});
    CHECK(roster.value(QStringLiteral("shiftPost")).toString() ==
          QStringLiteral("{name} on until {end}"));
}

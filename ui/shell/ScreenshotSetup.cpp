#include "ScreenshotSetup.h"

#include "ui/common/SpellHighlighter.h"
#include "ui/composer/Composer.h"
#include "ui/composer/ReplyTranslationBar.h"
#include "ui/conversation/CustomerPanel.h"
#include "ui/conversation/FindInCrmDialog.h"
#include "ui/inbox/InboxPanel.h"
#include "ui/queue/RosterDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ShiftControls.h"

#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>

namespace CareDesk::Gui {

ScreenshotSetup::ScreenshotSetup(MainWindow &window)
    : m_window(window)
{}

QWidget *ScreenshotSetup::leadsView(InboxPanel::View inboxView) const
{
    // The leads' view of unhappy survey answers, or of escalated cases; the first one open.
    m_window.inboxPanel()->setView(inboxView);
    QTreeView *list = m_window.inboxPanel()->list();
    list->setFocus();
    // Once the view has loaded, as if the lead pressed J.
    QTimer::singleShot(500, list, [list] {
        list->selectionModel()->setCurrentIndex(list->model()->index(0, 0),
                                                QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
    });
    return &m_window;
}

QWidget *ScreenshotSetup::shiftsView(const QString &view) const
{
    // A team's week as a lead keeps it, and the post proposed when Ana's shift starts: shown
    // with example shifts, as a team server would send them.
    if (view == u"roster") {
        const QJsonObject roster = QJsonDocument::fromJson(
                                       R"({"shifts":[
                {"agent":"ana","days":["mon","tue","wed","thu","fri"],"start":"08:00",
                 "end":"16:00","channels":[]},
                {"agent":"ben","days":["mon","tue","wed","thu","fri"],"start":"14:00",
                 "end":"22:00","channels":["AcmeHelp on X"]},
                {"agent":"chloe","days":["sat","sun"],"start":"09:00","end":"18:00",
                 "channels":[]},
                {"agent":"dev","days":["fri","sat"],"start":"22:00","end":"06:00",
                 "channels":["Acme on Facebook"]}],
                "shiftPost":"Hi, {name} here until {end} {zone}. Ask us anything! {signoff}"})")
                                       .object();
        auto *dialog = new RosterDialog(roster, QStringLiteral("CET"), &m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        return dialog;
    }
    Shifts::ShiftPostProposal proposal;
    proposal.text = QStringLiteral("Hi, Ana here! I'm looking after your messages until 16:00 "
                                   "CET. ^AG");
    proposal.channels = {QStringLiteral("AcmeHelp on X"), QStringLiteral("Acme on Facebook")};
    proposal.until = QStringLiteral("16:00");
    m_window.shiftPostBar()->propose(proposal);
    m_window.shiftPostBar()->text()->setFocus();
    return &m_window;
}

QWidget *ScreenshotSetup::prepare(const QString &view) const
{
    using Workspace = MainWindow::Workspace;
    const int width = m_window.width();
    if (view == u"inbox" || view == u"conversation") {
        m_window.inboxPanel()->list()->setFocus();
        return &m_window;
    }
    if (view == u"detractors" || view == u"escalations")
        return leadsView(view == u"detractors" ? InboxPanel::View::Detractors
                                               : InboxPanel::View::Escalations);
    if (view == u"customer") {
        m_window.inboxSplitter()->setSizes({width * 2 / 5, width * 2 / 5, width / 5 + 60});
        m_window.customerPanel()->setFocus();
        return &m_window;
    }
    if (view == u"find-in-crm") {
        // "Find in CRM…" from the customer panel, with what a search for a name found.
        m_window.inboxSplitter()->setSizes({width * 2 / 5, width * 2 / 5, width / 5 + 60});
        auto *find = m_window.customerPanel()->findChild<QPushButton *>(QStringLiteral("crmFind"));
        if (!find)
            return nullptr;
        find->click();
        auto *dialog = m_window.findChild<FindInCrmDialog *>();
        if (!dialog)
            return nullptr;
        auto *query = dialog->findChild<QLineEdit *>(QStringLiteral("crmQuery"));
        query->setText(QStringLiteral("Gil"));
        Q_EMIT query->returnPressed(); // as if the agent pressed Enter
        return dialog;
    }
    if (view == u"composer") {
        // A canned reply inserted as it is: the composer shows its checks and the warning.
        Composer *composer = m_window.composer();
        for (const Core::CannedResponse &response : m_window.cannedResponses()) {
            if (response.shortcut == u"/sorry") {
                composer->insertCanned(response);
                break;
            }
        }
        composer->editor()->setFocus();
        return &m_window;
    }
    if (view == u"translation") {
        // A reply written in English for a customer who writes in another language, translated
        // with its check.
        Composer *composer = m_window.composer();
        composer->editor()->setPlainText(QStringLiteral(
            "We are sorry for the delay. Your order leaves tomorrow and we will send "
            "you the tracking number."));
        composer->translation()->translateButton()->click();
        return &m_window;
    }
    if (view == u"spelling") {
        // A draft with slips underlined, and the suggestions for the first on right-click.
        Composer *composer = m_window.composer();
        QPlainTextEdit *editor = composer->editor();
        editor->setPlainText(QStringLiteral("Thnaks for your paitence, we have isued the refnd "
                                            "for order 88213 today."));
        editor->setFocus();
        QTextCursor cursor(editor->document());
        cursor.setPosition(2);
        const QPoint at = editor->cursorRect(cursor).center();
        auto *menu = editor->createStandardContextMenu(at);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        addSpellingActions(menu, editor, composer->spelling(), at);
        const QPoint below = editor->viewport()->mapToGlobal(at + QPoint(0, 12));
        menu->popup(below);
        menu->move(below); // where the agent clicked, even past a small screen's edge

        return &m_window;
    }
    if (view == u"review" || view == u"dashboard" || view == u"trainer" || view == u"queue") {
        const Workspace workspace = view == u"review"      ? Workspace::Review
                                    : view == u"dashboard" ? Workspace::Dashboard
                                    : view == u"queue"     ? Workspace::Queue
                                                           : Workspace::Training;
        if (!m_window.isWorkspaceShown(workspace))
            return nullptr;
        m_window.showWorkspace(workspace);
        return &m_window;
    }
    if (view == u"roster" || view == u"shift-post")
        return shiftsView(view);
    if (view == u"languages")
        return m_window.openSettings(SettingsDialog::LanguagesPage);
    if (view == u"settings") {
        SettingsDialog *settings = m_window.openSettings(SettingsDialog::CannedPage);
        settings->setCannedResponses(m_window.cannedResponses());
        return settings;
    }
    return nullptr;
}

} // namespace CareDesk::Gui

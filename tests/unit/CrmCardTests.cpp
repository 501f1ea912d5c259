// The customer panel's CRM card and "Find in CRM…", as an agent uses them.

#include <ui/conversation/CrmCard.h>
#include <ui/conversation/FindInCrmDialog.h>

#include "support/CatchQt.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>

using namespace CareDesk;

namespace {

Core::CrmRecord record()
{
    Core::CrmRecord ana;
    ana.source = QStringLiteral("hubspot");
    ana.id = QStringLiteral("51234567801");
    ana.name = QStringLiteral("<b>Ana</b> Gil");
    ana.company = QStringLiteral("Acme Retail");
    ana.tier = QStringLiteral("customer");
    ana.value = 1250;
    ana.owner = QStringLiteral("Marta Ruiz");
    ana.url =
        QStringLiteral("https://app-eu1.hubspot.com/contacts/24681357/record/0-1/51234567801");
    ana.openCases = {{QStringLiteral("1701234001"), QStringLiteral("Order 48213 arrived broken"),
                      QStringLiteral("New")}};
    return ana;
}

QPushButton *button(QWidget &parent, const QString &text)
{
    const auto buttons = parent.findChildren<QPushButton *>();
    for (QPushButton *one : buttons) {
        if (one->text() == text && one->isVisibleTo(&parent))
            return one;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The CRM card shows the record as plain text with its open cases, and what the agent "
          "can do")
{
    Gui::CrmCard card;
    Core::CustomerProfile profile;
    profile.customerId = 7;
    profile.displayName = QStringLiteral("Ana Gil");
    Core::CrmLink link;
    link.record = record();
    link.matchedBy = QStringLiteral("handle");
    profile.crm = link;
    Core::CrmOffer offer{record(), QStringLiteral("email"), QStringLiteral("ana@example.org")};
    offer.record.id = QStringLiteral("other");
    profile.crmOffers = {offer};
    profile.mergeSuggestions = {{9, QStringLiteral("Ana Gil"), QStringLiteral("facebook"),
                                 QStringLiteral("Ana Gil"), QStringLiteral("email")}};
    card.showCustomer(profile);

    auto *shown = card.findChild<QLabel *>(QStringLiteral("crmRecord"));
    REQUIRE(shown);
    CHECK(shown->textFormat() == Qt::PlainText);
    CHECK(shown->text().contains(QStringLiteral("<b>Ana</b> Gil · Acme Retail")));
    CHECK(shown->text().contains(QStringLiteral("Owner: Marta Ruiz")));
    CHECK(shown->text().contains(QStringLiteral("Linked automatically, found by their handle")));
    CHECK(card.findChild<QLabel *>(QStringLiteral("crmSource"))->text() ==
          QStringLiteral("HubSpot"));
    auto *cases = card.findChild<QListWidget *>(QStringLiteral("crmOpenCases"));
    REQUIRE(cases->count() == 1);
    CHECK(cases->item(0)->text() == QStringLiteral("Order 48213 arrived broken — New"));
    CHECK(button(card, QStringLiteral("Open in CRM")));

    QSignalSpy answered(&card, &Gui::CrmCard::offerAnswered);
    REQUIRE(button(card, QStringLiteral("Not them")));
    button(card, QStringLiteral("Not them"))->click();
    REQUIRE(answered.size() == 1);
    CHECK(answered.first().at(0).toLongLong() == 7);
    CHECK_FALSE(answered.first().at(2).toBool());

    QSignalSpy merge(&card, &Gui::CrmCard::mergeRequested);
    button(card, QStringLiteral("Merge"))->click();
    REQUIRE(merge.size() == 1);
    CHECK(merge.first().at(1).toLongLong() == 9);

    QSignalSpy unlink(&card, &Gui::CrmCard::unlinkRequested);
    button(card, QStringLiteral("Unlink"))->click();
    CHECK(unlink.size() == 1);

    // Not matched: no record, no link to open, but a way to search.
    card.showCustomer(Core::CustomerProfile{});
    CHECK_FALSE(button(card, QStringLiteral("Open in CRM")));
    CHECK(button(card, QStringLiteral("Find in CRM…")));

    // A team's customer is the team server's to match: shown, not changed from here.
    profile.crmByTeam = true;
    card.showCustomer(profile);
    CHECK(button(card, QStringLiteral("Open in CRM")));
    CHECK_FALSE(button(card, QStringLiteral("Unlink")));
    CHECK_FALSE(button(card, QStringLiteral("Find in CRM…")));
    CHECK(card.findChild<QLabel *>(QStringLiteral("crmSource"))->text() ==
          QStringLiteral("HubSpot, matched by the team server"));
}

TEST_CASE("Find in CRM searches what the agent typed and links the record chosen, and an older "
          "answer is left out")
{
    Gui::FindInCrmDialog dialog(7, QStringLiteral("Ana"));
    QSignalSpy searched(&dialog, &Gui::FindInCrmDialog::searchRequested);
    QSignalSpy linked(&dialog, &Gui::FindInCrmDialog::linkRequested);
    auto *query = dialog.findChild<QLineEdit *>(QStringLiteral("crmQuery"));
    query->setText(QStringLiteral("gil"));
    Q_EMIT query->returnPressed();
    REQUIRE(searched.size() == 1);
    const quint64 first = searched.first().at(0).toULongLong();
    CHECK(searched.first().at(1).toString() == QStringLiteral("gil"));
    Q_EMIT query->returnPressed();
    const quint64 second = searched.last().at(0).toULongLong();

    dialog.showResults(first, {record(), record()}, {});
    auto *results = dialog.findChild<QListWidget *>(QStringLiteral("crmResults"));
    CHECK(results->count() == 0); // an answer to a search asked again since
    dialog.showResults(second, {record()}, {});
    REQUIRE(results->count() == 1);
    CHECK(results->item(0)->text().startsWith(QStringLiteral("<b>Ana</b> Gil · Acme Retail")));
    dialog.findChild<QPushButton *>(QStringLiteral("crmLink"))->click();
    REQUIRE(linked.size() == 1);
    CHECK(linked.first().at(0).toLongLong() == 7);
    CHECK(linked.first().at(1).value<Core::CrmRecord>().id == QStringLiteral("51234567801"));
}

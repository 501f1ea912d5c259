#include "CrmCard.h"

#include "ui/common/Presentation.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace CareDesk::Gui {

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // names and notes come from the CRM and customers
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString matchedByLabel(const Core::CrmLink &link)
{
    QString how;
    if (link.matchedBy == u"handle")
        how = CrmCard::tr("found by their handle");
    else if (link.matchedBy == u"email")
        how = CrmCard::tr("found by the e-mail address they gave");
    else if (link.matchedBy == u"phone")
        how = CrmCard::tr("found by the phone number they gave");
    else
        how = CrmCard::tr("chosen by hand");
    if (!link.linkedBy.isEmpty())
        return CrmCard::tr("Linked by %1, %2").arg(link.linkedBy, how);
    return CrmCard::tr("Linked automatically, %1").arg(how);
}

} // namespace

QString crmSourceLabel(const QString &source)
{
    if (source == u"file")
        return CrmCard::tr("Customer file");
    if (source == u"hubspot")
        return QStringLiteral("HubSpot");
    if (source == u"salesforce")
        return QStringLiteral("Salesforce");
    return source;
}

CrmCard::CrmCard(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("crmCard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("In the CRM"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_source = plainLabel(this);
    m_source->setObjectName(QStringLiteral("crmSource"));
    header->addWidget(title);
    header->addWidget(m_source, 1);
    layout->addLayout(header);

    m_record = plainLabel(this);
    m_record->setObjectName(QStringLiteral("crmRecord"));
    layout->addWidget(m_record);
    m_cases = new QListWidget(this);
    m_cases->setObjectName(QStringLiteral("crmOpenCases"));
    m_cases->setAccessibleName(tr("Open cases in the CRM"));
    m_cases->setWordWrap(true);
    m_cases->setMaximumHeight(76);
    layout->addWidget(m_cases);
    m_problem = plainLabel(this);
    m_problem->setObjectName(QStringLiteral("crmProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_problem);

    m_rows = new QVBoxLayout;
    m_rows->setSpacing(2);
    layout->addLayout(m_rows);

    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("Open in CRM"), this);
    m_open->setObjectName(QStringLiteral("crmOpen"));
    m_unlink = new QPushButton(tr("Unlink"), this);
    m_unlink->setObjectName(QStringLiteral("crmUnlink"));
    m_unlink->setToolTip(tr("This is not them: take the link away. It is not made again."));
    auto *find = new QPushButton(tr("Find in CRM…"), this);
    find->setObjectName(QStringLiteral("crmFind"));
    m_find = find;
    buttons->addWidget(m_open);
    buttons->addWidget(m_unlink);
    buttons->addStretch(1);
    buttons->addWidget(find);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, [this] {
        // Only web addresses: a record's link comes from the CRM, not from this program.
        const QUrl url(m_url);
        if (url.scheme() == u"https" || url.scheme() == u"http")
            QDesktopServices::openUrl(url);
    });
    connect(m_unlink, &QPushButton::clicked, this,
            [this] { Q_EMIT unlinkRequested(m_customerId); });
    connect(find, &QPushButton::clicked, this,
            [this] { Q_EMIT findRequested(m_customerId, m_customerName); });
    clear();
}

void CrmCard::clear()
{
    m_customerId = 0;
    m_url.clear();
    m_source->clear();
    m_record->setText(tr("No customer"));
    m_cases->clear();
    m_cases->hide();
    m_problem->hide();
    m_open->hide();
    m_unlink->hide();
    clearRows();
    setEnabled(false);
}

void CrmCard::clearRows()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void CrmCard::showCustomer(const Core::CustomerProfile &profile)
{
    clear();
    setEnabled(true);
    m_customerId = profile.customerId;
    m_customerName = profile.displayName;
    if (profile.crm) {
        showRecord(*profile.crm);
    } else {
        m_record->setText(tr("Not matched to a customer record."));
    }
    if (!profile.crmProblem.isEmpty()) {
        m_problem->setText(profile.crmProblem);
        m_problem->show();
    }
    // The team server matches a team's customers: nothing to change from here.
    if (profile.crmByTeam) {
        m_unlink->hide();
        m_find->hide();
        m_source->setText(m_source->text().isEmpty()
                              ? tr("matched by the team server")
                              : tr("%1, matched by the team server").arg(m_source->text()));
        return;
    }
    m_find->show();
    for (const Core::CrmOffer &offer : profile.crmOffers)
        addOffer(offer);
    for (const Core::MergeSuggestion &suggestion : profile.mergeSuggestions)
        addSuggestion(suggestion);
    for (const Core::CustomerMerge &merge : profile.merges)
        addMerge(merge);
}

void CrmCard::showRecord(const Core::CrmLink &link)
{
    const Core::CrmRecord &record = link.record;
    m_source->setText(crmSourceLabel(record.source));
    QStringList lines;
    lines.append(record.company.isEmpty() ? record.name
                                          : tr("%1 · %2").arg(record.name, record.company));
    if (!record.tier.isEmpty())
        lines.append(tr("Plan or tier: %1").arg(record.tier));
    if (record.value > 0)
        lines.append(tr("Lifetime value: %1").arg(QLocale().toString(record.value, 'f', 2)));
    if (!record.owner.isEmpty())
        lines.append(tr("Owner: %1").arg(record.owner));
    const QStringList contacts = record.emails + record.phones;
    if (!contacts.isEmpty())
        lines.append(contacts.join(QStringLiteral(" · ")));
    if (!record.notes.isEmpty())
        lines.append(record.notes);
    lines.append(matchedByLabel(link));
    m_record->setText(lines.join(u'\n'));
    for (const Core::OpenCase &open : record.openCases)
        m_cases->addItem(tr("%1 — %2").arg(open.subject, open.status));
    if (!record.openCases.isEmpty())
        m_cases->show();
    m_url = record.url;
    m_open->setVisible(!record.url.isEmpty());
    m_open->setToolTip(record.url);
    m_unlink->show();
}

QWidget *CrmCard::row(const QString &text, const QList<QPushButton *> &buttons)
{
    auto *widget = new QWidget(this);
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    QLabel *label = plainLabel(widget);
    label->setText(text);
    layout->addWidget(label, 1);
    for (QPushButton *button : buttons) {
        button->setParent(widget);
        layout->addWidget(button);
    }
    m_rows->addWidget(widget);
    return widget;
}

void CrmCard::addOffer(const Core::CrmOffer &offer)
{
    auto *accept = new QPushButton(tr("Link"));
    auto *decline = new QPushButton(tr("Not them"));
    const QString who = offer.record.company.isEmpty()
                            ? offer.record.name
                            : tr("%1 (%2)").arg(offer.record.name, offer.record.company);
    QWidget *widget = row(tr("They gave %1 in a private message: %2 in %3?")
                              .arg(offer.key, who, crmSourceLabel(offer.record.source)),
                          {accept, decline});
    widget->setObjectName(QStringLiteral("crmOffer"));
    connect(accept, &QPushButton::clicked, this,
            [this, offer] { Q_EMIT offerAnswered(m_customerId, offer, true); });
    connect(decline, &QPushButton::clicked, this,
            [this, offer] { Q_EMIT offerAnswered(m_customerId, offer, false); });
}

void CrmCard::addSuggestion(const Core::MergeSuggestion &suggestion)
{
    QString why;
    if (suggestion.reason == u"crm")
        why = tr("the same CRM record");
    else if (suggestion.reason == u"email")
        why = tr("the same e-mail address");
    else
        why = tr("the same phone number");
    auto *merge = new QPushButton(tr("Merge"));
    merge->setToolTip(tr("One customer: their conversations and accounts together. Can be "
                         "undone."));
    QWidget *widget = row(tr("Likely the same person: %1 on %2 (%3)")
                              .arg(suggestion.handle, platformLabel(suggestion.platform), why),
                          {merge});
    widget->setObjectName(QStringLiteral("mergeSuggestion"));
    connect(merge, &QPushButton::clicked, this,
            [this, other = suggestion.customerId] { Q_EMIT mergeRequested(m_customerId, other); });
}

void CrmCard::addMerge(const Core::CustomerMerge &merge)
{
    auto *undo = new QPushButton(tr("Undo merge"));
    QStringList accounts;
    for (const QString &identity : merge.identities) {
        // "facebook: Ana Gil" as stored: the platform's own name for an agent.
        const qsizetype colon = identity.indexOf(QStringLiteral(": "));
        accounts.append(
            colon < 0
                ? identity
                : tr("%1 on %2").arg(identity.mid(colon + 2), platformLabel(identity.left(colon))));
    }
    QWidget *widget = row(
        tr("Merged in by %1: %2").arg(merge.mergedBy, accounts.join(QStringLiteral(", "))), {undo});
    widget->setObjectName(QStringLiteral("customerMerge"));
    connect(undo, &QPushButton::clicked, this,
            [this, id = merge.id] { Q_EMIT undoMergeRequested(id); });
}

} // namespace CareDesk::Gui

#include "CustomerPanel.h"

#include "CrmCard.h"
#include "ui/common/Presentation.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace CareDesk::Gui {

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // names and handles come from customers
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CustomerPanel::CustomerPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("customerPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    m_name = plainLabel(this);
    m_name->setObjectName(QStringLiteral("customerName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_handle = plainLabel(this);
    layout->addWidget(m_name);
    layout->addWidget(m_handle);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    m_followers = plainLabel(this);
    m_language = plainLabel(this);
    m_locale = plainLabel(this);
    m_tier = plainLabel(this);
    form->addRow(tr("Reach:"), m_followers);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Locale:"), m_locale);
    form->addRow(tr("Tier:"), m_tier);
    layout->addLayout(form);
    layout->addSpacing(8);
    m_crm = new CrmCard(this);
    layout->addWidget(m_crm);

    auto *historyTitle = new QLabel(tr("Conversations"), this);
    QFont titleFont = historyTitle->font();
    titleFont.setBold(true);
    historyTitle->setFont(titleFont);
    layout->addSpacing(8);
    layout->addWidget(historyTitle);
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("customerHistory"));
    m_history->setAccessibleName(tr("Customer's conversations"));
    m_history->setWordWrap(true);
    layout->addWidget(m_history, 2);

    auto *notesTitle = new QLabel(tr("Notes"), this);
    notesTitle->setFont(titleFont);
    layout->addWidget(notesTitle);
    m_notes = new QListWidget(this);
    m_notes->setObjectName(QStringLiteral("customerNotes"));
    m_notes->setAccessibleName(tr("The team's notes on this customer"));
    m_notes->setWordWrap(true);
    layout->addWidget(m_notes, 1);
    // One click (or Enter) opens a past conversation.
    connect(m_history, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT conversationActivated(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_history, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT conversationActivated(item->data(Qt::UserRole).toLongLong());
    });
    clear();
}

void CustomerPanel::clear()
{
    m_name->setText(tr("No customer"));
    for (QLabel *label : {m_handle, m_followers, m_language, m_locale, m_tier})
        label->clear();
    m_history->clear();
    m_notes->clear();
    m_crm->clear();
}

void CustomerPanel::showCustomer(const Core::CustomerProfile &profile, qint64 currentConversationId)
{
    m_name->setText(profile.displayName);
    // Every account of theirs, the one of this conversation's platform first.
    QStringList accounts;
    for (const Core::CustomerIdentity &identity : profile.identities) {
        QString account = tr("@%1 · %2 · %3")
                              .arg(identity.handle, platformLabel(identity.platform),
                                   followersLabel(identity.followers));
        if (identity.verified)
            account += tr(" · verified");
        if (identity.platform == profile.platform && identity.handle == profile.handle)
            accounts.prepend(account);
        else
            accounts.append(account);
    }
    m_handle->setText(accounts.join(QLatin1Char('\n')));
    m_followers->setText(followersLabel(profile.followers));
    m_language->setText(languageLabel(profile.language));
    m_locale->setText(profile.locale.isEmpty() ? tr("Not shared") : profile.locale);
    // The tier set by hand, else the one the CRM record gives.
    QString tier = profile.tier;
    if (tier.isEmpty() && profile.crm)
        tier = profile.crm->record.tier;
    m_tier->setText(tier.isEmpty() ? tr("None") : tier);
    m_crm->showCustomer(profile);

    m_history->clear();
    const QLocale locale;
    for (const Core::PastConversation &past : profile.conversations) {
        QString text =
            tr("%1 · %2\n%3")
                .arg(locale.toString(past.startedAt.toLocalTime().date(), QLocale::ShortFormat),
                     statusLabel(past.status), past.preview);
        if (past.conversationId == currentConversationId)
            text = tr("(this conversation) ") + text;
        auto *item = new QListWidgetItem(text, m_history);
        item->setData(Qt::UserRole, past.conversationId);
        item->setToolTip(past.preview);
    }
    m_notes->clear();
    for (const Core::NoteRecord &note : profile.notes) {
        new QListWidgetItem(
            tr("%1 · %2\n%3")
                .arg(note.author,
                     locale.toString(note.createdAt.toLocalTime(), QLocale::ShortFormat),
                     note.text),
            m_notes);
    }
    if (profile.notes.isEmpty())
        m_notes->addItem(tr("No notes yet."));
}

} // namespace CareDesk::Gui

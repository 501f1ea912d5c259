#pragma once

#include "model/Inbox.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;

namespace CareDesk::Gui {

class CrmCard;

// Who the customer is: identity, reach, language, their record in the team's CRM and their past
// conversations.
class CustomerPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerPanel(QWidget *parent = nullptr);

    void showCustomer(const Core::CustomerProfile &profile, qint64 currentConversationId);
    void clear();
    CrmCard *crmCard() const { return m_crm; }

Q_SIGNALS:
    void conversationActivated(qint64 conversationId);

private:
    QLabel *m_name = nullptr;
    QLabel *m_handle = nullptr;
    QLabel *m_followers = nullptr;
    QLabel *m_language = nullptr;
    QLabel *m_locale = nullptr;
    QLabel *m_tier = nullptr;
    CrmCard *m_crm = nullptr;
    QListWidget *m_history = nullptr;
    QListWidget *m_notes = nullptr;
};

} // namespace CareDesk::Gui

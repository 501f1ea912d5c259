#pragma once

#include "model/Inbox.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace CareDesk::Gui {

// Who the customer is in the team's CRM, in the customer panel: the record (name, company,
// tier, value, owner, open cases) with a link that opens it, matches to confirm, accounts that
// are likely the same person, merges to undo, and "Find in CRM…". Everything from the CRM is
// shown as plain text.
class CrmCard final : public QWidget
{
    Q_OBJECT

public:
    explicit CrmCard(QWidget *parent = nullptr);

    void showCustomer(const Core::CustomerProfile &profile);
    void clear();

Q_SIGNALS:
    void findRequested(qint64 customerId, const QString &suggestedText);
    void unlinkRequested(qint64 customerId);
    void offerAnswered(qint64 customerId, const CareDesk::Core::CrmOffer &offer, bool accepted);
    void mergeRequested(qint64 keptCustomerId, qint64 mergedCustomerId);
    void undoMergeRequested(qint64 mergeId);

private:
    void showRecord(const Core::CrmLink &link);
    void addOffer(const Core::CrmOffer &offer);
    void addSuggestion(const Core::MergeSuggestion &suggestion);
    void addMerge(const Core::CustomerMerge &merge);
    QWidget *row(const QString &text, const QList<QPushButton *> &buttons);
    void clearRows();

    qint64 m_customerId = 0;
    QString m_customerName;
    QString m_url;
    QLabel *m_source = nullptr;
    QLabel *m_record = nullptr;
    QListWidget *m_cases = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_unlink = nullptr;
    QPushButton *m_find = nullptr;
    QVBoxLayout *m_rows = nullptr; // offers, suggestions, merges
};

// The source of a record as an agent knows it: "HubSpot", "Salesforce", "Customer file".
QString crmSourceLabel(const QString &source);

} // namespace CareDesk::Gui

#pragma once

#include "model/CrmRecord.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace CareDesk::Gui {

// "Find in CRM…": an agent searches the team's CRM and customer file by name, company, e-mail
// address, phone number or handle, and links the customer to the record they choose.
class FindInCrmDialog final : public QDialog
{
    Q_OBJECT

public:
    FindInCrmDialog(qint64 customerId, const QString &suggestedText, QWidget *parent = nullptr);

    // The answer to the search this dialog asked for last; older answers are left out.
    void showResults(quint64 requestId, const QList<Core::CrmRecord> &records,
                     const QString &problem);

Q_SIGNALS:
    void searchRequested(quint64 requestId, const QString &text);
    void linkRequested(qint64 customerId, const CareDesk::Core::CrmRecord &record);

private:
    void search();

    qint64 m_customerId = 0;
    quint64 m_requestId = 0;
    QList<Core::CrmRecord> m_records;
    QLineEdit *m_query = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_link = nullptr;
};

} // namespace CareDesk::Gui

#include "FindInCrmDialog.h"

#include "CrmCard.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace CareDesk::Gui {

namespace {

quint64 nextRequestId()
{
    static quint64 last = 0;
    return ++last;
}

QString describe(const Core::CrmRecord &record)
{
    QStringList first{record.name};
    if (!record.company.isEmpty())
        first.append(record.company);
    if (!record.tier.isEmpty())
        first.append(record.tier);
    first.append(crmSourceLabel(record.source));
    QStringList second = record.emails + record.phones;
    for (const QString &handle : record.handles)
        second.append(handle);
    return first.join(QStringLiteral(" · ")) + u'\n' + second.join(QStringLiteral(" · "));
}

} // namespace

FindInCrmDialog::FindInCrmDialog(qint64 customerId, const QString &suggestedText, QWidget *parent)
    : QDialog(parent)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("findInCrm"));
    setWindowTitle(tr("Find in CRM"));
    auto *layout = new QVBoxLayout(this);
    auto *explain = new QLabel(
        tr("Search by name, company, e-mail address, phone number or handle, then link the "
           "customer to their record."),
        this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    auto *searchRow = new QHBoxLayout;
    m_query = new QLineEdit(suggestedText, this);
    m_query->setObjectName(QStringLiteral("crmQuery"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Search the CRM for"));
    auto *searchButton = new QPushButton(tr("Search"), this);
    searchButton->setDefault(true);
    searchRow->addWidget(m_query, 1);
    searchRow->addWidget(searchButton);
    layout->addLayout(searchRow);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("crmResults"));
    m_results->setAccessibleName(tr("Records found"));
    m_results->setWordWrap(true);
    layout->addWidget(m_results, 1);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_link = buttons->addButton(tr("Link to this customer"), QDialogButtonBox::AcceptRole);
    m_link->setObjectName(QStringLiteral("crmLink"));
    m_link->setEnabled(false);
    layout->addWidget(buttons);
    resize(520, 420);

    connect(searchButton, &QPushButton::clicked, this, &FindInCrmDialog::search);
    connect(m_query, &QLineEdit::returnPressed, this, &FindInCrmDialog::search);
    connect(m_results, &QListWidget::currentRowChanged, this,
            [this](int row) { m_link->setEnabled(row >= 0 && row < m_records.size()); });
    connect(m_results, &QListWidget::itemActivated, m_link, &QPushButton::click);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_link, &QPushButton::clicked, this, [this] {
        const int row = m_results->currentRow();
        if (row < 0 || row >= m_records.size())
            return;
        Q_EMIT linkRequested(m_customerId, m_records.at(row));
        accept();
    });
}

void FindInCrmDialog::search()
{
    const QString text = m_query->text().trimmed();
    if (text.isEmpty())
        return;
    m_requestId = nextRequestId();
    m_records.clear();
    m_results->clear();
    m_link->setEnabled(false);
    m_status->setText(tr("Searching…"));
    Q_EMIT searchRequested(m_requestId, text);
}

void FindInCrmDialog::showResults(quint64 requestId, const QList<Core::CrmRecord> &records,
                                  const QString &problem)
{
    if (requestId != m_requestId)
        return;
    m_records = records;
    m_results->clear();
    for (const Core::CrmRecord &record : records)
        m_results->addItem(describe(record));
    if (!problem.isEmpty())
        m_status->setText(problem);
    else if (records.isEmpty())
        m_status->setText(tr("Nobody found. Try a name, an e-mail address or a phone number."));
    else
        m_status->setText(tr("%n record(s) found.", nullptr, int(records.size())));
    if (!records.isEmpty())
        m_results->setCurrentRow(0);
}

} // namespace CareDesk::Gui

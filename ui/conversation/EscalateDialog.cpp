#include "EscalateDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace CareDesk::Gui {

EscalateDialog::EscalateDialog(const Escalations::EscalationSettings &settings, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("escalateDialog"));
    setWindowTitle(tr("Escalate"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("escalationTarget"));
    m_target->setAccessibleName(tr("Escalate to"));
    m_target->addItem(tr("The team's leads"), QStringLiteral("leads"));
    for (const QString &target : settings.targets)
        m_target->addItem(target, target); // the team's own names, as it wrote them
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("escalationReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->addItems(settings.reasons);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("escalationNote"));
    m_note->setAccessibleName(tr("Note for whoever takes it"));
    m_note->setPlaceholderText(tr("What has been done, and what the customer needs"));
    m_note->setTabChangesFocus(true);
    form->addRow(tr("Escalate &to:"), m_target);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    auto *where = new QLabel(settings.keepWithAgent
                                 ? tr("The conversation stays with you and is marked escalated "
                                      "until someone takes it.")
                                 : tr("The conversation goes back to the queue, marked escalated, "
                                      "until someone takes it."),
                             this);
    where->setWordWrap(true);
    where->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(where);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Escalate"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString EscalateDialog::target() const
{
    return m_target->currentData().toString();
}

QString EscalateDialog::reason() const
{
    return m_reason->currentText();
}

QString EscalateDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace CareDesk::Gui

// Conversation: handing a case up to the team's leads or another team or skill.
// May use: caredesk_core's escalation settings, Qt Widgets.
#pragma once

#include "escalations/EscalationRules.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace CareDesk::Gui {

// Escalate… (Shift+E): to whom, the reason from the team's list, and a note for whoever takes
// it. Says whether the case stays with the agent or goes back to the queue.
class EscalateDialog final : public QDialog
{
    Q_OBJECT

public:
    EscalateDialog(const Escalations::EscalationSettings &settings, QWidget *parent = nullptr);

    QString target() const; // "leads", or a team or skill
    QString reason() const;
    QString note() const;

private:
    QComboBox *m_target = nullptr;
    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace CareDesk::Gui

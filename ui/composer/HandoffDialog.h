#pragma once

#include "compose/DraftCheck.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace CareDesk::Gui {

// The move from a public thread to private messages, as one step: the public
// acknowledgement and the private opener are written side by side and sent together.
class HandoffDialog final : public QDialog
{
    Q_OBJECT

public:
    // `publicContext` and `privateContext` say where each part goes, for its checks.
    // `checker` checks both parts as the composer does (with the team's own patterns).
    HandoffDialog(const QString &customerName, const QString &publicText,
                  const QString &privateText, Compose::DraftChecker checker,
                  Compose::DraftContext publicContext, Compose::DraftContext privateContext,
                  QWidget *parent = nullptr);

    QString publicText() const;
    QString privateText() const;

private:
    void check();

    Compose::DraftChecker m_checker;
    Compose::DraftContext m_publicContext;
    Compose::DraftContext m_privateContext;
    QPlainTextEdit *m_public = nullptr;
    QPlainTextEdit *m_private = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace CareDesk::Gui

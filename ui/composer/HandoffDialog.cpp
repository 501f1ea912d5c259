#include "HandoffDialog.h"

#include "ui/common/Presentation.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace CareDesk::Gui {

HandoffDialog::HandoffDialog(const QString &customerName, const QString &publicText,
                             const QString &privateText, Compose::DraftChecker checker,
                             Compose::DraftContext publicContext,
                             Compose::DraftContext privateContext, QWidget *parent)
    : QDialog(parent)
    , m_checker(std::move(checker))
    , m_publicContext(std::move(publicContext))
    , m_privateContext(std::move(privateContext))
{
    setObjectName(QStringLiteral("handoffDialog"));
    setWindowTitle(tr("Continue in private messages"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Both parts are sent together. When %1 answers privately, the answer joins this "
           "conversation.")
            .arg(customerName),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    layout->addWidget(new QLabel(tr("Public reply (everyone can see it):"), this));
    m_public = new QPlainTextEdit(publicText, this);
    m_public->setObjectName(QStringLiteral("handoffPublicText"));
    m_public->setAccessibleName(tr("Public acknowledgement"));
    m_public->setTabChangesFocus(true);
    layout->addWidget(m_public);
    layout->addWidget(new QLabel(tr("Private message (only %1 sees it):").arg(customerName), this));
    m_private = new QPlainTextEdit(privateText, this);
    m_private->setObjectName(QStringLiteral("handoffPrivateText"));
    m_private->setAccessibleName(tr("Private opener"));
    m_private->setTabChangesFocus(true);
    layout->addWidget(m_private);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("handoffProblems"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    QPalette problemPalette = m_problems->palette();
    problemPalette.setColor(QPalette::WindowText, slaColor(SlaState::Breached));
    m_problems->setPalette(problemPalette);
    layout->addWidget(m_problems);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_send = buttons->button(QDialogButtonBox::Ok);
    m_send->setText(tr("Send both"));
    m_send->setObjectName(QStringLiteral("handoffSendButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_public, &QPlainTextEdit::textChanged, this, &HandoffDialog::check);
    connect(m_private, &QPlainTextEdit::textChanged, this, &HandoffDialog::check);
    resize(520, 420);
    check();
}

QString HandoffDialog::publicText() const
{
    return m_public->toPlainText();
}

QString HandoffDialog::privateText() const
{
    return m_private->toPlainText();
}

void HandoffDialog::check()
{
    const Compose::DraftReview publicPart = m_checker.review(publicText(), m_publicContext);
    const Compose::DraftReview privatePart = m_checker.review(privateText(), m_privateContext);
    QStringList problems;
    if (publicPart.empty || privatePart.empty)
        problems.append(tr("Write both parts."));
    if (publicPart.piiBlocksSending())
        problems.append(
            tr("The public reply contains personal data (%1); move it to the private message.")
                .arg(publicPart.pii.constFirst().match));
    if (!publicPart.length.valid && !publicPart.empty)
        problems.append(tr("The public reply is too long: %1 of %2.")
                            .arg(publicPart.length.weightedLength)
                            .arg(publicPart.length.limit));
    if (!privatePart.length.valid && !privatePart.empty)
        problems.append(tr("The private message is too long: %1 of %2.")
                            .arg(privatePart.length.weightedLength)
                            .arg(privatePart.length.limit));
    if (!publicPart.unfilledVariables.isEmpty() || !privatePart.unfilledVariables.isEmpty())
        problems.append(
            tr("Fill in: %1.")
                .arg((publicPart.unfilledVariables + privatePart.unfilledVariables).join(u", ")));
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_send->setEnabled(problems.isEmpty());
}

} // namespace CareDesk::Gui

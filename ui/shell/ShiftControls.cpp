#include "ShiftControls.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace CareDesk::Gui {

ShiftPostBar::ShiftPostBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("shiftPostBar"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    m_prompt = new QLabel(this);
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setWordWrap(true);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("shiftPostText"));
    m_text->setAccessibleName(tr("Shift-change post"));
    m_text->setMaxLength(280);
    auto *row = new QHBoxLayout;
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("shiftPostChannel"));
    m_channel->setAccessibleName(tr("Post on"));
    m_post = new QPushButton(tr("Post"), this);
    m_post->setObjectName(QStringLiteral("shiftPostButton"));
    m_post->setDefault(true);
    m_later = new QPushButton(tr("Not now"), this);
    m_later->setObjectName(QStringLiteral("shiftPostDecline"));
    row->addWidget(new QLabel(tr("Post on"), this));
    row->addWidget(m_channel, 1);
    row->addWidget(m_post);
    row->addWidget(m_later);
    layout->addWidget(m_prompt);
    layout->addWidget(m_text);
    layout->addLayout(row);
    connect(m_text, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_post->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_post, &QPushButton::clicked, this, [this] {
        Q_EMIT decided(true, m_channel->currentText(), m_text->text().trimmed());
        hide();
    });
    connect(m_later, &QPushButton::clicked, this, [this] {
        Q_EMIT decided(false, {}, {});
        hide();
    });
    hide();
}

void ShiftPostBar::propose(const Shifts::ShiftPostProposal &proposal)
{
    m_prompt->setText(tr("Your shift has started (until %1). Let customers know a person is "
                         "here: this goes out publicly, as written.")
                          .arg(proposal.until));
    m_text->setText(proposal.text);
    m_channel->clear();
    m_channel->addItems(proposal.channels);
    show();
}

void ShiftPostBar::handleDecided(const QString &message)
{
    m_prompt->setText(message);
    hide();
}

PresenceSelector::PresenceSelector(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("presenceSelector"));
    setAccessibleName(tr("Your presence"));
    setToolTip(tr("Away takes no new conversations. With a shift roster this holds until your "
                  "shift next starts or ends."));
    addItem(tr("Available"), QStringLiteral("available"));
    addItem(tr("Away"), QStringLiteral("away"));
    connect(this, &QComboBox::activated, this,
            [this](int index) { Q_EMIT presenceChosen(itemData(index).toString()); });
    hide();
}

void PresenceSelector::setTeamState(const QString &state)
{
    setVisible(state == u"online");
}

void PresenceSelector::showPresence(const QString &presence)
{
    const QSignalBlocker quiet(this);
    const int index = findData(presence);
    if (index >= 0)
        setCurrentIndex(index);
}

} // namespace CareDesk::Gui

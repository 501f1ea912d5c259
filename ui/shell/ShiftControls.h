#pragma once

#include "shifts/ShiftBoard.h"

#include <QComboBox>
#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

namespace CareDesk::Gui {

// The shift-change post the team server proposes when the agent's shift starts: its words,
// editable, the channel to post on, and Post or Not now. Shown above the inbox until decided.
class ShiftPostBar final : public QFrame
{
    Q_OBJECT

public:
    explicit ShiftPostBar(QWidget *parent = nullptr);

    void propose(const Shifts::ShiftPostProposal &proposal);
    void handleDecided(const QString &message);
    QLineEdit *text() const { return m_text; }
    QComboBox *channel() const { return m_channel; }
    QPushButton *postButton() const { return m_post; }

Q_SIGNALS:
    void decided(bool post, const QString &channel, const QString &text);

private:
    QLabel *m_prompt = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_channel = nullptr;
    QPushButton *m_post = nullptr;
    QPushButton *m_later = nullptr;
};

// The agent's own presence in a team, beside the team status: against the roster it holds
// until the roster next changes for them (a break, or staying on after a shift).
class PresenceSelector final : public QComboBox
{
    Q_OBJECT

public:
    explicit PresenceSelector(QWidget *parent = nullptr);

    // Shown while signed in to a team.
    void setTeamState(const QString &state);
    void showPresence(const QString &presence);

Q_SIGNALS:
    void presenceChosen(const QString &presence);
};

} // namespace CareDesk::Gui

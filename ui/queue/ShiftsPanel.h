#pragma once

#include "shifts/ShiftBoard.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace CareDesk::Gui {

// Who is on shift now and who comes next, from the team's roster, with the lead's way to change
// the roster. Shown in a team only: a solo desk has no roster.
class ShiftsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ShiftsPanel(QWidget *parent = nullptr);

    void setBoard(const Shifts::ShiftBoard &board);
    const Shifts::ShiftBoard &board() const { return m_board; }
    void handleSaved(const QString &message);
    // Asks for the board again (shiftsRequested).
    void requestShifts() { Q_EMIT shiftsRequested(); }
    // Opens the roster for editing; saving asks the server.
    void editRoster();

    // "Abe · 09:00–17:00 · X support" (channels left out when the shift covers all).
    static QString shiftText(const Shifts::ShiftLine &line, bool withDay);

Q_SIGNALS:
    void shiftsRequested();
    void rosterSaveRequested(const QByteArray &roster);

private:
    QLabel *m_onNow = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_saved = nullptr;
    QPushButton *m_edit = nullptr;
    Shifts::ShiftBoard m_board;
};

} // namespace CareDesk::Gui

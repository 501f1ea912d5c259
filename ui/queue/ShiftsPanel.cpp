#include "ShiftsPanel.h"

#include "RosterDialog.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace CareDesk::Gui {

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // names and channels come from the team's settings
    label->setWordWrap(true);
    return label;
}

} // namespace

ShiftsPanel::ShiftsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("shiftsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Shifts"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_edit = new QPushButton(tr("Edit roster…"), this);
    m_edit->setObjectName(QStringLiteral("editRoster"));
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_edit);
    layout->addLayout(header);
    m_onNow = plainLabel(this);
    m_onNow->setObjectName(QStringLiteral("onShiftNow"));
    m_next = plainLabel(this);
    m_next->setObjectName(QStringLiteral("nextShifts"));
    m_saved = plainLabel(this);
    m_saved->setForegroundRole(QPalette::PlaceholderText);
    m_saved->hide();
    layout->addWidget(m_onNow);
    layout->addWidget(m_next);
    layout->addWidget(m_saved);
    connect(m_edit, &QPushButton::clicked, this, &ShiftsPanel::editRoster);
    hide();
}

QString ShiftsPanel::shiftText(const Shifts::ShiftLine &line, bool withDay)
{
    QString text = tr("%1 · %2–%3").arg(line.agent, line.localStart, line.localEnd);
    if (withDay)
        text = tr("%1 (%2)").arg(
            text, QLocale().dayName(line.start.date().dayOfWeek(), QLocale::ShortFormat));
    if (!line.channels.isEmpty())
        text = tr("%1 · %2").arg(text, line.channels.join(QStringLiteral(", ")));
    return text;
}

void ShiftsPanel::setBoard(const Shifts::ShiftBoard &board)
{
    m_board = board;
    QStringList now;
    for (const Shifts::ShiftLine &line : board.onNow)
        now.append(shiftText(line, false));
    QStringList next;
    for (const Shifts::ShiftLine &line : board.next)
        next.append(shiftText(line, true));
    const QString zone = board.timeZone.isEmpty() ? QStringLiteral("UTC") : board.timeZone;
    m_onNow->setText(now.isEmpty() ? tr("On shift now (%1): nobody").arg(zone)
                                   : tr("On shift now (%1):\n%2").arg(zone, now.join(u'\n')));
    m_next->setText(next.isEmpty() ? tr("Next: no shift in the coming week")
                                   : tr("Next:\n%1").arg(next.join(u'\n')));
    if (board.roster.value(QLatin1String("shifts")).toArray().isEmpty())
        m_onNow->setText(tr("The team has no shift roster yet. Presence then follows only who is "
                            "connected."));
    show();
}

void ShiftsPanel::handleSaved(const QString &message)
{
    m_saved->setText(message);
    m_saved->show();
}

void ShiftsPanel::editRoster()
{
    RosterDialog dialog(m_board.roster, m_board.timeZone, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT rosterSaveRequested(QJsonDocument(dialog.roster()).toJson(QJsonDocument::Compact));
}

} // namespace CareDesk::Gui

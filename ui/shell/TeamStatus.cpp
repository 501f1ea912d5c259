#include "TeamStatus.h"

#include "ui/common/Presentation.h"

namespace CareDesk::Gui {

TeamStatus::TeamStatus(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("teamStatus"));
    setTextFormat(Qt::PlainText);
}

void TeamStatus::setState(const QString &state, const QString &detail)
{
    m_state = state;
    m_detail = detail;
    QString text;
    // The window's own text colour, not this label's: the label's is the last state's.
    QColor colour = window()->palette().color(QPalette::WindowText);
    if (state == u"online") {
        text = tr("Team: online");
    } else if (state == u"connecting") {
        text = tr("Team: connecting…");
    } else if (state == u"offline") {
        text = tr("Team: offline, working from this computer");
        colour = slaColor(SlaState::DueSoon);
    } else if (state == u"signed-out") {
        text = tr("Team: signed out");
        colour = slaColor(SlaState::Breached);
    } else {
        text = tr("Solo");
    }
    setText(text);
    setToolTip(detail);
    QPalette teamPalette = palette();
    teamPalette.setColor(QPalette::WindowText, colour);
    setPalette(teamPalette);
}

} // namespace CareDesk::Gui

#pragma once

#include <QLabel>

namespace CareDesk::Gui {

// The team connection in the status bar: solo, connecting, online, offline or signed out, in words
// and in colour, with the reason as its tooltip.
class TeamStatus final : public QLabel
{
    Q_OBJECT

public:
    explicit TeamStatus(QWidget *parent = nullptr);

    // `state` as the desk reports it: "solo", "connecting", "online", "offline", "signed-out".
    void setState(const QString &state, const QString &detail);
    QString state() const { return m_state; }
    QString detail() const { return m_detail; }

private:
    QString m_state;
    QString m_detail;
};

} // namespace CareDesk::Gui

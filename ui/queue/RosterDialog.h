#pragma once

#include <QDialog>
#include <QJsonObject>

class QLineEdit;
class QTableWidget;

namespace CareDesk::Gui {

// Editing the team's weekly roster: one row per shift (agent, days, from, to, channels) and
// the words of the shift-change post. The team server checks it and names each mistake.
class RosterDialog final : public QDialog
{
    Q_OBJECT

public:
    RosterDialog(const QJsonObject &roster, const QString &timeZone, QWidget *parent = nullptr);

    // The roster as PUT /v1/roster takes it.
    QJsonObject roster() const;
    QTableWidget *table() const { return m_table; }
    void addShift(const QString &agent, const QString &days, const QString &start,
                  const QString &end, const QString &channels);

private:
    QTableWidget *m_table = nullptr;
    QLineEdit *m_post = nullptr;
};

} // namespace CareDesk::Gui

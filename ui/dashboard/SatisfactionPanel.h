// Dashboard: how satisfied customers were, from the surveys of the period.
// May use: ui/common, caredesk_core's review and survey types, Qt Widgets.
#pragma once

#include "review/Dashboard.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace CareDesk::Gui {

class FigureTile;

// The satisfaction panel of the dashboard: NPS and CSAT with the response rate, promoters,
// passives and detractors, and the same by agent, channel, category or week.
class SatisfactionPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SatisfactionPanel(QWidget *parent = nullptr);

    void setFigures(const Review::DashboardFigures &figures);

private:
    void showGroups();

    Review::DashboardFigures m_figures;
    FigureTile *m_score = nullptr;
    FigureTile *m_answers = nullptr;
    QComboBox *m_grouping = nullptr;
    QTableWidget *m_groups = nullptr;
};

// "NPS +40" or "CSAT 80 %" (both when the period has both), "–" without answers.
QString satisfactionText(const Surveys::SatisfactionFigures &figures);

} // namespace CareDesk::Gui

// Dashboard: the lead's figures and charts for a period, exportable as PNG and CSV.
// May use: ui/common, caredesk_core's model and review types and clock, Qt Widgets.
#pragma once

#include "model/Inbox.h"
#include "review/Dashboard.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QTableWidget;

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Gui {

class BarChart;
class FigureTile;
class HistoryOffer;
class SatisfactionPanel;

// The lead's dashboard: headline figures, volumes, response and resolution times, the backlog,
// each agent, and which canned responses need another look. Exportable as PNG and CSV.
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    DashboardView(const Core::Clock &clock, QWidget *parent = nullptr);

    void setChannels(const QList<Core::ChannelSummary> &channels);
    void setFigures(const Review::DashboardPeriod &period, const Review::DashboardFigures &figures);
    Review::DashboardPeriod period() const;
    void refresh();
    const Review::DashboardFigures &figures() const { return m_figures; }

    bool exportPng(const QString &path);
    bool exportCsv(const QString &path) const;

Q_SIGNALS:
    void dashboardRequested(const CareDesk::Review::DashboardPeriod &period);

private:
    QHBoxLayout *buildToolbar();
    QHBoxLayout *buildTiles();
    QGridLayout *buildCharts();
    QHBoxLayout *buildTables();
    void showSatisfactionAndEscalations(const Review::DashboardFigures &figures);
    // Offers the workspace's own dates when the period shows nothing but it holds some.
    void offerHistory(const Review::DashboardPeriod &period,
                      const Review::DashboardFigures &figures);
    // A period of the lead's choosing (the data's own range): an entry of its own in the list.
    void showDays(const QDate &first, const QDate &last);

    const Core::Clock &m_clock;
    QComboBox *m_range = nullptr;
    QComboBox *m_channel = nullptr;
    QLabel *m_periodLabel = nullptr;
    HistoryOffer *m_historyOffer = nullptr;
    QDate m_chosenFrom; // the chosen period's days, with the range's entry 0
    QDate m_chosenTo;
    QWidget *m_board = nullptr; // what a PNG shows
    FigureTile *m_conversations = nullptr;
    FigureTile *m_sla = nullptr;
    FigureTile *m_responseRate = nullptr;
    FigureTile *m_firstResponse = nullptr;
    FigureTile *m_backlog = nullptr;
    BarChart *m_byChannel = nullptr;
    BarChart *m_byCategory = nullptr;
    BarChart *m_byLanguage = nullptr;
    BarChart *m_firstResponseChart = nullptr;
    BarChart *m_resolutionChart = nullptr;
    BarChart *m_backlogChart = nullptr;
    QTableWidget *m_agents = nullptr;
    QTableWidget *m_templates = nullptr;
    QTableWidget *m_quality = nullptr;
    SatisfactionPanel *m_satisfaction = nullptr;
    BarChart *m_escalationsChart = nullptr;
    BarChart *m_praiseChart = nullptr;
    Review::DashboardFigures m_figures;
};

} // namespace CareDesk::Gui

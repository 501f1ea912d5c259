#include "DashboardView.h"

#include "ui/common/HistoryOffer.h"
#include "ui/common/Presentation.h"
#include "ui/dashboard/Charts.h"
#include "ui/dashboard/SatisfactionPanel.h"

#include "Clock.h"
#include "review/TranscriptReport.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace CareDesk::Gui {

namespace {

QString percentText(double value)
{
    return value < 0 ? QStringLiteral("–") : QStringLiteral("%1 %").arg(value, 0, 'f', 0);
}

QList<std::pair<QString, int>> bars(const QList<Review::CountBy> &counts,
                                    QString (*label)(const QString &))
{
    QList<std::pair<QString, int>> list;
    for (const Review::CountBy &count : counts)
        list.append({label ? label(count.key) : count.key, count.count});
    return list;
}

// "≤ 15 min", "15 min – 1 h", "> 1 d" for each bucket.
QList<std::pair<QString, int>> histogramBars(const Review::Histogram &histogram)
{
    QList<std::pair<QString, int>> list;
    const QList<qint64> &bounds = histogram.upperBoundsSecs;
    for (qsizetype i = 0; i < histogram.counts.size(); ++i) {
        QString label;
        if (i == 0)
            label = QStringLiteral("≤ ") + Review::durationText(bounds.value(0));
        else if (i < bounds.size())
            label = Review::durationText(bounds[i - 1]) + QStringLiteral(" – ") +
                    Review::durationText(bounds[i]);
        else
            label = QStringLiteral("> ") + Review::durationText(bounds.value(i - 1));
        list.append({label, histogram.counts[i]});
    }
    return list;
}

QString histogramNote(const Review::Histogram &histogram)
{
    if (histogram.total == 0)
        return QString();
    return DashboardView::tr("median %1 · 90 % within %2")
        .arg(Review::durationText(histogram.medianSecs), Review::durationText(histogram.p90Secs));
}

QString shareLabel(const QString &action)
{
    if (action == u"repost")
        return DashboardView::tr("Reposts");
    if (action == u"quote")
        return DashboardView::tr("Quote posts");
    if (action == u"like")
        return DashboardView::tr("Likes");
    return action;
}

QString identity(const QString &text)
{
    return text;
}

} // namespace

DashboardView::DashboardView(const Core::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("dashboardView"));
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(buildToolbar());
    m_historyOffer = new HistoryOffer(this);
    outer->addWidget(m_historyOffer);
    connect(m_historyOffer, &HistoryOffer::periodChosen, this, &DashboardView::showDays);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_board = new QWidget(scroll);
    m_board->setObjectName(QStringLiteral("dashboardBoard"));
    m_board->setAutoFillBackground(true);
    scroll->setWidget(m_board);
    outer->addWidget(scroll, 1);
    auto *board = new QVBoxLayout(m_board);
    board->addLayout(buildTiles());
    board->addLayout(buildCharts());
    m_satisfaction = new SatisfactionPanel(m_board);
    board->addWidget(m_satisfaction);
    board->addLayout(buildTables());
    board->addStretch(1);

    connect(m_range, &QComboBox::currentIndexChanged, this, &DashboardView::refresh);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &DashboardView::refresh);
}

QHBoxLayout *DashboardView::buildToolbar()
{
    auto *bar = new QHBoxLayout;
    m_range = new QComboBox(this);
    m_range->setAccessibleName(tr("Period"));
    m_range->addItem(tr("Today"), 1);
    m_range->addItem(tr("Last 7 days"), 7);
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Last 90 days"), 90);
    m_range->setCurrentIndex(1);
    // Wide enough for chosen days ("3 Oct 2017 to 3 Dec 2017") when they are added.
    m_range->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_channel = new QComboBox(this);
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->addItem(tr("All channels"), qint64(0));
    m_periodLabel = new QLabel(this);
    m_periodLabel->setObjectName(QStringLiteral("dashboardPeriod"));
    auto *png = new QPushButton(tr("Export PNG…"), this);
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_range);
    bar->addWidget(m_channel);
    bar->addWidget(m_periodLabel, 1);
    bar->addWidget(png);
    bar->addWidget(csv);
    connect(png, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export dashboard"), QStringLiteral("dashboard.png"), tr("PNG image (*.png)"));
        if (!path.isEmpty() && !exportPng(path))
            QMessageBox::warning(this, tr("Export"),
                                 tr("The file %1 could not be written.").arg(path));
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export figures"), QStringLiteral("dashboard.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty() && !exportCsv(path))
            QMessageBox::warning(this, tr("Export"),
                                 tr("The file %1 could not be written.").arg(path));
    });
    return bar;
}

QHBoxLayout *DashboardView::buildTiles()
{
    auto *tiles = new QHBoxLayout;
    m_conversations = new FigureTile(tr("Conversations"), m_board);
    m_sla = new FigureTile(tr("SLA attainment"), m_board);
    m_responseRate = new FigureTile(tr("Response rate"), m_board);
    m_firstResponse = new FigureTile(tr("First response (median)"), m_board);
    m_backlog = new FigureTile(tr("Backlog now"), m_board);
    for (FigureTile *tile : {m_conversations, m_sla, m_responseRate, m_firstResponse, m_backlog})
        tiles->addWidget(tile);
    return tiles;
}

QGridLayout *DashboardView::buildCharts()
{
    auto *charts = new QGridLayout;
    m_byChannel = new BarChart(tr("Volume by channel"), m_board);
    m_byCategory = new BarChart(tr("Volume by category"), m_board);
    m_byLanguage = new BarChart(tr("Volume by language"), m_board);
    m_firstResponseChart = new BarChart(tr("Time to first response"), m_board);
    m_resolutionChart = new BarChart(tr("Time to resolution"), m_board);
    m_backlogChart = new BarChart(tr("Backlog by age"), m_board);
    charts->addWidget(m_byChannel, 0, 0);
    charts->addWidget(m_byCategory, 0, 1);
    charts->addWidget(m_byLanguage, 0, 2);
    charts->addWidget(m_firstResponseChart, 1, 0);
    charts->addWidget(m_resolutionChart, 1, 1);
    charts->addWidget(m_backlogChart, 1, 2);
    m_escalationsChart = new BarChart(tr("Escalations by reason"), m_board);
    charts->addWidget(m_escalationsChart, 2, 0);
    m_praiseChart = new BarChart(tr("Praise shared"), m_board);
    charts->addWidget(m_praiseChart, 2, 1);
    return charts;
}

QHBoxLayout *DashboardView::buildTables()
{
    auto *tables = new QHBoxLayout;
    auto *agentsBox = new QVBoxLayout;
    auto *agentsTitle = new QLabel(tr("Agents"), m_board);
    QFont bold = agentsTitle->font();
    bold.setBold(true);
    agentsTitle->setFont(bold);
    agentsBox->addWidget(agentsTitle);
    m_agents = new QTableWidget(0, 8, m_board);
    m_agents->setObjectName(QStringLiteral("dashboardAgents"));
    m_agents->setAccessibleName(tr("Agents"));
    m_agents->setHorizontalHeaderLabels({tr("Agent"), tr("Conversations"), tr("Resolved"),
                                         tr("Replies"), tr("First response"), tr("SLA kept"),
                                         tr("QA"), tr("Satisfaction")});
    agentsBox->addWidget(m_agents);
    auto *templatesBox = new QVBoxLayout;
    auto *templatesTitle = new QLabel(tr("Canned responses"), m_board);
    templatesTitle->setFont(bold);
    templatesBox->addWidget(templatesTitle);
    m_templates = new QTableWidget(0, 4, m_board);
    m_templates->setObjectName(QStringLiteral("dashboardTemplates"));
    m_templates->setAccessibleName(tr("Canned responses"));
    m_templates->setHorizontalHeaderLabels(
        {tr("Canned response"), tr("Uses"), tr("Sent unchanged"), tr("Look again?")});
    templatesBox->addWidget(m_templates);
    for (QTableWidget *table : {m_agents, m_templates}) {
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
        table->setMinimumHeight(160);
    }
    auto *qualityBox = new QVBoxLayout;
    auto *qualityTitle = new QLabel(tr("QA by week"), m_board);
    qualityTitle->setFont(bold);
    qualityBox->addWidget(qualityTitle);
    m_quality = new QTableWidget(0, 3, m_board);
    m_quality->setObjectName(QStringLiteral("dashboardQuality"));
    m_quality->setAccessibleName(tr("QA by week"));
    m_quality->setHorizontalHeaderLabels({tr("Agent"), tr("Week of"), tr("QA")});
    m_quality->verticalHeader()->hide();
    m_quality->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_quality->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_quality->horizontalHeader()->setStretchLastSection(true);
    m_quality->setMinimumHeight(160);
    qualityBox->addWidget(m_quality);
    tables->addLayout(agentsBox, 3);
    tables->addLayout(qualityBox, 1);
    tables->addLayout(templatesBox, 2);
    return tables;
}

void DashboardView::setChannels(const QList<Core::ChannelSummary> &channels)
{
    const qint64 current = m_channel->currentData().toLongLong();
    const QSignalBlocker blocker(m_channel);
    while (m_channel->count() > 1)
        m_channel->removeItem(1);
    for (const Core::ChannelSummary &channel : channels)
        m_channel->addItem(channel.name, channel.id);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(current)));
}

Review::DashboardPeriod DashboardView::period() const
{
    // Whole days in local time, today included.
    const QDate today = m_clock.now().toLocalTime().date();
    const int days = m_range->currentData().toInt();
    if (days == 0)
        return {m_chosenFrom.startOfDay(), m_chosenTo.addDays(1).startOfDay(),
                m_channel->currentData().toLongLong()};
    return {today.addDays(1 - days).startOfDay(), today.addDays(1).startOfDay(),
            m_channel->currentData().toLongLong()};
}

void DashboardView::showDays(const QDate &first, const QDate &last)
{
    m_chosenFrom = first;
    m_chosenTo = last;
    const QString label = tr("%1 to %2").arg(dayLabel(first), dayLabel(last));
    {
        const QSignalBlocker blocker(m_range);
        int chosen = m_range->findData(0);
        if (chosen < 0) {
            m_range->addItem(label, 0);
            chosen = m_range->count() - 1;
        }
        m_range->setItemText(chosen, label);
        m_range->setCurrentIndex(chosen);
    }
    refresh();
}

void DashboardView::offerHistory(const Review::DashboardPeriod &period,
                                 const Review::DashboardFigures &figures)
{
    const Review::HistorySpan &history = figures.history;
    if (figures.conversations > 0 || history.isEmpty() ||
        (history.first >= period.from && history.last < period.to)) {
        m_historyOffer->withdraw();
        return;
    }
    const int days = m_range->currentData().toInt();
    const QString nothingHere = days == 0 ? tr("No conversations from %1 to %2.")
                                                .arg(dayLabel(m_chosenFrom), dayLabel(m_chosenTo))
                                : days == 1
                                    ? tr("No conversations today.")
                                    : tr("No conversations in the last %n day(s).", nullptr, days);
    m_historyOffer->offer(nothingHere, history.first.toLocalTime().date(),
                          history.last.toLocalTime().date());
}

void DashboardView::refresh()
{
    Q_EMIT dashboardRequested(period());
}

void DashboardView::showSatisfactionAndEscalations(const Review::DashboardFigures &figures)
{
    m_satisfaction->setFigures(figures);
    m_escalationsChart->setBars(bars(figures.escalationsByReason, identity));
    QString escalationNote;
    if (figures.escalations > 0 && figures.escalationsTaken == 0)
        escalationNote = tr("%n escalated, none taken yet", nullptr, figures.escalations);
    else if (figures.escalations > 0)
        escalationNote = tr("%1 escalated · %2 taken · median %3 to take")
                             .arg(figures.escalations)
                             .arg(figures.escalationsTaken)
                             .arg(Review::durationText(figures.medianTakeSecs));
    m_escalationsChart->setNote(escalationNote);
    m_praiseChart->setBars(bars(figures.praiseShared, shareLabel));
}

void DashboardView::setFigures(const Review::DashboardPeriod &period,
                               const Review::DashboardFigures &figures)
{
    m_figures = figures;
    offerHistory(period, figures);
    // A period of chosen days names them in the list already.
    m_periodLabel->setText(
        m_range->currentData().toInt() == 0
            ? QString()
            : tr("%1 to %2")
                  .arg(QLocale().toString(period.from.toLocalTime().date(), QLocale::ShortFormat),
                       QLocale().toString(period.to.toLocalTime().date().addDays(-1),
                                          QLocale::ShortFormat)));
    m_conversations->setValue(
        QString::number(figures.conversations),
        tr("%1 messages · %2 replies").arg(figures.inboundMessages).arg(figures.replies));
    m_sla->setValue(percentText(figures.slaAttainment()),
                    tr("%1 kept · %2 breached").arg(figures.slaMet).arg(figures.slaBreached));
    m_responseRate->setValue(percentText(figures.responseRate()),
                             tr("%1 of %2 messages answered")
                                 .arg(figures.answeredMessages)
                                 .arg(figures.actionableMessages));
    m_firstResponse->setValue(
        figures.firstResponse.total == 0 ? QStringLiteral("–")
                                         : Review::durationText(figures.firstResponse.medianSecs),
        figures.firstResponse.total == 0
            ? QString()
            : tr("90 % within %1").arg(Review::durationText(figures.firstResponse.p90Secs)));
    // The backlog buckets are up to 1 h, 4 h, 1 day, 3 days and longer.
    const QList<int> &ages = figures.backlogAge.counts;
    const int overADay = ages.size() >= 5 ? ages[3] + ages[4] : 0;
    m_backlog->setValue(QString::number(figures.backlogAge.total),
                        tr("%1 waiting over a day").arg(overADay));
    m_byChannel->setBars(bars(figures.byChannel, identity));
    m_byCategory->setBars(bars(figures.byCategory, categoryLabel));
    m_byLanguage->setBars(bars(figures.byLanguage, languageLabel));
    m_firstResponseChart->setBars(histogramBars(figures.firstResponse));
    m_firstResponseChart->setNote(histogramNote(figures.firstResponse));
    m_resolutionChart->setBars(histogramBars(figures.resolution));
    m_resolutionChart->setNote(histogramNote(figures.resolution));
    m_backlogChart->setBars(histogramBars(figures.backlogAge));
    m_backlogChart->setNote(histogramNote(figures.backlogAge));
    showSatisfactionAndEscalations(figures);

    m_agents->setRowCount(int(figures.agents.size()));
    for (int row = 0; row < figures.agents.size(); ++row) {
        const Review::AgentFigures &agent = figures.agents[row];
        const int due = agent.slaMet + agent.slaBreached;
        m_agents->setItem(row, 0, readOnlyCell(agent.agent));
        m_agents->setItem(row, 1, readOnlyCell(QString::number(agent.conversations)));
        m_agents->setItem(row, 2, readOnlyCell(QString::number(agent.resolved)));
        m_agents->setItem(row, 3, readOnlyCell(QString::number(agent.replies)));
        m_agents->setItem(row, 4,
                          readOnlyCell(Review::durationText(agent.medianFirstResponseSecs)));
        m_agents->setItem(
            row, 5,
            readOnlyCell(due == 0 ? QStringLiteral("–") : percentText(100.0 * agent.slaMet / due)));
        m_agents->setItem(row, 6, readOnlyCell(percentText(agent.qaPercent)));
        Surveys::SatisfactionFigures satisfied;
        for (const Surveys::SatisfactionGroup &group : figures.satisfactionByAgent)
            if (group.key == agent.agent)
                satisfied = group.figures;
        m_agents->setItem(row, 7, readOnlyCell(satisfactionText(satisfied)));
    }
    int qualityRows = 0;
    for (const Review::AgentQaResult &result : figures.quality)
        qualityRows += int(result.byWeek.size());
    m_quality->setRowCount(qualityRows);
    int qualityRow = 0;
    for (const Review::AgentQaResult &result : figures.quality) {
        for (const auto &[week, percent] : result.byWeek) {
            m_quality->setItem(qualityRow, 0, readOnlyCell(result.agent));
            m_quality->setItem(qualityRow, 1,
                               readOnlyCell(QLocale().toString(week, QLocale::ShortFormat)));
            m_quality->setItem(qualityRow, 2, readOnlyCell(percentText(percent)));
            ++qualityRow;
        }
    }
    m_templates->setRowCount(int(figures.templates.size()));
    for (int row = 0; row < figures.templates.size(); ++row) {
        const Review::TemplateFigures &figure = figures.templates[row];
        m_templates->setItem(row, 0, readOnlyCell(figure.title));
        m_templates->setItem(row, 1, readOnlyCell(QString::number(figure.uses)));
        m_templates->setItem(
            row, 2, readOnlyCell(percentText(100.0 * figure.unchanged / std::max(1, figure.uses))));
        QString advice;
        if (figure.advice == Review::TemplateFigures::Advice::SentUnchanged)
            advice = tr("Always sent as it is: could it be more personal?");
        else if (figure.advice == Review::TemplateFigures::Advice::AlwaysRewritten)
            advice = tr("Rewritten %1 % on average: the wording does not fit")
                         .arg(100 * figure.averageEditRatio, 0, 'f', 0);
        m_templates->setItem(row, 3, readOnlyCell(advice));
    }
}

bool DashboardView::exportPng(const QString &path)
{
    // The whole board, not just the part scrolled into view.
    m_board->adjustSize();
    return m_board->grab().save(path, "PNG");
}

bool DashboardView::exportCsv(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(Review::dashboardCsv(m_figures)) >= 0 && file.flush();
}

} // namespace CareDesk::Gui

#include "SatisfactionPanel.h"

#include "ui/common/Presentation.h"
#include "ui/dashboard/Charts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace CareDesk::Gui {

namespace {

QString percent(const std::optional<double> &value)
{
    return value ? SatisfactionPanel::tr("%1 %").arg(QLocale().toString(*value, 'f', 0))
                 : QStringLiteral("–");
}

QString npsText(const std::optional<double> &value)
{
    if (!value)
        return QStringLiteral("–");
    const QString number = QLocale().toString(*value, 'f', 0);
    return *value > 0 ? QStringLiteral("+") + number : number;
}

} // namespace

QString satisfactionText(const Surveys::SatisfactionFigures &figures)
{
    QStringList parts;
    if (figures.nps())
        parts.append(SatisfactionPanel::tr("NPS %1").arg(npsText(figures.nps())));
    if (figures.csat())
        parts.append(SatisfactionPanel::tr("CSAT %1").arg(percent(figures.csat())));
    return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral(" · "));
}

SatisfactionPanel::SatisfactionPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardSatisfaction"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Customer satisfaction"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("satisfactionGrouping"));
    m_grouping->setAccessibleName(tr("Satisfaction by"));
    m_grouping->addItem(tr("By agent"), int(Surveys::SatisfactionGrouping::Agent));
    m_grouping->addItem(tr("By channel"), int(Surveys::SatisfactionGrouping::Channel));
    m_grouping->addItem(tr("By category"), int(Surveys::SatisfactionGrouping::Category));
    m_grouping->addItem(tr("By week"), int(Surveys::SatisfactionGrouping::Week));
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_grouping);
    layout->addLayout(top);

    auto *row = new QHBoxLayout;
    auto *tiles = new QVBoxLayout;
    m_score = new FigureTile(tr("Satisfaction"), this);
    m_answers = new FigureTile(tr("Survey answers"), this);
    tiles->addWidget(m_score);
    tiles->addWidget(m_answers);
    tiles->addStretch(1);
    m_groups = new QTableWidget(0, 5, this);
    m_groups->setObjectName(QStringLiteral("satisfactionGroups"));
    m_groups->setAccessibleName(tr("Satisfaction by group"));
    m_groups->verticalHeader()->hide();
    m_groups->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groups->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_groups->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_groups->setMinimumHeight(140);
    row->addLayout(tiles, 1);
    row->addWidget(m_groups, 3);
    layout->addLayout(row);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &SatisfactionPanel::showGroups);
}

void SatisfactionPanel::setFigures(const Review::DashboardFigures &figures)
{
    m_figures = figures;
    const Surveys::SatisfactionFigures &total = figures.satisfaction;
    m_score->setValue(satisfactionText(total), tr("%1 promoters · %2 passives · %3 detractors")
                                                   .arg(total.promoters)
                                                   .arg(total.passives)
                                                   .arg(total.detractors));
    m_answers->setValue(percent(total.responseRate()),
                        tr("%1 of %2 surveys answered").arg(total.responses).arg(total.sent));
    showGroups();
}

void SatisfactionPanel::showGroups()
{
    const auto grouping =
        static_cast<Surveys::SatisfactionGrouping>(m_grouping->currentData().toInt());
    const QList<Surveys::SatisfactionGroup> &groups =
        grouping == Surveys::SatisfactionGrouping::Agent      ? m_figures.satisfactionByAgent
        : grouping == Surveys::SatisfactionGrouping::Channel  ? m_figures.satisfactionByChannel
        : grouping == Surveys::SatisfactionGrouping::Category ? m_figures.satisfactionByCategory
                                                              : m_figures.satisfactionByWeek;
    const QString keyHeader = grouping == Surveys::SatisfactionGrouping::Agent      ? tr("Agent")
                              : grouping == Surveys::SatisfactionGrouping::Channel  ? tr("Channel")
                              : grouping == Surveys::SatisfactionGrouping::Category ? tr("Category")
                                                                                    : tr("Week of");
    m_groups->setHorizontalHeaderLabels(
        {keyHeader, tr("Sent"), tr("Answered"), tr("NPS"), tr("CSAT (4–5)")});
    m_groups->setRowCount(int(groups.size()));
    for (int row = 0; row < groups.size(); ++row) {
        const Surveys::SatisfactionGroup &group = groups[row];
        QString key = group.key;
        if (grouping == Surveys::SatisfactionGrouping::Category)
            key = categoryLabel(group.key);
        else if (grouping == Surveys::SatisfactionGrouping::Week)
            key = dayLabel(QDate::fromString(group.key, Qt::ISODate));
        else if (key.isEmpty())
            key = tr("(nobody)");
        m_groups->setItem(row, 0, readOnlyCell(key));
        m_groups->setItem(row, 1, readOnlyCell(QString::number(group.figures.sent)));
        m_groups->setItem(row, 2,
                          readOnlyCell(tr("%1 (%2)")
                                           .arg(group.figures.responses)
                                           .arg(percent(group.figures.responseRate()))));
        m_groups->setItem(row, 3, readOnlyCell(npsText(group.figures.nps())));
        m_groups->setItem(row, 4, readOnlyCell(percent(group.figures.csat())));
    }
}

} // namespace CareDesk::Gui

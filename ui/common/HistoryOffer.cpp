#include "HistoryOffer.h"

#include "Presentation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace CareDesk::Gui {

HistoryOffer::HistoryOffer(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("historyOffer"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("historyOfferText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_show = new QPushButton(tr("Show that period"), this);
    m_show->setObjectName(QStringLiteral("showHistoryPeriod"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show, 0, Qt::AlignTop);
    connect(m_show, &QPushButton::clicked, this, [this] { Q_EMIT periodChosen(m_first, m_last); });
    hide();
}

void HistoryOffer::offer(const QString &nothingHere, const QDate &first, const QDate &last)
{
    m_first = first;
    m_last = last;
    m_text->setText(nothingHere + QLatin1Char(' ') +
                    tr("The workspace holds conversations from %1 to %2.")
                        .arg(dayLabel(first), dayLabel(last)));
    show();
}

void HistoryOffer::withdraw()
{
    hide();
}

QString HistoryOffer::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace CareDesk::Gui

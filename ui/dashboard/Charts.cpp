#include "Charts.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace CareDesk::Gui {

namespace {

constexpr int MARGIN = 8;
constexpr int BAR_HEIGHT = 16;
constexpr int BAR_GAP = 6;
constexpr int MAX_BARS = 12;

QColor barColor(const QPalette &palette)
{
    return palette.color(QPalette::Highlight);
}

} // namespace

BarChart::BarChart(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
{
    setAccessibleName(title);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void BarChart::setBars(const QList<std::pair<QString, int>> &bars)
{
    m_bars = bars.mid(0, MAX_BARS);
    // Screen readers get the figures as text.
    QStringList description;
    for (const auto &[label, value] : std::as_const(m_bars))
        description.append(QStringLiteral("%1: %2").arg(label).arg(value));
    setAccessibleDescription(description.join(QStringLiteral(", ")));
    updateGeometry();
    update();
}

void BarChart::setNote(const QString &note)
{
    m_note = note;
    update();
}

QSize BarChart::sizeHint() const
{
    const int lines = fontMetrics().height() * (m_note.isEmpty() ? 1 : 2) + MARGIN;
    const int bars = std::max<int>(3, int(m_bars.size()));
    return {320, 2 * MARGIN + lines + bars * (BAR_HEIGHT + BAR_GAP)};
}

QSize BarChart::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));

    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(pal.color(QPalette::Text));
    const QFontMetrics titleMetrics(titleFont);
    int y = MARGIN + titleMetrics.ascent();
    painter.drawText(MARGIN, y, m_title);
    painter.setFont(font());
    const QFontMetrics metrics = fontMetrics();
    if (!m_note.isEmpty()) {
        y += metrics.height();
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(MARGIN, y,
                         metrics.elidedText(m_note, Qt::ElideRight, width() - 2 * MARGIN));
    }
    y += MARGIN;
    if (m_bars.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(MARGIN, y + metrics.ascent() + BAR_GAP, tr("Nothing in this period"));
        return;
    }

    int labelWidth = 0, valueWidth = 0, maximum = 1;
    for (const auto &[label, value] : std::as_const(m_bars)) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(QString::number(value)));
        maximum = std::max(maximum, value);
    }
    labelWidth = std::min(labelWidth, width() * 2 / 5);
    const int barLeft = MARGIN + labelWidth + MARGIN;
    const int barRoom = std::max(10, width() - barLeft - valueWidth - 2 * MARGIN);
    for (const auto &[label, value] : std::as_const(m_bars)) {
        y += BAR_GAP;
        painter.setPen(pal.color(QPalette::Text));
        const QRect labelRect(MARGIN, y, labelWidth, BAR_HEIGHT);
        painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignRight,
                         metrics.elidedText(label, Qt::ElideRight, labelWidth));
        const int length = value == 0 ? 0 : std::max(2, int(qint64(barRoom) * value / maximum));
        QPainterPath bar;
        bar.addRoundedRect(QRectF(barLeft, y + 2, length, BAR_HEIGHT - 4), 3, 3);
        painter.fillPath(bar, barColor(pal));
        painter.drawText(QRect(barLeft + length + 4, y, valueWidth + MARGIN, BAR_HEIGHT),
                         Qt::AlignVCenter | Qt::AlignLeft, QString::number(value));
        y += BAR_HEIGHT;
    }
}

FigureTile::FigureTile(const QString &caption, QWidget *parent)
    : QWidget(parent)
    , m_caption(caption)
{
    setAccessibleName(caption);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void FigureTile::setValue(const QString &value, const QString &detail)
{
    m_value = value;
    m_detail = detail;
    setAccessibleDescription(detail.isEmpty() ? value : value + QStringLiteral(", ") + detail);
    update();
}

QSize FigureTile::sizeHint() const
{
    return {150, fontMetrics().height() * 4 + 2 * MARGIN};
}

void FigureTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    QPainterPath frame;
    frame.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter.fillPath(frame, pal.color(QPalette::Base));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawPath(frame);
    const QFontMetrics metrics = fontMetrics();
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.drawText(MARGIN + 4, MARGIN + metrics.ascent(),
                     metrics.elidedText(m_caption, Qt::ElideRight, width() - 2 * MARGIN));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    painter.setFont(big);
    painter.setPen(pal.color(QPalette::Text));
    const QFontMetrics bigMetrics(big);
    painter.drawText(MARGIN + 4, MARGIN + metrics.height() + bigMetrics.ascent(),
                     m_value.isEmpty() ? QStringLiteral("–") : m_value);
    painter.setFont(font());
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.drawText(MARGIN + 4, MARGIN + metrics.height() + bigMetrics.height() + metrics.ascent(),
                     metrics.elidedText(m_detail, Qt::ElideRight, width() - 2 * MARGIN));
}

} // namespace CareDesk::Gui

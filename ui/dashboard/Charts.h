#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace CareDesk::Gui {

// A titled horizontal bar chart: one labelled bar per value, the value written beside it.
// Drawn with the palette, so it follows light and dark themes.
class BarChart final : public QWidget
{
    Q_OBJECT

public:
    explicit BarChart(const QString &title, QWidget *parent = nullptr);

    void setBars(const QList<std::pair<QString, int>> &bars);
    // A line under the title, e.g. "median 12 min · 90% within 2 h".
    void setNote(const QString &note);
    const QList<std::pair<QString, int>> &bars() const { return m_bars; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    QString m_note;
    QList<std::pair<QString, int>> m_bars;
};

// One headline figure: a large value and what it is.
class FigureTile final : public QWidget
{
    Q_OBJECT

public:
    FigureTile(const QString &caption, QWidget *parent = nullptr);
    void setValue(const QString &value, const QString &detail = QString());
    QString value() const { return m_value; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_caption;
    QString m_value;
    QString m_detail;
};

} // namespace CareDesk::Gui

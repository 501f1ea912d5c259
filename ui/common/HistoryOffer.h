// Common: the workspace's own dates, offered where a period shows nothing.
// May use: Qt Widgets.
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;

namespace CareDesk::Gui {

// One plain line under a view's period when it shows nothing but the workspace holds
// conversations elsewhere (an imported archive, years old): it says what is there, and a
// button takes the view to those dates. Hidden otherwise.
class HistoryOffer final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryOffer(QWidget *parent = nullptr);

    // `nothingHere` is the view's own sentence ("No transcripts in the last 30 days.");
    // `first` and `last` are the days the workspace's first and last conversations started.
    void offer(const QString &nothingHere, const QDate &first, const QDate &last);
    void withdraw();
    QString text() const;

Q_SIGNALS:
    void periodChosen(const QDate &first, const QDate &last);

private:
    QLabel *m_text = nullptr;
    QPushButton *m_show = nullptr;
    QDate m_first;
    QDate m_last;
};

} // namespace CareDesk::Gui

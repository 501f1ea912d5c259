#include "RosterDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace CareDesk::Gui {

namespace {

enum Column { Agent, Days, Start, End, Channels };

QStringList wordsIn(const QString &text)
{
    QStringList words;
    for (const QString &word : text.split(u',', Qt::SkipEmptyParts)) {
        if (!word.trimmed().isEmpty())
            words.append(word.trimmed());
    }
    return words;
}

} // namespace

RosterDialog::RosterDialog(const QJsonObject &roster, const QString &timeZone, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("rosterDialog"));
    setWindowTitle(tr("Shift roster"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(
        tr("Who is on which channels when, every week, in the team's time zone (%1); nobody is "
           "on the holidays of the SLA rules. Days: mon, tue, wed, thu, fri, sat, sun, separated "
           "by commas. A shift whose end comes before its start ends the next morning. No "
           "channels: every channel.")
            .arg(timeZone.isEmpty() ? QStringLiteral("UTC") : timeZone),
        this);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("rosterTable"));
    m_table->setAccessibleName(tr("Shifts"));
    m_table->setHorizontalHeaderLabels(
        {tr("Agent (login)"), tr("Days"), tr("From"), tr("To"), tr("Channels")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    const QJsonArray shifts = roster.value(QLatin1String("shifts")).toArray();
    for (const QJsonValue &value : shifts) {
        const QJsonObject shift = value.toObject();
        QStringList days;
        const QJsonArray listed = shift.value(QLatin1String("days")).toArray();
        for (const QJsonValue &day : listed)
            days.append(day.toString());
        QStringList channels;
        const QJsonArray named = shift.value(QLatin1String("channels")).toArray();
        for (const QJsonValue &channel : named)
            channels.append(channel.toString());
        addShift(shift.value(QLatin1String("agent")).toString(), days.join(QStringLiteral(", ")),
                 shift.value(QLatin1String("start")).toString(),
                 shift.value(QLatin1String("end")).toString(), channels.join(QStringLiteral(", ")));
    }

    auto *rows = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add shift"), this);
    add->setObjectName(QStringLiteral("addShift"));
    auto *remove = new QPushButton(tr("Remove shift"), this);
    rows->addWidget(add);
    rows->addWidget(remove);
    rows->addStretch(1);
    layout->addLayout(rows);
    connect(add, &QPushButton::clicked, this, [this] {
        addShift({}, QStringLiteral("mon, tue, wed, thu, fri"), QStringLiteral("09:00"),
                 QStringLiteral("17:00"), {});
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Agent));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });

    auto *postLabel = new QLabel(tr("Shift-change post ({name}, {end}, {zone} and {signoff} are "
                                    "filled in; empty: the built-in words):"),
                                 this);
    postLabel->setTextFormat(Qt::PlainText);
    postLabel->setWordWrap(true);
    m_post = new QLineEdit(roster.value(QLatin1String("shiftPost")).toString(), this);
    m_post->setObjectName(QStringLiteral("shiftPostTemplate"));
    m_post->setMaxLength(280);
    postLabel->setBuddy(m_post);
    layout->addWidget(postLabel);
    layout->addWidget(m_post);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 460);
}

void RosterDialog::addShift(const QString &agent, const QString &days, const QString &start,
                            const QString &end, const QString &channels)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList cells = {agent, days, start, end, channels};
    for (int column = 0; column < cells.size(); ++column)
        m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

QJsonObject RosterDialog::roster() const
{
    QJsonArray shifts;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto cell = [&](int column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        QStringList days;
        for (const QString &day : wordsIn(cell(Days)))
            days.append(day.toLower());
        shifts.append(QJsonObject{
            {QStringLiteral("agent"), cell(Agent)},
            {QStringLiteral("days"), QJsonArray::fromStringList(days)},
            {QStringLiteral("start"), cell(Start)},
            {QStringLiteral("end"), cell(End)},
            {QStringLiteral("channels"), QJsonArray::fromStringList(wordsIn(cell(Channels)))}});
    }
    QJsonObject roster{{QStringLiteral("shifts"), shifts}};
    if (!m_post->text().trimmed().isEmpty())
        roster.insert(QStringLiteral("shiftPost"), m_post->text().trimmed());
    return roster;
}

} // namespace CareDesk::Gui

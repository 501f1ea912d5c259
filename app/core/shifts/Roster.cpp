#include "Roster.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace CareDesk::Shifts {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Shifts::Roster)
};

const QStringList DAY_NAMES = {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                               QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                               QStringLiteral("sun")};

// The text a team's post says unless its roster says otherwise.
QString defaultPost()
{
    return Tr::tr("Hi, {name} here! I'm looking after your messages until {end} {zone}. "
                  "{signoff}");
}

// "09:00"; "24:00" is midnight at the end of the day.
std::optional<QTime> timeOf(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text == u"24:00")
        return QTime(0, 0);
    const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    return time.isValid() ? std::optional(time) : std::nullopt;
}

// The shift at `place`; what is wrong with it goes to `problems`.
Shift parseShift(const QJsonValue &value, const QString &place, QStringList &problems)
{
    const QJsonObject object = value.toObject();
    Shift shift;
    shift.agent = object.value(QLatin1String("agent")).toString().trimmed();
    if (!value.isObject() || shift.agent.isEmpty())
        problems.append(Tr::tr("%1.agent: every shift names the agent's login").arg(place));
    const QJsonArray days = object.value(QLatin1String("days")).toArray();
    for (const QJsonValue &day : days) {
        const qsizetype index = DAY_NAMES.indexOf(day.toString());
        if (index < 0)
            problems.append(
                Tr::tr("%1.days: a day is mon, tue, wed, thu, fri, sat or sun").arg(place));
        else if (!shift.days.contains(int(index) + 1))
            shift.days.append(int(index) + 1);
    }
    if (shift.days.isEmpty())
        problems.append(Tr::tr("%1.days: a shift is on at least one day").arg(place));
    const auto start = timeOf(object.value(QLatin1String("start")));
    const auto end = timeOf(object.value(QLatin1String("end")));
    if (!start || object.value(QLatin1String("start")).toString() == u"24:00")
        problems.append(Tr::tr("%1.start: a time is HH:MM, from 00:00 to 23:59").arg(place));
    if (!end)
        problems.append(Tr::tr("%1.end: a time is HH:MM, from 00:00 to 24:00").arg(place));
    shift.start = start.value_or(QTime());
    shift.end = end.value_or(QTime());
    const QJsonArray channels = object.value(QLatin1String("channels")).toArray();
    for (const QJsonValue &channel : channels) {
        if (!channel.isString() || channel.toString().trimmed().isEmpty())
            problems.append(Tr::tr("%1.channels: a channel is named by its name").arg(place));
        else
            shift.channels.append(channel.toString().trimmed());
    }
    return shift;
}

} // namespace

Result<Roster> Roster::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{Tr::tr("The shift roster is not a JSON object."), parseError.errorString()};
    const QJsonObject object = document.object();
    const QJsonArray shifts = object.value(QLatin1String("shifts")).toArray();
    QStringList problems;
    if (!object.value(QLatin1String("shifts")).isArray())
        problems.append(Tr::tr("shifts: the roster lists its shifts"));
    if (shifts.size() > MAX_SHIFTS)
        problems.append(Tr::tr("shifts: at most %1 shifts").arg(MAX_SHIFTS));
    Roster roster;
    for (qsizetype i = 0; i < shifts.size() && i < MAX_SHIFTS; ++i) {
        roster.m_shifts.append(
            parseShift(shifts.at(i), QStringLiteral("shifts[%1]").arg(i), problems));
    }
    const QJsonValue post = object.value(QLatin1String("shiftPost"));
    if (!post.isUndefined() && !post.isNull() &&
        (!post.isString() || post.toString().size() > MAX_POST_LENGTH))
        problems.append(
            Tr::tr("shiftPost: the post is text of at most %1 characters").arg(MAX_POST_LENGTH));
    roster.m_shiftPost = post.toString().trimmed();
    if (!problems.isEmpty())
        return Error{
            Tr::tr("The shift roster has mistakes: %1").arg(problems.join(QStringLiteral("; "))),
            {}};
    return roster;
}

QByteArray Roster::toJson() const
{
    QJsonArray shifts;
    for (const Shift &shift : m_shifts) {
        QJsonArray days;
        for (int day : shift.days)
            days.append(DAY_NAMES.at(day - 1));
        shifts.append(
            QJsonObject{{QStringLiteral("agent"), shift.agent},
                        {QStringLiteral("days"), days},
                        {QStringLiteral("start"), shift.start.toString(QStringLiteral("HH:mm"))},
                        {QStringLiteral("end"), shift.end.toString(QStringLiteral("HH:mm"))},
                        {QStringLiteral("channels"), QJsonArray::fromStringList(shift.channels)}});
    }
    QJsonObject object{{QStringLiteral("shifts"), shifts}};
    if (!m_shiftPost.isEmpty())
        object.insert(QStringLiteral("shiftPost"), m_shiftPost);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void Roster::setCalendar(const QByteArray &timeZone, const QSet<QDate> &holidays)
{
    const QTimeZone zone(timeZone);
    m_zone = timeZone.isEmpty() || !zone.isValid() ? QTimeZone::utc() : zone;
    m_holidays = holidays;
}

bool Roster::rosters(const QString &agent) const
{
    return std::any_of(m_shifts.cbegin(), m_shifts.cend(),
                       [&](const Shift &shift) { return shift.agent == agent; });
}

QString Roster::shiftPost() const
{
    return m_shiftPost.isEmpty() ? defaultPost() : m_shiftPost;
}

QString Roster::zoneName(const QDateTime &at) const
{
    return m_zone.abbreviation(at);
}

QString Roster::localTime(const QDateTime &at) const
{
    return at.toTimeZone(m_zone).time().toString(QStringLiteral("HH:mm"));
}

QList<ShiftSpan> Roster::spansBetween(const QDateTime &from, const QDateTime &to) const
{
    QList<ShiftSpan> spans;
    // A shift that began the day before may still run; one may start on the last local day.
    const QDate first = from.toTimeZone(m_zone).date().addDays(-1);
    const QDate last = to.toTimeZone(m_zone).date();
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        if (m_holidays.contains(date))
            continue;
        for (const Shift &shift : m_shifts) {
            if (!shift.days.contains(date.dayOfWeek()))
                continue;
            const QDateTime start = QDateTime(date, shift.start, m_zone).toUTC();
            const QDate endDate = shift.end <= shift.start ? date.addDays(1) : date;
            const QDateTime end = QDateTime(endDate, shift.end, m_zone).toUTC();
            if (start < to && end > from)
                spans.append({shift.agent, start, end, shift.channels});
        }
    }
    std::stable_sort(spans.begin(), spans.end(),
                     [](const ShiftSpan &a, const ShiftSpan &b) { return a.start < b.start; });
    return spans;
}

QList<ShiftSpan> Roster::onAt(const QDateTime &at) const
{
    return spansBetween(at, at.addMSecs(1));
}

QList<ShiftSpan> Roster::startingAfter(const QDateTime &at, int count) const
{
    QList<ShiftSpan> starting;
    for (const ShiftSpan &span : spansBetween(at, at.addDays(8))) {
        if (span.start > at && starting.size() < count)
            starting.append(span);
    }
    return starting;
}

std::optional<ShiftSpan> Roster::shiftOf(const QString &agent, const QDateTime &at) const
{
    for (const ShiftSpan &span : onAt(at)) {
        if (span.agent == agent)
            return span;
    }
    return std::nullopt;
}

QDateTime Roster::nextChange(const QString &agent, const QDateTime &at) const
{
    QDateTime next;
    for (const ShiftSpan &span : spansBetween(at, at.addDays(8))) {
        if (span.agent != agent)
            continue;
        for (const QDateTime &edge : {span.start, span.end}) {
            if (edge > at && (!next.isValid() || edge < next))
                next = edge;
        }
    }
    return next;
}

QString shiftPostText(const Roster &roster, const ShiftSpan &span, const QString &displayName,
                      const QString &signOff)
{
    QString text = roster.shiftPost();
    text.replace(QLatin1String("{name}"), displayName)
        .replace(QLatin1String("{end}"), roster.localTime(span.end))
        .replace(QLatin1String("{zone}"), roster.zoneName(span.end))
        .replace(QLatin1String("{signoff}"), signOff);
    return text.simplified();
}

} // namespace CareDesk::Shifts

#include "SlaPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace CareDesk::Triage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Triage::SlaPolicy)
};

const char *const DAY_KEYS[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
// A policy whose every day is closed would never be due: the search gives up after a year.
constexpr int MAX_DAYS_AHEAD = 370;

QTimeZone zoneOf(const QByteArray &name)
{
    return name.isEmpty() ? QTimeZone::utc() : QTimeZone(name);
}

} // namespace

QDateTime SlaPolicy::dueFrom(const QDateTime &start) const
{
    const qint64 target = qint64(firstResponseMinutes) * 60;
    if (alwaysOpen())
        return start.addSecs(target);
    const QTimeZone zone = zoneOf(timeZone);
    QDateTime cursor = start.toTimeZone(zone);
    qint64 remaining = target;
    for (int day = 0; day < MAX_DAYS_AHEAD; ++day) {
        const QDate date = cursor.date();
        const QDateTime nextDay(date.addDays(1), QTime(0, 0), zone);
        std::optional<OpeningHours> today =
            businessHours ? hours[date.dayOfWeek() - 1]
                          : std::optional<OpeningHours>(OpeningHours{QTime(0, 0), QTime()});
        if (holidays.contains(date) || !today) {
            cursor = nextDay;
            continue;
        }
        const QDateTime opens(date, today->open, zone);
        const QDateTime closes =
            today->close.isValid() ? QDateTime(date, today->close, zone) : nextDay;
        if (cursor < opens)
            cursor = opens;
        if (cursor < closes) {
            const qint64 open = cursor.secsTo(closes);
            if (remaining <= open)
                return cursor.addSecs(remaining).toUTC();
            remaining -= open;
        }
        cursor = nextDay;
    }
    return start.addSecs(target); // never open: the plain target, so nothing waits for ever
}

qint64 SlaPolicy::dueFromMs(qint64 startMs) const
{
    if (alwaysOpen())
        return startMs + qint64(firstResponseMinutes) * 60 * 1000;
    return dueFrom(QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC)).toMSecsSinceEpoch();
}

Core::Result<SlaPolicy> SlaPolicy::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Core::Error{Tr::tr("The SLA policy is not a JSON object."),
                           parseError.errorString()};
    const QJsonObject object = document.object();
    QStringList problems;
    SlaPolicy policy;
    policy.firstResponseMinutes = object.value(u"firstResponseMinutes").toInt(-1);
    if (policy.firstResponseMinutes < 1 || policy.firstResponseMinutes > MAX_MINUTES)
        problems << Tr::tr("firstResponseMinutes: a whole number from 1 to %1").arg(MAX_MINUTES);
    policy.timeZone = object.value(u"timeZone").toString().toUtf8();
    if (!policy.timeZone.isEmpty() && !QTimeZone(policy.timeZone).isValid())
        problems
            << Tr::tr("timeZone: unknown time zone \"%1\"").arg(QString::fromUtf8(policy.timeZone));
    if (object.contains(u"hours")) {
        if (!object.value(u"hours").isObject()) {
            problems << Tr::tr("hours: an object of days");
        } else {
            policy.businessHours = true;
            const QJsonObject hours = object.value(u"hours").toObject();
            for (auto it = hours.begin(); it != hours.end(); ++it) {
                const auto key =
                    std::find_if(std::begin(DAY_KEYS), std::end(DAY_KEYS),
                                 [&](const char *day) { return it.key() == QLatin1String(day); });
                if (key == std::end(DAY_KEYS))
                    problems << Tr::tr("hours.%1: not a day (mon, tue, wed, thu, fri, sat, sun)")
                                    .arg(it.key());
            }
            for (int day = 0; day < 7; ++day) {
                const QJsonValue value = hours.value(QLatin1String(DAY_KEYS[day]));
                if (value.isUndefined() || value.isNull())
                    continue;
                const QJsonArray pair = value.toArray();
                const QTime open =
                    QTime::fromString(pair.at(0).toString(), QStringLiteral("HH:mm"));
                const QString closeText = pair.at(1).toString();
                const QTime close = closeText == u"24:00"
                                        ? QTime()
                                        : QTime::fromString(closeText, QStringLiteral("HH:mm"));
                if (pair.size() != 2 || !open.isValid() ||
                    (!close.isValid() && closeText != u"24:00"))
                    problems << Tr::tr("hours.%1: [\"HH:mm\", \"HH:mm\"] or null")
                                    .arg(QLatin1String(DAY_KEYS[day]));
                else if (close.isValid() && close <= open)
                    problems << Tr::tr(
                                    "hours.%1: the closing time must come after the opening time")
                                    .arg(QLatin1String(DAY_KEYS[day]));
                else
                    policy.hours[day] = OpeningHours{open, close};
            }
        }
    }
    const QJsonArray holidays = object.value(u"holidays").toArray();
    for (qsizetype i = 0; i < holidays.size(); ++i) {
        const QDate date = QDate::fromString(holidays[i].toString(), Qt::ISODate);
        if (!date.isValid())
            problems << Tr::tr("holidays[%1]: a date like 2026-12-25").arg(i);
        else
            policy.holidays.insert(date);
    }
    if (object.contains(u"autoResolveDays")) {
        policy.autoResolveDays = object.value(u"autoResolveDays").toInt(-1);
        if (policy.autoResolveDays < 1 || policy.autoResolveDays > MAX_AUTO_RESOLVE_DAYS)
            problems << Tr::tr("autoResolveDays: a whole number from 1 to %1")
                            .arg(MAX_AUTO_RESOLVE_DAYS);
    }
    if (!problems.isEmpty())
        return Core::Error{Tr::tr("The SLA policy has a problem."),
                           problems.join(QStringLiteral("; "))};
    return policy;
}

QByteArray SlaPolicy::toJson() const
{
    QJsonObject object{{QStringLiteral("firstResponseMinutes"), firstResponseMinutes}};
    if (!timeZone.isEmpty())
        object.insert(QStringLiteral("timeZone"), QString::fromUtf8(timeZone));
    if (businessHours) {
        QJsonObject days;
        for (int day = 0; day < 7; ++day) {
            days.insert(QLatin1String(DAY_KEYS[day]),
                        hours[day] ? QJsonValue(QJsonArray{
                                         hours[day]->open.toString(QStringLiteral("HH:mm")),
                                         hours[day]->close.isValid()
                                             ? hours[day]->close.toString(QStringLiteral("HH:mm"))
                                             : QStringLiteral("24:00")})
                                   : QJsonValue());
        }
        object.insert(QStringLiteral("hours"), days);
    }
    if (!holidays.isEmpty()) {
        QList<QDate> sorted = holidays.values();
        std::sort(sorted.begin(), sorted.end());
        QJsonArray list;
        for (const QDate &date : sorted)
            list.append(date.toString(Qt::ISODate));
        object.insert(QStringLiteral("holidays"), list);
    }
    object.insert(QStringLiteral("autoResolveDays"), autoResolveDays);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace CareDesk::Triage

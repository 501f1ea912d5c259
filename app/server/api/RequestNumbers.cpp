#include "RequestNumbers.h"

#include <QCoreApplication>

#include <cmath>

namespace CareDesk::Server::RequestNumbers {

namespace {

// The catalogs know these messages under the context of the server as one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamServer)
};

HttpResponse outOfRange(const QString &name, qint64 min, qint64 max)
{
    const QString message =
        max == LARGEST
            ? Tr::tr("%1 must be a whole number of at least %2.").arg(name).arg(min)
            : Tr::tr("%1 must be a whole number from %2 to %3.").arg(name).arg(min).arg(max);
    return HttpResponse::error(400, QStringLiteral("bad_request"), message);
}

} // namespace

Checked fromJson(const QJsonValue &value, const QString &name, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return outOfRange(name, min, max);
    const double number = value.toDouble();
    // Within ±2^53 every whole double is exact, and the cast below is defined.
    constexpr double EXACT = 9007199254740992.0;
    if (!std::isfinite(number) || std::trunc(number) != number || number < -EXACT || number > EXACT)
        return outOfRange(name, min, max);
    const qint64 whole = value.toInteger();
    if (whole < min || whole > max)
        return outOfRange(name, min, max);
    return whole;
}

Checked fromText(const QString &text, const QString &name, qint64 min, qint64 max)
{
    const qsizetype digitsFrom = text.startsWith(QLatin1Char('-')) ? 1 : 0;
    const qsizetype digits = text.size() - digitsFrom;
    bool decimal = digits > 0 && digits <= 18;
    for (qsizetype i = digitsFrom; decimal && i < text.size(); ++i)
        decimal = text.at(i) >= u'0' && text.at(i) <= u'9';
    if (!decimal)
        return outOfRange(name, min, max);
    const qint64 whole = text.toLongLong();
    if (whole < min || whole > max)
        return outOfRange(name, min, max);
    return whole;
}

} // namespace CareDesk::Server::RequestNumbers

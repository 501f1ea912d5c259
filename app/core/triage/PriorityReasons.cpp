#include "PriorityReasons.h"

#include "escalations/EscalationRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <charconv>

namespace CareDesk::Triage {

namespace {

// The sentences keep the context they were translated under when the engine wrote them.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Triage::TriageEngine)
};

QString categorySentence(const QString &category)
{
    if (category == u"service")
        return Tr::tr("Service request");
    if (category == u"warranty")
        return Tr::tr("Warranty claim");
    if (category == u"pre-sales")
        return Tr::tr("Pre-sales question");
    if (category == u"praise")
        return Tr::tr("Praise");
    if (category == u"spam")
        return Tr::tr("Spam");
    if (category == u"other")
        return Tr::tr("Other");
    return category; // a team's own category is named as the team wrote it
}

void appendEscaped(QByteArray &out, char c)
{
    if (c == '"' || c == '\\') {
        out += '\\';
        out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
        out += "\\u00" + QByteArray::number(c, 16).rightJustified(2, '0');
    } else {
        out += c;
    }
}

void appendJsonString(QByteArray &out, QStringView text)
{
    out += '"';
    // Codes and details are nearly always plain ASCII: those are copied straight in.
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char *plain = out.data() + start;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        if (unit >= 0x80 || unit < 0x20 || unit == u'"' || unit == u'\\') {
            out.truncate(start + i);
            const QByteArray rest = text.sliced(i).toUtf8();
            for (const char c : rest)
                appendEscaped(out, c);
            break;
        }
        plain[i] = static_cast<char>(unit);
    }
    out += '"';
}

} // namespace

QString describe(const PriorityReason &reason)
{
    if (!reason.storedText.isEmpty())
        return reason.storedText;
    const QString &code = reason.code;
    if (code == u"category")
        return categorySentence(reason.detail);
    if (code == u"influence") {
        const qint64 followers = reason.detail.toLongLong();
        const QString count = QLocale().toString(followers);
        return followers >= 10000 ? Tr::tr("Wide reach: %1 followers").arg(count)
                                  : Tr::tr("Reach: %1 followers").arg(count);
    }
    if (code == u"verified")
        return Tr::tr("Verified account");
    if (code == u"tier")
        return Tr::tr("Customer tier: %1").arg(reason.detail);
    if (code == u"escalation") {
        const qsizetype colon = reason.detail.indexOf(u':');
        return Tr::tr("Escalation rule: %1")
            .arg(
                Escalations::describeRule(reason.detail.left(colon), reason.detail.mid(colon + 1)));
    }
    if (code == u"customer")
        return reason.detail.isEmpty() ? Tr::tr("Existing customer")
                                       : Tr::tr("Existing customer: %1").arg(reason.detail);
    if (code == u"urgency")
        return Tr::tr("Urgent or upset wording: %1").arg(reason.detail);
    if (code == u"repeat")
        return Tr::tr("%n earlier message(s) still unanswered", nullptr, reason.detail.toInt());
    if (code == u"sla") {
        const qint64 secondsLeft = reason.detail.toLongLong();
        if (secondsLeft >= 0)
            return Tr::tr("Reply due in %n minute(s)", nullptr, static_cast<int>(secondsLeft / 60));
        // Past two hours, minutes are hard to read at a glance: "overdue by 5 hours".
        const qint64 minutesOver = -secondsLeft / 60;
        return minutesOver < 120
                   ? Tr::tr("Reply overdue by %n minute(s)", nullptr, static_cast<int>(minutesOver))
                   : Tr::tr("Reply overdue by %n hour(s)", nullptr,
                            static_cast<int>(minutesOver / 60));
    }
    return reason.detail.isEmpty() ? code : QStringLiteral("%1: %2").arg(code, reason.detail);
}

QString describeAll(const QList<PriorityReason> &reasons, const QString &separator)
{
    QStringList sentences;
    for (const PriorityReason &reason : reasons) {
        sentences.append(reason.points >= 0
                             ? Tr::tr("%1 (+%2)").arg(describe(reason)).arg(reason.points)
                             : Tr::tr("%1 (%2)").arg(describe(reason)).arg(reason.points));
    }
    return sentences.join(separator);
}

// Written by hand, not through QJsonDocument: it is built for most new messages of a backlog,
// and the document cost as much as storing the message.
QByteArray reasonsToJson(const QList<PriorityReason> &reasons)
{
    QByteArray json;
    json.reserve(16 + 48 * reasons.size());
    json += '[';
    for (const PriorityReason &reason : reasons) {
        if (json.size() > 1)
            json += ',';
        json += QByteArrayView("{\"code\":");
        appendJsonString(json, reason.code);
        json += QByteArrayView(",\"points\":");
        char digits[12];
        json.append(digits,
                    std::to_chars(digits, digits + sizeof digits, reason.points).ptr - digits);
        json += QByteArrayView(",\"detail\":");
        appendJsonString(json, reason.detail);
        json += '}';
    }
    json += ']';
    return json;
}

QList<PriorityReason> reasonsFromJson(QByteArrayView json)
{
    QList<PriorityReason> reasons;
    const QJsonArray array = QJsonDocument::fromJson(json.toByteArray()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        PriorityReason reason;
        reason.code = object.value(QLatin1String("code")).toString();
        if (reason.code.isEmpty())
            continue;
        reason.points = object.value(QLatin1String("points")).toInt();
        reason.detail = object.value(QLatin1String("detail")).toString();
        reason.storedText = object.value(QLatin1String("text")).toString();
        reasons.append(reason);
    }
    return reasons;
}

} // namespace CareDesk::Triage

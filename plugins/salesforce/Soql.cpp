#include "Soql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace CareDesk::Crm::Salesforce {

namespace {

// A dotted field ("Account.Type") read from a record's nested objects.
QJsonValue fieldOf(const QJsonObject &record, const QString &path)
{
    if (path.isEmpty())
        return {};
    QJsonValue value = record;
    const QStringList parts = path.split(u'.');
    for (const QString &part : parts)
        value = value.toObject().value(part);
    return value;
}

QString textOf(const QJsonObject &record, const QString &path)
{
    const QJsonValue value = fieldOf(record, path);
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString().trimmed();
}

} // namespace

QString soqlLiteral(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size() + 8);
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '\\':
            escaped += QStringLiteral("\\\\");
            break;
        case '\'':
            escaped += QStringLiteral("\\'");
            break;
        case '"':
            escaped += QStringLiteral("\\\"");
            break;
        case '\n':
            escaped += QStringLiteral("\\n");
            break;
        case '\r':
            escaped += QStringLiteral("\\r");
            break;
        case '\t':
            escaped += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() >= 0x20)
                escaped += c;
        }
    }
    return escaped;
}

QString soslTerm(const QString &value)
{
    static const QString reserved = QStringLiteral("?&|!{}[]()^~*:\\\"'+-");
    QStringList words;
    const QStringList parts = value.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        QString word;
        for (const QChar c : part) {
            if (c.unicode() < 0x20)
                continue;
            if (reserved.contains(c))
                word += u'\\';
            word += c;
        }
        const QString upper = word.toUpper();
        if (upper == u"AND" || upper == u"OR" || upper == u"NOT")
            word = u'"' + word + u'"';
        words.append(word);
    }
    return words.join(u' ');
}

QString contactFields(const QString &handleField, const QString &tierField,
                      const QString &valueField)
{
    QStringList fields{QStringLiteral("Id"),          QStringLiteral("Name"),
                       QStringLiteral("Email"),       QStringLiteral("Phone"),
                       QStringLiteral("MobilePhone"), QStringLiteral("Account.Name"),
                       QStringLiteral("Owner.Name")};
    for (const QString &own : {handleField, tierField, valueField}) {
        if (!own.isEmpty() && !fields.contains(own))
            fields.append(own);
    }
    return fields.join(u',');
}

Sdk::CrmContact contactFrom(const QJsonObject &record, const QString &handleField,
                            const QString &tierField, const QString &valueField)
{
    Sdk::CrmContact contact;
    contact.id = record.value(QLatin1String("Id")).toString();
    contact.name = textOf(record, QStringLiteral("Name"));
    contact.company = textOf(record, QStringLiteral("Account.Name"));
    const QString email = textOf(record, QStringLiteral("Email"));
    if (!email.isEmpty())
        contact.emails.append(email);
    for (const QString &field : {QStringLiteral("Phone"), QStringLiteral("MobilePhone")}) {
        const QString number = textOf(record, field);
        if (!number.isEmpty())
            contact.phones.append(number);
    }
    const QString handle = textOf(record, handleField);
    if (!handle.isEmpty())
        contact.handles.append(handle);
    contact.tier = textOf(record, tierField);
    contact.value = fieldOf(record, valueField).toDouble();
    contact.owner = textOf(record, QStringLiteral("Owner.Name"));
    return contact;
}

bool hasPhone(const QJsonObject &record, const QString &e164)
{
    for (const QString &field : {QStringLiteral("Phone"), QStringLiteral("MobilePhone")}) {
        if (Sdk::samePhoneNumber(textOf(record, field), e164))
            return true;
    }
    return false;
}

Sdk::Quota quotaOf(const Sdk::HttpResponse &response)
{
    Sdk::Quota quota;
    const QList<QByteArray> parts = response.header("sforce-limit-info").split(';');
    for (const QByteArray &part : parts) {
        const QByteArray trimmed = part.trimmed();
        if (!trimmed.startsWith("api-usage="))
            continue;
        const QList<QByteArray> usage = trimmed.mid(10).split('/');
        if (usage.size() == 2) {
            quota.limit = usage.at(1).toLongLong();
            quota.remaining = std::max<qint64>(0, quota.limit - usage.at(0).toLongLong());
        }
    }
    return quota;
}

Sdk::Failure failureOf(const Sdk::HttpResponse &response, const QDateTime &now)
{
    using Sdk::FailureKind;
    if (response.status == 0)
        return {FailureKind::Transient,
                QStringLiteral("Salesforce could not be reached: %1").arg(response.transportError),
                {}};
    const QJsonArray errors = QJsonDocument::fromJson(response.body).array();
    const QJsonObject first = errors.first().toObject();
    const QString code = first.value(QLatin1String("errorCode")).toString();
    const QString message = first.value(QLatin1String("message")).toString().left(300);
    const int status = response.status;
    if (status == 401)
        return {FailureKind::AuthorizationExpired,
                QStringLiteral("Salesforce ended the session (%1); connect the CRM again.")
                    .arg(code.isEmpty() ? QStringLiteral("401") : code),
                {}};
    if (status == 403 && code == u"REQUEST_LIMIT_EXCEEDED")
        return {FailureKind::RateLimited,
                QStringLiteral("Salesforce's API allowance is used up: %1").arg(message),
                now.addSecs(15 * 60)};
    if (status == 403)
        return {FailureKind::Misconfigured,
                QStringLiteral("The Salesforce user may not do this (%1): %2").arg(code, message),
                {}};
    if (status >= 500)
        return {FailureKind::Transient,
                QStringLiteral("Salesforce had trouble answering (HTTP %1).").arg(status),
                {}};
    if (code == u"INVALID_FIELD")
        return {FailureKind::Misconfigured,
                QStringLiteral("A field in the CRM settings does not exist in Salesforce: %1")
                    .arg(message),
                {}};
    return {FailureKind::Rejected,
            QStringLiteral("Salesforce refused the request (%1): %2")
                .arg(code.isEmpty() ? QString::number(status) : code, message),
            {}};
}

QString markerOf(const QString &clientId)
{
    // No "_" or "%": they mean something in LIKE.
    QString marker = QStringLiteral("[cd");
    for (const QChar c : clientId) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            marker.append(c.toLower());
    }
    return marker + u']';
}

} // namespace CareDesk::Crm::Salesforce

#include "ContactKeys.h"

#include <phonenumbers/phonenumberutil.h>

#include <QRegularExpression>

namespace CareDesk::Crm {

QString emailKey(const QString &text)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString key = text.trimmed().toLower();
    return address.match(key).hasMatch() ? key : QString();
}

QString phoneKey(const QString &text, const QString &region)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string written = text.trimmed().toStdString();
    const std::string country =
        region.isEmpty() ? std::string("ZZ") : region.toUpper().toStdString();
    if (util->Parse(written, country, &number) != PhoneNumberUtil::NO_PARSING_ERROR ||
        !util->IsValidNumber(number))
        return {};
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QString nationalDigits(const QString &e164)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    std::string national;
    util->GetNationalSignificantNumber(number, &national);
    return QString::fromStdString(national);
}

QString handleKey(const QString &text)
{
    // Facebook knows people by their names, spaces and all.
    QString key = text.simplified().toLower();
    while (key.startsWith(u'@'))
        key.remove(0, 1);
    return key;
}

QList<std::pair<QString, QString>> keysOf(const Core::CrmRecord &record, const QString &region)
{
    QList<std::pair<QString, QString>> keys;
    const auto add = [&keys](const char *kind, const QString &key) {
        if (!key.isEmpty())
            keys.append({QString::fromLatin1(kind), key});
    };
    for (const QString &email : record.emails)
        add("email", emailKey(email));
    for (const QString &phone : record.phones)
        add("phone", phoneKey(phone, region));
    for (const QString &handle : record.handles)
        add("handle", handleKey(handle));
    return keys;
}

} // namespace CareDesk::Crm

#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace CareDesk::Triage {

// Which countries a phone number written without a country code ("(212) 555-0199",
// "030 12345678") is read as, most likely first: what the desk knows first (the customer's
// country, the channel's region, the desk's own locale), then where the conversation's language
// is mostly spoken.
class PhoneRegions final
{
public:
    // "en" -> US, GB, IN, CA, AU, ...; "de" -> DE, AT, CH. Empty for a language not listed.
    // Accepts "pt-BR" and "pt_BR" as "pt".
    static QStringList forLanguage(const QString &language);

    // The locale's country ("US" for en_US); empty for the C locale or one without a country.
    static QString ofLocale(const QLocale &locale);

    // `known` (empty entries skipped), then each language's countries; upper case, each once.
    static QStringList inOrder(const QStringList &known, const QStringList &languages);

    // Every country libphonenumber knows the numbers of, for choosing a channel's region.
    static QStringList supported();
};

} // namespace CareDesk::Triage

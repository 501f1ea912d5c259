#pragma once

#include "Result.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace CareDesk::Triage {

// One piece of personal data in a text. Offsets are UTF-16 indices into the text (QString
// indices), `end` exclusive, so the composer can highlight exactly what it found.
struct PiiFinding
{
    QString kind; // "email", "phone", "card", "iban", or a configured kind such as "order-number"
    int start = 0;
    int end = 0;
    QString match;

    friend bool operator==(const PiiFinding &, const PiiFinding &) = default;
};

// A team's own identifiers (account, order, ticket numbers), configured per workspace.
struct PiiPattern
{
    QString kind;
    QRegularExpression pattern;
};

// Finds personal data that must never go out in a public reply: e-mail addresses, phone
// numbers (libphonenumber), payment cards (Luhn), IBANs (mod 97) and configured patterns.
class PiiScanner final
{
public:
    explicit PiiScanner(QList<PiiPattern> patterns = {});

    // Reads configured patterns: {"patterns":[{"kind":"order-number","pattern":"NW-\\d{6}"}]}.
    static Core::Result<QList<PiiPattern>> patternsFromJson(const QByteArray &json);

    // `regions` are the ISO 3166 countries the text may come from, most likely first ("US",
    // "GB"; see PhoneRegions): a phone number written without a country code is found when it
    // is a valid number of one of them. With none, only numbers with a country code are found.
    // Findings are sorted by position and never overlap.
    QList<PiiFinding> scan(const QString &text, const QStringList &regions) const;
    QList<PiiFinding> scan(const QString &text, const QString &region) const
    {
        return scan(text, QStringList{region});
    }

    static bool passesLuhn(const QString &digits);
    static bool isValidIban(const QString &compactIban);
    // "es_ES" -> "ES"; "" when the locale names no country.
    static QString regionFromLocale(const QString &locale);

private:
    QList<PiiPattern> m_patterns;
};

} // namespace CareDesk::Triage

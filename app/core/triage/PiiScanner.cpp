#include "PiiScanner.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <functional>

namespace CareDesk::Triage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Triage::PiiScanner)
};

// libphonenumber gives up on a text after this many candidates that fail: bounds the time a
// hostile text full of digit runs can cost.
constexpr int PHONE_MAX_TRIES = 200;

// Length of an IBAN per country (ISO 13616 registry).
const QHash<QString, int> &ibanLengths()
{
    static const QHash<QString, int> lengths = {
        {QStringLiteral("AD"), 24}, {QStringLiteral("AE"), 23}, {QStringLiteral("AL"), 28},
        {QStringLiteral("AT"), 20}, {QStringLiteral("AZ"), 28}, {QStringLiteral("BA"), 20},
        {QStringLiteral("BE"), 16}, {QStringLiteral("BG"), 22}, {QStringLiteral("BH"), 22},
        {QStringLiteral("BR"), 29}, {QStringLiteral("BY"), 28}, {QStringLiteral("CH"), 21},
        {QStringLiteral("CR"), 22}, {QStringLiteral("CY"), 28}, {QStringLiteral("CZ"), 24},
        {QStringLiteral("DE"), 22}, {QStringLiteral("DK"), 18}, {QStringLiteral("DO"), 28},
        {QStringLiteral("EE"), 20}, {QStringLiteral("EG"), 29}, {QStringLiteral("ES"), 24},
        {QStringLiteral("FI"), 18}, {QStringLiteral("FO"), 18}, {QStringLiteral("FR"), 27},
        {QStringLiteral("GB"), 22}, {QStringLiteral("GE"), 22}, {QStringLiteral("GI"), 23},
        {QStringLiteral("GL"), 18}, {QStringLiteral("GR"), 27}, {QStringLiteral("GT"), 28},
        {QStringLiteral("HR"), 21}, {QStringLiteral("HU"), 28}, {QStringLiteral("IE"), 22},
        {QStringLiteral("IL"), 23}, {QStringLiteral("IQ"), 23}, {QStringLiteral("IS"), 26},
        {QStringLiteral("IT"), 27}, {QStringLiteral("JO"), 30}, {QStringLiteral("KW"), 30},
        {QStringLiteral("KZ"), 20}, {QStringLiteral("LB"), 28}, {QStringLiteral("LC"), 32},
        {QStringLiteral("LI"), 21}, {QStringLiteral("LT"), 20}, {QStringLiteral("LU"), 20},
        {QStringLiteral("LV"), 21}, {QStringLiteral("MC"), 27}, {QStringLiteral("MD"), 24},
        {QStringLiteral("ME"), 22}, {QStringLiteral("MK"), 19}, {QStringLiteral("MR"), 27},
        {QStringLiteral("MT"), 31}, {QStringLiteral("MU"), 30}, {QStringLiteral("NL"), 18},
        {QStringLiteral("NO"), 15}, {QStringLiteral("PK"), 24}, {QStringLiteral("PL"), 28},
        {QStringLiteral("PS"), 29}, {QStringLiteral("PT"), 25}, {QStringLiteral("QA"), 29},
        {QStringLiteral("RO"), 24}, {QStringLiteral("RS"), 22}, {QStringLiteral("SA"), 24},
        {QStringLiteral("SC"), 31}, {QStringLiteral("SE"), 24}, {QStringLiteral("SI"), 19},
        {QStringLiteral("SK"), 24}, {QStringLiteral("SM"), 27}, {QStringLiteral("ST"), 25},
        {QStringLiteral("SV"), 28}, {QStringLiteral("TL"), 23}, {QStringLiteral("TN"), 24},
        {QStringLiteral("TR"), 26}, {QStringLiteral("UA"), 29}, {QStringLiteral("VA"), 22},
        {QStringLiteral("VG"), 24}, {QStringLiteral("XK"), 20},
    };
    return lengths;
}

// Issuer prefixes of the card networks customers actually paste: a Luhn check alone would
// flag one random 16-digit number in ten.
bool hasCardIssuerPrefix(const QString &digits)
{
    const auto prefix = [&](int length) { return digits.left(length).toInt(); };
    const int n = static_cast<int>(digits.size());
    if (digits.startsWith(QLatin1Char('4')))
        return n == 13 || n == 16 || n == 19; // Visa
    if ((prefix(2) >= 51 && prefix(2) <= 55) || (prefix(4) >= 2221 && prefix(4) <= 2720))
        return n == 16; // Mastercard
    if (prefix(2) == 34 || prefix(2) == 37)
        return n == 15; // American Express
    if (prefix(4) == 6011 || prefix(2) == 65 || (prefix(3) >= 644 && prefix(3) <= 649))
        return n >= 16 && n <= 19; // Discover
    if (prefix(4) >= 3528 && prefix(4) <= 3589)
        return n >= 16 && n <= 19; // JCB
    if (prefix(2) == 36 || prefix(2) == 38 || (prefix(3) >= 300 && prefix(3) <= 305))
        return n >= 14 && n <= 19; // Diners Club
    if (prefix(2) == 62)
        return n >= 16 && n <= 19; // UnionPay
    if (prefix(2) == 50 || (prefix(2) >= 56 && prefix(2) <= 69))
        return n >= 12 && n <= 19; // Maestro
    return false;
}

QString digitsOnly(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

void addMatches(const QRegularExpression &pattern, const QString &text, const QString &kind,
                const std::function<bool(const QString &)> &accept, QList<PiiFinding> &findings)
{
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString captured = match.captured(0);
        if (!accept || accept(captured)) {
            findings.append({kind, static_cast<int>(match.capturedStart(0)),
                             static_cast<int>(match.capturedEnd(0)), captured});
        }
    }
}

} // namespace

PiiScanner::PiiScanner(QList<PiiPattern> patterns)
    : m_patterns(std::move(patterns))
{}

Core::Result<QList<PiiPattern>> PiiScanner::patternsFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Core::Error{Tr::tr("The personal-data patterns file is not valid JSON."),
                           error.errorString()};
    QList<PiiPattern> patterns;
    const QJsonArray array = document.object().value(QLatin1String("patterns")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        PiiPattern pattern{object.value(QLatin1String("kind")).toString(),
                           QRegularExpression(object.value(QLatin1String("pattern")).toString(),
                                              QRegularExpression::UseUnicodePropertiesOption)};
        if (pattern.kind.isEmpty() || pattern.pattern.pattern().isEmpty() ||
            !pattern.pattern.isValid())
            return Core::Error{
                Tr::tr("Pattern %1 in the personal-data patterns file is not usable.").arg(i + 1),
                pattern.pattern.errorString()};
        patterns.append(pattern);
    }
    return patterns;
}

bool PiiScanner::passesLuhn(const QString &digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int digit = digits.at(i).digitValue();
        if (digit < 0)
            return false;
        if (doubleIt) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
        doubleIt = !doubleIt;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

bool PiiScanner::isValidIban(const QString &compactIban)
{
    const QString iban = compactIban.toUpper();
    const auto length = ibanLengths().constFind(iban.left(2));
    if (length == ibanLengths().constEnd() || iban.size() != *length)
        return false;
    // Move the country code and check digits to the end, read letters as 10..35, and the
    // whole number must leave 1 modulo 97. Done digit by digit: it is far too long for an int.
    const QString rearranged = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        if (c.isDigit()) {
            remainder = (remainder * 10 + c.digitValue()) % 97;
        } else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            const int value = c.unicode() - 'A' + 10;
            remainder = (remainder * 100 + value) % 97;
        } else {
            return false;
        }
    }
    return remainder == 1;
}

QString PiiScanner::regionFromLocale(const QString &locale)
{
    const QString country = locale.section(QLatin1Char('_'), 1, 1).left(2).toUpper();
    return country.size() == 2 ? country : QString();
}

QList<PiiFinding> PiiScanner::scan(const QString &text, const QString &region) const
{
    static const QRegularExpression email(
        QStringLiteral("(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[A-Za-z]{2,24}\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    // 12-19 digits, optionally grouped by single spaces or dashes, not glued to other digits.
    static const QRegularExpression card(
        QStringLiteral("(?<![\\d-])\\d(?:[ -]?\\d){11,18}(?![\\d])"));
    // Printed IBANs: country, check digits, then groups of four (the last may be shorter).
    static const QRegularExpression iban(
        QStringLiteral("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\\b"));

    QList<PiiFinding> findings;
    addMatches(email, text, QStringLiteral("email"), {}, findings);
    addMatches(
        card, text, QStringLiteral("card"),
        [](const QString &match) {
            const QString digits = digitsOnly(match);
            return hasCardIssuerPrefix(digits) && passesLuhn(digits);
        },
        findings);
    // The pattern may run on into a following word ("... 1332 THANKS"): the country's IBAN
    // length says where the number really ends.
    auto ibans = iban.globalMatch(text);
    while (ibans.hasNext()) {
        const QRegularExpressionMatch match = ibans.next();
        const int length = ibanLengths().value(match.captured(0).left(2), 0);
        QString compact;
        qsizetype end = match.capturedStart(0);
        while (end < match.capturedEnd(0) && compact.size() < length) {
            if (text.at(end) != QLatin1Char(' '))
                compact.append(text.at(end));
            ++end;
        }
        if (compact.size() == length && isValidIban(compact)) {
            const auto start = match.capturedStart(0);
            findings.append({QStringLiteral("iban"), static_cast<int>(start), static_cast<int>(end),
                             text.mid(start, end - start)});
        }
    }
    for (const PiiPattern &pattern : m_patterns)
        addMatches(pattern.pattern, text, pattern.kind, {}, findings);

    // Phone numbers: libphonenumber works on UTF-8 and reports byte offsets.
    const QByteArray utf8 = text.toUtf8();
    const std::string utf8Text(utf8.constData(), static_cast<size_t>(utf8.size()));
    const std::string regionCode =
        region.isEmpty() ? std::string("ZZ") : region.toUpper().toStdString();
    i18n::phonenumbers::PhoneNumberMatcher matcher(
        *i18n::phonenumbers::PhoneNumberUtil::GetInstance(), utf8Text, regionCode,
        i18n::phonenumbers::PhoneNumberMatcher::VALID, PHONE_MAX_TRIES);
    i18n::phonenumbers::PhoneNumberMatch match;
    while (matcher.HasNext() && matcher.Next(&match)) {
        const int start =
            static_cast<int>(QString::fromUtf8(utf8.constData(), match.start()).size());
        const int length = static_cast<int>(
            QString::fromUtf8(utf8.constData() + match.start(), match.length()).size());
        findings.append({QStringLiteral("phone"), start, start + length, text.mid(start, length)});
    }

    // Keep the more specific finding where two overlap: a card number also parses as a phone
    // number, and an order number may contain one.
    static const QStringList precedence = {QStringLiteral("email"), QStringLiteral("iban"),
                                           QStringLiteral("card")};
    const auto rank = [](const PiiFinding &finding) {
        const qsizetype index = precedence.indexOf(finding.kind);
        return index < 0 ? (finding.kind == u"phone" ? 4 : 3) : static_cast<int>(index);
    };
    std::sort(findings.begin(), findings.end(), [&](const PiiFinding &a, const PiiFinding &b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a.start < b.start;
    });
    QList<PiiFinding> kept;
    for (const PiiFinding &finding : findings) {
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(), [&](const PiiFinding &other) {
            return finding.start < other.end && other.start < finding.end;
        });
        if (!overlaps)
            kept.append(finding);
    }
    std::sort(kept.begin(), kept.end(),
              [](const PiiFinding &a, const PiiFinding &b) { return a.start < b.start; });
    return kept;
}

} // namespace CareDesk::Triage

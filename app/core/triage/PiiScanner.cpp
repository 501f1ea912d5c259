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
#include <string_view>

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

// Characters a written phone number is made of besides its digits (libphonenumber's
// punctuation, spaces, a leading plus).
bool isPhonePunctuation(QChar c)
{
    static constexpr std::u16string_view punctuation =
        u" \t\u00A0\u2007\u202F\u3000-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF0D"
        u"./\uFF0F~\u2053\u223C\uFF5E()\uFF08\uFF09[]\uFF3B\uFF3D+\uFF0B";
    return punctuation.find(c.unicode()) != std::u16string_view::npos;
}

// A run of digits and phone punctuation with at least this many digits may be a phone number;
// no number a customer writes to a care team is shorter.
constexpr int PHONE_MIN_DIGITS = 6;
// The text libphonenumber sees around a run: enough to tell a letter glued to the digits, a
// time after a date, or an extension ("ext. 1234").
constexpr int PHONE_CONTEXT_BEFORE = 8;
constexpr int PHONE_CONTEXT_AFTER = 16;
// Pieces up to this long are remembered with what was found in them (per thread, a few thousand
// at most): the composer scans the whole draft on every keystroke, and only the piece being
// typed changes.
constexpr int PHONE_MEMO_MAX_PIECE = 160;
constexpr int PHONE_MEMO_MAX_ENTRIES = 4096;

struct Span
{
    int start = 0;
    int end = 0;
};

// The phone numbers libphonenumber finds in `piece` for one region, as UTF-16 offsets into it.
QList<Span> phoneNumbersIn(const QString &piece, const QString &region)
{
    thread_local QHash<QString, QList<Span>> memo;
    const bool remember = piece.size() <= PHONE_MEMO_MAX_PIECE;
    const QString key = region + QChar(u'\n') + piece;
    if (remember) {
        if (const auto known = memo.constFind(key); known != memo.constEnd())
            return *known;
    }
    // libphonenumber works on UTF-8 and reports byte offsets.
    const QByteArray utf8 = piece.toUtf8();
    const std::string utf8Text(utf8.constData(), static_cast<size_t>(utf8.size()));
    i18n::phonenumbers::PhoneNumberMatcher matcher(
        *i18n::phonenumbers::PhoneNumberUtil::GetInstance(), utf8Text, region.toStdString(),
        i18n::phonenumbers::PhoneNumberMatcher::VALID, PHONE_MAX_TRIES);
    i18n::phonenumbers::PhoneNumberMatch match;
    QList<Span> found;
    while (matcher.HasNext() && matcher.Next(&match)) {
        const int start =
            static_cast<int>(QString::fromUtf8(utf8.constData(), match.start()).size());
        const int length = static_cast<int>(
            QString::fromUtf8(utf8.constData() + match.start(), match.length()).size());
        found.append({start, start + length});
    }
    if (remember) {
        if (memo.size() >= PHONE_MEMO_MAX_ENTRIES)
            memo.clear();
        memo.insert(key, found);
    }
    return found;
}

// "@115712", "#1043588" and "INV-2023-004512" are a handle and ids, never a phone number.
bool isPartOfId(const QString &text, int firstDigit)
{
    const QChar before = firstDigit > 0 ? text.at(firstDigit - 1) : QChar();
    if (before == u'@' || before == u'#' || before == u'\uFF03' || before == u'_')
        return true;
    return (before == u'-' || before == u'/') && firstDigit > 1 &&
           text.at(firstDigit - 2).isLetter();
}

bool everyDigitIn(const QString &text, const Span &run, const QList<Span> &spans)
{
    for (int i = run.start; i < run.end; ++i) {
        if (text.at(i).isDigit() &&
            std::none_of(spans.cbegin(), spans.cend(),
                         [i](const Span &span) { return span.start <= i && i < span.end; }))
            return false;
    }
    return true;
}

// Phone numbers, each read as the first of `regions` it is valid in. libphonenumber looks only
// at the runs of digits and punctuation that could be a number, with a little text around them,
// so that each region costs only where there are digits to read.
void addPhoneNumbers(const QString &text, const QStringList &regions, QList<PiiFinding> &findings)
{
    QStringList tried = regions;
    tried.removeAll(QString());
    if (tried.isEmpty())
        tried.append(QStringLiteral("ZZ")); // only numbers written with their country code
    const auto size = static_cast<int>(text.size());
    QList<Span> kept;
    int runEnd = 0;
    for (int at = 0; at < size; at = runEnd) {
        if (!text.at(at).isDigit()) {
            runEnd = at + 1;
            continue;
        }
        // A run from this digit to the last digit before a character no number contains.
        int digits = 0;
        int lastDigit = at;
        for (runEnd = at; runEnd < size; ++runEnd) {
            const QChar c = text.at(runEnd);
            if (c.isDigit()) {
                ++digits;
                lastDigit = runEnd;
            } else if (!isPhonePunctuation(c)) {
                break;
            }
        }
        const Span run{at, lastDigit + 1};
        if (digits < PHONE_MIN_DIGITS || isPartOfId(text, at))
            continue;
        int pieceStart = std::max(0, run.start - PHONE_CONTEXT_BEFORE);
        int pieceEnd = std::min(size, run.end + PHONE_CONTEXT_AFTER);
        if (text.at(pieceStart).isLowSurrogate())
            ++pieceStart;
        if (text.at(pieceEnd - 1).isHighSurrogate())
            --pieceEnd;
        const QString piece = text.mid(pieceStart, pieceEnd - pieceStart);
        QList<Span> inRun;
        for (const QString &region : std::as_const(tried)) {
            for (const Span &found : phoneNumbersIn(piece, region)) {
                const Span span{pieceStart + found.start, pieceStart + found.end};
                const auto overlaps = [&](const Span &other) {
                    return span.start < other.end && other.start < span.end;
                };
                if (!overlaps(run))
                    continue;
                // A later region may read more of the same number ("00 1 201-555-0123" is
                // international in GB, where 00 dials abroad): the longer reading wins.
                const auto inside = [&](const Span &other) {
                    return !overlaps(other) || (span.start <= other.start && other.end <= span.end);
                };
                if (std::all_of(kept.cbegin(), kept.cend(), inside)) {
                    kept.removeIf(overlaps);
                    inRun.removeIf(overlaps);
                    kept.append(span);
                    inRun.append(span);
                }
            }
            // Every digit of the run belongs to a number found: the other regions add nothing.
            const bool covered = everyDigitIn(text, run, inRun);
            if (covered)
                break;
        }
    }
    for (const Span &span : std::as_const(kept))
        findings.append({QStringLiteral("phone"), span.start, span.end,
                         text.mid(span.start, span.end - span.start)});
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

QList<PiiFinding> PiiScanner::scan(const QString &text, const QStringList &regions) const
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

    addPhoneNumbers(text, regions, findings);

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

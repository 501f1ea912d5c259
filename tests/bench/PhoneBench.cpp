// How many phone numbers the personal-data check finds when nobody told it the country: numbers
// of the care countries written the ways customers write them, in short messages in the
// country's language, read with the countries of the language the text is detected in (as the
// composer and `caredesk-cli scan-pii` do with no region set). Prints recall per country and
// per way of writing, and what it wrongly takes for a phone number among ids that are not.
//
//   caredesk-bench-phones [--misses]
//
// The numbers are libphonenumber's example numbers for several types (fixed line, mobile, toll
// free) and valid neighbours of them. A number counts as found when one phone finding covers it
// from its first digit to its last (an extension may be left out).

#include "triage/LanguageDetector.h"
#include "triage/PhoneRegions.h"
#include "triage/PiiScanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTextStream>

#include <phonenumbers/phonenumberutil.h>

#include <map>

using namespace CareDesk;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

struct Country
{
    QString region;
    QStringList messages;   // "%1" is the number
    QStringList idMessages; // "%1" is an id that is not a phone number
};

const QStringList ENGLISH = {
    QStringLiteral("Hi, please call me back on %1, I am home after five today."),
    QStringLiteral("My number is %1 if that is easier than writing here."),
    QStringLiteral("Still waiting for the refund, you can reach me at %1 any time."),
};
const QStringList ENGLISH_IDS = {
    QStringLiteral("My order %1 still has not arrived and nobody answers."),
    QStringLiteral("Hello, the reference you gave me was %1 but it does not work."),
};

const QList<Country> &countries()
{
    static const QList<Country> list = {
        {QStringLiteral("US"), ENGLISH, ENGLISH_IDS},
        {QStringLiteral("GB"), ENGLISH, ENGLISH_IDS},
        {QStringLiteral("IN"), ENGLISH, ENGLISH_IDS},
        {QStringLiteral("DE"),
         {QStringLiteral("Bitte rufen Sie mich unter %1 zurück, ich bin ab fünf Uhr zu Hause."),
          QStringLiteral("Meine Nummer ist %1, falls das einfacher ist als hier zu schreiben."),
          QStringLiteral("Ich warte immer noch auf die Erstattung, erreichbar bin ich unter %1.")},
         {QStringLiteral("Meine Bestellung %1 ist immer noch nicht angekommen, was ist los?"),
          QStringLiteral("Hallo, die Nummer die Sie mir gegeben haben war %1, sie geht nicht.")}},
        {QStringLiteral("ES"),
         {QStringLiteral("Por favor llamadme al %1, estoy en casa a partir de las cinco."),
          QStringLiteral("Mi número es %1 por si es más fácil que escribir por aquí."),
          QStringLiteral("Sigo esperando el reembolso, me podéis localizar en el %1 cuando sea.")},
         {QStringLiteral("Mi pedido %1 todavía no ha llegado y nadie me contesta."),
          QStringLiteral("Hola, la referencia que me disteis era %1 pero no funciona.")}},
        {QStringLiteral("MX"),
         {QStringLiteral("Por favor márquenme al %1, estoy en casa después de las cinco."),
          QStringLiteral("Mi número es %1 por si es más fácil que escribir por aquí."),
          QStringLiteral("Sigo esperando mi reembolso, me pueden localizar en el %1 cuando sea.")},
         {QStringLiteral("Mi pedido %1 todavía no llega y nadie me contesta."),
          QStringLiteral("Hola, la referencia que me dieron era %1 pero no funciona.")}},
        {QStringLiteral("FR"),
         {QStringLiteral("Merci de me rappeler au %1, je suis chez moi après dix-sept heures."),
          QStringLiteral("Mon numéro est le %1 si c'est plus simple que d'écrire ici."),
          QStringLiteral("J'attends toujours le remboursement, vous pouvez me joindre au %1.")},
         {QStringLiteral("Ma commande %1 n'est toujours pas arrivée et personne ne répond."),
          QStringLiteral("Bonjour, la référence que vous m'avez donnée était %1 mais elle ne "
                         "marche pas.")}},
        {QStringLiteral("IT"),
         {QStringLiteral("Per favore richiamatemi al %1, sono a casa dopo le cinque."),
          QStringLiteral("Il mio numero è %1 se è più semplice che scrivere qui."),
          QStringLiteral(
              "Sto ancora aspettando il rimborso, potete trovarmi al %1 quando volete.")},
         {QStringLiteral("Il mio ordine %1 non è ancora arrivato e nessuno risponde."),
          QStringLiteral("Salve, il riferimento che mi avete dato era %1 ma non funziona.")}},
        {QStringLiteral("BR"),
         {QStringLiteral("Por favor me liguem no %1, estou em casa depois das cinco."),
          QStringLiteral("Meu número é %1 se for mais fácil do que escrever aqui."),
          QStringLiteral("Ainda estou esperando o reembolso, podem me encontrar no %1.")},
         {QStringLiteral("Meu pedido %1 ainda não chegou e ninguém responde."),
          QStringLiteral("Olá, a referência que vocês me deram era %1 mas não funciona.")}},
    };
    return list;
}

// Ids customers and agents write that are not phone numbers (none declared as a team pattern).
const QStringList &ids()
{
    static const QStringList list = {
        QStringLiteral("@115712"),
        QStringLiteral("#1043588"),
        QStringLiteral("48213-77"),
        QStringLiteral("48213"),
        QStringLiteral("1043588"),
        QStringLiteral("20231104"),
        QStringLiteral("2023-11-04"),
        QStringLiteral("14.11.2023"),
        QStringLiteral("11/14/2023"),
        QStringLiteral("112-7654321-1234567"),
        QStringLiteral("1Z999AA10123456784"),
        QStringLiteral("9400 1118 9922 3197 4284 90"),
        QStringLiteral("00123456"),
        QStringLiteral("INV-2023-004512"),
        QStringLiteral("4006381333931"),
        QStringLiteral("1850000000000000001"),
        QStringLiteral("1234 5678 9012"),
        QStringLiteral("A-482-113"),
        QStringLiteral("784512"),
        QStringLiteral("3321-88"),
        QStringLiteral("NW-448812"),
        QStringLiteral("#48213-77"),
        QStringLiteral("SR-20231104-0042"),
        QStringLiteral("99.90"),
    };
    return list;
}

struct Written
{
    QString way;
    QString text;     // as embedded
    QString mainPart; // the number without its extension: what must be covered
};

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

// The national form with its punctuation replaced by one separator ("201.555.0123").
QString regrouped(const QString &national, const QString &separator)
{
    static const QRegularExpression punctuation(QStringLiteral("[^0-9]+"));
    QString text = national;
    text.replace(punctuation, separator);
    while (!separator.isEmpty() && text.startsWith(separator))
        text.remove(0, separator.size());
    return text;
}

QList<Written> waysOfWriting(const PhoneNumber &number, const QString &region)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    std::string formatted;
    util.Format(number, PhoneNumberUtil::NATIONAL, &formatted);
    const QString national = fromStd(formatted);
    QList<Written> ways = {{QStringLiteral("national"), national, national}};
    const auto add = [&](const QString &way, const QString &text) {
        for (const Written &written : std::as_const(ways)) {
            if (written.text == text)
                return;
        }
        ways.append({way, text, text});
    };
    add(QStringLiteral("digits only"), regrouped(national, QString()));
    add(QStringLiteral("dotted"), regrouped(national, QStringLiteral(".")));
    add(QStringLiteral("dashed"), regrouped(national, QStringLiteral("-")));
    add(QStringLiteral("spaced"), regrouped(national, QStringLiteral(" ")));
    std::string prefix;
    util.GetNddPrefixForRegion(region.toStdString(), true, &prefix);
    const QString trunk = fromStd(prefix);
    if (!trunk.isEmpty() && national.startsWith(trunk))
        add(QStringLiteral("no trunk prefix"), national.mid(trunk.size()).trimmed());
    else if (!trunk.isEmpty())
        add(QStringLiteral("trunk prefix"), trunk + QLatin1Char(' ') + national);
    util.Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    add(QStringLiteral("international"), fromStd(formatted));
    util.Format(number, PhoneNumberUtil::E164, &formatted);
    add(QStringLiteral("E.164"), fromStd(formatted));
    util.FormatOutOfCountryCallingNumber(number, region == u"GB" ? "FR" : "GB", &formatted);
    add(QStringLiteral("00 prefix"), fromStd(formatted));
    // As libphonenumber writes an extension.
    ways.append({QStringLiteral("extension"), national + QStringLiteral(" ext. 123"), national});
    return ways;
}

// The example number of each type and a few valid neighbours (the last digits changed).
QList<PhoneNumber> numbersOf(const QString &region)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    QList<PhoneNumber> numbers;
    constexpr int PER_TYPE = 4;
    for (const auto type :
         {PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::MOBILE, PhoneNumberUtil::TOLL_FREE}) {
        PhoneNumber example;
        if (!util.GetExampleNumberForType(region.toStdString(), type, &example))
            continue;
        numbers.append(example);
        int added = 1;
        for (int step = 1; step < 50 && added < PER_TYPE; ++step) {
            PhoneNumber neighbour = example;
            const auto base = example.national_number();
            neighbour.set_national_number(base - base % 10000 + (step * 7919) % 10000);
            if (util.IsValidNumberForRegion(neighbour, region.toStdString()) &&
                util.GetNumberType(neighbour) == util.GetNumberType(example)) {
                numbers.append(neighbour);
                ++added;
            }
        }
    }
    return numbers;
}

struct Tally
{
    int total = 0;
    int found = 0;
    void count(bool wasFound)
    {
        ++total;
        found += wasFound ? 1 : 0;
    }
    QString percent() const
    {
        return total ? QString::number(100.0 * found / total, 'f', 1) + QLatin1Char('%')
                     : QStringLiteral("-");
    }
};

bool covers(const QList<Triage::PiiFinding> &findings, int start, int end)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const Triage::PiiFinding &f) {
        return f.kind == u"phone" && f.start <= start && f.end >= end;
    });
}

// The regions the text is read with when nobody set one: those of its detected language.
QStringList inferredRegions(const Triage::LanguageDetector &detector, const QString &text)
{
    const Triage::LanguageResult language = detector.detect(text, QString(), QString());
    return Triage::PhoneRegions::inOrder({}, {language.code});
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool showMisses = app.arguments().contains(QStringLiteral("--misses"));
    QTextStream out(stdout);
    const Triage::PiiScanner scanner;
    const Triage::LanguageDetector detector;

    Tally nationalAll;
    Tally everyAll;
    Tally givenAll;
    Tally noneAll;
    std::map<QString, Tally> byWay;
    QElapsedTimer timer;
    timer.start();
    int scans = 0;
    out << "country  national (inferred)  every way (inferred)  every way (region given)"
           "  national (no region)  numbers\n";
    for (const Country &country : countries()) {
        Tally national;
        Tally every;
        Tally given;
        Tally none;
        const QList<PhoneNumber> numbers = numbersOf(country.region);
        for (const PhoneNumber &number : numbers) {
            for (const Written &written : waysOfWriting(number, country.region)) {
                for (const QString &message : country.messages) {
                    const QString text = message.arg(written.text);
                    const int start = static_cast<int>(message.indexOf(QStringLiteral("%1")));
                    const int end = start + static_cast<int>(written.mainPart.size());
                    const QStringList regions = inferredRegions(detector, text);
                    const bool found = covers(scanner.scan(text, regions), start, end);
                    const bool foundGiven = covers(scanner.scan(text, country.region), start, end);
                    scans += 2;
                    every.count(found);
                    given.count(foundGiven);
                    byWay[written.way].count(found);
                    if (written.way == u"national") {
                        national.count(found);
                        none.count(covers(scanner.scan(text, QStringList()), start, end));
                        ++scans;
                    }
                    if (!found && showMisses)
                        out << "  missed " << country.region << " " << written.way << " ["
                            << regions.join(u',') << "]: " << text << "\n";
                }
            }
        }
        nationalAll.total += national.total;
        nationalAll.found += national.found;
        everyAll.total += every.total;
        everyAll.found += every.found;
        givenAll.total += given.total;
        givenAll.found += given.found;
        noneAll.total += none.total;
        noneAll.found += none.found;
        out << country.region << qSetFieldWidth(18) << national.percent() << qSetFieldWidth(22)
            << every.percent() << qSetFieldWidth(26) << given.percent() << qSetFieldWidth(22)
            << none.percent() << qSetFieldWidth(9) << numbers.size() << qSetFieldWidth(0) << "\n";
    }
    out << "all" << qSetFieldWidth(17) << nationalAll.percent() << qSetFieldWidth(22)
        << everyAll.percent() << qSetFieldWidth(26) << givenAll.percent() << qSetFieldWidth(22)
        << noneAll.percent() << qSetFieldWidth(0) << "\n\nway of writing (inferred)\n";
    for (const auto &[way, tally] : byWay)
        out << "  " << way << ": " << tally.percent() << " of " << tally.total << "\n";

    Tally falseFindings;
    QStringList flagged;
    for (const Country &country : countries()) {
        for (const QString &id : ids()) {
            for (const QString &message : country.idMessages) {
                const QString text = message.arg(id);
                const auto findings = scanner.scan(text, inferredRegions(detector, text));
                ++scans;
                const bool wrong =
                    std::any_of(findings.cbegin(), findings.cend(),
                                [](const Triage::PiiFinding &f) { return f.kind == u"phone"; });
                falseFindings.count(wrong);
                if (wrong && !flagged.contains(country.region + QLatin1Char(' ') + id))
                    flagged.append(country.region + QLatin1Char(' ') + id);
            }
        }
    }
    out << "\nids taken for a phone number: " << falseFindings.found << " of "
        << falseFindings.total << " messages (" << falseFindings.percent() << ")\n";
    for (const QString &id : std::as_const(flagged))
        out << "  " << id << "\n";
    out << "\n" << scans << " scans in " << timer.elapsed() << " ms (with language detection)\n";
    return 0;
}

#include "PhoneRegions.h"

#include <QHash>

#include <phonenumbers/phonenumberutil.h>

#include <set>

namespace CareDesk::Triage {

namespace {

// Where each language's customers mostly write from, most customers first. A short list: each
// country more is one more way a stray run of digits could read as a phone number.
const QHash<QString, QStringList> &languageRegions()
{
    static const QHash<QString, QStringList> regions = {
        {QStringLiteral("en"),
         {QStringLiteral("US"), QStringLiteral("GB"), QStringLiteral("IN"), QStringLiteral("CA"),
          QStringLiteral("AU"), QStringLiteral("IE"), QStringLiteral("NZ"), QStringLiteral("ZA")}},
        {QStringLiteral("de"), {QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH")}},
        {QStringLiteral("es"),
         {QStringLiteral("ES"), QStringLiteral("MX"), QStringLiteral("AR"), QStringLiteral("CO"),
          QStringLiteral("CL"), QStringLiteral("PE"), QStringLiteral("US")}},
        {QStringLiteral("pt"), {QStringLiteral("BR"), QStringLiteral("PT")}},
        {QStringLiteral("fr"),
         {QStringLiteral("FR"), QStringLiteral("BE"), QStringLiteral("CA"), QStringLiteral("CH")}},
        {QStringLiteral("it"), {QStringLiteral("IT"), QStringLiteral("CH")}},
        {QStringLiteral("hi"), {QStringLiteral("IN")}},
        {QStringLiteral("nl"), {QStringLiteral("NL"), QStringLiteral("BE")}},
        {QStringLiteral("pl"), {QStringLiteral("PL")}},
        {QStringLiteral("sv"), {QStringLiteral("SE")}},
        {QStringLiteral("da"), {QStringLiteral("DK")}},
        {QStringLiteral("tr"), {QStringLiteral("TR")}},
        {QStringLiteral("ja"), {QStringLiteral("JP")}},
        {QStringLiteral("ko"), {QStringLiteral("KR")}},
        {QStringLiteral("zh"), {QStringLiteral("CN"), QStringLiteral("TW"), QStringLiteral("HK")}},
        {QStringLiteral("ar"),
         {QStringLiteral("SA"), QStringLiteral("AE"), QStringLiteral("EG"), QStringLiteral("MA")}},
    };
    return regions;
}

} // namespace

QStringList PhoneRegions::forLanguage(const QString &language)
{
    const QString base = language.section(QLatin1Char('-'), 0, 0)
                             .section(QLatin1Char('_'), 0, 0)
                             .trimmed()
                             .toLower();
    return languageRegions().value(base);
}

QString PhoneRegions::ofLocale(const QLocale &locale)
{
    if (locale.language() == QLocale::C || locale.territory() == QLocale::AnyTerritory)
        return {};
    const QString code = QLocale::territoryToCode(locale.territory());
    return code.size() == 2 ? code : QString();
}

QStringList PhoneRegions::inOrder(const QStringList &known, const QStringList &languages)
{
    QStringList regions;
    const auto add = [&](const QString &region) {
        const QString code = region.trimmed().toUpper();
        if (code.size() == 2 && !regions.contains(code))
            regions.append(code);
    };
    for (const QString &region : known)
        add(region);
    for (const QString &language : languages) {
        for (const QString &region : forLanguage(language))
            add(region);
    }
    return regions;
}

QStringList PhoneRegions::supported()
{
    std::set<std::string> regions;
    i18n::phonenumbers::PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    QStringList result;
    result.reserve(static_cast<qsizetype>(regions.size()));
    for (const std::string &region : regions)
        result.append(QString::fromStdString(region));
    return result;
}

} // namespace CareDesk::Triage

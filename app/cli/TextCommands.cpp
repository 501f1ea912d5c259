// Commands that check single texts: language, personal data, length.

#include "Commands.h"
#include "JsonLines.h"

#include "text/PlatformLength.h"
#include "triage/LanguageDetector.h"
#include "triage/PhoneRegions.h"
#include "triage/PiiScanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QLocale>

#include <iostream>

namespace CareDesk::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(caredesk_cli)
};

auto missingText() -> Core::Error
{
    return {QCoreApplication::translate("caredesk_cli", "the field \"text\" must be a string"),
            QString()};
}

} // namespace

int detectLanguage(const QCommandLineParser &)
{
    const Triage::LanguageDetector detector;
    return processJsonLines(
        std::cin, std::cout, [&](const QJsonObject &in) -> Core::Result<QJsonObject> {
            const QJsonValue text = in.value(QLatin1String("text"));
            if (!text.isString())
                return missingText();
            const Triage::LanguageResult result =
                detector.detect(text.toString(), in.value(QLatin1String("hint")).toString(),
                                in.value(QLatin1String("customerLanguage")).toString());
            return QJsonObject{{QStringLiteral("lang"), result.code},
                               {QStringLiteral("reliable"), result.reliable},
                               {QStringLiteral("source"), Triage::toString(result.source)}};
        });
}

int scanPii(const QCommandLineParser &parser)
{
    QList<Triage::PiiPattern> patterns;
    if (parser.isSet(QStringLiteral("patterns"))) {
        QFile file(parser.value(QStringLiteral("patterns")));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Tr::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        auto loaded = Triage::PiiScanner::patternsFromJson(file.readAll());
        if (!loaded)
            return fail(loaded.error().userMessage + QLatin1Char(' ') + loaded.error().detail);
        patterns = loaded.value();
    }
    const Triage::PiiScanner scanner(patterns);
    const QString defaultRegion = parser.value(QStringLiteral("region"));
    // After the given country: this computer's, then those of the text's language.
    const QString systemRegion = Triage::PhoneRegions::ofLocale(QLocale::system());
    const Triage::LanguageDetector detector;
    return processJsonLines(
        std::cin, std::cout, [&](const QJsonObject &in) -> Core::Result<QJsonObject> {
            const QJsonValue text = in.value(QLatin1String("text"));
            if (!text.isString())
                return missingText();
            const QStringList known{
                in.value(QLatin1String("region")).toString(),
                Triage::PiiScanner::regionFromLocale(in.value(QLatin1String("locale")).toString()),
                defaultRegion, systemRegion};
            const Triage::LanguageResult language =
                detector.detect(text.toString(), in.value(QLatin1String("hint")).toString(), {});
            const QStringList regions = Triage::PhoneRegions::inOrder(known, {language.code});
            QJsonArray findings;
            for (const Triage::PiiFinding &finding : scanner.scan(text.toString(), regions)) {
                findings.append(QJsonObject{{QStringLiteral("kind"), finding.kind},
                                            {QStringLiteral("start"), finding.start},
                                            {QStringLiteral("end"), finding.end},
                                            {QStringLiteral("match"), finding.match}});
            }
            return QJsonObject{{QStringLiteral("findings"), findings}};
        });
}

int measure(const QCommandLineParser &parser)
{
    const QString platformName = parser.value(QStringLiteral("platform"));
    Text::TextPlatform platform = Text::TextPlatform::Twitter;
    if (platformName == u"facebook")
        platform = Text::TextPlatform::Facebook;
    else if (platformName == u"messenger")
        platform = Text::TextPlatform::Messenger;
    else if (platformName != u"twitter")
        return fail(Tr::tr("--platform must be twitter, facebook or messenger"));

    const auto toJson = [](const Text::TextMeasure &m) {
        return QJsonObject{{QStringLiteral("weightedLength"), m.weightedLength},
                           {QStringLiteral("valid"), m.valid},
                           {QStringLiteral("permillage"), m.permillage},
                           {QStringLiteral("limit"), m.limit}};
    };
    if (parser.isSet(QStringLiteral("text"))) {
        writeJsonLine(std::cout,
                      toJson(Text::measureText(parser.value(QStringLiteral("text")), platform)));
        return 0;
    }
    return processJsonLines(std::cin, std::cout,
                            [&](const QJsonObject &in) -> Core::Result<QJsonObject> {
                                const QJsonValue text = in.value(QLatin1String("text"));
                                if (!text.isString())
                                    return missingText();
                                return toJson(Text::measureText(text.toString(), platform));
                            });
}

} // namespace CareDesk::Cli

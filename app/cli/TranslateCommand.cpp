// caredesk-cli translate: each text in another language, on this computer (Apertium).

#include "Commands.h"
#include "JsonLines.h"

#include "translation/ApertiumTranslator.h"
#include "triage/LanguageDetector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

#include <iostream>

namespace CareDesk::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(caredesk_cli)
};

} // namespace

int translate(const QCommandLineParser &parser)
{
    const QString to = parser.value(QStringLiteral("to"));
    if (to.isEmpty())
        return fail(Tr::tr("translate needs --to LANGUAGE, e.g. --to en"));
    const QString provider = parser.value(QStringLiteral("provider"));
    if (provider != u"apertium")
        return fail(Tr::tr("the provider \"%1\" is not available; this version translates with "
                           "apertium")
                        .arg(provider));
    const Translation::ApertiumTranslator apertium;
    if (!apertium.problem().isEmpty())
        return fail(apertium.problem());
    const QString fixedFrom = parser.value(QStringLiteral("from"));
    const Triage::LanguageDetector detector;
    return processJsonLines(
        std::cin, std::cout, [&](const QJsonObject &in) -> Core::Result<QJsonObject> {
            const QJsonValue text = in.value(QLatin1String("text"));
            if (!text.isString())
                return Core::Error{Tr::tr("the field \"text\" must be a string"), QString()};
            QString from = fixedFrom;
            if (from.isEmpty()) {
                const auto detected = detector.detect(text.toString(), QString(), QString());
                if (!detected.reliable)
                    return Core::Error{Tr::tr("the text's language is not clear; give --from"),
                                       detected.code};
                from = detected.code;
            }
            auto translated = apertium.translate(text.toString(), from, to);
            if (!translated)
                return translated.error();
            QJsonObject out{{QStringLiteral("text"), translated.value().text},
                            {QStringLiteral("from"), translated.value().from},
                            {QStringLiteral("to"), translated.value().to},
                            {QStringLiteral("provider"), translated.value().provider}};
            if (!translated.value().via.isEmpty())
                out.insert(QStringLiteral("via"),
                           QJsonArray::fromStringList(translated.value().via));
            return out;
        });
}

} // namespace CareDesk::Cli

// caredesk-cli translate: each text in another language, on this computer (Apertium) or by a
// translation service (LibreTranslate, DeepL) that a provider file names.

#include "Commands.h"
#include "JsonLines.h"

#include "net/HttpTransport.h"
#include "security/CredentialStore.h"
#include "translation/GuardedTranslation.h"
#include "translation/ProviderConfig.h"
#include "triage/LanguageDetector.h"
#include "triage/PiiScanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

#include <iostream>

namespace CareDesk::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(caredesk_cli)
};

// The provider file if one is given, else the provider named by --provider alone.
Core::Result<Translation::ProviderConfig> providerConfig(const QCommandLineParser &parser)
{
    const QString named = parser.value(QStringLiteral("provider"));
    if (parser.isSet(QStringLiteral("config"))) {
        auto config = Translation::ProviderConfig::fromFile(parser.value(QStringLiteral("config")));
        if (config && parser.isSet(QStringLiteral("provider")) && config.value().provider != named)
            return Core::Error{Tr::tr("--provider %1 and the provider file's \"%2\" differ")
                                   .arg(named, config.value().provider),
                               QString()};
        return config;
    }
    if (named == u"apertium")
        return Translation::ProviderConfig{};
    if (named == u"libretranslate" || named == u"deepl")
        return Core::Error{Tr::tr("%1 needs --config FILE naming its address and key, e.g. "
                                  "{\"provider\":\"%1\",\"apiBaseUrl\":\"https://...\","
                                  "\"credential\":{\"keychain\":\"caredesk/translation/%1\"}}")
                               .arg(named),
                           QString()};
    return Core::Error{
        Tr::tr("the provider \"%1\" is not known; use apertium, libretranslate or deepl")
            .arg(named),
        QString()};
}

// The provider's key from the keychain or the environment, as its file names; empty if none.
Core::Result<QString> providerKey(const Translation::ProviderConfig &config)
{
    if (!config.environmentVariable.isEmpty()) {
        const QString key =
            qEnvironmentVariable(config.environmentVariable.toLocal8Bit().constData());
        if (key.isEmpty())
            return Core::Error{Tr::tr("the environment variable %1 that should hold the "
                                      "translation service's key is empty")
                                   .arg(config.environmentVariable),
                               QString()};
        return key;
    }
    if (config.keychainKey.isEmpty())
        return QString();
    Security::KeychainCredentialStore keychain;
    Core::Result<QString> key = Core::Error{};
    QEventLoop loop;
    bool answered = false;
    keychain.read(config.keychainKey, &loop, [&](Core::Result<QString> read) {
        key = std::move(read);
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return key;
}

} // namespace

int translate(const QCommandLineParser &parser)
{
    const QString to = parser.value(QStringLiteral("to"));
    if (to.isEmpty())
        return fail(Tr::tr("translate needs --to LANGUAGE, e.g. --to en"));
    auto config = providerConfig(parser);
    if (!config)
        return fail(config.error().userMessage + QStringLiteral(" ") + config.error().detail);
    auto key = providerKey(config.value());
    if (!key)
        return fail(key.error().userMessage);
    Net::HttpTransport transport;
    auto translator = Translation::makeTranslator(
        config.value(), key.value(),
        [&transport](const Sdk::HttpRequest &request) { return transport.run(request); });
    if (!translator)
        return fail(translator.error().userMessage);
    const QString fixedFrom = parser.value(QStringLiteral("from"));
    const Triage::LanguageDetector detector;
    const Triage::PiiScanner scanner;
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
            const auto done = Translation::translateGuarded(*translator.value(), scanner, {},
                                                            text.toString(), from, to);
            if (!done.result)
                return done.result.error();
            const Translation::Translated &translated = done.result.value();
            QJsonObject out{{QStringLiteral("text"), translated.text},
                            {QStringLiteral("from"), translated.from},
                            {QStringLiteral("to"), translated.to},
                            {QStringLiteral("provider"), translated.provider}};
            if (!translated.via.isEmpty())
                out.insert(QStringLiteral("via"), QJsonArray::fromStringList(translated.via));
            if (done.hidden > 0)
                out.insert(QStringLiteral("personalDataHidden"), done.hidden);
            return out;
        });
}

} // namespace CareDesk::Cli

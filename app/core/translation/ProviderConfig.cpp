#include "ProviderConfig.h"

#include "ApertiumTranslator.h"
#include "security/CleartextUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace CareDesk::Translation {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Translation::ProviderConfig)
};

const QStringList &providers()
{
    static const QStringList names{QStringLiteral("apertium"), QStringLiteral("libretranslate"),
                                   QStringLiteral("deepl"), QStringLiteral("off")};
    return names;
}

} // namespace

Result<ProviderConfig> ProviderConfig::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error{Tr::tr("The translation settings are not a JSON object."),
                     parseError.errorString()};
    const QJsonObject object = document.object();
    ProviderConfig config;
    config.provider = object.value(QLatin1String("provider")).toString();
    if (!providers().contains(config.provider))
        return Error{Tr::tr("The translation settings name no known provider (\"provider\": "
                            "\"apertium\", \"libretranslate\", \"deepl\" or \"off\")."),
                     config.provider};
    const QJsonValue credential = object.value(QLatin1String("credential"));
    if (!credential.isUndefined() && !credential.isObject())
        return Error{
            Tr::tr("\"credential\" must name a keychain entry or an environment variable."), {}};
    for (const char *secret : {"key", "apiKey", "api_key", "authKey", "token", "secret"}) {
        if (object.contains(QLatin1String(secret)) ||
            credential.toObject().contains(QLatin1String(secret)))
            return Error{Tr::tr("The translation settings hold a secret (\"%1\"). Keep it in the "
                                "keychain and name the entry in \"credential\".")
                             .arg(QLatin1String(secret)),
                         {}};
    }
    config.keychainKey = credential.toObject().value(QLatin1String("keychain")).toString();
    config.environmentVariable = credential.toObject().value(QLatin1String("env")).toString();
    config.apiBaseUrl = QUrl(object.value(QLatin1String("apiBaseUrl")).toString());
    if (config.provider == u"libretranslate" && !config.apiBaseUrl.isValid())
        return Error{Tr::tr("LibreTranslate needs the address of its server (\"apiBaseUrl\")."),
                     {}};
    if (!config.apiBaseUrl.isEmpty() && !Security::keepsSecretsPrivate(config.apiBaseUrl))
        return Error{Tr::tr("\"apiBaseUrl\" must be an https:// address: customer text would "
                            "cross the network unencrypted. Plain http:// is taken only on this "
                            "machine (localhost, 127.0.0.1, ::1)."),
                     config.apiBaseUrl.host()};
    if (config.needsKey() && config.keychainKey.isEmpty() && config.environmentVariable.isEmpty())
        return Error{Tr::tr("DeepL needs an API key: name its keychain entry in \"credential\"."),
                     {}};
    return config;
}

Result<ProviderConfig> ProviderConfig::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("The translation settings %1 could not be read.").arg(path),
                     file.errorString()};
    auto config = fromJson(file.readAll());
    if (!config)
        return Error{config.error().userMessage,
                     path + QStringLiteral(": ") + config.error().detail};
    return config;
}

QByteArray ProviderConfig::toJson() const
{
    QJsonObject object{{QStringLiteral("provider"), provider}};
    if (!apiBaseUrl.isEmpty())
        object.insert(QStringLiteral("apiBaseUrl"), apiBaseUrl.toString());
    if (!keychainKey.isEmpty())
        object.insert(QStringLiteral("credential"),
                      QJsonObject{{QStringLiteral("keychain"), keychainKey}});
    else if (!environmentVariable.isEmpty())
        object.insert(QStringLiteral("credential"),
                      QJsonObject{{QStringLiteral("env"), environmentVariable}});
    return QJsonDocument(object).toJson();
}

QString ProviderConfig::pathIn(const QString &workspaceDirectory)
{
    return QDir(workspaceDirectory).absoluteFilePath(QStringLiteral("translation.json"));
}

Result<ProviderConfig> ProviderConfig::ofWorkspace(const QString &workspaceDirectory)
{
    if (!QFile::exists(pathIn(workspaceDirectory)))
        return ProviderConfig{};
    return fromFile(pathIn(workspaceDirectory));
}

Result<void> ProviderConfig::saveIn(const QString &workspaceDirectory) const
{
    QSaveFile file(pathIn(workspaceDirectory));
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit())
        return Error{Tr::tr("The translation settings could not be saved."), file.errorString()};
    return {};
}

QString ProviderConfig::defaultKeychainKey(const QString &provider)
{
    return QStringLiteral("caredesk/translation/") + provider;
}

QString providerName(const QString &provider)
{
    if (provider == u"apertium")
        return QStringLiteral("Apertium");
    if (provider == u"libretranslate")
        return QStringLiteral("LibreTranslate");
    if (provider == u"deepl")
        return QStringLiteral("DeepL");
    return provider;
}

QString whereTextGoes(const ProviderConfig &config)
{
    if (config.provider == u"off")
        return Tr::tr("Translation is off: no text is translated.");
    if (config.provider == u"apertium")
        return Tr::tr("Apertium translates on this computer: no customer or agent text leaves it.");
    const QString host = config.apiBaseUrl.isEmpty() ? QString() : config.apiBaseUrl.host();
    if (config.provider == u"libretranslate")
        return Tr::tr("Messages you translate and the replies you write are sent to the "
                      "LibreTranslate server at %1. Personal data (e-mail addresses, phone and "
                      "card numbers, the team's own identifiers) is replaced by placeholders "
                      "first.")
            .arg(host);
    return Tr::tr("Messages you translate and the replies you write are sent to DeepL's cloud "
                  "service (%1). Personal data (e-mail addresses, phone and card numbers, the "
                  "team's own identifiers) is replaced by placeholders first.")
        .arg(host.isEmpty() ? QStringLiteral("api.deepl.com") : host);
}

Result<std::unique_ptr<Translator>> makeTranslator(const ProviderConfig &config,
                                                   const QString &secret, HttpSend send)
{
    if (config.provider == u"apertium") {
        auto apertium = std::make_unique<ApertiumTranslator>();
        if (!apertium->problem().isEmpty())
            return Error{apertium->problem(), {}};
        return std::unique_ptr<Translator>(std::move(apertium));
    }
    if (config.provider == u"libretranslate")
        return std::unique_ptr<Translator>(
            std::make_unique<LibreTranslateTranslator>(config.apiBaseUrl, secret, std::move(send)));
    if (config.provider == u"deepl") {
        if (secret.isEmpty())
            return Error{Tr::tr("DeepL needs an API key; enter it in Settings › Translation."), {}};
        return std::unique_ptr<Translator>(
            std::make_unique<DeepLTranslator>(config.apiBaseUrl, secret, std::move(send)));
    }
    return Error{Tr::tr("Translation is off in this workspace's settings."), {}};
}

} // namespace CareDesk::Translation

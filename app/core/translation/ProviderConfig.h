#pragma once

#include "RemoteTranslator.h"
#include "Result.h"

#include <QUrl>

#include <memory>

namespace CareDesk::Translation {

// Which translation service a workspace uses, in the channel-file form and never holding the
// secret: {"provider":"libretranslate","apiBaseUrl":"https://lt.example.org",
// "credential":{"keychain":"caredesk/translation/libretranslate"}} ("env" instead of "keychain"
// for scripts). Apertium needs nothing else; LibreTranslate's key is optional; DeepL's is not.
// The workspace keeps it as translation.json beside its database; no file means Apertium.
struct ProviderConfig
{
    QString provider = QStringLiteral("apertium"); // "apertium", "libretranslate", "deepl", "off"
    QUrl apiBaseUrl;
    QString keychainKey;
    QString environmentVariable;

    bool staysOnDevice() const { return provider == u"apertium" || provider == u"off"; }
    bool needsKey() const { return provider == u"deepl"; }
    QByteArray toJson() const;

    static Core::Result<ProviderConfig> fromJson(const QByteArray &json);
    static Core::Result<ProviderConfig> fromFile(const QString &path);
    // The workspace's choice (translation.json beside its database).
    static QString pathIn(const QString &workspaceDirectory);
    static Core::Result<ProviderConfig> ofWorkspace(const QString &workspaceDirectory);
    Core::Result<void> saveIn(const QString &workspaceDirectory) const;
    // The keychain entry the settings offer for a provider's key.
    static QString defaultKeychainKey(const QString &provider);
};

// The service by its own name: "Apertium", "LibreTranslate", "DeepL".
QString providerName(const QString &provider);

// A one-line statement for the settings: where customer text goes with this provider.
QString whereTextGoes(const ProviderConfig &config);

// The translator a configuration names; `secret` is its key (empty where none is needed).
Core::Result<std::unique_ptr<Translator>> makeTranslator(const ProviderConfig &config,
                                                         const QString &secret, HttpSend send);

} // namespace CareDesk::Translation

#pragma once

#include "Translator.h"

#include <sdk/ChannelPlugin.h>

#include <QMutex>
#include <QUrl>

#include <functional>

namespace CareDesk::Translation {

// Sends one HTTP request and waits for its answer (Net::HttpTransport::run in the app).
using HttpSend = std::function<Sdk::HttpResponse(const Sdk::HttpRequest &)>;

// A translation service reached over HTTP: customer text leaves this computer. What the
// services share lives here: the size limit checked before anything is sent, the timeout, and
// errors in words an agent can act on (a wrong key, a used-up quota, too many requests, no
// answer).
class RemoteTranslator : public Translator
{
public:
    bool staysOnDevice() const override { return false; }
    QStringList directions() const override;

    // Where requests go, without any key (for the settings and the audit trail).
    QUrl baseUrl() const { return m_baseUrl; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    // Longer texts are refused here, before they are sent: services cap a request's size, and
    // a social message is far shorter.
    static constexpr int MAX_CHARACTERS = 5000;

protected:
    RemoteTranslator(QUrl baseUrl, QString key, HttpSend send);

    // POSTs a JSON body to `path` under the base address; an answer that is not 2xx becomes an
    // error naming the cause. `headers` are added to the request.
    Core::Result<QByteArray> post(const QString &path, const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers) const;
    Core::Result<QByteArray> get(const QString &pathAndQuery,
                                 const QList<QPair<QByteArray, QByteArray>> &headers) const;
    // Refuses an empty or oversized text before it is sent.
    std::optional<Core::Error> refuseText(const QString &text) const;
    // The directions the service lists; asked once, when first needed.
    virtual Core::Result<QStringList> fetchDirections() const = 0;
    // The message in a service's error body, if it has one.
    virtual QString errorMessageIn(const QByteArray &body) const = 0;

    const QString &key() const { return m_key; }

private:
    Core::Result<QByteArray> exchange(Sdk::HttpRequest request) const;
    Core::Error errorFor(const Sdk::HttpResponse &response) const;

    QUrl m_baseUrl;
    QString m_key;
    HttpSend m_send;
    int m_timeoutMs = 20000;
    mutable QMutex m_directionsMutex;
    mutable QStringList m_directions;
};

// LibreTranslate, or any server with its API (/translate, /languages, /detect): a team can run
// it on its own server, so customer text goes no further than that. The API key is optional.
class LibreTranslateTranslator final : public RemoteTranslator
{
public:
    LibreTranslateTranslator(QUrl baseUrl, QString apiKey, HttpSend send);

    QString id() const override { return QStringLiteral("libretranslate"); }
    Core::Result<Translated> translate(const QString &text, const QString &from,
                                       const QString &to) const override;
    // The language the service reads in the text, ISO 639-1.
    Core::Result<QString> detect(const QString &text) const;

private:
    Core::Result<QStringList> fetchDirections() const override;
    QString errorMessageIn(const QByteArray &body) const override;
};

// DeepL's API, in the cloud, opt-in: free keys (ending in ":fx") use api-free.deepl.com, paid
// ones api.deepl.com, unless the settings name another address.
class DeepLTranslator final : public RemoteTranslator
{
public:
    DeepLTranslator(QUrl baseUrl, QString authKey, HttpSend send);

    // The endpoint that takes this key.
    static QUrl defaultBaseUrl(const QString &authKey);

    QString id() const override { return QStringLiteral("deepl"); }
    Core::Result<Translated> translate(const QString &text, const QString &from,
                                       const QString &to) const override;

private:
    Core::Result<QStringList> fetchDirections() const override;
    QString errorMessageIn(const QByteArray &body) const override;
    QList<QPair<QByteArray, QByteArray>> authorization() const;
};

} // namespace CareDesk::Translation

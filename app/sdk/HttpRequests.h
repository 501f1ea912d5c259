#pragma once

// Small helpers connectors share for talking to a platform API through ChannelHost::http().
// Header-only and Qt Core only, like the rest of the SDK.

#include "ChannelPlugin.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace CareDesk::Sdk {

using QueryItems = QList<QPair<QString, QString>>;

// The channel's "apiBaseUrl" setting without a trailing slash, or `platformDefault`.
inline QString apiBaseUrl(const ChannelHost &host, const QString &platformDefault)
{
    QString url = host.setting(QStringLiteral("apiBaseUrl"));
    if (url.isEmpty())
        url = platformDefault;
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

// The setting `key`, or `fallback` when it is not set.
inline QString settingOr(const ChannelHost &host, const QString &key, const QString &fallback)
{
    const QString value = host.setting(key);
    return value.isEmpty() ? fallback : value;
}

// The JSON of an answer, or why there is none: an HTTP error as `failureOf` sorts it (with
// `uncertain` set when the request may have arrived but no answer came), or an answer that is
// not JSON, which is Transient. `service` names the platform in the message.
template<typename FailureOf>
std::optional<QJsonDocument> jsonAnswer(const HttpResponse &response, FailureOf failureOf,
                                        const QString &service, Failure &failure,
                                        bool *uncertain = nullptr)
{
    if (response.status < 200 || response.status >= 300) {
        failure = failureOf(response);
        if (uncertain)
            *uncertain = response.status == 0 && response.requestMayHaveBeenSent;
        return std::nullopt;
    }
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    if (document.isNull()) {
        failure = {FailureKind::Transient,
                   QStringLiteral("%1 answered with something that is not JSON (%2).")
                       .arg(service, error.errorString()),
                   {}};
        return std::nullopt;
    }
    return document;
}

// Whether the channel names its account ("accountId") and has a secret; else `failure` says
// which is missing, in the platform's words.
inline bool hasAccountAndCredential(const ChannelHost &host, const QString &noAccount,
                                    const QString &noCredential, Failure &failure)
{
    if (host.setting(QStringLiteral("accountId")).isEmpty()) {
        failure = {FailureKind::Misconfigured, noAccount, {}};
        return false;
    }
    if (host.credential().isEmpty()) {
        failure = {FailureKind::Misconfigured, noCredential, {}};
        return false;
    }
    return true;
}

// A request to `url` with the query items percent-encoded as RFC 3986 asks (what OAuth 1.0a
// signs), a JSON body when one is given, and the channel's "timeoutSeconds" setting.
// `authorization` is the whole Authorization header value.
inline HttpRequest jsonRequest(const ChannelHost &host, const QByteArray &method,
                               const QString &url, const QueryItems &query,
                               const QByteArray &authorization, const QJsonObject &jsonBody = {})
{
    HttpRequest request;
    request.method = method;
    QUrl target(url);
    QUrlQuery urlQuery;
    for (const auto &[key, value] : query)
        urlQuery.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                              QString::fromLatin1(QUrl::toPercentEncoding(value)));
    target.setQuery(urlQuery.query(QUrl::FullyEncoded), QUrl::StrictMode);
    request.url = target;
    if (const int seconds = host.setting(QStringLiteral("timeoutSeconds")).toInt(); seconds > 0)
        request.timeoutMs = seconds * 1000;
    // In a header, never in the query string: URLs end up in proxies' logs.
    request.headers.append({QByteArray("Authorization"), authorization});
    request.headers.append({QByteArray("User-Agent"), QByteArray("CareDesk")});
    if (!jsonBody.isEmpty()) {
        request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        request.body = QJsonDocument(jsonBody).toJson(QJsonDocument::Compact);
    }
    return request;
}

} // namespace CareDesk::Sdk

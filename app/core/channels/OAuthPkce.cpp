#include "OAuthPkce.h"

#include "Clock.h"

#include "net/HttpTransport.h"
#include "security/CleartextUrl.h"
#include "security/SecretCompare.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace CareDesk::Channels {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Channels::OAuthPkce)
};

// Unguessable, URL-safe: 32 random bytes in base64url (43 characters, as RFC 7636 asks).
QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

Sdk::HttpRequest tokenRequest(const OAuthClient &client,
                              const QList<QPair<QString, QString>> &fields)
{
    Sdk::HttpRequest request;
    request.method = "POST";
    request.url = client.tokenUrl;
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                       {"User-Agent", "CareDesk"}};
    request.body = formBody(fields);
    return request;
}

// The customer's sign-in, codes and tokens never cross a network unencrypted.
std::optional<Error> cleartext(const QUrl &endpoint)
{
    if (Security::keepsSecretsPrivate(endpoint))
        return std::nullopt;
    return Error{Tr::tr("The platform's sign-in address is not https://: the sign-in and its "
                        "tokens would cross the network unencrypted."),
                 endpoint.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toDisplayString()};
}

Result<OAuthTokens> tokensFrom(const Sdk::HttpResponse &response, const QDateTime &now,
                               int assumedLifetimeSecs)
{
    if (response.status == 0)
        return Error{Tr::tr("The platform could not be reached to complete the sign-in."),
                     response.transportError};
    auto tokens = tokensFromResponse(response.status, response.body, now);
    if (tokens && !tokens.value().expiresAt.isValid() && assumedLifetimeSecs > 0)
        tokens.value().expiresAt = now.addSecs(assumedLifetimeSecs);
    return tokens;
}

} // namespace

QString OAuthTokens::toSecret() const
{
    QJsonObject object{{QStringLiteral("access_token"), accessToken}};
    if (!refreshToken.isEmpty())
        object.insert(QStringLiteral("refresh_token"), refreshToken);
    if (expiresAt.isValid())
        object.insert(QStringLiteral("expires_at"), expiresAt.toSecsSinceEpoch());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<OAuthTokens> OAuthTokens::fromSecret(const QString &secret)
{
    if (!secret.startsWith(u'{'))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(secret.toUtf8()).object();
    if (!object.value(QLatin1String("access_token")).isString())
        return std::nullopt;
    OAuthTokens tokens;
    tokens.accessToken = object.value(QLatin1String("access_token")).toString();
    tokens.refreshToken = object.value(QLatin1String("refresh_token")).toString();
    if (object.contains(QLatin1String("expires_at")))
        tokens.expiresAt = QDateTime::fromSecsSinceEpoch(
            object.value(QLatin1String("expires_at")).toInteger(), Qt::UTC);
    return tokens;
}

Result<OAuthTokens> tokensFromResponse(int status, const QByteArray &body, const QDateTime &now)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (status < 200 || status >= 300 || !object.value(QLatin1String("access_token")).isString()) {
        QString reason = object.value(QLatin1String("error_description")).toString();
        if (reason.isEmpty())
            reason = object.value(QLatin1String("error")).toString();
        return Error{Tr::tr("The platform did not accept the sign-in: %1")
                         .arg(reason.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : reason),
                     QStringLiteral("HTTP %1").arg(status)};
    }
    OAuthTokens tokens;
    tokens.accessToken = object.value(QLatin1String("access_token")).toString();
    tokens.refreshToken = object.value(QLatin1String("refresh_token")).toString();
    if (const qint64 seconds = object.value(QLatin1String("expires_in")).toInteger(); seconds > 0)
        tokens.expiresAt = now.addSecs(seconds);
    return tokens;
}

Result<OAuthTokens> refreshTokens(const OAuthClient &client, const QString &refreshToken,
                                  Net::HttpTransport &transport, const QDateTime &now)
{
    if (auto refused = cleartext(client.tokenUrl))
        return *refused;
    auto renewed =
        tokensFrom(transport.run(tokenRequest(
                       client, {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                {QStringLiteral("refresh_token"), refreshToken},
                                {QStringLiteral("client_id"), client.clientId}})),
                   now, client.assumedLifetimeSecs);
    // Some platforms hand out a new refresh token each time, others keep the old one valid.
    if (renewed && renewed.value().refreshToken.isEmpty())
        renewed.value().refreshToken = refreshToken;
    return renewed;
}

PkceAuthorization::PkceAuthorization(OAuthClient client, Net::HttpTransport &transport,
                                     const Core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(std::move(client))
    , m_transport(transport)
    , m_clock(clock)
{}

PkceAuthorization::~PkceAuthorization() = default;

QUrl PkceAuthorization::redirectUri() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/callback")
                    .arg(m_listener ? m_listener->serverPort() : 0));
}

Result<QUrl> PkceAuthorization::start()
{
    if (m_client.clientId.isEmpty())
        return Error{Tr::tr("The channel configuration names no OAuth client id (\"oauth\": "
                            "{\"clientId\": ...})."),
                     {}};
    for (const QUrl &endpoint : {m_client.authorizeUrl, m_client.tokenUrl}) {
        if (auto refused = cleartext(endpoint))
            return *refused;
    }
    m_listener = std::make_unique<QTcpServer>();
    if (!m_listener->listen(QHostAddress::LocalHost, m_client.redirectPort))
        return Error{Tr::tr("No local address could be opened for the browser to come back to."),
                     m_listener->errorString()};
    connect(m_listener.get(), &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                const QByteArray request = socket->peek(16384);
                if (!request.contains("\r\n\r\n"))
                    return;
                socket->readAll();
                const QList<QByteArray> requestLine =
                    request.left(request.indexOf("\r\n")).split(' ');
                const QUrl target = QUrl(QStringLiteral("http://127.0.0.1") +
                                         QString::fromLatin1(requestLine.value(1)));
                const bool isCallback =
                    requestLine.value(0) == "GET" && target.path() == u"/callback";
                // Plain text for the browser tab: nothing from the request is echoed back.
                const QByteArray page =
                    isCallback
                        ? Tr::tr("CareDesk received the answer. You can close this tab.").toUtf8()
                        : QByteArray("Not found");
                socket->write("HTTP/1.1 " + QByteArray(isCallback ? "200 OK" : "404 Not Found") +
                              "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: "
                              "close\r\nContent-Length: " +
                              QByteArray::number(page.size()) + "\r\n\r\n" + page);
                socket->disconnectFromHost();
                if (isCallback)
                    onCallback(target);
            });
        }
    });

    m_verifier = randomToken();
    m_state = randomToken();
    const QByteArray challenge =
        QCryptographicHash::hash(m_verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QUrl url = m_client.authorizeUrl;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"),
                       QString::fromLatin1(QUrl::toPercentEncoding(m_client.clientId)));
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(redirectUri().toString())));
    query.addQueryItem(QStringLiteral("scope"),
                       QString::fromLatin1(QUrl::toPercentEncoding(m_client.scopes)));
    query.addQueryItem(QStringLiteral("state"), m_state);
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

void PkceAuthorization::onCallback(const QUrl &target)
{
    if (m_done)
        return;
    const QUrlQuery query(target);
    if (!Security::sameSecret(
            query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8(),
            m_state.toUtf8())) {
        // Not the answer to our request (or a forged one): ignore it and keep waiting.
        return;
    }
    if (const QString denied = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        !denied.isEmpty()) {
        finish(
            Error{Tr::tr("The sign-in was not completed on the platform (%1).").arg(denied), {}});
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        finish(Error{Tr::tr("The platform came back without an authorisation code."), {}});
        return;
    }
    // The exchange runs on the transport's thread; nothing here waits for it.
    m_done = true;
    const quint64 exchangeId = m_transport.start(tokenRequest(
        m_client, {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                   {QStringLiteral("code"), code},
                   {QStringLiteral("client_id"), m_client.clientId},
                   {QStringLiteral("redirect_uri"), redirectUri().toString()},
                   {QStringLiteral("code_verifier"), m_verifier}}));
    connect(&m_transport, &Net::HttpTransport::finished, this,
            [this, exchangeId](quint64 id, const Sdk::HttpResponse &response) {
                if (id == exchangeId)
                    finish(tokensFrom(response, m_clock.now(), m_client.assumedLifetimeSecs));
            });
}

void PkceAuthorization::finish(Result<OAuthTokens> result)
{
    m_done = true;
    m_listener->close();
    disconnect(&m_transport, &Net::HttpTransport::finished, this, nullptr);
    Q_EMIT finished(result);
}

} // namespace CareDesk::Channels

#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace CareDesk::Channels::Twitter {

// OAuth 1.0a request signing (RFC 5849, HMAC-SHA1), for X accounts connected with user keys
// instead of OAuth 2.0.
struct OAuth1Credentials
{
    QString consumerKey;
    QString consumerSecret;
    QString token;
    QString tokenSecret;
};

using QueryItems = QList<QPair<QString, QString>>;

// RFC 3986 percent-encoding of UTF-8 bytes: only A-Z a-z 0-9 - . _ ~ stay as they are.
QByteArray percentEncode(const QString &text);

// The signature of a request: `parameters` are its query and form-body parameters together
// with the oauth_* ones (except oauth_signature). `baseUrl` has no query.
QByteArray oauth1Signature(const QByteArray &method, const QString &baseUrl,
                           const QueryItems &parameters, const QString &consumerSecret,
                           const QString &tokenSecret);

// The Authorization header value for a request, with a fresh nonce and the given time.
QByteArray oauth1Header(const QByteArray &method, const QString &baseUrl,
                        const QueryItems &queryAndForm, const OAuth1Credentials &credentials,
                        qint64 unixTime, const QString &nonce);

} // namespace CareDesk::Channels::Twitter

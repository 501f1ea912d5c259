#include "OAuth1.h"

#include <QMessageAuthenticationCode>

#include <algorithm>

namespace CareDesk::Channels::Twitter {

QByteArray percentEncode(const QString &text)
{
    return text.toUtf8().toPercentEncoding(QByteArray(), QByteArray(), '%');
}

QByteArray oauth1Signature(const QByteArray &method, const QString &baseUrl,
                           const QueryItems &parameters, const QString &consumerSecret,
                           const QString &tokenSecret)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    encoded.reserve(parameters.size());
    for (const auto &[key, value] : parameters)
        encoded.append({percentEncode(key), percentEncode(value)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray parameterString;
    for (const auto &[key, value] : encoded) {
        if (!parameterString.isEmpty())
            parameterString += '&';
        parameterString += key + '=' + value;
    }
    const QByteArray base = method.toUpper() + '&' + percentEncode(baseUrl) + '&' +
                            percentEncode(QString::fromLatin1(parameterString));
    const QByteArray key = percentEncode(consumerSecret) + '&' + percentEncode(tokenSecret);
    return QMessageAuthenticationCode::hash(base, key, QCryptographicHash::Sha1).toBase64();
}

QByteArray oauth1Header(const QByteArray &method, const QString &baseUrl,
                        const QueryItems &queryAndForm, const OAuth1Credentials &credentials,
                        qint64 unixTime, const QString &nonce)
{
    const QueryItems oauth{{QStringLiteral("oauth_consumer_key"), credentials.consumerKey},
                           {QStringLiteral("oauth_nonce"), nonce},
                           {QStringLiteral("oauth_signature_method"), QStringLiteral("HMAC-SHA1")},
                           {QStringLiteral("oauth_timestamp"), QString::number(unixTime)},
                           {QStringLiteral("oauth_token"), credentials.token},
                           {QStringLiteral("oauth_version"), QStringLiteral("1.0")}};
    const QByteArray signature = oauth1Signature(
        method, baseUrl, queryAndForm + oauth, credentials.consumerSecret, credentials.tokenSecret);
    QByteArray header = "OAuth ";
    QueryItems all = oauth;
    all.append({QStringLiteral("oauth_signature"), QString::fromLatin1(signature)});
    std::sort(all.begin(), all.end());
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (i)
            header += ", ";
        header += percentEncode(all.at(i).first) + "=\"" + percentEncode(all.at(i).second) + '"';
    }
    return header;
}

} // namespace CareDesk::Channels::Twitter

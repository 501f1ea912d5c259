#pragma once

#include "Result.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QTcpServer;

namespace CareDesk::Core {
class Clock;
}
namespace CareDesk::Net {
class HttpTransport;
}

namespace CareDesk::Channels {

// The app as an OAuth 2.0 client of a platform (X): who it is and where to ask.
struct OAuthClient
{
    QString clientId;
    QUrl authorizeUrl; // the page the customer's browser opens
    QUrl tokenUrl;     // where codes and refresh tokens are exchanged
    QString scopes;    // space-separated
    // For platforms whose tokens say nothing of when they expire (Salesforce ends a session
    // after a time the org sets): they are renewed after this long. 0: such tokens never are.
    int assumedLifetimeSecs = 0;
    // The loopback port the browser comes back to; 0: any free one. For platforms that compare
    // the callback address exactly (Salesforce), the one registered there.
    quint16 redirectPort = 0;
};

// What the keychain keeps for an OAuth channel. Only the access token is ever handed to a
// connector.
struct OAuthTokens
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // invalid: does not expire

    QString toSecret() const;
    // Tokens stored by toSecret(); nullopt for any other secret (a plain token, OAuth 1.0a keys).
    static std::optional<OAuthTokens> fromSecret(const QString &secret);
    bool expiresBefore(const QDateTime &time) const
    {
        return expiresAt.isValid() && expiresAt <= time;
    }
};

// The token endpoint's answer ({"access_token","refresh_token","expires_in",...}) as tokens.
Core::Result<OAuthTokens> tokensFromResponse(int status, const QByteArray &body,
                                             const QDateTime &now);

// Exchanges a refresh token for new tokens. Waits for the answer.
Core::Result<OAuthTokens> refreshTokens(const OAuthClient &client, const QString &refreshToken,
                                        Net::HttpTransport &transport, const QDateTime &now);

// Connecting an account from a desktop: the authorisation code flow with PKCE (RFC 7636) and a
// redirect to a one-off listener on the loopback address (RFC 8252), so that no secret of the
// app is needed and the code cannot be used by anyone who intercepts it.
class PkceAuthorization final : public QObject
{
    Q_OBJECT

public:
    // `clock` dates the tokens (when they expire); it and `transport` must outlive this.
    PkceAuthorization(OAuthClient client, Net::HttpTransport &transport, const Core::Clock &clock,
                      QObject *parent = nullptr);
    ~PkceAuthorization() override;

    // Starts listening on 127.0.0.1 and returns the address the browser must open.
    Core::Result<QUrl> start();
    QUrl redirectUri() const;

Q_SIGNALS:
    // Once, when the browser came back and the code was exchanged, or the attempt failed.
    void finished(const CareDesk::Core::Result<CareDesk::Channels::OAuthTokens> &tokens);

private:
    void onCallback(const QUrl &target);
    void finish(Core::Result<OAuthTokens> result);

    OAuthClient m_client;
    Net::HttpTransport &m_transport;
    const Core::Clock &m_clock;
    std::unique_ptr<QTcpServer> m_listener;
    QString m_verifier;
    QString m_state;
    bool m_done = false;
};

} // namespace CareDesk::Channels

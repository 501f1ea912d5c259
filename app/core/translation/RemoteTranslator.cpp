#include "RemoteTranslator.h"

#include <QCoreApplication>

namespace CareDesk::Translation {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Translation::RemoteTranslator)
};

// "https://host/api" and "https://host/api/" both put /translate under /api/.
QUrl asDirectory(QUrl url)
{
    if (!url.path().endsWith(u'/'))
        url.setPath(url.path() + u'/');
    return url;
}

} // namespace

RemoteTranslator::RemoteTranslator(QUrl baseUrl, QString key, HttpSend send)
    : m_baseUrl(asDirectory(std::move(baseUrl)))
    , m_key(std::move(key))
    , m_send(std::move(send))
{}

QStringList RemoteTranslator::directions() const
{
    const QMutexLocker lock(&m_directionsMutex);
    if (m_directions.isEmpty()) {
        if (auto fetched = fetchDirections())
            m_directions = fetched.value();
    }
    return m_directions;
}

std::optional<Core::Error> RemoteTranslator::refuseText(const QString &text) const
{
    if (text.trimmed().isEmpty())
        return Core::Error{Tr::tr("There is no text to translate."), QString()};
    if (text.size() > MAX_CHARACTERS)
        return Core::Error{Tr::tr("The text is too long to translate (%1 characters; at most %2 "
                                  "go to a translation service at once).")
                               .arg(text.size())
                               .arg(MAX_CHARACTERS),
                           QString()};
    return std::nullopt;
}

Core::Result<QByteArray>
RemoteTranslator::post(const QString &path, const QByteArray &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    Sdk::HttpRequest request;
    request.method = "POST";
    request.url = m_baseUrl.resolved(QUrl(path));
    request.headers = headers;
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    request.body = body;
    return exchange(std::move(request));
}

Core::Result<QByteArray>
RemoteTranslator::get(const QString &pathAndQuery,
                      const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    Sdk::HttpRequest request;
    request.url = m_baseUrl.resolved(QUrl(pathAndQuery));
    request.headers = headers;
    return exchange(std::move(request));
}

Core::Result<QByteArray> RemoteTranslator::exchange(Sdk::HttpRequest request) const
{
    request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    request.timeoutMs = m_timeoutMs;
    request.maxResponseBytes = 4 * 1024 * 1024;
    const Sdk::HttpResponse response = m_send(request);
    if (response.status >= 200 && response.status < 300)
        return response.body;
    return errorFor(response);
}

Core::Error RemoteTranslator::errorFor(const Sdk::HttpResponse &response) const
{
    const QString origin = m_baseUrl
                               .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath |
                                         QUrl::RemoveQuery | QUrl::RemoveFragment)
                               .toDisplayString();
    if (response.status == 0)
        return {Tr::tr("The translation service at %1 did not answer.").arg(origin),
                response.transportError};
    const QString said = errorMessageIn(response.body).left(300);
    const QString detail = QStringLiteral("HTTP %1%2")
                               .arg(response.status)
                               .arg(said.isEmpty() ? QString() : QStringLiteral(": ") + said);
    switch (response.status) {
    case 401:
    case 403:
        return {Tr::tr("The translation service refused the API key. Check the key in Settings "
                       "› Translation."),
                detail};
    case 456:
        return {Tr::tr("The translation service's quota is used up for this period."), detail};
    case 429: {
        const QByteArray retryAfter = response.header("retry-after");
        return {retryAfter.isEmpty()
                    ? Tr::tr("The translation service is receiving too many requests; try again "
                             "in a moment.")
                    : Tr::tr("The translation service is receiving too many requests; try again "
                             "in %1 s.")
                          .arg(QString::fromLatin1(retryAfter)),
                detail};
    }
    case 413:
        return {Tr::tr("The text is too long for the translation service."), detail};
    default:
        break;
    }
    if (response.status >= 500)
        return {Tr::tr("The translation service had a problem (HTTP %1); try again later.")
                    .arg(response.status),
                detail};
    return {said.isEmpty() ? Tr::tr("The translation service refused the request.")
                           : Tr::tr("The translation service refused the request: %1").arg(said),
            detail};
}

} // namespace CareDesk::Translation

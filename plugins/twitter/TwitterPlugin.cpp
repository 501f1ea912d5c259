#include "TwitterPlugin.h"

#include "OAuth1.h"
#include "XApi.h"

#include <sdk/HttpRequests.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace CareDesk::Channels::Twitter {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Channels::Twitter::TwitterPlugin)
};

using Sdk::Failure;
using Sdk::FailureKind;

const char *const TWEET_FIELDS =
    "author_id,conversation_id,created_at,in_reply_to_user_id,lang,referenced_tweets";
const char *const USER_FIELDS = "name,username,public_metrics,verified";
const char *const DM_EVENT_FIELDS = "id,text,event_type,dm_conversation_id,created_at,sender_id";
// Enough for X's whole reachable mentions history (800) without looping on a broken server.
constexpr int MAX_PAGES = 10;

// Where each stream stands: the newest id seen. Stored by the host between fetches.
struct Cursor
{
    QString mentions;
    QString search;
    QString directMessages;

    static Cursor parse(const QString &text)
    {
        const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
        // {"sinceId":...}: where a script asks the first fetch to start.
        const QString since = object.value(QLatin1String("sinceId")).toString();
        return {object.value(QLatin1String("mentions")).toString(since),
                object.value(QLatin1String("search")).toString(since),
                object.value(QLatin1String("dm")).toString(since)};
    }
    QString toString() const
    {
        QJsonObject object;
        if (!mentions.isEmpty())
            object.insert(QStringLiteral("mentions"), mentions);
        if (!search.isEmpty())
            object.insert(QStringLiteral("search"), search);
        if (!directMessages.isEmpty())
            object.insert(QStringLiteral("dm"), directMessages);
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
};

// X trims what it stores; compare texts as X shows them back. Its escapes are already undone
// by the page parsers, so a reply that says "&amp;" is found as "&amp;".
QString asPosted(const QString &text)
{
    return text.trimmed();
}

class XConnector final : public Sdk::ChannelConnector
{
public:
    explicit XConnector(Sdk::ChannelHost &host)
        : m_host(host)
    {}

    Sdk::FetchResult fetchNew(const QString &cursorText) override
    {
        Sdk::FetchResult result;
        result.cursor = cursorText;
        if (!configured(result.failure))
            return result;
        Cursor cursor = Cursor::parse(cursorText);
        const QString mentionsPath = QStringLiteral("/2/users/%1/mentions").arg(accountId());
        if (!fetchTweets(mentionsPath, {}, cursor.mentions, result))
            return finish(result, cursor);
        if (const QString query = searchQuery(); !query.isEmpty()) {
            if (!fetchTweets(QStringLiteral("/2/tweets/search/recent"),
                             {{QStringLiteral("query"), query}}, cursor.search, result))
                return finish(result, cursor);
        }
        if (m_host.setting(QStringLiteral("directMessages")) != u"false")
            fetchDirectMessages(cursor.directMessages, result);
        return finish(result, cursor);
    }

    Sdk::SendResult send(const Sdk::OutboundMessage &message) override
    {
        Sdk::SendResult result;
        if (!configured(result.failure))
            return result;
        if (message.action == Sdk::OutboundAction::Repost)
            return repost(message);
        if (message.action == Sdk::OutboundAction::Like) {
            result.failure = {FailureKind::Rejected,
                              Tr::tr("This channel shares on X by reposting, not by liking."),
                              {}};
            return result;
        }
        Sdk::HttpResponse response;
        if (message.kind == Sdk::ItemKind::DirectMessage &&
            message.action == Sdk::OutboundAction::Reply) {
            if (message.recipientId.isEmpty()) {
                result.failure = {FailureKind::Rejected,
                                  Tr::tr("A direct message needs the customer's X user id."),
                                  {}};
                return result;
            }
            response = call(
                "POST",
                QStringLiteral("/2/dm_conversations/with/%1/messages").arg(message.recipientId), {},
                QJsonObject{{QStringLiteral("text"), message.text}});
        } else {
            QJsonObject body{{QStringLiteral("text"), message.text}};
            if (message.action == Sdk::OutboundAction::Quote)
                body.insert(QStringLiteral("quote_tweet_id"), message.inReplyToId);
            else if (message.action == Sdk::OutboundAction::Reply && !message.inReplyToId.isEmpty())
                body.insert(
                    QStringLiteral("reply"),
                    QJsonObject{{QStringLiteral("in_reply_to_tweet_id"), message.inReplyToId}});
            response = call("POST", QStringLiteral("/2/tweets"), {}, body);
        }
        result.failure = failureOf(response, m_host.now());
        // No answer, or a server error after the request arrived: X may have posted it.
        result.uncertain =
            (response.status == 0 && response.requestMayHaveBeenSent) || response.status >= 500;
        if (!result.failure.ok())
            return result;
        const QJsonObject data =
            QJsonDocument::fromJson(response.body).object().value(QLatin1String("data")).toObject();
        result.platformId =
            data.value(QLatin1String(message.kind == Sdk::ItemKind::DirectMessage ? "dm_event_id"
                                                                                  : "id"))
                .toString();
        if (result.platformId.isEmpty()) {
            result.failure = {
                FailureKind::Transient, Tr::tr("X answered without the id of the new post."), {}};
            result.uncertain = true;
        }
        return result;
    }

    std::optional<QString> findSent(const Sdk::OutboundMessage &message, Failure &failure) override
    {
        if (!configured(failure))
            return std::nullopt;
        if (message.action == Sdk::OutboundAction::Repost)
            return findRepost(message, failure);
        const QString wanted = asPosted(message.text);
        if (message.kind == Sdk::ItemKind::DirectMessage &&
            message.action == Sdk::OutboundAction::Reply) {
            const Sdk::HttpResponse response = call(
                "GET",
                QStringLiteral("/2/dm_conversations/with/%1/dm_events").arg(message.recipientId),
                {{QStringLiteral("dm_event.fields"), QLatin1String(DM_EVENT_FIELDS)},
                 {QStringLiteral("max_results"), QStringLiteral("100")}});
            failure = failureOf(response, m_host.now());
            if (!failure.ok())
                return std::nullopt;
            for (const Sdk::InboundItem &event :
                 parseDmEventPage(response.body, accountId()).items) {
                if (event.fromChannel && asPosted(event.text) == wanted)
                    return event.platformId;
            }
            return std::nullopt;
        }
        QList<QPair<QString, QString>> query{
            {QStringLiteral("tweet.fields"), QLatin1String(TWEET_FIELDS)},
            {QStringLiteral("max_results"), QStringLiteral("100")}};
        if (!message.inReplyToId.isEmpty())
            query.append({QStringLiteral("since_id"), message.inReplyToId});
        const Sdk::HttpResponse response =
            call("GET", QStringLiteral("/2/users/%1/tweets").arg(accountId()), query);
        failure = failureOf(response, m_host.now());
        if (!failure.ok())
            return std::nullopt;
        // A quote post answers nothing: it is found by its text among the newer posts.
        const QString answers =
            message.action == Sdk::OutboundAction::Reply ? message.inReplyToId : QString();
        for (const Sdk::InboundItem &tweet : parseTweetPage(response.body, accountId()).items) {
            if (tweet.inReplyToId == answers && asPosted(tweet.text) == wanted)
                return tweet.platformId;
        }
        return std::nullopt;
    }

    Sdk::CheckResult check() override
    {
        Sdk::CheckResult result;
        if (!configured(result.failure))
            return result;
        const Sdk::HttpResponse response =
            call("GET", QStringLiteral("/2/users/me"),
                 {{QStringLiteral("user.fields"), QStringLiteral("public_metrics")}});
        result.quota = quotaOf(response);
        result.failure = failureOf(response, m_host.now());
        if (!result.failure.ok())
            return result;
        const QJsonObject me =
            QJsonDocument::fromJson(response.body).object().value(QLatin1String("data")).toObject();
        result.account = QLatin1Char('@') + me.value(QLatin1String("username")).toString();
        const QString id = me.value(QLatin1String("id")).toString();
        if (id != accountId()) {
            result.failure = {
                FailureKind::Misconfigured,
                Tr::tr("The token belongs to %1 (id %2), not to the configured account id %3.")
                    .arg(result.account, id, accountId()),
                {}};
        }
        return result;
    }

private:
    // A repost is said by `{"data":{"retweeted":true}}`; its id is the id of the post shared.
    Sdk::SendResult repost(const Sdk::OutboundMessage &message)
    {
        Sdk::SendResult result;
        const Sdk::HttpResponse response =
            call("POST", QStringLiteral("/2/users/%1/retweets").arg(accountId()), {},
                 QJsonObject{{QStringLiteral("tweet_id"), message.inReplyToId}});
        result.failure = failureOf(response, m_host.now());
        result.uncertain =
            (response.status == 0 && response.requestMayHaveBeenSent) || response.status >= 500;
        if (!result.failure.ok())
            return result;
        const QJsonObject data =
            QJsonDocument::fromJson(response.body).object().value(QLatin1String("data")).toObject();
        if (!data.value(QLatin1String("retweeted")).toBool()) {
            result.failure = {FailureKind::Transient, Tr::tr("X did not confirm the repost."), {}};
            result.uncertain = true;
            return result;
        }
        result.platformId = message.inReplyToId;
        return result;
    }

    // Whether the account is among those who reposted the post.
    std::optional<QString> findRepost(const Sdk::OutboundMessage &message, Failure &failure)
    {
        const Sdk::HttpResponse response =
            call("GET", QStringLiteral("/2/tweets/%1/retweeted_by").arg(message.inReplyToId),
                 {{QStringLiteral("max_results"), QStringLiteral("100")}});
        failure = failureOf(response, m_host.now());
        if (!failure.ok())
            return std::nullopt;
        const QJsonArray users =
            QJsonDocument::fromJson(response.body).object().value(QLatin1String("data")).toArray();
        for (const QJsonValue &user : users) {
            if (user.toObject().value(QLatin1String("id")).toString() == accountId())
                return message.inReplyToId;
        }
        return std::nullopt;
    }

    QString accountId() const { return m_host.setting(QStringLiteral("accountId")); }

    QString baseUrl() const { return Sdk::apiBaseUrl(m_host, QStringLiteral("https://api.x.com")); }

    bool configured(Failure &failure) const
    {
        return Sdk::hasAccountAndCredential(
            m_host, Tr::tr("The channel has no X account id (\"accountId\")."),
            Tr::tr("The channel has no X token; connect the account first."), failure);
    }

    // "acme OR acmehelp", without retweets: the brand's keywords from the channel settings.
    QString searchQuery() const
    {
        const QJsonArray keywords =
            QJsonDocument::fromJson(m_host.setting(QStringLiteral("keywords")).toUtf8()).array();
        QStringList terms;
        for (const QJsonValue &keyword : keywords) {
            const QString term = keyword.toString().trimmed();
            if (!term.isEmpty())
                terms.append(term.contains(u' ') ? u'"' + term + u'"' : term);
        }
        if (terms.isEmpty())
            return QString();
        return u'(' + terms.join(QStringLiteral(" OR ")) + QStringLiteral(") -is:retweet");
    }

    Sdk::HttpResponse call(const QByteArray &method, const QString &path,
                           const Sdk::QueryItems &query, const QJsonObject &jsonBody = {})
    {
        return m_host.http(Sdk::jsonRequest(m_host, method, baseUrl() + path, query,
                                            authorization(method, baseUrl() + path, query),
                                            jsonBody));
    }

    // A bearer token (OAuth 2.0), or OAuth 1.0a user keys given as a JSON object.
    QByteArray authorization(const QByteArray &method, const QString &baseUrl,
                             const QList<QPair<QString, QString>> &query) const
    {
        const QString secret = m_host.credential();
        if (!secret.startsWith(u'{'))
            return "Bearer " + secret.toUtf8();
        const QJsonObject keys = QJsonDocument::fromJson(secret.toUtf8()).object();
        const OAuth1Credentials credentials{keys.value(QLatin1String("consumerKey")).toString(),
                                            keys.value(QLatin1String("consumerSecret")).toString(),
                                            keys.value(QLatin1String("token")).toString(),
                                            keys.value(QLatin1String("tokenSecret")).toString()};
        const QString nonce = QString::number(QRandomGenerator::system()->generate64(), 36) +
                              QString::number(QRandomGenerator::system()->generate64(), 36);
        return oauth1Header(method, baseUrl, query, credentials, m_host.now().toSecsSinceEpoch(),
                            nonce);
    }

    // Pages through one tweet stream from `sinceId` on. Returns false when it stopped on a
    // failure; `sinceId` moves only when every page arrived, so nothing is skipped.
    bool fetchTweets(const QString &path, QList<QPair<QString, QString>> query, QString &sinceId,
                     Sdk::FetchResult &result)
    {
        query += {{QStringLiteral("max_results"), QStringLiteral("100")},
                  {QStringLiteral("tweet.fields"), QLatin1String(TWEET_FIELDS)},
                  {QStringLiteral("expansions"), QStringLiteral("author_id")},
                  {QStringLiteral("user.fields"), QLatin1String(USER_FIELDS)}};
        if (!sinceId.isEmpty())
            query.append({QStringLiteral("since_id"), sinceId});
        QString newest;
        QString nextToken;
        for (int page = 0; page < MAX_PAGES; ++page) {
            QList<QPair<QString, QString>> pageQuery = query;
            if (!nextToken.isEmpty())
                pageQuery.append({QStringLiteral("pagination_token"), nextToken});
            const Sdk::HttpResponse response = call("GET", path, pageQuery);
            if (const Sdk::Quota quota = quotaOf(response); quota.remaining >= 0)
                result.quota = quota;
            result.failure = failureOf(response, m_host.now());
            if (!result.failure.ok())
                return false;
            const Page parsed = parseTweetPage(response.body, accountId());
            if (!parsed.valid) {
                result.failure = {FailureKind::Transient,
                                  Tr::tr("X sent an answer CareDesk could not read."),
                                  {}};
                return false;
            }
            for (const QString &warning : parsed.warnings)
                m_host.logWarning(warning);
            result.items += parsed.items;
            if (newest.isEmpty())
                newest = parsed.newestId;
            nextToken = parsed.nextToken;
            if (nextToken.isEmpty())
                break;
        }
        if (!newest.isEmpty())
            sinceId = newest;
        return true;
    }

    // DM events have no since_id: page until the newest event already seen.
    void fetchDirectMessages(QString &lastSeen, Sdk::FetchResult &result)
    {
        const QList<QPair<QString, QString>> query{
            {QStringLiteral("event_types"), QStringLiteral("MessageCreate")},
            {QStringLiteral("dm_event.fields"), QLatin1String(DM_EVENT_FIELDS)},
            {QStringLiteral("expansions"), QStringLiteral("sender_id")},
            {QStringLiteral("user.fields"), QLatin1String(USER_FIELDS)},
            {QStringLiteral("max_results"), QStringLiteral("100")}};
        QString newest;
        QString nextToken;
        for (int page = 0; page < MAX_PAGES; ++page) {
            QList<QPair<QString, QString>> pageQuery = query;
            if (!nextToken.isEmpty())
                pageQuery.append({QStringLiteral("pagination_token"), nextToken});
            const Sdk::HttpResponse response =
                call("GET", QStringLiteral("/2/dm_events"), pageQuery);
            result.failure = failureOf(response, m_host.now());
            if (!result.failure.ok())
                return;
            const Page parsed = parseDmEventPage(response.body, accountId());
            if (!parsed.valid) {
                result.failure = {FailureKind::Transient,
                                  Tr::tr("X sent an answer CareDesk could not read."),
                                  {}};
                return;
            }
            bool reachedSeen = false;
            for (const Sdk::InboundItem &item : parsed.items) {
                if (!lastSeen.isEmpty() && !isOlderId(lastSeen, item.platformId))
                    reachedSeen = true;
                else
                    result.items.append(item);
            }
            if (newest.isEmpty() ||
                (!parsed.newestId.isEmpty() && isOlderId(newest, parsed.newestId)))
                newest = parsed.newestId;
            nextToken = parsed.nextToken;
            if (reachedSeen || nextToken.isEmpty())
                break;
        }
        if (!newest.isEmpty() && (lastSeen.isEmpty() || isOlderId(lastSeen, newest)))
            lastSeen = newest;
    }

    // Oldest first across streams and pages (ids grow with time), so that every reply comes
    // after what it answers.
    Sdk::FetchResult &finish(Sdk::FetchResult &result, const Cursor &cursor)
    {
        std::stable_sort(result.items.begin(), result.items.end(),
                         [](const Sdk::InboundItem &a, const Sdk::InboundItem &b) {
                             return isOlderId(a.platformId, b.platformId);
                         });
        result.cursor = cursor.toString();
        return result;
    }

    Sdk::ChannelHost &m_host;
};

} // namespace

std::unique_ptr<Sdk::ChannelConnector> TwitterPlugin::createConnector(Sdk::ChannelHost &host)
{
    return std::make_unique<XConnector>(host);
}

} // namespace CareDesk::Channels::Twitter

#include "FacebookPlugin.h"

#include "GraphApi.h"

#include <sdk/HttpRequests.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace CareDesk::Channels::Facebook {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Channels::Facebook::FacebookPlugin)
};

using Sdk::Failure;
using Sdk::FailureKind;

const char *const COMMENT_FIELDS = "id,message,created_time,from{id,name},parent{id}";
const char *const MESSAGE_FIELDS = "id,message,created_time,from{id,name}";
constexpr int MAX_PAGES = 10;
// Messenger's windows for a Page's answer after the person's last message.
constexpr qint64 STANDARD_WINDOW_SECS = 24 * 60 * 60;
constexpr qint64 HUMAN_AGENT_WINDOW_SECS = 7 * 24 * 60 * 60;

// Where the channel stands: the newest comment and message times seen (UNIX seconds).
struct Cursor
{
    qint64 commentsSince = 0;
    qint64 messagesSince = 0;

    static Cursor parse(const QString &text)
    {
        const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
        return {object.value(QLatin1String("comments")).toInteger(),
                object.value(QLatin1String("messages")).toInteger()};
    }
    QString toString() const
    {
        return QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("comments"), commentsSince},
                                      {QStringLiteral("messages"), messagesSince}})
                .toJson(QJsonDocument::Compact));
    }
};

class GraphConnector final : public Sdk::ChannelConnector
{
public:
    explicit GraphConnector(Sdk::ChannelHost &host)
        : m_host(host)
    {}

    Sdk::FetchResult fetchNew(const QString &cursorText) override
    {
        Sdk::FetchResult result;
        result.cursor = cursorText;
        if (!configured(result.failure))
            return result;
        Cursor cursor = Cursor::parse(cursorText);
        if (fetchComments(cursor.commentsSince, result))
            fetchMessages(cursor.messagesSince, result);
        std::stable_sort(result.items.begin(), result.items.end(),
                         [](const Sdk::InboundItem &a, const Sdk::InboundItem &b) {
                             return a.createdAt < b.createdAt;
                         });
        result.cursor = cursor.toString();
        return result;
    }

    Sdk::SendResult send(const Sdk::OutboundMessage &message) override
    {
        Sdk::SendResult result;
        if (!configured(result.failure))
            return result;
        if (message.action != Sdk::OutboundAction::Reply)
            return publish(message);
        Sdk::HttpResponse response;
        if (!message.privateReplyToCommentId.isEmpty()) {
            response = call("POST", pageId() + QStringLiteral("/messages"), {},
                            QJsonObject{{QStringLiteral("recipient"),
                                         QJsonObject{{QStringLiteral("comment_id"),
                                                      message.privateReplyToCommentId}}},
                                        {QStringLiteral("message"),
                                         QJsonObject{{QStringLiteral("text"), message.text}}}});
        } else if (message.kind == Sdk::ItemKind::DirectMessage) {
            QJsonObject body{
                {QStringLiteral("recipient"),
                 QJsonObject{{QStringLiteral("id"), message.recipientId}}},
                {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), message.text}}}};
            if (!messagingType(message, body, result.failure))
                return result;
            response = call("POST", pageId() + QStringLiteral("/messages"), {}, body);
        } else {
            if (message.inReplyToId.isEmpty()) {
                result.failure = {FailureKind::Rejected,
                                  Tr::tr("A reply on Facebook needs the comment it answers."),
                                  {}};
                return result;
            }
            response = call("POST", message.inReplyToId + QStringLiteral("/comments"), {},
                            QJsonObject{{QStringLiteral("message"), message.text}});
        }
        result.failure = failureOf(response, m_host.now());
        result.uncertain =
            (response.status == 0 && response.requestMayHaveBeenSent) || response.status >= 500;
        if (!result.failure.ok())
            return result;
        const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
        result.platformId =
            answer
                .value(QLatin1String(answer.contains(QLatin1String("message_id")) ? "message_id"
                                                                                  : "id"))
                .toString();
        if (result.platformId.isEmpty()) {
            result.failure = {FailureKind::Transient,
                              Tr::tr("Facebook answered without the id of the new message."),
                              {}};
            result.uncertain = true;
        }
        return result;
    }

    std::optional<QString> findSent(const Sdk::OutboundMessage &message, Failure &failure) override
    {
        if (!configured(failure))
            return std::nullopt;
        if (message.action != Sdk::OutboundAction::Reply)
            return findPublished(message, failure);
        const QString wanted = message.text.trimmed();
        if (!message.privateReplyToCommentId.isEmpty()) {
            // Only one private reply per comment exists: if there is a conversation, it went out.
            const Sdk::HttpResponse response =
                call("GET", message.privateReplyToCommentId,
                     {{QStringLiteral("fields"),
                       QStringLiteral("private_reply_conversation{messages.limit(5){%1}}")
                           .arg(QLatin1String(MESSAGE_FIELDS))}});
            failure = failureOf(response, m_host.now());
            if (!failure.ok())
                return std::nullopt;
            const QJsonArray messages = QJsonDocument::fromJson(response.body)
                                            .object()
                                            .value(QLatin1String("private_reply_conversation"))
                                            .toObject()
                                            .value(QLatin1String("messages"))
                                            .toObject()
                                            .value(QLatin1String("data"))
                                            .toArray();
            for (const QJsonValue &value : messages) {
                const Sdk::InboundItem item = messageToItem(value.toObject(), {}, pageId());
                if (item.fromChannel)
                    return item.platformId;
            }
            return std::nullopt;
        }
        if (message.kind == Sdk::ItemKind::DirectMessage) {
            const Sdk::HttpResponse response = call(
                "GET", pageId() + QStringLiteral("/conversations"),
                {{QStringLiteral("platform"), QStringLiteral("messenger")},
                 {QStringLiteral("user_id"), message.recipientId},
                 {QStringLiteral("fields"),
                  QStringLiteral("messages.limit(25){%1}").arg(QLatin1String(MESSAGE_FIELDS))}});
            failure = failureOf(response, m_host.now());
            if (!failure.ok())
                return std::nullopt;
            const QJsonArray conversationList = QJsonDocument::fromJson(response.body)
                                                    .object()
                                                    .value(QLatin1String("data"))
                                                    .toArray();
            for (const QJsonValue &conversation : conversationList) {
                const QJsonArray messages = conversation.toObject()
                                                .value(QLatin1String("messages"))
                                                .toObject()
                                                .value(QLatin1String("data"))
                                                .toArray();
                for (const QJsonValue &value : messages) {
                    const Sdk::InboundItem item = messageToItem(value.toObject(), {}, pageId());
                    if (item.fromChannel && item.text.trimmed() == wanted)
                        return item.platformId;
                }
            }
            return std::nullopt;
        }
        const Sdk::HttpResponse response =
            call("GET", message.inReplyToId + QStringLiteral("/comments"),
                 {{QStringLiteral("filter"), QStringLiteral("stream")},
                  {QStringLiteral("order"), QStringLiteral("reverse_chronological")},
                  {QStringLiteral("limit"), QStringLiteral("100")},
                  {QStringLiteral("fields"), QLatin1String(COMMENT_FIELDS)}});
        failure = failureOf(response, m_host.now());
        if (!failure.ok())
            return std::nullopt;
        const QJsonArray values =
            QJsonDocument::fromJson(response.body).object().value(QLatin1String("data")).toArray();
        for (const QJsonValue &value : values) {
            const Sdk::InboundItem item = commentToItem(value.toObject(), pageId());
            if (item.fromChannel && item.text.trimmed() == wanted)
                return item.platformId;
        }
        return std::nullopt;
    }

    Sdk::CheckResult check() override
    {
        Sdk::CheckResult result;
        if (!configured(result.failure))
            return result;
        const Sdk::HttpResponse response =
            call("GET", pageId(), {{QStringLiteral("fields"), QStringLiteral("id,name")}});
        result.quota = quotaOf(response, m_host.now());
        result.failure = failureOf(response, m_host.now());
        if (result.failure.ok())
            result.account = QJsonDocument::fromJson(response.body)
                                 .object()
                                 .value(QLatin1String("name"))
                                 .toString();
        return result;
    }

    Failure setCommentHidden(const QString &commentId, bool hidden) override
    {
        Failure failure;
        if (!configured(failure))
            return failure;
        const Sdk::HttpResponse response =
            call("POST", commentId, {}, QJsonObject{{QStringLiteral("is_hidden"), hidden}});
        return failureOf(response, m_host.now());
    }

private:
    // A Page post (`POST /{page-id}/feed`, answered with its id) or a like (`POST
    // /{object-id}/likes`, answered with `{"success":true}`; its id is the id of what was liked).
    Sdk::SendResult publish(const Sdk::OutboundMessage &message)
    {
        Sdk::SendResult result;
        const bool like = message.action == Sdk::OutboundAction::Like;
        if (!like && message.action != Sdk::OutboundAction::Post) {
            result.failure = {FailureKind::Rejected,
                              Tr::tr("Facebook has no reposts or quote posts from a Page; like "
                                     "the comment instead."),
                              {}};
            return result;
        }
        const Sdk::HttpResponse response =
            like ? call("POST", message.inReplyToId + QStringLiteral("/likes"), {})
                 : call("POST", pageId() + QStringLiteral("/feed"), {},
                        QJsonObject{{QStringLiteral("message"), message.text}});
        result.failure = failureOf(response, m_host.now());
        result.uncertain =
            (response.status == 0 && response.requestMayHaveBeenSent) || response.status >= 500;
        if (!result.failure.ok())
            return result;
        const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
        result.platformId =
            like ? (answer.value(QLatin1String("success")).toBool() ? message.inReplyToId
                                                                    : QString())
                 : answer.value(QLatin1String("id")).toString();
        if (result.platformId.isEmpty()) {
            result.failure = {FailureKind::Transient,
                              like ? Tr::tr("Facebook did not confirm the like.")
                                   : Tr::tr("Facebook answered without the id of the new post."),
                              {}};
            result.uncertain = true;
        }
        return result;
    }

    // A like is found among the object's likes; a post among the Page's latest by its text.
    std::optional<QString> findPublished(const Sdk::OutboundMessage &message, Failure &failure)
    {
        const bool like = message.action == Sdk::OutboundAction::Like;
        const Sdk::HttpResponse response =
            like ? call("GET", message.inReplyToId + QStringLiteral("/likes"),
                        {{QStringLiteral("limit"), QStringLiteral("100")}})
                 : call("GET", pageId() + QStringLiteral("/feed"),
                        {{QStringLiteral("fields"), QStringLiteral("id,message")},
                         {QStringLiteral("limit"), QStringLiteral("25")}});
        failure = failureOf(response, m_host.now());
        if (!failure.ok())
            return std::nullopt;
        const QJsonArray values =
            QJsonDocument::fromJson(response.body).object().value(QLatin1String("data")).toArray();
        for (const QJsonValue &value : values) {
            const QJsonObject object = value.toObject();
            if (like && object.value(QLatin1String("id")).toString() == pageId())
                return message.inReplyToId;
            if (!like && object.value(QLatin1String("message")).toString().trimmed() ==
                             message.text.trimmed())
                return object.value(QLatin1String("id")).toString();
        }
        return std::nullopt;
    }

    Sdk::FetchResult receivePushed(const QByteArray &body, const QByteArray &signature,
                                   const QByteArray &appSecret) override
    {
        Sdk::FetchResult result;
        if (appSecret.isEmpty() || !verifyWebhookSignature(m_host, body, signature, appSecret)) {
            result.failure = {Sdk::FailureKind::Rejected,
                              QStringLiteral("The delivery is not signed with this app's secret."),
                              {}};
            return result;
        }
        WebhookItems pushed = parseWebhook(body, pageId());
        if (!pushed.valid) {
            result.failure = {Sdk::FailureKind::Rejected,
                              QStringLiteral("The delivery is not a Page webhook."),
                              {}};
            return result;
        }
        result.items = std::move(pushed.items);
        return result;
    }

    QString pageId() const { return m_host.setting(QStringLiteral("accountId")); }

    QString baseUrl() const
    {
        return Sdk::apiBaseUrl(m_host, QStringLiteral("https://graph.facebook.com/v19.0"));
    }

    bool configured(Failure &failure) const
    {
        return Sdk::hasAccountAndCredential(
            m_host, Tr::tr("The channel has no Facebook Page id (\"accountId\")."),
            Tr::tr("The channel has no Page token; connect the Page first."), failure);
    }

    // RESPONSE inside 24 hours of the person's last message, the HUMAN_AGENT tag inside 7 days,
    // and a clear refusal after that, before anything is sent.
    bool messagingType(const Sdk::OutboundMessage &message, QJsonObject &body,
                       Failure &failure) const
    {
        if (!message.customerLastWroteAt.isValid()) {
            body.insert(QStringLiteral("messaging_type"), QStringLiteral("RESPONSE"));
            return true;
        }
        const qint64 age = message.customerLastWroteAt.secsTo(m_host.now());
        if (age <= STANDARD_WINDOW_SECS) {
            body.insert(QStringLiteral("messaging_type"), QStringLiteral("RESPONSE"));
        } else if (age <= HUMAN_AGENT_WINDOW_SECS) {
            body.insert(QStringLiteral("messaging_type"), QStringLiteral("MESSAGE_TAG"));
            body.insert(QStringLiteral("tag"), QStringLiteral("HUMAN_AGENT"));
        } else {
            failure = {FailureKind::Rejected,
                       Tr::tr("Messenger allows no reply more than 7 days after the customer's "
                              "last message. Answer "
                              "publicly or wait for the customer to write again."),
                       {}};
            return false;
        }
        return true;
    }

    Sdk::HttpResponse call(const QByteArray &method, const QString &path,
                           const Sdk::QueryItems &query, const QJsonObject &jsonBody = {})
    {
        return m_host.http(Sdk::jsonRequest(m_host, method, baseUrl() + u'/' + path, query,
                                            "Bearer " + m_host.credential().toUtf8(), jsonBody));
    }

    // Follows Graph's paging: `paging.next` is a whole URL; none on the last page.
    bool pages(const QString &path, const QList<QPair<QString, QString>> &query,
               Sdk::FetchResult &result, const std::function<bool(const QJsonArray &)> &onPage)
    {
        Sdk::HttpResponse response = call("GET", path, query);
        for (int page = 0; page < MAX_PAGES; ++page) {
            if (const Sdk::Quota quota = quotaOf(response, m_host.now()); quota.remaining >= 0)
                result.quota = quota;
            result.failure = failureOf(response, m_host.now());
            if (!result.failure.ok())
                return false;
            const QJsonObject body = QJsonDocument::fromJson(response.body).object();
            if (!body.value(QLatin1String("data")).isArray()) {
                result.failure = {FailureKind::Transient,
                                  Tr::tr("Facebook sent an answer CareDesk could not read."),
                                  {}};
                return false;
            }
            if (!onPage(body.value(QLatin1String("data")).toArray()))
                return true;
            const QString next = body.value(QLatin1String("paging"))
                                     .toObject()
                                     .value(QLatin1String("next"))
                                     .toString();
            const QString after = body.value(QLatin1String("paging"))
                                      .toObject()
                                      .value(QLatin1String("cursors"))
                                      .toObject()
                                      .value(QLatin1String("after"))
                                      .toString();
            if (next.isEmpty() || after.isEmpty())
                return true;
            QList<QPair<QString, QString>> nextQuery = query;
            nextQuery.append({QStringLiteral("after"), after});
            response = call("GET", path, nextQuery);
        }
        return true;
    }

    // Comments on the Page's recent posts, newer than `since`. The cursor moves only when all
    // of them arrived.
    bool fetchComments(qint64 &since, Sdk::FetchResult &result)
    {
        QStringList posts;
        const bool listed =
            pages(pageId() + QStringLiteral("/feed"),
                  {{QStringLiteral("fields"), QStringLiteral("id,updated_time")},
                   {QStringLiteral("limit"), QStringLiteral("25")}},
                  result, [&](const QJsonArray &data) {
                      bool older = false;
                      for (const QJsonValue &post : data) {
                          if (graphTime(post.toObject().value(QLatin1String("updated_time")))
                                  .toSecsSinceEpoch() < since)
                              older = true;
                          else
                              posts.append(post.toObject().value(QLatin1String("id")).toString());
                      }
                      return !older; // posts come newest first: stop at the first untouched one
                  });
        if (!listed)
            return false;
        qint64 newest = since;
        for (const QString &post : posts) {
            QList<QPair<QString, QString>> query{
                {QStringLiteral("filter"), QStringLiteral("stream")},
                {QStringLiteral("order"), QStringLiteral("chronological")},
                {QStringLiteral("limit"), QStringLiteral("100")},
                {QStringLiteral("fields"), QLatin1String(COMMENT_FIELDS)}};
            if (since > 0)
                query.append({QStringLiteral("since"), QString::number(since)});
            const bool read = pages(
                post + QStringLiteral("/comments"), query, result, [&](const QJsonArray &data) {
                    for (const QJsonValue &value : data) {
                        const Sdk::InboundItem item = commentToItem(value.toObject(), pageId());
                        if (item.platformId.isEmpty() || item.createdAt.toSecsSinceEpoch() < since)
                            continue;
                        result.items.append(item);
                        newest = std::max(newest, item.createdAt.toSecsSinceEpoch());
                    }
                    return true;
                });
            if (!read)
                return false;
        }
        since = newest;
        return true;
    }

    // Messenger conversations updated since `since`, with their recent messages.
    void fetchMessages(qint64 &since, Sdk::FetchResult &result)
    {
        qint64 newest = since;
        const bool read = pages(
            pageId() + QStringLiteral("/conversations"),
            {{QStringLiteral("platform"), QStringLiteral("messenger")},
             {QStringLiteral("limit"), QStringLiteral("25")},
             {QStringLiteral("fields"),
              QStringLiteral("id,updated_time,participants,messages.limit(25){%1}")
                  .arg(QLatin1String(MESSAGE_FIELDS))}},
            result, [&](const QJsonArray &data) {
                for (const QJsonValue &value : data) {
                    const QJsonObject conversation = value.toObject();
                    if (graphTime(conversation.value(QLatin1String("updated_time")))
                            .toSecsSinceEpoch() < since)
                        return false; // newest first: the rest is older
                    // One thread per person, whichever way their messages arrive (polled or by
                    // webhook).
                    QString customer;
                    const QJsonArray participantList =
                        conversation.value(QLatin1String("participants"))
                            .toObject()
                            .value(QLatin1String("data"))
                            .toArray();
                    for (const QJsonValue &participant : participantList) {
                        if (participant.toObject().value(QLatin1String("id")).toString() !=
                            pageId())
                            customer = participant.toObject().value(QLatin1String("id")).toString();
                    }
                    const QString thread = customer.isEmpty()
                                               ? conversation.value(QLatin1String("id")).toString()
                                               : QStringLiteral("psid:") + customer;
                    const QJsonArray messages = conversation.value(QLatin1String("messages"))
                                                    .toObject()
                                                    .value(QLatin1String("data"))
                                                    .toArray();
                    for (const QJsonValue &messageValue : messages) {
                        const Sdk::InboundItem item =
                            messageToItem(messageValue.toObject(), thread, pageId());
                        if (item.platformId.isEmpty() || item.createdAt.toSecsSinceEpoch() < since)
                            continue;
                        result.items.append(item);
                        newest = std::max(newest, item.createdAt.toSecsSinceEpoch());
                    }
                }
                return true;
            });
        if (read)
            since = newest;
    }

    Sdk::ChannelHost &m_host;
};

} // namespace

std::unique_ptr<Sdk::ChannelConnector> FacebookPlugin::createConnector(Sdk::ChannelHost &host)
{
    return std::make_unique<GraphConnector>(host);
}

} // namespace CareDesk::Channels::Facebook

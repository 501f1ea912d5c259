#include "XApi.h"

#include <sdk/TextEscapes.h>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace CareDesk::Channels::Twitter {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Channels::Twitter::XApi)
};

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QHash<QString, Sdk::Author> usersById(const QJsonObject &body)
{
    QHash<QString, Sdk::Author> users;
    const QJsonArray list =
        body.value(QLatin1String("includes")).toObject().value(QLatin1String("users")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject user = value.toObject();
        Sdk::Author author;
        author.platformUserId = text(user, "id");
        author.handle = text(user, "username");
        author.displayName = text(user, "name");
        author.verified = user.value(QLatin1String("verified")).toBool();
        author.followers = user.value(QLatin1String("public_metrics"))
                               .toObject()
                               .value(QLatin1String("followers_count"))
                               .toInteger();
        users.insert(author.platformUserId, author);
    }
    return users;
}

Sdk::Author authorFor(const QHash<QString, Sdk::Author> &users, const QString &id)
{
    Sdk::Author author = users.value(id);
    if (author.platformUserId.isEmpty()) {
        // Not expanded: the id is all X told us; it stands in for the handle.
        author.platformUserId = id;
        author.handle = id;
    }
    return author;
}

QStringList partialErrors(const QJsonObject &body)
{
    QStringList warnings;
    const QJsonArray values = body.value(QLatin1String("errors")).toArray();
    for (const QJsonValue &value : values) {
        const QJsonObject error = value.toObject();
        const QString detail = text(error, "detail");
        warnings.append(detail.isEmpty() ? text(error, "message") : detail);
    }
    return warnings;
}

void sortOldestFirst(QList<Sdk::InboundItem> &items)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const Sdk::InboundItem &a, const Sdk::InboundItem &b) {
                         return isOlderId(a.platformId, b.platformId);
                     });
}

// One page of X's answer: `data` (absent when empty) mapped item by item with `toItem` (which
// may skip one by returning nullopt), authors from `includes.users`, oldest first, with the
// paging token and any partial errors. The newest id is meta.newest_id, else the newest item's.
template<typename ToItem> Page readPage(const QByteArray &body, ToItem toItem)
{
    Page page;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject root = document.object();
    const QJsonValue data = root.value(QLatin1String("data"));
    if (!document.isObject() || !(data.isUndefined() || data.isArray()))
        return page;
    page.valid = true;
    const QHash<QString, Sdk::Author> users = usersById(root);
    const QJsonArray values = data.toArray();
    for (const QJsonValue &value : values) {
        if (std::optional<Sdk::InboundItem> item = toItem(value.toObject(), users);
            item && !item->platformId.isEmpty())
            page.items.append(std::move(*item));
    }
    sortOldestFirst(page.items);
    const QJsonObject meta = root.value(QLatin1String("meta")).toObject();
    page.newestId = text(meta, "newest_id");
    if (page.newestId.isEmpty() && !page.items.isEmpty())
        page.newestId = page.items.constLast().platformId;
    page.nextToken = text(meta, "next_token");
    page.warnings = partialErrors(root);
    return page;
}

} // namespace

bool isOlderId(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() < b.size();
    return a < b;
}

Page parseTweetPage(const QByteArray &body, const QString &ownAccountId)
{
    return readPage(body, [&](const QJsonObject &tweet, const QHash<QString, Sdk::Author> &users) {
        Sdk::InboundItem item;
        item.platformId = text(tweet, "id");
        item.kind = Sdk::ItemKind::Mention;
        item.text = Sdk::unescapeAmpLtGt(text(tweet, "text"));
        item.threadId = text(tweet, "conversation_id");
        item.languageHint = text(tweet, "lang");
        item.createdAt = QDateTime::fromString(text(tweet, "created_at"), Qt::ISODateWithMs);
        const QString authorId = text(tweet, "author_id");
        item.author = authorFor(users, authorId);
        item.fromChannel = !ownAccountId.isEmpty() && authorId == ownAccountId;
        const QJsonArray references = tweet.value(QLatin1String("referenced_tweets")).toArray();
        for (const QJsonValue &reference : references) {
            const QString type = text(reference.toObject(), "type");
            if (type == u"replied_to")
                item.inReplyToId = text(reference.toObject(), "id");
            else if (type == u"retweeted")
                item.isRepost = true;
        }
        return std::optional(item);
    });
}

Page parseDmEventPage(const QByteArray &body, const QString &ownAccountId)
{
    return readPage(body, [&](const QJsonObject &event, const QHash<QString, Sdk::Author> &users) {
        if (text(event, "event_type") != u"MessageCreate") // joins and leaves are not messages
            return std::optional<Sdk::InboundItem>();
        Sdk::InboundItem item;
        item.platformId = text(event, "id");
        item.kind = Sdk::ItemKind::DirectMessage;
        item.threadId = text(event, "dm_conversation_id");
        item.text = Sdk::unescapeAmpLtGt(text(event, "text"));
        item.createdAt = QDateTime::fromString(text(event, "created_at"), Qt::ISODateWithMs);
        const QString senderId = text(event, "sender_id");
        item.author = authorFor(users, senderId);
        item.fromChannel = !ownAccountId.isEmpty() && senderId == ownAccountId;
        return std::optional(item);
    });
}

Sdk::Quota quotaOf(const Sdk::HttpResponse &response)
{
    Sdk::Quota quota;
    bool ok = false;
    if (const qint64 remaining = response.header("x-rate-limit-remaining").toLongLong(&ok); ok)
        quota.remaining = remaining;
    if (const qint64 limit = response.header("x-rate-limit-limit").toLongLong(&ok); ok)
        quota.limit = limit;
    if (const qint64 reset = response.header("x-rate-limit-reset").toLongLong(&ok); ok)
        quota.resetsAt = QDateTime::fromSecsSinceEpoch(reset, Qt::UTC);
    return quota;
}

Sdk::Failure failureOf(const Sdk::HttpResponse &response, const QDateTime &now)
{
    using Sdk::FailureKind;
    if (response.status == 0)
        return {FailureKind::Transient,
                Tr::tr("X could not be reached: %1").arg(response.transportError),
                {}};
    if (response.status >= 200 && response.status < 300)
        return {};

    // Problem details (RFC 7807) or the older {"errors":[{"code","message"}]}.
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    QString detail = text(body, "detail");
    const QString type = text(body, "type").section(u'/', -1);
    int legacyCode = 0;
    if (const QJsonArray errors = body.value(QLatin1String("errors")).toArray();
        !errors.isEmpty()) {
        // The older format's code, or the specifics of an invalid request.
        const QJsonObject first = errors.first().toObject();
        legacyCode = first.value(QLatin1String("code")).toInt();
        const QString specific = text(first, "message");
        if (detail.isEmpty())
            detail = specific;
        else if (!specific.isEmpty())
            detail += QLatin1Char(' ') + specific;
    }
    if (detail.isEmpty())
        detail = text(body, "title");
    if (detail.isEmpty())
        detail = QStringLiteral("HTTP %1").arg(response.status);

    if (response.status == 429 || legacyCode == 88 || type == u"usage-capped") {
        QDateTime retryAfter = quotaOf(response).resetsAt;
        bool ok = false;
        if (const int seconds = response.header("retry-after").toInt(&ok); ok)
            retryAfter = now.addSecs(seconds);
        if (!retryAfter.isValid() || retryAfter < now)
            retryAfter = now.addSecs(15 * 60); // X's rate windows are 15 minutes
        return {FailureKind::RateLimited,
                Tr::tr("X asks to wait before the next request (%1).").arg(detail), retryAfter};
    }
    if (response.status == 401 || legacyCode == 89 || legacyCode == 32)
        return {
            FailureKind::AuthorizationExpired,
            Tr::tr(
                "X no longer accepts this channel's authorisation; connect the account again (%1).")
                .arg(detail),
            {}};
    if (response.status >= 500)
        return {FailureKind::Transient,
                Tr::tr("X had a problem answering (%1); trying again later.").arg(detail),
                {}};
    if (type == u"client-forbidden" || type == u"unsupported-authentication")
        return {FailureKind::Misconfigured,
                Tr::tr("X does not allow this app to do that: %1").arg(detail),
                {}};
    return {FailureKind::Rejected, Tr::tr("X refused the request: %1").arg(detail), {}};
}

} // namespace CareDesk::Channels::Twitter

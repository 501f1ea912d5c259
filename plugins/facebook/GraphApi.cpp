#include "GraphApi.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include <cmath>

namespace CareDesk::Channels::Facebook {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Channels::Facebook::GraphApi)
};

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

Sdk::Author authorOf(const QJsonObject &from)
{
    Sdk::Author author;
    author.platformUserId = text(from, "id");
    author.displayName = text(from, "name");
    // Facebook has no public handles; the name is what agents know people by.
    author.handle = author.displayName.isEmpty() ? author.platformUserId : author.displayName;
    return author;
}

// Top-level comment ids look like "<post>_<comment>"; the post part is the comment's parent.
bool isTopLevel(const QJsonObject &comment)
{
    const QString parent = text(comment.value(QLatin1String("parent")).toObject(), "id");
    return parent.isEmpty();
}

// A UNIX time in milliseconds from a JSON number; invalid for a number no time can be (its
// whole part would not even fit the conversion).
QDateTime fromEpochMs(double ms)
{
    constexpr double LIMIT_MS = 8.64e15; // 275,000 years either side of 1970
    if (!(std::abs(ms) < LIMIT_MS))
        return {};
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), Qt::UTC);
}

} // namespace

QDateTime graphTime(const QJsonValue &value)
{
    if (value.isDouble())
        return fromEpochMs(value.toDouble() * 1000);
    QDateTime time =
        QDateTime::fromString(value.toString(), QStringLiteral("yyyy-MM-ddTHH:mm:sst"));
    if (!time.isValid()) {
        QString iso = value.toString();
        if (iso.size() > 5 && (iso.at(iso.size() - 5) == u'+' || iso.at(iso.size() - 5) == u'-'))
            iso.insert(iso.size() - 2, u':'); // "+0000" -> "+00:00"
        time = QDateTime::fromString(iso, Qt::ISODate);
    }
    return time.toUTC();
}

Sdk::InboundItem commentToItem(const QJsonObject &comment, const QString &pageId)
{
    Sdk::InboundItem item;
    item.platformId = text(comment, "id");
    item.kind = Sdk::ItemKind::Comment;
    item.text = text(comment, "message");
    item.createdAt = graphTime(comment.value(QLatin1String("created_time")));
    item.author = authorOf(comment.value(QLatin1String("from")).toObject());
    item.fromChannel = !pageId.isEmpty() && item.author.platformUserId == pageId;
    if (isTopLevel(comment)) {
        item.threadId = item.platformId;
    } else {
        item.inReplyToId = text(comment.value(QLatin1String("parent")).toObject(), "id");
        item.threadId = item.inReplyToId;
    }
    return item;
}

Sdk::InboundItem messageToItem(const QJsonObject &message, const QString &threadId,
                               const QString &pageId)
{
    Sdk::InboundItem item;
    item.platformId = text(message, "id");
    item.kind = Sdk::ItemKind::DirectMessage;
    item.threadId = threadId;
    item.text = text(message, "message");
    item.createdAt = graphTime(message.value(QLatin1String("created_time")));
    item.author = authorOf(message.value(QLatin1String("from")).toObject());
    item.fromChannel = !pageId.isEmpty() && item.author.platformUserId == pageId;
    return item;
}

Sdk::Quota quotaOf(const Sdk::HttpResponse &response, const QDateTime &now)
{
    // The most used of the allowance's measures (calls, CPU time, total time), in percent.
    Sdk::Quota quota;
    int used = -1;
    int regainMinutes = 0;
    const auto consider = [&](const QJsonObject &usage) {
        for (const char *measure : {"call_count", "total_cputime", "total_time"})
            used = std::max(used, usage.value(QLatin1String(measure)).toInt(-1));
        regainMinutes = std::max(
            regainMinutes, usage.value(QLatin1String("estimated_time_to_regain_access")).toInt());
    };
    const QJsonObject business =
        QJsonDocument::fromJson(response.header("x-business-use-case-usage")).object();
    for (const QJsonValue &perObject : business) {
        const QJsonArray usages = perObject.toArray();
        for (const QJsonValue &usage : usages)
            consider(usage.toObject());
    }
    consider(QJsonDocument::fromJson(response.header("x-app-usage")).object());
    if (used < 0)
        return quota;
    quota.limit = 100;
    quota.remaining = std::max(0, 100 - used);
    if (regainMinutes > 0)
        quota.resetsAt = now.addSecs(qint64(regainMinutes) * 60); // minutes beyond an int's seconds
    return quota;
}

Sdk::Failure failureOf(const Sdk::HttpResponse &response, const QDateTime &now)
{
    using Sdk::FailureKind;
    if (response.status == 0)
        return {FailureKind::Transient,
                Tr::tr("Facebook could not be reached: %1").arg(response.transportError),
                {}};
    const QJsonObject error =
        QJsonDocument::fromJson(response.body).object().value(QLatin1String("error")).toObject();
    if (response.status >= 200 && response.status < 300 && error.isEmpty())
        return {};
    const int code = error.value(QLatin1String("code")).toInt();
    const int subcode = error.value(QLatin1String("error_subcode")).toInt();
    QString message = text(error, "error_user_msg");
    if (message.isEmpty())
        message = text(error, "message");
    if (message.isEmpty())
        message = QStringLiteral("HTTP %1").arg(response.status);

    switch (code) {
    case 4:
    case 17:
    case 32:
    case 613:
    case 80001:
    case 80006: {
        const Sdk::Quota quota = quotaOf(response, now);
        const QDateTime retryAfter =
            quota.resetsAt.isValid() ? quota.resetsAt : now.addSecs(60 * 60);
        return {FailureKind::RateLimited,
                Tr::tr("Facebook asks to wait before the next request (%1).").arg(message),
                retryAfter};
    }
    case 190:
    case 102:
        return {FailureKind::AuthorizationExpired,
                Tr::tr("Facebook no longer accepts this Page's token; connect the Page again (%1).")
                    .arg(message),
                {}};
    case 1:
    case 2:
        return {FailureKind::Transient,
                Tr::tr("Facebook had a passing problem (%1); trying again later.").arg(message),
                {}};
    case 10:
        if (subcode == 2018278)
            return {FailureKind::Rejected,
                    Tr::tr("Messenger allows no reply this long after the customer's last message. "
                           "Answer publicly or wait "
                           "for the customer to write again."),
                    {}};
        return {FailureKind::Misconfigured,
                Tr::tr("The Page's token lacks a permission: %1").arg(message),
                {}};
    case 551:
        return {FailureKind::Rejected,
                Tr::tr("This person cannot be reached on Messenger right now."),
                {}};
    case 10900:
        return {FailureKind::Rejected,
                Tr::tr("This comment already has a private reply; Messenger allows only one."),
                {}};
    default:
        break;
    }
    if (code >= 200 && code <= 299)
        return {FailureKind::Misconfigured,
                Tr::tr("The Page's token lacks a permission: %1").arg(message),
                {}};
    if (response.status >= 500)
        return {FailureKind::Transient,
                Tr::tr("Facebook had a problem answering (%1); trying again later.").arg(message),
                {}};
    return {FailureKind::Rejected, Tr::tr("Facebook refused the request: %1").arg(message), {}};
}

bool verifyWebhookSignature(const Sdk::ChannelHost &host, const QByteArray &rawBody,
                            const QByteArray &signatureHeader, const QByteArray &appSecret)
{
    if (!signatureHeader.startsWith("sha256=") || appSecret.isEmpty())
        return false;
    const QByteArray expected =
        QMessageAuthenticationCode::hash(rawBody, appSecret, QCryptographicHash::Sha256).toHex();
    return host.sameSecret(signatureHeader.mid(7).toLower(), expected);
}

WebhookItems parseWebhook(const QByteArray &body, const QString &pageId)
{
    WebhookItems result;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (root.value(QLatin1String("object")).toString() != u"page" ||
        !root.value(QLatin1String("entry")).isArray())
        return result;
    result.valid = true;
    const QJsonArray entries = root.value(QLatin1String("entry")).toArray();
    for (const QJsonValue &entryValue : entries) {
        const QJsonObject entry = entryValue.toObject();
        const QJsonArray changes = entry.value(QLatin1String("changes")).toArray();
        for (const QJsonValue &changeValue : changes) {
            const QJsonObject change = changeValue.toObject();
            const QJsonObject value = change.value(QLatin1String("value")).toObject();
            if (text(change, "field") != u"feed" || text(value, "item") != u"comment" ||
                text(value, "verb") != u"add") {
                result.skipped.append(text(change, "field") + u'/' + text(value, "item") + u'/' +
                                      text(value, "verb"));
                continue;
            }
            QJsonObject comment{
                {QStringLiteral("id"), value.value(QLatin1String("comment_id"))},
                {QStringLiteral("message"), value.value(QLatin1String("message"))},
                {QStringLiteral("created_time"), value.value(QLatin1String("created_time"))},
                {QStringLiteral("from"), value.value(QLatin1String("from"))}};
            // A top-level comment's parent is the post itself.
            if (text(value, "parent_id") != text(value, "post_id"))
                comment.insert(
                    QStringLiteral("parent"),
                    QJsonObject{{QStringLiteral("id"), value.value(QLatin1String("parent_id"))}});
            result.items.append(commentToItem(comment, pageId));
        }
        const QJsonArray events = entry.value(QLatin1String("messaging")).toArray();
        for (const QJsonValue &eventValue : events) {
            const QJsonObject event = eventValue.toObject();
            const QJsonObject message = event.value(QLatin1String("message")).toObject();
            if (message.isEmpty() || text(message, "mid").isEmpty()) {
                result.skipped.append(QStringLiteral("messaging event without a message"));
                continue;
            }
            const QString sender = text(event.value(QLatin1String("sender")).toObject(), "id");
            const QString recipient =
                text(event.value(QLatin1String("recipient")).toObject(), "id");
            Sdk::InboundItem item;
            item.platformId = text(message, "mid");
            item.kind = Sdk::ItemKind::DirectMessage;
            item.text = text(message, "text");
            item.createdAt = fromEpochMs(event.value(QLatin1String("timestamp")).toDouble());
            // Echoes of the Page's own sends come with sender and recipient swapped.
            item.fromChannel = message.value(QLatin1String("is_echo")).toBool() || sender == pageId;
            const QString customer = item.fromChannel ? recipient : sender;
            item.author.platformUserId = item.fromChannel ? pageId : sender;
            item.author.handle = item.author.platformUserId;
            item.threadId = QStringLiteral("psid:") + customer; // one Messenger thread per person
            item.inReplyToId = text(message.value(QLatin1String("reply_to")).toObject(), "mid");
            result.items.append(item);
        }
    }
    return result;
}

} // namespace CareDesk::Channels::Facebook

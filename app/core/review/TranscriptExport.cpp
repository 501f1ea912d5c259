#include "TranscriptExport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace CareDesk::Review {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Workspace::TranscriptExport)
};

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Facts and the sentence, in the language of whoever exports.
QJsonArray reasonsForExport(const QList<Triage::PriorityReason> &reasons)
{
    QJsonArray array;
    for (const Triage::PriorityReason &reason : reasons) {
        QJsonObject json{{QStringLiteral("code"), reason.code},
                         {QStringLiteral("points"), reason.points},
                         {QStringLiteral("text"), Triage::describe(reason)}};
        if (!reason.detail.isEmpty())
            json.insert(QStringLiteral("detail"), reason.detail);
        array.append(json);
    }
    return array;
}

} // namespace

QJsonObject transcriptToJson(const Core::ConversationDetail &conversation)
{
    QJsonArray messages;
    for (const Core::MessageRecord &message : conversation.messages) {
        QJsonObject json{
            {QStringLiteral("id"), message.platformId},
            {QStringLiteral("direction"), message.direction == Core::Direction::Inbound
                                              ? QStringLiteral("in")
                                              : QStringLiteral("out")},
            {QStringLiteral("visibility"), message.visibility == Core::Visibility::Public
                                               ? QStringLiteral("public")
                                               : QStringLiteral("private")},
            {QStringLiteral("author"),
             message.direction == Core::Direction::Outbound && message.authorHandle.isEmpty()
                 ? conversation.channelName
                 : message.authorHandle},
            {QStringLiteral("createdAt"), iso(message.createdAt)},
            {QStringLiteral("text"), message.text},
            {QStringLiteral("lang"), message.language}};
        if (!message.replyTo.isEmpty())
            json.insert(QStringLiteral("inReplyTo"), message.replyTo);
        if (message.direction == Core::Direction::Inbound) {
            json.insert(QStringLiteral("addressed"), Core::toString(message.addressed));
            json.insert(QStringLiteral("category"), message.category);
        }
        messages.append(json);
    }
    const Core::CustomerProfile &customer = conversation.customer;
    QJsonObject json{
        {QStringLiteral("conversationId"), conversation.conversationId},
        {QStringLiteral("platform"), conversation.platform},
        {QStringLiteral("channel"), conversation.channelName},
        {QStringLiteral("status"), Core::toString(conversation.status)},
        {QStringLiteral("createdAt"), iso(conversation.createdAt)},
        {QStringLiteral("slaDue"), iso(conversation.slaDue)},
        {QStringLiteral("category"), conversation.category},
        {QStringLiteral("actionable"), conversation.actionable},
        {QStringLiteral("priority"), conversation.priority},
        {QStringLiteral("reasons"), reasonsForExport(conversation.priorityReasons)},
        {QStringLiteral("lang"), conversation.language},
        {QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), customer.displayName},
                                                 {QStringLiteral("handle"), customer.handle},
                                                 {QStringLiteral("followers"), customer.followers},
                                                 {QStringLiteral("verified"), customer.verified}}},
        {QStringLiteral("messages"), messages}};
    if (conversation.firstResponseAt.isValid())
        json.insert(QStringLiteral("firstResponseAt"), iso(conversation.firstResponseAt));
    if (conversation.resolvedAt.isValid())
        json.insert(QStringLiteral("resolvedAt"), iso(conversation.resolvedAt));
    return json;
}

QString transcriptHtmlHeader(const QString &title)
{
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                          "'none'; style-src 'unsafe-inline'\">"
                          "<title>") +
           escaped(title) +
           QStringLiteral(
               "</title><style>"
               "body{font-family:sans-serif;max-width:52em;margin:2em auto;color:#222}"
               "section{border-top:2px solid #ccc;padding-top:1em;margin-top:2em}"
               ".meta{color:#666;font-size:.9em}"
               ".msg{margin:.8em 0;padding:.6em .8em;border-radius:8px;white-space:pre-wrap}"
               ".in{background:#f1f3f5;margin-right:4em}.out{background:#e3f2fd;margin-left:4em}"
               ".private{border-left:4px solid #e0a800}"
               "</style></head><body>\n<h1>") +
           escaped(title) + QStringLiteral("</h1>\n");
}

QString transcriptToHtml(const Core::ConversationDetail &conversation)
{
    QString html = QStringLiteral("<section>\n<h2>") + escaped(conversation.customer.displayName) +
                   QStringLiteral(" <span class=\"meta\">@") +
                   escaped(conversation.customer.handle) +
                   QStringLiteral("</span></h2>\n<p class=\"meta\">") +
                   escaped(Tr::tr("%1 · %2 · status %3 · category %4 · priority %5")
                               .arg(conversation.platform, conversation.channelName,
                                    Core::toString(conversation.status), conversation.category)
                               .arg(conversation.priority)) +
                   QStringLiteral("</p>\n");
    if (!conversation.priorityReasons.isEmpty()) {
        const QString reasons =
            Triage::describeAll(conversation.priorityReasons, QStringLiteral("; "));
        html += QStringLiteral("<p class=\"meta\">") +
                escaped(Tr::tr("Priority reasons: %1").arg(reasons)) + QStringLiteral("</p>\n");
    }
    for (const Core::MessageRecord &message : conversation.messages) {
        const bool inbound = message.direction == Core::Direction::Inbound;
        const bool isPrivate = message.visibility == Core::Visibility::Private;
        html += QStringLiteral("<div class=\"msg ") +
                (inbound ? QStringLiteral("in") : QStringLiteral("out")) +
                (isPrivate ? QStringLiteral(" private") : QString()) +
                QStringLiteral("\"><div class=\"meta\">") +
                escaped(Tr::tr("%1 · %2 · %3")
                            .arg(message.authorName.isEmpty() ? message.authorHandle
                                                              : message.authorName,
                                 isPrivate ? Tr::tr("private message") : Tr::tr("public"),
                                 iso(message.createdAt))) +
                QStringLiteral("</div>") + escaped(message.text) + QStringLiteral("</div>\n");
    }
    return html + QStringLiteral("</section>\n");
}

QString transcriptHtmlFooter()
{
    return QStringLiteral("</body></html>\n");
}

} // namespace CareDesk::Review

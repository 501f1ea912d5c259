#include "TranscriptReport.h"

#include "translation/ProviderConfig.h"

#include "review/TranscriptExport.h"

#include <QCoreApplication>
#include <QHash>

namespace CareDesk::Review {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Review::TranscriptReport)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString timeText(const QDateTime &time)
{
    return time.isValid()
               ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")
               : QString();
}

QString scoreText(const std::optional<int> &score)
{
    if (!score)
        return Tr::tr("does not apply");
    switch (*score) {
    case 2:
        return Tr::tr("met");
    case 1:
        return Tr::tr("partly");
    default:
        return Tr::tr("not met");
    }
}

QString statusText(const QString &status)
{
    return status.isEmpty() ? Tr::tr("(none)") : status;
}

// What a change on the timeline says, in words.
QString changeText(const TimelineEntry &entry)
{
    switch (entry.kind) {
    case TimelineEntry::Kind::Assignment:
        if (entry.to.isEmpty())
            return Tr::tr("returned the conversation to the queue");
        return entry.to == entry.actor ? Tr::tr("took the conversation")
                                       : Tr::tr("assigned it to %1").arg(entry.to);
    case TimelineEntry::Kind::StatusChange:
        if (entry.reason == u"import")
            return Tr::tr("resolved on import: the brand had answered last");
        return Tr::tr("status %1 → %2").arg(statusText(entry.from), statusText(entry.to));
    case TimelineEntry::Kind::CategoryChange:
        return Tr::tr("category %1 → %2").arg(statusText(entry.from), statusText(entry.to));
    case TimelineEntry::Kind::Addressed:
        return Tr::tr("marked a customer message %1").arg(entry.to);
    case TimelineEntry::Kind::Escalation:
        if (entry.to == u"taken")
            return Tr::tr("took the escalated conversation");
        if (entry.to == u"flagged")
            return Tr::tr("flagged by a rule: %1").arg(entry.text);
        return Tr::tr("escalated to %1: %2")
            .arg(entry.from == u"leads" ? Tr::tr("the team's leads") : entry.from, entry.text);
    case TimelineEntry::Kind::Share:
        if (entry.to == u"repost")
            return Tr::tr("reposted the customer's praise");
        if (entry.to == u"quote")
            return Tr::tr("quoted the customer's praise: %1").arg(entry.text);
        return Tr::tr("liked the customer's praise");
    case TimelineEntry::Kind::Survey:
        if (entry.to == u"asked")
            return Tr::tr("satisfaction survey (%1) sent to the customer")
                .arg(entry.text.toUpper());
        if (entry.score)
            return Tr::tr("the customer answered the satisfaction survey: %1 of %2")
                .arg(*entry.score)
                .arg(entry.text == u"nps" ? 10 : 5);
        return Tr::tr("the customer's reply to the satisfaction survey held no score");
    default:
        return QString();
    }
}

} // namespace

QString durationText(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("–");
    if (seconds < 60)
        return Tr::tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return Tr::tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        return minutes % 60 == 0
                   ? Tr::tr("%1 h").arg(hours)
                   : Tr::tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return hours % 24 == 0 ? Tr::tr("%1 d").arg(hours / 24)
                           : Tr::tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

namespace {

void addFact(QString &html, const QString &name, const QString &value)
{
    html += QStringLiteral("<tr><th align=\"left\">") + esc(name) + QStringLiteral("</th><td>") +
            esc(value) + QStringLiteral("</td></tr>");
}

QString factsHtml(const Transcript &transcript)
{
    const Core::ConversationDetail &conversation = transcript.conversation;
    QString html = QStringLiteral("<table class=\"facts\">");
    const auto fact = [&html](const QString &name, const QString &value) {
        addFact(html, name, value);
    };
    fact(Tr::tr("Channel"), conversation.channelName + QStringLiteral(" (") +
                                conversation.platform + QLatin1Char(')'));
    fact(Tr::tr("Started"), timeText(transcript.entries.isEmpty() ? conversation.createdAt
                                                                  : transcript.entries.first().at));
    fact(Tr::tr("Agent"), transcript.agent.isEmpty() ? Tr::tr("nobody") : transcript.agent);
    fact(Tr::tr("Status"), Core::toString(conversation.status));
    fact(Tr::tr("Category"), conversation.category);
    fact(Tr::tr("Language"), conversation.language);
    fact(Tr::tr("First response"), transcript.firstResponseSecs < 0
                                       ? Tr::tr("none yet")
                                       : durationText(transcript.firstResponseSecs));
    fact(Tr::tr("SLA"), transcript.slaBreached
                            ? Tr::tr("breached (due %1)").arg(timeText(conversation.slaDue))
                            : Tr::tr("kept (due %1)").arg(timeText(conversation.slaDue)));
    fact(Tr::tr("Resolved after"), transcript.resolutionSecs < 0
                                       ? Tr::tr("not resolved")
                                       : durationText(transcript.resolutionSecs));
    fact(Tr::tr("Longest wait"), durationText(transcript.longestWaitSecs));
    return html + QStringLiteral("</table>\n");
}

// A customer message or a reply, with where it went, how long the customer had waited, and
// what the reviewer said about it.
QString messageHtml(const TimelineEntry &entry, const QStringList &comments, bool commentLinks)
{
    const bool inbound = entry.kind == TimelineEntry::Kind::CustomerMessage;
    const bool isPrivate = entry.visibility == Core::Visibility::Private;
    QString label = inbound ? (isPrivate ? Tr::tr("private message") : Tr::tr("public"))
                            : (isPrivate ? Tr::tr("private reply") : Tr::tr("public reply"));
    if (entry.customerWaitedSecs >= 0)
        label += QStringLiteral(" · ") +
                 Tr::tr("customer waited %1").arg(durationText(entry.customerWaitedSecs));
    QString what =
        QStringLiteral("<a name=\"m%1\"></a><span class=\"meta\">").arg(entry.messageId) +
        esc(label) + QStringLiteral("</span><br>") +
        esc(entry.text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (entry.translation.agentWrote)
        what += QStringLiteral("<br><span class=\"meta\">") +
                esc(Tr::tr("sent machine-translated (%1); the agent wrote:")
                        .arg(Translation::providerName(entry.translation.provider))) +
                QStringLiteral("</span><br><i>") +
                esc(entry.translation.text).replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                QStringLiteral("</i>");
    if (commentLinks)
        what += QStringLiteral(" <a href=\"comment:%1\">").arg(entry.messageId) +
                esc(Tr::tr("Comment")) + QStringLiteral("</a>");
    for (const QString &comment : comments)
        what += QStringLiteral("<div class=\"qa\"><b>") + esc(Tr::tr("QA:")) +
                QStringLiteral("</b> ") + esc(comment) + QStringLiteral("</div>");
    return what;
}

// `account`: the channel's own account, which posted every reply whose agent is not known
// (history brought in by an import, a reply sent outside CareDesk).
QString timelineRowHtml(const TimelineEntry &entry, const QDateTime &start, const QString &account,
                        const QHash<qint64, QStringList> &commentsByMessage, bool commentLinks)
{
    const bool isMessage = entry.kind == TimelineEntry::Kind::CustomerMessage ||
                           entry.kind == TimelineEntry::Kind::Reply;
    QString actor = entry.actor;
    if (actor.isEmpty() && entry.kind == TimelineEntry::Kind::Reply)
        actor = account;
    // A change another desk of the team made arrives without its author.
    const QString who =
        esc(actor.isEmpty() ? (isMessage ? Tr::tr("(unknown)") : QString()) : actor);
    QString what;
    QString rowClass;
    switch (entry.kind) {
    case TimelineEntry::Kind::CustomerMessage:
    case TimelineEntry::Kind::Reply:
        rowClass = entry.kind == TimelineEntry::Kind::CustomerMessage ? QStringLiteral("in")
                                                                      : QStringLiteral("out");
        what = messageHtml(entry, commentsByMessage.value(entry.messageId), commentLinks);
        break;
    case TimelineEntry::Kind::Note:
        rowClass = QStringLiteral("note");
        what = QStringLiteral("<span class=\"meta\">") + esc(Tr::tr("internal note")) +
               QStringLiteral("</span><br>") +
               esc(entry.text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        break;
    default:
        rowClass = QStringLiteral("change");
        what = QStringLiteral("<i>") + esc(changeText(entry)) + QStringLiteral("</i>");
        break;
    }
    return QStringLiteral("<tr class=\"%1\"><td class=\"when\" valign=\"top\" nowrap>")
               .arg(rowClass) +
           esc(timeText(entry.at)) + QStringLiteral("<br><span class=\"meta\">+") +
           esc(durationText(start.secsTo(entry.at))) +
           QStringLiteral("</span></td><td valign=\"top\"><b>") + who +
           QStringLiteral("</b></td><td valign=\"top\">") + what + QStringLiteral("</td></tr>\n");
}

QString reviewHtml(const QaReview &review, const QStringList &generalComments)
{
    QString html = QStringLiteral("<h3>") + esc(Tr::tr("QA review by %1").arg(review.reviewer)) +
                   QStringLiteral("</h3>\n");
    const double percent = review.percent();
    html += QStringLiteral("<p><b>") +
            esc(percent < 0 ? Tr::tr("Not scored") : Tr::tr("Score %1 %").arg(percent, 0, 'f', 0)) +
            QStringLiteral("</b></p>\n<table class=\"facts\">");
    for (const CriterionScore &score : review.scores)
        addFact(html, score.title, scoreText(score.score));
    html += QStringLiteral("</table>\n");
    if (!review.summary.isEmpty())
        html += QStringLiteral("<p>") +
                esc(review.summary).replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                QStringLiteral("</p>\n");
    for (const QString &comment : generalComments)
        html += QStringLiteral("<div class=\"qa\">") + esc(comment) + QStringLiteral("</div>\n");
    return html;
}

} // namespace

QString transcriptReportHtml(const Transcript &transcript, const QaReview *review,
                             bool commentLinks)
{
    const Core::ConversationDetail &conversation = transcript.conversation;
    QString html = QStringLiteral("<section>\n<h2>") + esc(conversation.customer.displayName);
    if (!conversation.customer.handle.isEmpty())
        html += QStringLiteral(" <span class=\"meta\">@") + esc(conversation.customer.handle) +
                QStringLiteral("</span>");
    html += QStringLiteral("</h2>\n") + factsHtml(transcript);

    QHash<qint64, QStringList> commentsByMessage;
    if (review)
        for (const ReviewComment &comment : review->comments)
            commentsByMessage[comment.messageId].append(comment.text);

    html += QStringLiteral(
        "<table class=\"timeline\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n");
    const QDateTime start =
        transcript.entries.isEmpty() ? QDateTime() : transcript.entries.first().at;
    for (const TimelineEntry &entry : transcript.entries)
        html += timelineRowHtml(entry, start, conversation.channelName, commentsByMessage,
                                commentLinks);
    html += QStringLiteral("</table>\n");
    // Comments on no message (id 0) are about the whole conversation.
    if (review && review->id != 0)
        html += reviewHtml(*review, commentsByMessage.value(0));
    return html + QStringLiteral("</section>\n");
}

QString transcriptReportDocument(const QString &title, const QStringList &reportSections)
{
    QString html = transcriptHtmlHeader(title);
    html.replace(QStringLiteral("</style>"),
                 QStringLiteral("table.timeline td{border-bottom:1px solid #ddd}"
                                "tr.in td{background:#f1f3f5}tr.out td{background:#e3f2fd}"
                                "tr.note td{background:#fff8e1}tr.change td{color:#555}"
                                ".facts th{padding-right:1em}.qa{color:#8a4b00;margin-top:.3em}"
                                "</style>"));
    for (const QString &section : reportSections)
        html += section;
    return html + transcriptHtmlFooter();
}

} // namespace CareDesk::Review

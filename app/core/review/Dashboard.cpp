#include "Dashboard.h"

#include "ReviewStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <optional>
#include <vector>

namespace CareDesk::Review {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Review::Dashboard)
};

constexpr qint64 MINUTE = 60;
constexpr qint64 HOUR = 60 * MINUTE;
constexpr qint64 DAY = 24 * HOUR;

// The value below which `share` of the sorted values lie (nearest rank).
qint64 percentile(const QList<qint64> &sorted, double share)
{
    if (sorted.isEmpty())
        return -1;
    const qsizetype rank = qsizetype(std::ceil(share * double(sorted.size())));
    return sorted[std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1)];
}

Histogram histogram(QList<qint64> values, const QList<qint64> &upperBounds)
{
    Histogram result;
    result.upperBoundsSecs = upperBounds;
    result.counts = QList<int>(upperBounds.size() + 1, 0);
    std::sort(values.begin(), values.end());
    for (qint64 value : values) {
        const auto bucket =
            std::lower_bound(upperBounds.begin(), upperBounds.end(), value) - upperBounds.begin();
        ++result.counts[bucket];
    }
    result.total = int(values.size());
    result.medianSecs = percentile(values, 0.5);
    result.p90Secs = percentile(values, 0.9);
    return result;
}

QList<CountBy> mostFirst(const QHash<QString, int> &counts)
{
    QList<CountBy> list;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const CountBy &a, const CountBy &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    return list;
}

QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace('"', "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

} // namespace

double DashboardFigures::slaAttainment() const
{
    const int due = slaMet + slaBreached;
    return due == 0 ? -1 : 100.0 * slaMet / due;
}

double DashboardFigures::responseRate() const
{
    return actionableMessages == 0 ? -1 : 100.0 * answeredMessages / actionableMessages;
}

Result<DashboardFigures> computeDashboard(QSqlDatabase db, const DashboardPeriod &period,
                                          const QDateTime &now)
{
    const auto readError = [](const QSqlQuery &query) {
        return Error{Tr::tr("The dashboard figures could not be read."), query.lastError().text()};
    };
    const qint64 from = period.from.isValid() ? period.from.toMSecsSinceEpoch()
                                              : std::numeric_limits<qint64>::min();
    const qint64 to =
        period.to.isValid() ? period.to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    const qint64 nowMs = now.toMSecsSinceEpoch();

    DashboardFigures figures;
    // The period's conversations first, then their messages in one pass: a few index lookups
    // per conversation instead of one per figure.
    struct Facts
    {
        QString channel, category, language, agent;
        bool actionable = false;
        bool resolved = false;
        qint64 createdAt = 0;
        std::optional<qint64> firstResponseAt;
        std::optional<qint64> resolvedAt;
        qint64 slaDue = 0;
        std::optional<qint64> firstCustomerMessage;
        int inbound = 0;
        int replied = 0;
        int outbound = 0;
    };
    std::vector<Facts> facts;
    QHash<qint64, size_t> factsOf; // conversation id -> index in facts
    QHash<QString, int> repliesBy; // agent -> replies in the period's conversations
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const auto bindPeriod = [&](QSqlQuery &periodQuery) {
        periodQuery.bindValue(QStringLiteral(":from"), from);
        periodQuery.bindValue(QStringLiteral(":to"), to);
        periodQuery.bindValue(QStringLiteral(":channel"), period.channelId);
    };
    query.prepare(
        QStringLiteral("SELECT c.id, ch.name, c.category, c.language, c.actionable, c.status, %1,"
                       " c.created_at, c.first_response_at, c.resolved_at, c.sla_due"
                       " FROM conversations c JOIN channels ch ON ch.id = c.channel_id"
                       " WHERE c.created_at >= :from AND c.created_at < :to"
                       " AND (:channel = 0 OR c.channel_id = :channel)")
            .arg(QLatin1String(CONVERSATION_AGENT_SQL)));
    bindPeriod(query);
    if (!query.exec())
        return readError(query);
    while (query.next()) {
        Facts conversation;
        conversation.channel = query.value(1).toString();
        conversation.category = query.value(2).toString();
        conversation.language = query.value(3).toString();
        conversation.actionable = query.value(4).toBool();
        conversation.resolved = query.value(5).toString() == u"resolved";
        conversation.agent = query.value(6).toString();
        conversation.createdAt = query.value(7).toLongLong();
        if (!query.value(8).isNull())
            conversation.firstResponseAt = query.value(8).toLongLong();
        if (!query.value(9).isNull())
            conversation.resolvedAt = query.value(9).toLongLong();
        conversation.slaDue = query.value(10).toLongLong();
        factsOf.insert(query.value(0).toLongLong(), facts.size());
        facts.push_back(std::move(conversation));
    }
    query.prepare(QStringLiteral(
        "SELECT m.conversation_id, m.direction = 'in', m.addressed = 'replied', m.created_at,"
        " CASE WHEN m.direction = 'out' THEN COALESCE(NULLIF(m.sent_by, ''), (SELECT o.author FROM "
        "outbox o"
        "   WHERE o.channel_id = m.channel_id AND o.platform_id = m.platform_id LIMIT 1), '') END"
        " FROM conversations c JOIN messages m ON m.conversation_id = c.id"
        " WHERE c.created_at >= :from AND c.created_at < :to AND (:channel = 0 OR c.channel_id = "
        ":channel)"));
    bindPeriod(query);
    if (!query.exec())
        return readError(query);
    while (query.next()) {
        const auto found = factsOf.constFind(query.value(0).toLongLong());
        if (found == factsOf.cend())
            continue;
        Facts &conversation = facts[*found];
        if (query.value(1).toBool()) {
            ++conversation.inbound;
            conversation.replied += query.value(2).toBool() ? 1 : 0;
            const qint64 at = query.value(3).toLongLong();
            if (!conversation.firstCustomerMessage || at < *conversation.firstCustomerMessage)
                conversation.firstCustomerMessage = at;
        } else {
            ++conversation.outbound;
            if (const QString sentBy = query.value(4).toString(); !sentBy.isEmpty())
                ++repliesBy[sentBy];
        }
    }

    QHash<QString, int> byChannel, byCategory, byLanguage;
    QList<qint64> firstResponses, resolutions;
    QMap<QString, AgentFigures> agents;
    QHash<QString, QList<qint64>> agentFirstResponses;
    for (const Facts &conversation : facts) {
        ++figures.conversations;
        ++byChannel[conversation.channel];
        ++byCategory[conversation.category];
        ++byLanguage[conversation.language];
        const bool actionable = conversation.actionable;
        const bool resolved = conversation.resolved;
        const QString &agentName = conversation.agent;
        const qint64 start = conversation.firstCustomerMessage.value_or(conversation.createdAt);
        const bool answered = conversation.firstResponseAt.has_value();
        const qint64 firstResponse = conversation.firstResponseAt.value_or(0);
        const int inbound = conversation.inbound;
        figures.inboundMessages += inbound;
        figures.replies += conversation.outbound;

        AgentFigures *agent = agentName.isEmpty() ? nullptr : &agents[agentName];
        if (agent) {
            agent->agent = agentName;
            ++agent->conversations;
            agent->resolved += resolved ? 1 : 0;
        }
        if (answered) {
            firstResponses.append((firstResponse - start) / 1000);
            if (agent)
                agentFirstResponses[agentName].append((firstResponse - start) / 1000);
        }
        if (resolved && conversation.resolvedAt)
            resolutions.append((*conversation.resolvedAt - start) / 1000);
        if (actionable) {
            figures.actionableMessages += inbound;
            figures.answeredMessages += conversation.replied;
            const qint64 slaDue = conversation.slaDue;
            // Unanswered and not yet due: the SLA has not been decided either way.
            int *outcome = nullptr;
            if (answered)
                outcome = firstResponse <= slaDue ? &figures.slaMet : &figures.slaBreached;
            else if (!resolved && slaDue < nowMs)
                outcome = &figures.slaBreached;
            if (outcome) {
                ++*outcome;
                if (agent)
                    ++(outcome == &figures.slaMet ? agent->slaMet : agent->slaBreached);
            }
        }
    }
    figures.byChannel = mostFirst(byChannel);
    figures.byCategory = mostFirst(byCategory);
    figures.byLanguage = mostFirst(byLanguage);
    figures.firstResponse = histogram(firstResponses, {15 * MINUTE, HOUR, 4 * HOUR, DAY});
    figures.resolution = histogram(resolutions, {HOUR, 4 * HOUR, DAY, 3 * DAY});

    // The backlog is now, whatever the period: every unresolved conversation, aged from the
    // customer's oldest unanswered message (else from its start).
    // The customer's oldest unanswered message per conversation, read from the small index of
    // open messages; a conversation with none (waiting on the customer) is aged from its start.
    QHash<qint64, qint64> oldestOpen;
    if (!query.exec(QStringLiteral("SELECT conversation_id, created_at FROM messages"
                                   " WHERE direction = 'in' AND addressed = 'open'")))
        return readError(query);
    while (query.next()) {
        const qint64 conversation = query.value(0).toLongLong();
        const qint64 at = query.value(1).toLongLong();
        auto found = oldestOpen.find(conversation);
        if (found == oldestOpen.end())
            oldestOpen.insert(conversation, at);
        else if (at < *found)
            *found = at;
    }
    query.prepare(
        QStringLiteral("SELECT id, created_at FROM conversations"
                       " WHERE status != 'resolved' AND (:channel = 0 OR channel_id = :channel)"));
    query.bindValue(QStringLiteral(":channel"), period.channelId);
    if (!query.exec())
        return readError(query);
    QList<qint64> ages;
    while (query.next()) {
        const qint64 since =
            oldestOpen.value(query.value(0).toLongLong(), query.value(1).toLongLong());
        ages.append(std::max<qint64>(0, (nowMs - since) / 1000));
    }
    figures.backlogAge = histogram(ages, {HOUR, 4 * HOUR, DAY, 3 * DAY});

    // Replies each agent sent in the period's conversations, from this desk or another of the team.
    for (auto it = repliesBy.cbegin(); it != repliesBy.cend(); ++it) {
        AgentFigures &agent = agents[it.key()];
        agent.agent = it.key();
        agent.replies = it.value();
    }
    auto quality = ReviewStore(db).agentResults(period.from, period.to);
    if (!quality)
        return quality.error();
    figures.quality = quality.value();
    for (const AgentQaResult &result : quality.value()) {
        AgentFigures &agent = agents[result.agent];
        agent.agent = result.agent;
        agent.qaPercent = result.averagePercent;
    }
    for (AgentFigures &agent : agents) {
        QList<qint64> times = agentFirstResponses.value(agent.agent);
        std::sort(times.begin(), times.end());
        agent.medianFirstResponseSecs = percentile(times, 0.5);
        figures.agents.append(agent);
    }

    query.prepare(QStringLiteral(
        "SELECT COALESCE(u.response_id, 0), COALESCE(r.title, MAX(u.title)), COUNT(*),"
        " SUM(CASE WHEN u.edit_ratio = 0 THEN 1 ELSE 0 END), AVG(u.edit_ratio)"
        " FROM canned_uses u LEFT JOIN canned_responses r ON r.id = u.response_id"
        " LEFT JOIN conversations c ON c.id = u.conversation_id"
        " WHERE u.at >= :from AND u.at < :to AND (:channel = 0 OR c.channel_id = :channel)"
        " GROUP BY COALESCE(u.response_id, 0), COALESCE(r.title, u.title) ORDER BY COUNT(*) DESC, "
        "2"));
    bindPeriod(query);
    if (!query.exec())
        return readError(query);
    while (query.next()) {
        TemplateFigures figure;
        figure.responseId = query.value(0).toLongLong();
        figure.title = query.value(1).toString();
        figure.uses = query.value(2).toInt();
        figure.unchanged = query.value(3).toInt();
        figure.averageEditRatio = query.value(4).toDouble();
        if (figure.uses >= TEMPLATE_ADVICE_MIN_USES) {
            if (figure.unchanged * 100 >= figure.uses * 95)
                figure.advice = TemplateFigures::Advice::SentUnchanged;
            else if (figure.averageEditRatio >= 0.6)
                figure.advice = TemplateFigures::Advice::AlwaysRewritten;
        }
        figures.templates.append(figure);
    }
    return figures;
}

QByteArray dashboardCsv(const DashboardFigures &figures)
{
    QByteArray csv = "section,key,value\r\n";
    const auto row = [&csv](const QString &section, const QString &key, const QString &value) {
        csv += csvField(section) + ',' + csvField(key) + ',' + csvField(value) + "\r\n";
    };
    const auto number = [](double value) {
        return value < 0 ? QString() : QString::number(value, 'f', 1);
    };
    row(QStringLiteral("totals"), QStringLiteral("conversations"),
        QString::number(figures.conversations));
    row(QStringLiteral("totals"), QStringLiteral("customer messages"),
        QString::number(figures.inboundMessages));
    row(QStringLiteral("totals"), QStringLiteral("replies"), QString::number(figures.replies));
    row(QStringLiteral("totals"), QStringLiteral("SLA attainment %"),
        number(figures.slaAttainment()));
    row(QStringLiteral("totals"), QStringLiteral("response rate %"),
        number(figures.responseRate()));
    for (const auto &[section, counts] :
         {std::pair{QStringLiteral("channel"), &figures.byChannel},
          std::pair{QStringLiteral("category"), &figures.byCategory},
          std::pair{QStringLiteral("language"), &figures.byLanguage}})
        for (const CountBy &count : *counts)
            row(section, count.key, QString::number(count.count));
    for (const auto &[section, histogram] :
         {std::pair{QStringLiteral("first response"), &figures.firstResponse},
          std::pair{QStringLiteral("resolution"), &figures.resolution},
          std::pair{QStringLiteral("backlog age"), &figures.backlogAge}}) {
        for (qsizetype i = 0; i < histogram->counts.size(); ++i) {
            const QString bucket =
                i < histogram->upperBoundsSecs.size()
                    ? QStringLiteral("<= %1 s").arg(histogram->upperBoundsSecs[i])
                    : QStringLiteral("> %1 s").arg(histogram->upperBoundsSecs.value(i - 1));
            row(section, bucket, QString::number(histogram->counts[i]));
        }
        row(section, QStringLiteral("median s"),
            histogram->medianSecs < 0 ? QString() : QString::number(histogram->medianSecs));
        row(section, QStringLiteral("p90 s"),
            histogram->p90Secs < 0 ? QString() : QString::number(histogram->p90Secs));
    }
    for (const AgentFigures &agent : figures.agents) {
        const QString section = QStringLiteral("agent ") + agent.agent;
        row(section, QStringLiteral("conversations"), QString::number(agent.conversations));
        row(section, QStringLiteral("resolved"), QString::number(agent.resolved));
        row(section, QStringLiteral("replies"), QString::number(agent.replies));
        row(section, QStringLiteral("median first response s"),
            agent.medianFirstResponseSecs < 0 ? QString()
                                              : QString::number(agent.medianFirstResponseSecs));
        row(section, QStringLiteral("SLA met"), QString::number(agent.slaMet));
        row(section, QStringLiteral("SLA breached"), QString::number(agent.slaBreached));
        row(section, QStringLiteral("QA %"), number(agent.qaPercent));
    }
    for (const AgentQaResult &result : figures.quality)
        for (const auto &[week, percent] : result.byWeek)
            row(QStringLiteral("agent ") + result.agent,
                QStringLiteral("QA % week of ") + week.toString(Qt::ISODate), number(percent));
    for (const TemplateFigures &figure : figures.templates) {
        const QString section = QStringLiteral("canned ") + figure.title;
        row(section, QStringLiteral("uses"), QString::number(figure.uses));
        row(section, QStringLiteral("sent unchanged"), QString::number(figure.unchanged));
        row(section, QStringLiteral("average edit %"), number(100 * figure.averageEditRatio));
    }
    return csv;
}

} // namespace CareDesk::Review

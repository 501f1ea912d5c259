#include "TeamShifts.h"

#include "ChangeFanout.h"
#include "Clock.h"
#include "Logging.h"
#include "ServerChannels.h"
#include "ServerIngest.h"
#include "compose/SignOff.h"
#include "store/TeamStore.h"
#include "triage/SlaPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace CareDesk::Server {

using Core::Error;
using Core::Result;

namespace {

// The catalogs know these messages under the context of the server as one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamServer)
};

// Errors the API answers with 422 and 409 carry these as their detail.
Error invalid(const QString &message)
{
    return Error{message, QStringLiteral("invalid")};
}

Error conflict(const QString &message)
{
    return Error{message, QStringLiteral("conflict")};
}

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace

TeamShifts::TeamShifts(TeamStore &store, ServerIngest &ingest, ServerChannels &channels,
                       ChangeFanout &fanout, const Core::Clock &clock)
    : m_store(store)
    , m_ingest(ingest)
    , m_channels(channels)
    , m_fanout(fanout)
    , m_clock(clock)
{}

qint64 TeamShifts::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

Result<Shifts::Roster> TeamShifts::rosterOf(qint64 teamId)
{
    auto stored = m_store.shifts().roster(teamId);
    if (!stored)
        return stored.error();
    Shifts::Roster roster;
    if (!stored.value().roster.isEmpty()) {
        auto parsed = Shifts::Roster::fromJson(stored.value().roster);
        if (!parsed)
            return parsed.error();
        roster = parsed.value();
    }
    if (!stored.value().slaPolicy.isEmpty()) {
        if (auto sla = Triage::SlaPolicy::fromJson(stored.value().slaPolicy))
            roster.setCalendar(sla.value().timeZone, sla.value().holidays);
    }
    return roster;
}

Result<QJsonObject> TeamShifts::setRoster(qint64 teamId, const QByteArray &json)
{
    auto parsed = Shifts::Roster::fromJson(json);
    if (!parsed)
        return invalid(parsed.error().userMessage);
    auto agents = m_store.accounts().teamAgents(teamId);
    if (!agents)
        return agents.error();
    QStringList unknown;
    for (const Shifts::Shift &shift : parsed.value().shifts()) {
        const bool member =
            std::any_of(agents.value().cbegin(), agents.value().cend(),
                        [&](const Agent &agent) { return agent.login == shift.agent; });
        if (!member && !unknown.contains(shift.agent))
            unknown.append(shift.agent);
    }
    if (!unknown.isEmpty())
        return invalid(Tr::tr("These are not agents of the team: %1.")
                           .arg(unknown.join(QStringLiteral(", "))));
    if (auto saved = m_store.shifts().setRoster(teamId, parsed.value().toJson()); !saved)
        return saved.error();
    if (auto followed = followRoster(teamId); !followed)
        return followed.error();
    m_fanout.changed(teamId);
    return teamShifts(teamId);
}

QJsonObject TeamShifts::spanJson(const Shifts::Roster &roster, const Shifts::ShiftSpan &span) const
{
    return QJsonObject{{QStringLiteral("agent"), span.agent},
                       {QStringLiteral("start"), iso(span.start)},
                       {QStringLiteral("end"), iso(span.end)},
                       {QStringLiteral("localStart"), roster.localTime(span.start)},
                       {QStringLiteral("localEnd"), roster.localTime(span.end)},
                       {QStringLiteral("channels"), QJsonArray::fromStringList(span.channels)}};
}

Result<QJsonObject> TeamShifts::teamShifts(qint64 teamId)
{
    auto roster = rosterOf(teamId);
    if (!roster)
        return roster.error();
    const QDateTime now = m_clock.now();
    QJsonArray onNow;
    for (const Shifts::ShiftSpan &span : roster.value().onAt(now))
        onNow.append(spanJson(roster.value(), span));
    QJsonArray next;
    for (const Shifts::ShiftSpan &span : roster.value().startingAfter(now, 5))
        next.append(spanJson(roster.value(), span));
    return QJsonObject{
        {QStringLiteral("roster"), QJsonDocument::fromJson(roster.value().toJson()).object()},
        {QStringLiteral("timeZone"), roster.value().zoneName(now)},
        {QStringLiteral("onNow"), onNow},
        {QStringLiteral("next"), next}};
}

void TeamShifts::followRoster()
{
    const auto teams = m_store.teams().teamIds();
    for (qint64 teamId : teams ? teams.value() : QList<qint64>()) {
        if (auto followed = followRoster(teamId); !followed)
            qCWarning(lcServer) << "roster of team" << teamId
                                << "not followed:" << followed.error().detail;
    }
}

Result<void> TeamShifts::followRoster(qint64 teamId)
{
    auto roster = rosterOf(teamId);
    if (!roster)
        return roster.error();
    if (roster.value().isEmpty())
        return {};
    auto agents = m_store.accounts().teamAgents(teamId);
    if (!agents)
        return agents.error();
    bool changed = false;
    for (const Agent &agent : agents.value()) {
        // Nobody is at a desk that is not connected; and what an agent set holds for now.
        if (agent.presence == Presence::Offline || !roster.value().rosters(agent.login))
            continue;
        auto held = m_store.shifts().heldUntil(agent.id);
        if (!held)
            return held.error();
        if (held.value() > nowMs())
            continue;
        const Presence rostered = roster.value().shiftOf(agent.login, m_clock.now())
                                      ? Presence::Available
                                      : Presence::Away;
        if (rostered == agent.presence)
            continue;
        if (auto set = m_store.accounts().setPresence(agent, rostered, nowMs()); !set)
            return set.error();
        changed = true;
    }
    if (changed)
        m_fanout.changed(teamId);
    return {};
}

Presence TeamShifts::presenceOnArrival(const Agent &agent)
{
    auto roster = rosterOf(agent.teamId);
    auto held = m_store.shifts().heldUntil(agent.id);
    if (!roster || !held || !roster.value().rosters(agent.login) || held.value() > nowMs())
        return Presence::Available;
    return roster.value().shiftOf(agent.login, m_clock.now()) ? Presence::Available
                                                              : Presence::Away;
}

void TeamShifts::presenceSetByAgent(const Agent &agent)
{
    auto roster = rosterOf(agent.teamId);
    if (!roster || !roster.value().rosters(agent.login))
        return;
    const QDateTime until = roster.value().nextChange(agent.login, m_clock.now());
    // With no change ahead within a week, what they set holds for that week.
    const qint64 untilMs =
        until.isValid() ? until.toMSecsSinceEpoch() : nowMs() + qint64(7) * 24 * 3600 * 1000;
    if (auto held = m_store.shifts().holdPresence(agent.id, untilMs); !held)
        qCWarning(lcServer) << "presence hold not kept:" << held.error().detail;
}

Result<std::optional<TeamShifts::Proposal>> TeamShifts::proposalFor(const Agent &agent,
                                                                    const Shifts::Roster &roster)
{
    const auto shift = roster.shiftOf(agent.login, m_clock.now());
    if (!shift || shift->start.msecsTo(m_clock.now()) > PROPOSAL_WINDOW_MS)
        return std::optional<Proposal>();
    auto decided = m_store.shifts().decision(agent.id, shift->start.toMSecsSinceEpoch());
    if (!decided)
        return decided.error();
    if (decided.value())
        return std::optional<Proposal>();
    const QString signOff = Compose::signOffFor(Compose::SignOffStyle::Initials, agent.displayName);
    const QString firstName = agent.displayName.section(u' ', 0, 0);
    return std::optional<Proposal>(
        Proposal{*shift, Shifts::shiftPostText(roster, *shift, firstName, signOff)});
}

Result<QJsonObject> TeamShifts::myShift(const Agent &agent)
{
    auto roster = rosterOf(agent.teamId);
    if (!roster)
        return roster.error();
    const QDateTime now = m_clock.now();
    QJsonObject answer{{QStringLiteral("timeZone"), roster.value().zoneName(now)}};
    const auto shift = roster.value().shiftOf(agent.login, now);
    answer.insert(QStringLiteral("onShift"), shift.has_value());
    answer.insert(QStringLiteral("shift"),
                  shift ? QJsonValue(spanJson(roster.value(), *shift)) : QJsonValue());
    std::optional<Shifts::ShiftSpan> next;
    for (const Shifts::ShiftSpan &span : roster.value().startingAfter(now, 50)) {
        if (span.agent == agent.login) {
            next = span;
            break;
        }
    }
    answer.insert(QStringLiteral("next"),
                  next ? QJsonValue(spanJson(roster.value(), *next)) : QJsonValue());
    auto proposal = proposalFor(agent, roster.value());
    if (!proposal)
        return proposal.error();
    QJsonValue proposed;
    if (proposal.value()) {
        QStringList channels = m_channels.channelsOf(agent.teamId);
        if (!proposal.value()->shift.channels.isEmpty())
            channels.removeIf([&](const QString &channel) {
                return !proposal.value()->shift.channels.contains(channel);
            });
        if (!channels.isEmpty())
            proposed =
                QJsonObject{{QStringLiteral("text"), proposal.value()->text},
                            {QStringLiteral("channels"), QJsonArray::fromStringList(channels)},
                            {QStringLiteral("shiftStart"), iso(proposal.value()->shift.start)}};
    }
    answer.insert(QStringLiteral("proposal"), proposed);
    return answer;
}

Result<QJsonObject> TeamShifts::decidePost(const Agent &agent, const QJsonObject &body)
{
    const QString decision = body.value(QLatin1String("decision")).toString();
    if (decision != u"post" && decision != u"decline")
        return invalid(Tr::tr("decision must be post or decline."));
    auto roster = rosterOf(agent.teamId);
    if (!roster)
        return roster.error();
    auto proposal = proposalFor(agent, roster.value());
    if (!proposal)
        return proposal.error();
    if (!proposal.value())
        return conflict(Tr::tr("No shift-change post is waiting: the shift has not started, or "
                               "its post was decided already."));
    ShiftRecords::PostDecision decided{agent.id,
                                       agent.teamId,
                                       proposal.value()->shift.start.toMSecsSinceEpoch(),
                                       QStringLiteral("declined"),
                                       {},
                                       {},
                                       {}};
    if (decision == u"post") {
        decided.decision = QStringLiteral("posted");
        decided.channel = body.value(QLatin1String("channel")).toString();
        decided.text = body.value(QLatin1String("text")).toString().trimmed();
        if (decided.text.isEmpty())
            return invalid(Tr::tr("The post needs its text."));
        const QStringList &allowed = proposal.value()->shift.channels;
        if (m_channels.teamOf(decided.channel) != agent.teamId ||
            (!allowed.isEmpty() && !allowed.contains(decided.channel)))
            return invalid(Tr::tr("%1 is not a channel of this shift.").arg(decided.channel));
        // One post per shift: the same id every time, so a resent request posts nothing new.
        decided.clientId = QStringLiteral("shift:%1:%2").arg(agent.id).arg(decided.shiftStartMs);
        if (auto queued =
                m_ingest.queuePost(decided.channel, decided.text, decided.clientId, agent.login);
            !queued)
            return queued.error();
    }
    if (auto recorded = m_store.shifts().decide(decided, nowMs()); !recorded)
        return recorded.error();
    if (decision == u"post")
        m_channels.pollSoon();
    return QJsonObject{{QStringLiteral("decision"), decided.decision},
                       {QStringLiteral("channel"), decided.channel},
                       {QStringLiteral("clientId"), decided.clientId}};
}

} // namespace CareDesk::Server

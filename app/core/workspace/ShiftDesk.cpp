#include "ShiftDesk.h"

#include "TeamSession.h"
#include "sync/TeamSync.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace CareDesk::Workspace {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Workspace::ShiftDesk)
};

} // namespace

ShiftDesk::ShiftDesk(TeamSession &team, QObject *parent)
    : QObject(parent)
    , m_team(team)
{
    m_checks.setParent(this); // it moves to the workspace's thread with the desk
    m_checks.setInterval(CHECK_INTERVAL_MS);
    connect(&m_checks, &QTimer::timeout, this, &ShiftDesk::checkShiftPost);
    connect(&m_team, &TeamSession::signedIn, this, [this] {
        m_proposalShown = false;
        m_checks.start();
        checkShiftPost();
    });
}

void ShiftDesk::loadShifts()
{
    if (!m_team.isSignedIn())
        return;
    m_team.sync().callForObject(
        "GET", QStringLiteral("/v1/roster"), {}, [this](Result<QJsonObject> answer) {
            if (!answer)
                Q_EMIT refused(answer.error());
            else
                Q_EMIT shiftsLoaded(Shifts::shiftBoardFromJson(answer.value()));
        });
}

void ShiftDesk::saveRoster(const QByteArray &roster)
{
    if (!m_team.isSignedIn()) {
        Q_EMIT refused(
            Error{Tr::tr("A shift roster is kept by the team server: sign in first."), {}});
        return;
    }
    m_team.sync().callForObject(
        "PUT", QStringLiteral("/v1/roster"), QJsonDocument::fromJson(roster).object(),
        [this](Result<QJsonObject> answer) {
            if (!answer) {
                Q_EMIT refused(answer.error());
                return;
            }
            Q_EMIT rosterSaved(Tr::tr("The team's roster is saved on the team server."));
            Q_EMIT shiftsLoaded(Shifts::shiftBoardFromJson(answer.value()));
        });
}

void ShiftDesk::setPresence(const QString &presence)
{
    if (!m_team.isSignedIn())
        return;
    m_team.sync().callForObject("POST", QStringLiteral("/v1/presence"),
                                QJsonObject{{QStringLiteral("presence"), presence}},
                                [this, presence](Result<QJsonObject> answer) {
                                    if (!answer)
                                        Q_EMIT refused(answer.error());
                                    else
                                        Q_EMIT presenceSet(presence);
                                });
}

void ShiftDesk::checkShiftPost()
{
    if (!m_team.isSignedIn() || m_proposalShown)
        return;
    m_team.sync().callForObject(
        "GET", QStringLiteral("/v1/roster/me"), {}, [this](Result<QJsonObject> answer) {
            // A desk without a shift, or a server without rosters, simply has nothing to offer.
            if (!answer || !answer.value().value(QLatin1String("proposal")).isObject() ||
                m_proposalShown)
                return;
            const QJsonObject proposed = answer.value().value(QLatin1String("proposal")).toObject();
            Shifts::ShiftPostProposal proposal;
            proposal.text = proposed.value(QLatin1String("text")).toString();
            const QJsonArray channels = proposed.value(QLatin1String("channels")).toArray();
            for (const QJsonValue &channel : channels)
                proposal.channels.append(channel.toString());
            proposal.until = answer.value()
                                 .value(QLatin1String("shift"))
                                 .toObject()
                                 .value(QLatin1String("localEnd"))
                                 .toString();
            m_proposalShown = true;
            Q_EMIT shiftPostProposed(proposal);
        });
}

void ShiftDesk::decideShiftPost(bool post, const QString &channel, const QString &text)
{
    if (!m_team.isSignedIn())
        return;
    QJsonObject body{
        {QStringLiteral("decision"), post ? QStringLiteral("post") : QStringLiteral("decline")}};
    if (post) {
        body.insert(QStringLiteral("channel"), channel);
        body.insert(QStringLiteral("text"), text);
    }
    m_team.sync().callForObject(
        "POST", QStringLiteral("/v1/shift-posts"), body, [this, post, channel](auto answer) {
            m_proposalShown = false;
            if (!answer) {
                Q_EMIT refused(answer.error());
                return;
            }
            Q_EMIT shiftPostDecided(
                post ? Tr::tr("Your shift-change post is on its way to %1.").arg(channel)
                     : Tr::tr("No shift-change post this time."));
        });
}

} // namespace CareDesk::Workspace

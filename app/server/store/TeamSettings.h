#pragma once

#include "Result.h"
#include "server/AssignmentRules.h"
#include "surveys/SurveySettings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace CareDesk::Server {

class ChangeFeed;
class ServerDatabase;

// Teams and their settings: how waiting conversations reach agents, how long an agent may be
// offline before their conversations go back to the queue, and the SLA policy.
class TeamSettings final
{
public:
    TeamSettings(ServerDatabase &database, ChangeFeed &feed);

    // The team's id, the team created if new; empty: "default".
    Core::Result<qint64> teamId(const QString &name);
    Core::Result<QList<qint64>> teamIds();
    // Changes what is given; returns the team's routing settings.
    // `slaPolicy`: Triage::SlaPolicy JSON, checked by the caller; it applies to conversations
    // published from then on.
    Core::Result<QJsonObject> setRouting(qint64 teamId,
                                         std::optional<AssignmentRules::Policy> policy,
                                         std::optional<int> offlineGraceSecs, qint64 nowMs,
                                         std::optional<QByteArray> slaPolicy = std::nullopt,
                                         std::optional<Surveys::SurveySettings> survey = {});
    // The team's routing settings, SLA policy and survey, as setRouting() answers.
    Core::Result<QJsonObject> routing(qint64 teamId);
    // The satisfaction survey the team sends after a resolve.
    Core::Result<Surveys::SurveySettings> surveySettings(qint64 teamId);

    // The translation service the team's desks use: a provider file's JSON (never a key), empty
    // when the team has not chosen.
    Core::Result<QByteArray> translationSettings(qint64 teamId);
    Core::Result<void> setTranslationSettings(qint64 teamId, const QByteArray &settings);

    // The team dictionary: words and names spelling never flags, sorted.
    Core::Result<QStringList> teamWords(qint64 teamId);
    // Adds and removes words in one step; returns the dictionary as it is then.
    Core::Result<QStringList> changeTeamWords(qint64 teamId, const QStringList &add,
                                              const QStringList &remove, const QString &by,
                                              qint64 nowMs);

private:
    ServerDatabase &m_database;
    ChangeFeed &m_feed;
};

} // namespace CareDesk::Server

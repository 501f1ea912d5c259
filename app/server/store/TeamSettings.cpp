#include "TeamSettings.h"

#include "ChangeFeed.h"
#include "StoreSql.h"

#include "server/ServerDatabase.h"
#include "triage/SlaPolicy.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace CareDesk::Server {

using Core::Error;
using Core::Result;
using namespace StoreSql;

namespace {

// The catalogs know the store's messages under the context it had as one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamStore)
};

} // namespace

TeamSettings::TeamSettings(ServerDatabase &database, ChangeFeed &feed)
    : m_database(database)
    , m_feed(feed)
{}

Result<qint64> TeamSettings::teamId(const QString &name)
{
    QSqlDatabase &db = m_database.connection();
    const QString team = name.isEmpty() ? QStringLiteral("default") : name;
    auto found = run(db, QStringLiteral("SELECT id FROM teams WHERE name = ?"), {team});
    if (!found)
        return found.error();
    if (found.value().next())
        return found.value().value(0).toLongLong();
    auto created =
        run(db, QStringLiteral("INSERT INTO teams(name) VALUES(?) RETURNING id"), {team});
    if (!created)
        return created.error();
    if (!created.value().next())
        return databaseError(created.value());
    return created.value().value(0).toLongLong();
}

Result<QList<qint64>> TeamSettings::teamIds()
{
    auto found = run(m_database.connection(), QStringLiteral("SELECT id FROM teams"));
    if (!found)
        return found.error();
    QList<qint64> ids;
    while (found.value().next())
        ids.append(found.value().value(0).toLongLong());
    return ids;
}

Result<QJsonObject> TeamSettings::setRouting(qint64 teamId,
                                             std::optional<AssignmentRules::Policy> policy,
                                             std::optional<int> offlineGraceSecs, qint64 nowMs,
                                             std::optional<QByteArray> slaPolicy,
                                             std::optional<Surveys::SurveySettings> survey)
{
    return inWrite<QJsonObject>(m_database, [&]() -> Result<QJsonObject> {
        QSqlDatabase &db = m_database.connection();
        if (policy)
            if (auto set =
                    run(db, QStringLiteral("UPDATE teams SET routing_policy = ? WHERE id = ?"),
                        {AssignmentRules::toString(*policy), teamId});
                !set)
                return set.error();
        if (offlineGraceSecs)
            if (auto set =
                    run(db, QStringLiteral("UPDATE teams SET offline_grace_secs = ? WHERE id = ?"),
                        {*offlineGraceSecs, teamId});
                !set)
                return set.error();
        if (slaPolicy)
            if (auto set = run(db, QStringLiteral("UPDATE teams SET sla_policy = ? WHERE id = ?"),
                               {QString::fromUtf8(*slaPolicy), teamId});
                !set)
                return set.error();
        if (survey)
            if (auto set = run(db,
                               QStringLiteral("UPDATE teams SET survey_kind = ?,"
                                              " survey_quiet_days = ? WHERE id = ?"),
                               {Surveys::toString(survey->kind), survey->quietDays, teamId});
                !set)
                return set.error();
        auto settingsNow = routing(teamId);
        if (!settingsNow)
            return settingsNow.error();
        const QJsonObject settings = settingsNow.value();
        if (auto changed = m_feed.append(teamId, QStringLiteral("team"), QString::number(teamId),
                                         settings, nowMs);
            !changed)
            return changed.error();
        return settings;
    });
}

Result<QJsonObject> TeamSettings::routing(qint64 teamId)
{
    auto found = run(
        m_database.connection(),
        QStringLiteral("SELECT name, routing_policy, offline_grace_secs, sla_policy, survey_kind,"
                       " survey_quiet_days FROM teams WHERE id = ?"),
        {teamId});
    if (!found)
        return found.error();
    if (!found.value().next())
        return Error{Tr::tr("The team no longer exists."), QString::number(teamId)};
    const QByteArray sla = found.value().value(3).toString().toUtf8();
    return QJsonObject{
        {QStringLiteral("id"), teamId},
        {QStringLiteral("name"), found.value().value(0).toString()},
        {QStringLiteral("policy"), found.value().value(1).toString()},
        {QStringLiteral("offlineGraceSecs"), found.value().value(2).toInt()},
        {QStringLiteral("sla"),
         QJsonDocument::fromJson(sla.isEmpty() ? Triage::SlaPolicy().toJson() : sla).object()},
        {QStringLiteral("survey"),
         QJsonObject{{QStringLiteral("kind"), found.value().value(4).toString()},
                     {QStringLiteral("quietDays"), found.value().value(5).toInt()}}}};
}

Result<Surveys::SurveySettings> TeamSettings::surveySettings(qint64 teamId)
{
    auto found = run(
        m_database.connection(),
        QStringLiteral("SELECT survey_kind, survey_quiet_days FROM teams WHERE id = ?"), {teamId});
    if (!found)
        return found.error();
    Surveys::SurveySettings settings;
    if (found.value().next()) {
        settings.kind = Surveys::kindFromString(found.value().value(0).toString())
                            .value_or(Surveys::SurveyKind::Off);
        settings.quietDays = found.value().value(1).toInt();
    }
    return settings;
}

Result<QByteArray> TeamSettings::translationSettings(qint64 teamId)
{
    auto found =
        run(m_database.connection(),
            QStringLiteral("SELECT translation_settings FROM teams WHERE id = ?"), {teamId});
    if (!found)
        return found.error();
    if (!found.value().next())
        return Error{Tr::tr("The team no longer exists."), QString::number(teamId)};
    return found.value().value(0).toString().toUtf8();
}

Result<void> TeamSettings::setTranslationSettings(qint64 teamId, const QByteArray &settings)
{
    auto stored = run(m_database.connection(),
                      QStringLiteral("UPDATE teams SET translation_settings = ? WHERE id = ?"),
                      {QString::fromUtf8(settings), teamId});
    if (!stored)
        return stored.error();
    return {};
}

Result<QStringList> TeamSettings::teamWords(qint64 teamId)
{
    auto found = run(m_database.connection(),
                     QStringLiteral("SELECT word FROM team_words WHERE team_id = ? ORDER BY word"),
                     {teamId});
    if (!found)
        return found.error();
    QStringList words;
    while (found.value().next())
        words.append(found.value().value(0).toString());
    return words;
}

Result<QStringList> TeamSettings::changeTeamWords(qint64 teamId, const QStringList &add,
                                                  const QStringList &remove, const QString &by,
                                                  qint64 nowMs)
{
    auto changed = inWrite<bool>(m_database, [&]() -> Result<bool> {
        QSqlDatabase &db = m_database.connection();
        for (const QString &word : remove) {
            if (auto removed =
                    run(db, QStringLiteral("DELETE FROM team_words WHERE team_id = ? AND word = ?"),
                        {teamId, word});
                !removed)
                return removed.error();
        }
        for (const QString &word : add) {
            if (auto added = run(db,
                                 QStringLiteral("INSERT INTO team_words(team_id, word, added_by, "
                                                "added_at) VALUES(?, ?, ?, ?)"
                                                " ON CONFLICT (team_id, word) DO NOTHING"),
                                 {teamId, word, by, nowMs});
                !added)
                return added.error();
        }
        return true;
    });
    if (!changed)
        return changed.error();
    return teamWords(teamId);
}

} // namespace CareDesk::Server

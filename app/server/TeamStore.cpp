#include "TeamStore.h"

#include "triage/SlaPolicy.h"

#include "Passwords.h"
#include "Routing.h"
#include "ServerDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace CareDesk::Server {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamStore)
};

const QVariant NULL_ID = QVariant(QMetaType::fromType<qint64>());

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : NULL_ID;
}

QJsonValue isoTime(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

Error databaseError(const QSqlQuery &query)
{
    return Error{Tr::tr("The server database is not available."),
                 query.lastError().text() + QStringLiteral(" [") + query.lastQuery() +
                     QLatin1Char(']')};
}

// Runs `sql` with positional values; the query is ready to read on success.
Result<QSqlQuery> run(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return databaseError(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(query);
    return query;
}

QString joined(const QStringList &list)
{
    // Never a null string: that would bind as SQL NULL.
    return list.isEmpty() ? QStringLiteral("") : list.join(QLatin1Char(','));
}

QStringList split(const QString &text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

const QString AGENT_COLUMNS =
    QStringLiteral("a.id, a.login, a.display_name, a.role, COALESCE(a.team_id, 0), a.languages, "
                   "a.categories, a.capacity,"
                   " a.presence, a.presence_at, a.last_assigned_at");

Agent readAgent(const QSqlQuery &query, int first = 0)
{
    Agent agent;
    agent.id = query.value(first).toLongLong();
    agent.login = query.value(first + 1).toString();
    agent.displayName = query.value(first + 2).toString();
    agent.role = roleFromString(query.value(first + 3).toString()).value_or(Role::Agent);
    agent.teamId = query.value(first + 4).toLongLong();
    agent.languages = split(query.value(first + 5).toString());
    agent.categories = split(query.value(first + 6).toString());
    agent.capacity = query.value(first + 7).toInt();
    agent.presence =
        presenceFromString(query.value(first + 8).toString()).value_or(Presence::Offline);
    agent.presenceAtMs = query.value(first + 9).toLongLong();
    agent.lastAssignedAtMs = query.value(first + 10).toLongLong();
    return agent;
}

const QString CONVERSATION_COLUMNS = QStringLiteral(
    "c.id, COALESCE(c.team_id, 0), c.channel, c.platform, c.customer_name, c.customer_handle,"
    " c.customer_followers, c.language, c.category, c.actionable, c.priority, c.status, "
    "c.sla_due_at,"
    " c.created_at, c.last_activity_at, c.preview, c.unaddressed, COALESCE(c.assignee_id, 0),"
    " COALESCE(a.display_name, ''), c.assigned_at, c.rev, COALESCE(c.previous_agent_id, 0)");
const QString CONVERSATION_FROM =
    QStringLiteral(" FROM conversations c LEFT JOIN agents a ON a.id = c.assignee_id");

QJsonObject readConversation(const QSqlQuery &q)
{
    QJsonObject assignee;
    if (q.value(17).toLongLong() > 0)
        assignee = {{QStringLiteral("id"), q.value(17).toLongLong()},
                    {QStringLiteral("name"), q.value(18).toString()},
                    {QStringLiteral("since"), isoTime(q.value(19).toLongLong())}};
    return {
        {QStringLiteral("id"), q.value(0).toLongLong()},
        {QStringLiteral("teamId"), q.value(1).toLongLong()},
        {QStringLiteral("channel"), q.value(2).toString()},
        {QStringLiteral("platform"), q.value(3).toString()},
        {QStringLiteral("customer"),
         QJsonObject{{QStringLiteral("name"), q.value(4).toString()},
                     {QStringLiteral("handle"), q.value(5).toString()},
                     {QStringLiteral("followers"), q.value(6).toLongLong()}}},
        {QStringLiteral("language"), q.value(7).toString()},
        {QStringLiteral("category"), q.value(8).toString()},
        {QStringLiteral("actionable"), q.value(9).toInt() != 0},
        {QStringLiteral("priority"), q.value(10).toInt()},
        {QStringLiteral("status"), q.value(11).toString()},
        {QStringLiteral("slaDue"), isoTime(q.value(12).toLongLong())},
        {QStringLiteral("createdAt"), isoTime(q.value(13).toLongLong())},
        {QStringLiteral("lastActivityAt"), isoTime(q.value(14).toLongLong())},
        {QStringLiteral("preview"), q.value(15).toString()},
        {QStringLiteral("unaddressed"), q.value(16).toInt()},
        {QStringLiteral("assignee"),
         assignee.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(assignee)},
        {QStringLiteral("rev"), q.value(20).toLongLong()},
    };
}

const QString MESSAGE_COLUMNS =
    QStringLiteral("m.id, m.conversation_id, m.platform_id, m.direction, m.visibility, "
                   "m.author_name, m.author_handle,"
                   " m.text, m.language, m.created_at, m.addressed, COALESCE(m.agent_id, 0)");

QJsonObject readMessage(const QSqlQuery &q)
{
    return {
        {QStringLiteral("id"), q.value(0).toLongLong()},
        {QStringLiteral("conversationId"), q.value(1).toLongLong()},
        {QStringLiteral("platformId"), q.value(2).toString()},
        {QStringLiteral("direction"), q.value(3).toString()},
        {QStringLiteral("visibility"), q.value(4).toString()},
        {QStringLiteral("author"), QJsonObject{{QStringLiteral("name"), q.value(5).toString()},
                                               {QStringLiteral("handle"), q.value(6).toString()}}},
        {QStringLiteral("text"), q.value(7).toString()},
        {QStringLiteral("language"), q.value(8).toString()},
        {QStringLiteral("createdAt"), isoTime(q.value(9).toLongLong())},
        {QStringLiteral("addressed"), q.value(10).toString()},
        {QStringLiteral("agentId"), q.value(11).toLongLong()}};
}

// rev, entity, entity_id, op, data: the first five columns of a change row.
Protocol::ChangeRecord readChange(const QSqlQuery &q)
{
    Protocol::ChangeRecord change;
    change.rev = q.value(0).toLongLong();
    change.entity = q.value(1).toString();
    change.id = q.value(2).toString();
    change.op = q.value(3).toString() == u"remove" ? Protocol::ChangeRecord::Op::Remove
                                                   : Protocol::ChangeRecord::Op::Upsert;
    change.data = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    return change;
}

QString minutesAgo(qint64 sinceMs, qint64 nowMs)
{
    const qint64 minutes = std::max<qint64>(0, (nowMs - sinceMs) / 60000);
    if (minutes < 1)
        return Tr::tr("just now");
    // German and Spanish, like English, have one form for one and another for more.
    if (minutes == 1)
        return Tr::tr("a minute ago");
    if (minutes < 120)
        return Tr::tr("%1 minutes ago").arg(minutes);
    return Tr::tr("%1 hours ago").arg(minutes / 60);
}

QString visibilityName(Core::Visibility visibility)
{
    return visibility == Core::Visibility::Public ? QStringLiteral("public")
                                                  : QStringLiteral("private");
}

} // namespace

QString toString(Role role)
{
    switch (role) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Lead:
        return QStringLiteral("lead");
    case Role::Trainer:
        return QStringLiteral("trainer");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Integration:
        return QStringLiteral("integration");
    }
    return QString();
}

std::optional<Role> roleFromString(const QString &text)
{
    for (Role role : {Role::Agent, Role::Lead, Role::Trainer, Role::Admin, Role::Integration})
        if (toString(role) == text)
            return role;
    return std::nullopt;
}

QString toString(Presence presence)
{
    switch (presence) {
    case Presence::Available:
        return QStringLiteral("available");
    case Presence::Away:
        return QStringLiteral("away");
    case Presence::Offline:
        return QStringLiteral("offline");
    }
    return QString();
}

std::optional<Presence> presenceFromString(const QString &text)
{
    for (Presence presence : {Presence::Available, Presence::Away, Presence::Offline})
        if (toString(presence) == text)
            return presence;
    return std::nullopt;
}

QJsonObject Agent::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("login"), login},
            {QStringLiteral("name"), displayName},
            {QStringLiteral("role"), toString(role)},
            {QStringLiteral("teamId"), teamId},
            {QStringLiteral("languages"), QJsonArray::fromStringList(languages)},
            {QStringLiteral("categories"), QJsonArray::fromStringList(categories)},
            {QStringLiteral("capacity"), capacity},
            {QStringLiteral("presence"), toString(presence)}};
}

QString ConversationCursor::encode() const
{
    return QString::fromLatin1(
        QStringLiteral("%1:%2:%3")
            .arg(priority)
            .arg(slaDueMs)
            .arg(id)
            .toLatin1()
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<ConversationCursor> ConversationCursor::decode(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 3)
        return std::nullopt;
    bool ok1 = false, ok2 = false, ok3 = false;
    ConversationCursor cursor{parts[0].toInt(&ok1), parts[1].toLongLong(&ok2),
                              parts[2].toLongLong(&ok3)};
    if (!ok1 || !ok2 || !ok3)
        return std::nullopt;
    return cursor;
}

struct TeamStore::Locked
{
    qint64 teamId = 0;
    qint64 assigneeId = 0;
    QString assigneeName;
    qint64 assignedAtMs = 0;
    QString status;
    qint64 rev = 0;
    qint64 sourceId = 0;
};

TeamStore::TeamStore(ServerDatabase &database)
    : m_database(database)
{}

template<typename T> Result<T> TeamStore::inWrite(const std::function<Result<T>()> &work)
{
    if (auto begun = m_database.beginWrite(); !begun)
        return begun.error();
    Result<T> result = work();
    if (!result.ok()) {
        m_database.rollback();
        return result;
    }
    // A refused write changes nothing: roll back whatever it touched before it knew.
    if constexpr (requires { result.value().refusal; }) {
        if (result.value().refusal) {
            m_database.rollback();
            return result;
        }
    }
    if (auto committed = m_database.commit(); !committed)
        return committed.error();
    return result;
}

bool TeamStore::maySee(const Agent &viewer, qint64 teamId) const
{
    return viewer.role == Role::Admin || viewer.teamId == teamId;
}

// ---- Accounts and sessions -------------------------------------------------------------

Result<qint64> TeamStore::teamId(const QString &name)
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

Result<QJsonObject> TeamStore::setRouting(qint64 teamId, std::optional<Routing::Policy> policy,
                                          std::optional<int> offlineGraceSecs, qint64 nowMs,
                                          std::optional<QByteArray> slaPolicy)
{
    return inWrite<QJsonObject>([&]() -> Result<QJsonObject> {
        QSqlDatabase &db = m_database.connection();
        if (policy)
            if (auto set =
                    run(db, QStringLiteral("UPDATE teams SET routing_policy = ? WHERE id = ?"),
                        {Routing::toString(*policy), teamId});
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
        auto settingsNow = routingSettings(teamId);
        if (!settingsNow)
            return settingsNow.error();
        const QJsonObject settings = settingsNow.value();
        if (auto changed = appendChange(teamId, QStringLiteral("team"), QString::number(teamId),
                                        settings, nowMs);
            !changed)
            return changed.error();
        return settings;
    });
}

Result<QJsonObject> TeamStore::routingSettings(qint64 teamId)
{
    auto found = run(
        m_database.connection(),
        QStringLiteral(
            "SELECT name, routing_policy, offline_grace_secs, sla_policy FROM teams WHERE id = ?"),
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
         QJsonDocument::fromJson(sla.isEmpty() ? Triage::SlaPolicy().toJson() : sla).object()}};
}

Result<void> TeamStore::updateAgent(const Agent &agent, qint64 nowMs)
{
    auto written = inWrite<bool>([&]() -> Result<bool> {
        auto updated = run(m_database.connection(),
                           QStringLiteral("UPDATE agents SET role = ?, languages = ?, categories = "
                                          "?, capacity = ? WHERE id = ?"),
                           {toString(agent.role), joined(agent.languages), joined(agent.categories),
                            agent.capacity, agent.id});
        if (!updated)
            return updated.error();
        if (auto changed = appendChange(agent.teamId, QStringLiteral("agent"),
                                        QString::number(agent.id), agent.toJson(), nowMs);
            !changed)
            return changed.error();
        return true;
    });
    if (!written)
        return written.error();
    return {};
}

Result<Agent> TeamStore::addAgent(const NewAgent &agent, const QString &passwordHash, qint64 nowMs)
{
    return inWrite<Agent>([&]() -> Result<Agent> {
        auto team = teamId(agent.team);
        if (!team)
            return team.error();
        QSqlDatabase &db = m_database.connection();
        auto existing =
            run(db, QStringLiteral("SELECT id FROM agents WHERE login = ?"), {agent.login});
        if (!existing)
            return existing.error();
        if (existing.value().next())
            return Error{Tr::tr("There is already an account called %1.").arg(agent.login),
                         QString()};
        auto inserted = run(
            db,
            QStringLiteral("INSERT INTO agents(login, display_name, role, team_id, password_hash,"
                           " created_at, languages, categories, capacity)"
                           " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {agent.login, agent.displayName.isEmpty() ? agent.login : agent.displayName,
             toString(agent.role), team.value(), passwordHash, nowMs, joined(agent.languages),
             joined(agent.categories), agent.capacity});
        if (!inserted)
            return inserted.error();
        if (!inserted.value().next())
            return databaseError(inserted.value());
        auto stored = this->agent(inserted.value().value(0).toLongLong());
        if (!stored)
            return stored.error();
        if (auto changed =
                appendChange(team.value(), QStringLiteral("agent"),
                             QString::number(stored.value()->id), stored.value()->toJson(), nowMs);
            !changed)
            return changed.error();
        return *stored.value();
    });
}

Result<bool> TeamStore::disableAgent(const QString &login, qint64 nowMs)
{
    return inWrite<bool>([&]() -> Result<bool> {
        QSqlDatabase &db = m_database.connection();
        auto found =
            run(db, QStringLiteral("SELECT id, COALESCE(team_id, 0) FROM agents WHERE login = ?"),
                {login});
        if (!found)
            return found.error();
        if (!found.value().next())
            return false;
        const qint64 agentId = found.value().value(0).toLongLong();
        const qint64 teamId = found.value().value(1).toLongLong();
        for (const QString &statement :
             {QStringLiteral("UPDATE agents SET disabled = 1, presence = 'offline' WHERE id = ?"),
              QStringLiteral("DELETE FROM sessions WHERE agent_id = ?")})
            if (auto done = run(db, statement, {agentId}); !done)
                return done.error();
        auto held =
            run(db,
                QStringLiteral(
                    "SELECT id FROM conversations WHERE assignee_id = ? AND status <> 'resolved'"),
                {agentId});
        if (!held)
            return held.error();
        QList<qint64> conversations;
        while (held.value().next())
            conversations.append(held.value().value(0).toLongLong());
        // Someone who left is nobody's returning agent.
        for (qint64 conversationId : conversations)
            if (auto returned = returnToQueue(teamId, conversationId, agentId,
                                              QStringLiteral("disabled"), false, nowMs);
                !returned)
                return returned.error();
        auto stored = this->agent(agentId);
        if (!stored)
            return stored.error();
        QJsonObject data = stored.value()->toJson();
        data.insert(QStringLiteral("disabled"), true);
        if (auto changed = appendChange(teamId, QStringLiteral("agent"), QString::number(agentId),
                                        data, nowMs);
            !changed)
            return changed.error();
        return true;
    });
}

Result<bool> TeamStore::setPassword(const QString &login, const QString &passwordHash)
{
    return inWrite<bool>([&]() -> Result<bool> {
        QSqlDatabase &db = m_database.connection();
        auto updated =
            run(db, QStringLiteral("UPDATE agents SET password_hash = ? WHERE login = ?"),
                {passwordHash, login});
        if (!updated)
            return updated.error();
        if (updated.value().numRowsAffected() == 0)
            return false;
        auto ended = run(
            db,
            QStringLiteral(
                "DELETE FROM sessions WHERE agent_id = (SELECT id FROM agents WHERE login = ?)"),
            {login});
        if (!ended)
            return ended.error();
        return true;
    });
}

Result<std::optional<std::pair<Agent, QString>>> TeamStore::agentByLogin(const QString &login)
{
    auto found = run(
        m_database.connection(),
        QStringLiteral("SELECT ") + AGENT_COLUMNS +
            QStringLiteral(", a.password_hash FROM agents a WHERE a.login = ? AND a.disabled = 0"),
        {login});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<std::pair<Agent, QString>>();
    return std::optional<std::pair<Agent, QString>>(
        std::make_pair(readAgent(found.value()), found.value().value(11).toString()));
}

Result<std::optional<Agent>> TeamStore::agent(qint64 agentId)
{
    auto found = run(m_database.connection(),
                     QStringLiteral("SELECT ") + AGENT_COLUMNS +
                         QStringLiteral(" FROM agents a WHERE a.id = ?"),
                     {agentId});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<Agent>();
    return std::optional<Agent>(readAgent(found.value()));
}

Result<QList<Agent>> TeamStore::teamAgents(qint64 teamId)
{
    auto found = run(m_database.connection(),
                     QStringLiteral("SELECT ") + AGENT_COLUMNS +
                         QStringLiteral(" FROM agents a WHERE a.team_id = ? ORDER BY a.id"),
                     {teamId});
    if (!found)
        return found.error();
    QList<Agent> agents;
    while (found.value().next())
        agents.append(readAgent(found.value()));
    return agents;
}

Result<QByteArray> TeamStore::createSession(qint64 agentId, qint64 nowMs, qint64 lifetimeMs)
{
    const QByteArray token = Passwords::newToken();
    auto stored = run(m_database.connection(),
                      QStringLiteral("INSERT INTO sessions(token_hash, agent_id, created_at, "
                                     "expires_at) VALUES(?, ?, ?, ?)"),
                      {Passwords::tokenDigest(token), agentId, nowMs, nowMs + lifetimeMs});
    if (!stored)
        return stored.error();
    return token;
}

Result<std::optional<Agent>> TeamStore::agentForToken(const QByteArray &token, qint64 nowMs)
{
    auto found =
        run(m_database.connection(),
            QStringLiteral("SELECT ") + AGENT_COLUMNS +
                QStringLiteral(" FROM sessions s JOIN agents a ON a.id = s.agent_id"
                               " WHERE s.token_hash = ? AND s.expires_at > ? AND a.disabled = 0"),
            {Passwords::tokenDigest(token), nowMs});
    if (!found)
        return found.error();
    if (found.value().next())
        return std::optional<Agent>(readAgent(found.value()));
    auto integration =
        run(m_database.connection(),
            QStringLiteral("SELECT name, team_id FROM integration_tokens WHERE token_hash = ?"),
            {Passwords::tokenDigest(token)});
    if (!integration)
        return integration.error();
    if (!integration.value().next())
        return std::optional<Agent>();
    Agent feeder;
    feeder.login = integration.value().value(0).toString();
    feeder.displayName = feeder.login;
    feeder.role = Role::Integration;
    feeder.teamId = integration.value().value(1).toLongLong();
    feeder.capacity = 0;
    return std::optional<Agent>(feeder);
}

Result<QByteArray> TeamStore::addIntegration(const QString &name, const QString &team, qint64 nowMs)
{
    auto teamId = this->teamId(team);
    if (!teamId)
        return teamId.error();
    const QByteArray token = Passwords::newToken();
    auto stored = run(m_database.connection(),
                      QStringLiteral("INSERT INTO integration_tokens(token_hash, name, team_id, "
                                     "created_at) VALUES(?, ?, ?, ?)"),
                      {Passwords::tokenDigest(token), name, teamId.value(), nowMs});
    if (!stored)
        return Error{Tr::tr("There is already an integration called %1.").arg(name),
                     stored.error().detail};
    return token;
}

Result<QList<qint64>> TeamStore::loginFailures(const QString &login, qint64 sinceMs)
{
    QSqlDatabase &db = m_database.connection();
    if (auto forgotten =
            run(db, QStringLiteral("DELETE FROM login_failures WHERE at < ?"), {sinceMs});
        !forgotten)
        return forgotten.error();
    auto found = run(
        db, QStringLiteral("SELECT at FROM login_failures WHERE login = ? ORDER BY at"), {login});
    if (!found)
        return found.error();
    QList<qint64> failures;
    while (found.value().next())
        failures.append(found.value().value(0).toLongLong());
    return failures;
}

Result<void> TeamStore::recordLoginFailure(const QString &login, qint64 nowMs)
{
    auto stored =
        run(m_database.connection(),
            QStringLiteral("INSERT INTO login_failures(login, at) VALUES(?, ?)"), {login, nowMs});
    if (!stored)
        return stored.error();
    return {};
}

Result<void> TeamStore::clearLoginFailures(const QString &login)
{
    auto cleared = run(m_database.connection(),
                       QStringLiteral("DELETE FROM login_failures WHERE login = ?"), {login});
    if (!cleared)
        return cleared.error();
    return {};
}

Result<bool> TeamStore::removeIntegration(const QString &name)
{
    auto removed = run(m_database.connection(),
                       QStringLiteral("DELETE FROM integration_tokens WHERE name = ?"), {name});
    if (!removed)
        return removed.error();
    return removed.value().numRowsAffected() > 0;
}

Result<void> TeamStore::endSession(const QByteArray &token)
{
    auto removed =
        run(m_database.connection(), QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"),
            {Passwords::tokenDigest(token)});
    if (!removed)
        return removed.error();
    return {};
}

// ---- Reads -------------------------------------------------------------------------------

Result<ConversationPage> TeamStore::conversations(const Agent &viewer,
                                                  const ConversationFilter &filter,
                                                  const std::optional<ConversationCursor> &after,
                                                  int limit)
{
    QStringList where;
    QVariantList values;
    if (viewer.role != Role::Admin) {
        where << QStringLiteral("c.team_id = ?");
        values << viewer.teamId;
    }
    if (filter.statuses.isEmpty()) {
        where << QStringLiteral("c.status <> 'resolved'");
    } else {
        QStringList marks;
        for (const QString &status : filter.statuses) {
            marks << QStringLiteral("?");
            values << status;
        }
        where << QStringLiteral("c.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    switch (filter.assignee) {
    case ConversationFilter::Assignee::Anyone:
        break;
    case ConversationFilter::Assignee::Me:
        where << QStringLiteral("c.assignee_id = ?");
        values << viewer.id;
        break;
    case ConversationFilter::Assignee::Unassigned:
        where << QStringLiteral("c.assignee_id IS NULL");
        break;
    case ConversationFilter::Assignee::Agent:
        where << QStringLiteral("c.assignee_id = ?");
        values << filter.assigneeId;
        break;
    }
    for (const auto &[column, value] : {std::pair{QStringLiteral("c.language"), filter.language},
                                        std::pair{QStringLiteral("c.category"), filter.category},
                                        std::pair{QStringLiteral("c.channel"), filter.channel}}) {
        if (!value.isEmpty()) {
            where << column + QStringLiteral(" = ?");
            values << value;
        }
    }
    if (after) {
        // Most urgent first, then the SLA that runs out first, then id: the same order as below.
        where << QStringLiteral("(c.priority < ? OR (c.priority = ? AND (c.sla_due_at > ?"
                                " OR (c.sla_due_at = ? AND c.id > ?))))");
        values << after->priority << after->priority << after->slaDueMs << after->slaDueMs
               << after->id;
    }
    values << limit + 1;
    auto found = run(
        m_database.connection(),
        QStringLiteral("SELECT ") + CONVERSATION_COLUMNS + CONVERSATION_FROM +
            (where.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
            QStringLiteral(" ORDER BY c.priority DESC, c.sla_due_at ASC, c.id ASC LIMIT ?"),
        values);
    if (!found)
        return found.error();
    ConversationPage page;
    ConversationCursor last;
    while (found.value().next()) {
        if (page.conversations.size() == limit) {
            page.next = last;
            break;
        }
        page.conversations.append(readConversation(found.value()));
        last = {found.value().value(10).toInt(), found.value().value(12).toLongLong(),
                found.value().value(0).toLongLong()};
    }
    return page;
}

Result<QJsonObject> TeamStore::conversationJson(qint64 conversationId)
{
    auto found = run(m_database.connection(),
                     QStringLiteral("SELECT ") + CONVERSATION_COLUMNS + CONVERSATION_FROM +
                         QStringLiteral(" WHERE c.id = ?"),
                     {conversationId});
    if (!found)
        return found.error();
    if (!found.value().next())
        return Error{Tr::tr("The conversation no longer exists."), QString::number(conversationId)};
    return readConversation(found.value());
}

Result<std::optional<QJsonObject>> TeamStore::conversationDetail(const Agent &viewer,
                                                                 qint64 conversationId)
{
    auto conversation = conversationJson(conversationId);
    if (!conversation ||
        !maySee(viewer, conversation.value().value(QLatin1String("teamId")).toInteger()))
        return std::optional<QJsonObject>();
    QSqlDatabase &db = m_database.connection();
    auto messages =
        run(db,
            QStringLiteral("SELECT ") + MESSAGE_COLUMNS +
                QStringLiteral(
                    " FROM messages m WHERE m.conversation_id = ? ORDER BY m.created_at, m.id"),
            {conversationId});
    if (!messages)
        return messages.error();
    QJsonArray messageList;
    while (messages.value().next())
        messageList.append(readMessage(messages.value()));
    auto notes =
        run(db,
            QStringLiteral(
                "SELECT n.id, n.agent_id, a.display_name, n.text, n.created_at FROM notes n"
                " JOIN agents a ON a.id = n.agent_id WHERE n.conversation_id = ? ORDER BY n.id"),
            {conversationId});
    if (!notes)
        return notes.error();
    QJsonArray noteList;
    while (notes.value().next())
        noteList.append(QJsonObject{
            {QStringLiteral("id"), notes.value().value(0).toLongLong()},
            {QStringLiteral("agentId"), notes.value().value(1).toLongLong()},
            {QStringLiteral("agentName"), notes.value().value(2).toString()},
            {QStringLiteral("text"), notes.value().value(3).toString()},
            {QStringLiteral("createdAt"), isoTime(notes.value().value(4).toLongLong())}});
    auto events = run(
        db,
        QStringLiteral(
            "SELECT e.kind, COALESCE(e.agent_id, 0), COALESCE(a.display_name, ''), e.detail, e.at"
            " FROM conversation_events e LEFT JOIN agents a ON a.id = e.agent_id"
            " WHERE e.conversation_id = ? ORDER BY e.id"),
        {conversationId});
    if (!events)
        return events.error();
    QJsonArray history;
    while (events.value().next())
        history.append(QJsonObject{
            {QStringLiteral("kind"), events.value().value(0).toString()},
            {QStringLiteral("agentId"), events.value().value(1).toLongLong()},
            {QStringLiteral("agentName"), events.value().value(2).toString()},
            {QStringLiteral("detail"),
             QJsonDocument::fromJson(events.value().value(3).toString().toUtf8()).object()},
            {QStringLiteral("at"), isoTime(events.value().value(4).toLongLong())}});
    return std::optional<QJsonObject>(
        QJsonObject{{QStringLiteral("conversation"), conversation.value()},
                    {QStringLiteral("messages"), messageList},
                    {QStringLiteral("notes"), noteList},
                    {QStringLiteral("history"), history}});
}

Result<int> TeamStore::openCount(qint64 agentId)
{
    auto counted = run(
        m_database.connection(),
        QStringLiteral(
            "SELECT COUNT(*) FROM conversations WHERE assignee_id = ? AND status <> 'resolved'"),
        {agentId});
    if (!counted)
        return counted.error();
    counted.value().next();
    return counted.value().value(0).toInt();
}

Result<qint64> TeamStore::sourceIdOf(qint64 conversationId)
{
    auto found =
        run(m_database.connection(),
            QStringLiteral("SELECT source_id FROM conversations WHERE id = ?"), {conversationId});
    if (!found)
        return found.error();
    return found.value().next() ? found.value().value(0).toLongLong() : 0;
}

// ---- Changes -----------------------------------------------------------------------------

Result<qint64> TeamStore::appendChange(qint64 teamId, const QString &entity, const QString &id,
                                       const QJsonObject &data, qint64 nowMs)
{
    auto inserted =
        run(m_database.connection(),
            QStringLiteral("INSERT INTO changes(team_id, entity, entity_id, op, data, at)"
                           " VALUES(?, ?, ?, 'upsert', ?, ?) RETURNING rev"),
            {idOrNull(teamId), entity, id,
             QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), nowMs});
    if (!inserted)
        return inserted.error();
    if (!inserted.value().next())
        return databaseError(inserted.value());
    return inserted.value().value(0).toLongLong();
}

Result<QJsonObject> TeamStore::conversationChanged(qint64 teamId, qint64 conversationId,
                                                   qint64 nowMs)
{
    // The change is appended first so that the conversation can carry its revision; its data is
    // filled in once the row shows the new state.
    auto rev = appendChange(teamId, QStringLiteral("conversation"), QString::number(conversationId),
                            {}, nowMs);
    if (!rev)
        return rev.error();
    QSqlDatabase &db = m_database.connection();
    if (auto bumped = run(db, QStringLiteral("UPDATE conversations SET rev = ? WHERE id = ?"),
                          {rev.value(), conversationId});
        !bumped)
        return bumped.error();
    auto json = conversationJson(conversationId);
    if (!json)
        return json.error();
    if (auto filled =
            run(db, QStringLiteral("UPDATE changes SET data = ? WHERE rev = ?"),
                {QString::fromUtf8(QJsonDocument(json.value()).toJson(QJsonDocument::Compact)),
                 rev.value()});
        !filled)
        return filled.error();
    return json.value();
}

Result<Protocol::ChangeFeed> TeamStore::changesSince(const Agent &viewer, qint64 rev, int limit)
{
    // The newest revision is read first and the page stops there: a change committed while this
    // runs is left for the next request instead of being skipped by it.
    auto latest = latestRev();
    if (!latest)
        return latest.error();
    QString sql = QStringLiteral(
        "SELECT rev, entity, entity_id, op, data FROM changes WHERE rev > ? AND rev <= ?");
    QVariantList values{rev, latest.value()};
    if (viewer.role != Role::Admin) {
        sql += QStringLiteral(" AND (team_id = ? OR team_id IS NULL)");
        values << viewer.teamId;
    }
    sql += QStringLiteral(" ORDER BY rev LIMIT ?");
    values << limit;
    auto found = run(m_database.connection(), sql, values);
    if (!found)
        return found.error();
    Protocol::ChangeFeed feed;
    while (found.value().next()) {
        feed.changes.append(readChange(found.value()));
    }
    // A full page continues after its last change; otherwise the viewer has seen everything up
    // to the newest revision, including changes they may not see.
    feed.rev =
        feed.changes.size() == limit ? feed.changes.last().rev : std::max(rev, latest.value());
    return feed;
}

Result<qint64> TeamStore::latestRev()
{
    auto found =
        run(m_database.connection(), QStringLiteral("SELECT COALESCE(MAX(rev), 0) FROM changes"));
    if (!found)
        return found.error();
    found.value().next();
    return found.value().value(0).toLongLong();
}

Result<QList<std::pair<qint64, Protocol::ChangeRecord>>> TeamStore::changesAfter(qint64 rev,
                                                                                 int limit)
{
    auto found = run(
        m_database.connection(),
        QStringLiteral("SELECT rev, entity, entity_id, op, data, COALESCE(team_id, 0) FROM changes"
                       " WHERE rev > ? ORDER BY rev LIMIT ?"),
        {rev, limit});
    if (!found)
        return found.error();
    QList<std::pair<qint64, Protocol::ChangeRecord>> changes;
    while (found.value().next()) {
        changes.append({found.value().value(5).toLongLong(), readChange(found.value())});
    }
    return changes;
}

// ---- Ingest --------------------------------------------------------------------------------

Result<void> TeamStore::publish(qint64 teamId, const Core::ConversationDetail &conversation,
                                qint64 nowMs)
{
    auto written = inWrite<bool>([&]() -> Result<bool> {
        QSqlDatabase &db = m_database.connection();
        const QString customerKey = conversation.customer.platform + QLatin1Char(':') +
                                    (conversation.customer.handle.isEmpty()
                                         ? QString::number(conversation.customer.customerId)
                                         : conversation.customer.handle.toLower());
        QString preview;
        int unaddressed = 0;
        qint64 lastActivity = conversation.createdAt.toMSecsSinceEpoch();
        for (const Core::MessageRecord &message : conversation.messages) {
            lastActivity = std::max(lastActivity, message.createdAt.toMSecsSinceEpoch());
            if (message.direction == Core::Direction::Inbound) {
                preview = message.text.section(QLatin1Char('\n'), 0, 0).left(200);
                if (message.addressed == Core::Addressed::Open)
                    ++unaddressed;
            }
        }
        // A returning customer: whoever helped them last is kept for routing.
        auto previous =
            run(db,
                QStringLiteral("SELECT COALESCE(assignee_id, previous_agent_id) FROM conversations"
                               " WHERE customer_key = ? AND source_id <> ?"
                               " AND COALESCE(assignee_id, previous_agent_id) IS NOT NULL"
                               " ORDER BY last_activity_at DESC LIMIT 1"),
                {customerKey, conversation.conversationId});
        if (!previous)
            return previous.error();
        const qint64 previousAgent =
            previous.value().next() ? previous.value().value(0).toLongLong() : 0;
        // The team's SLA policy decides when the first answer is due, from the customer's first
        // message.
        auto sla = run(db, QStringLiteral("SELECT sla_policy FROM teams WHERE id = ?"), {teamId});
        if (!sla)
            return sla.error();
        QDateTime slaDue = conversation.slaDue;
        if (sla.value().next() && !sla.value().value(0).toString().isEmpty()) {
            if (auto policy =
                    Triage::SlaPolicy::fromJson(sla.value().value(0).toString().toUtf8())) {
                QDateTime firstMessage = conversation.createdAt;
                for (const Core::MessageRecord &message : conversation.messages)
                    if (message.direction == Core::Direction::Inbound &&
                        message.createdAt < firstMessage)
                        firstMessage = message.createdAt;
                slaDue = policy.value().dueFrom(firstMessage);
            }
        }
        auto upserted =
            run(db,
                QStringLiteral(
                    "INSERT INTO conversations(team_id, source_id, channel, platform, "
                    "customer_key, customer_name,"
                    " customer_handle, customer_followers, language, category, actionable, "
                    "priority, status, sla_due_at,"
                    " created_at, last_activity_at, preview, unaddressed, previous_agent_id, rev)"
                    " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"
                    " ON CONFLICT(source_id) DO UPDATE SET customer_followers = "
                    "excluded.customer_followers,"
                    " language = excluded.language, category = excluded.category, actionable = "
                    "excluded.actionable,"
                    " priority = excluded.priority, sla_due_at = excluded.sla_due_at,"
                    " last_activity_at = excluded.last_activity_at, preview = excluded.preview,"
                    " unaddressed = excluded.unaddressed,"
                    // A customer who writes again while the team waits on them reopens the case.
                    " status = CASE WHEN conversations.status = 'pending'"
                    " AND excluded.last_activity_at > conversations.last_activity_at THEN 'open'"
                    " ELSE conversations.status END"
                    " RETURNING id"),
                {teamId, conversation.conversationId, conversation.channelName,
                 conversation.platform, customerKey, conversation.customer.displayName,
                 conversation.customer.handle, conversation.customer.followers,
                 conversation.language, conversation.category, conversation.actionable ? 1 : 0,
                 conversation.priority, Core::toString(conversation.status),
                 slaDue.toMSecsSinceEpoch(), conversation.createdAt.toMSecsSinceEpoch(),
                 lastActivity, preview, unaddressed, idOrNull(previousAgent)});
        if (!upserted)
            return upserted.error();
        if (!upserted.value().next())
            return databaseError(upserted.value());
        const qint64 id = upserted.value().value(0).toLongLong();
        // The conversation's change goes first, so that a client meets a conversation before
        // its messages.
        if (auto changed = conversationChanged(teamId, id, nowMs); !changed)
            return changed.error();
        for (const Core::MessageRecord &message : conversation.messages) {
            if (message.direction == Core::Direction::Outbound) {
                // An agent's reply, now confirmed by the platform: the message the reply made
                // takes its platform id instead of a second copy appearing.
                auto matched = run(
                    db,
                    QStringLiteral("UPDATE messages SET source_id = ?, platform_id = ? WHERE id = ("
                                   "SELECT id FROM messages WHERE conversation_id = ? AND "
                                   "direction = 'outbound'"
                                   " AND source_id IS NULL AND text = ? ORDER BY id LIMIT 1)"),
                    {message.id, message.platformId, id, message.text});
                if (!matched)
                    return matched.error();
                if (matched.value().numRowsAffected() > 0)
                    continue;
            }
            auto inserted = run(
                db,
                QStringLiteral("INSERT INTO messages(conversation_id, source_id, platform_id, "
                               "direction, visibility,"
                               " author_name, author_handle, text, language, created_at, addressed)"
                               " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source_id) DO "
                               "NOTHING RETURNING id"),
                {id, message.id, message.platformId,
                 message.direction == Core::Direction::Inbound ? QStringLiteral("inbound")
                                                               : QStringLiteral("outbound"),
                 visibilityName(message.visibility), message.authorName, message.authorHandle,
                 message.text, message.language, message.createdAt.toMSecsSinceEpoch(),
                 Core::toString(message.addressed)});
            if (!inserted)
                return inserted.error();
            if (!inserted.value().next())
                continue; // already published
            const qint64 messageId = inserted.value().value(0).toLongLong();
            auto json = run(db,
                            QStringLiteral("SELECT ") + MESSAGE_COLUMNS +
                                QStringLiteral(" FROM messages m WHERE m.id = ?"),
                            {messageId});
            if (!json)
                return json.error();
            json.value().next();
            if (auto changed =
                    appendChange(teamId, QStringLiteral("message"), QString::number(messageId),
                                 readMessage(json.value()), nowMs);
                !changed)
                return changed.error();
        }
        return true;
    });
    if (!written)
        return written.error();
    return {};
}

Result<qint64> TeamStore::publishedUpTo()
{
    auto found =
        run(m_database.connection(),
            QStringLiteral("SELECT value FROM server_meta WHERE key = 'published_message_id'"));
    if (!found)
        return found.error();
    return found.value().next() ? found.value().value(0).toString().toLongLong() : 0;
}

Result<void> TeamStore::setPublishedUpTo(qint64 messageId)
{
    auto stored =
        run(m_database.connection(),
            QStringLiteral("INSERT INTO server_meta(key, value) VALUES('published_message_id', ?)"
                           " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            {QString::number(messageId)});
    if (!stored)
        return stored.error();
    return {};
}

Result<QList<TeamStore::PendingReply>> TeamStore::pendingReplies()
{
    auto found =
        run(m_database.connection(),
            QStringLiteral(
                "SELECT r.client_id, c.source_id, r.visibility, r.text, a.display_name, r.state"
                " FROM replies r JOIN conversations c ON c.id = r.conversation_id"
                " JOIN agents a ON a.id = r.agent_id"
                " WHERE r.state IN ('queued', 'sending', 'uncertain') ORDER BY r.id"));
    if (!found)
        return found.error();
    QList<PendingReply> replies;
    while (found.value().next()) {
        const QSqlQuery &q = found.value();
        replies.append({q.value(0).toString(), q.value(1).toLongLong(),
                        q.value(2).toString() == u"public", q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString()});
    }
    return replies;
}

Result<void> TeamStore::settleReply(const QString &clientId, const QString &state,
                                    const QString &detail, qint64 nowMs)
{
    auto written = inWrite<bool>([&]() -> Result<bool> {
        QSqlDatabase &db = m_database.connection();
        auto found =
            run(db,
                QStringLiteral(
                    "SELECT r.id, r.conversation_id, c.team_id, r.state FROM replies r"
                    " JOIN conversations c ON c.id = r.conversation_id WHERE r.client_id = ?"),
                {clientId});
        if (!found)
            return found.error();
        if (!found.value().next() || found.value().value(3).toString() == state)
            return true;
        const qint64 replyId = found.value().value(0).toLongLong();
        const qint64 conversationId = found.value().value(1).toLongLong();
        const qint64 teamId = found.value().value(2).toLongLong();
        if (auto updated = run(db, QStringLiteral("UPDATE replies SET state = ? WHERE id = ?"),
                               {state, replyId});
            !updated)
            return updated.error();
        const QJsonObject reply{{QStringLiteral("id"), replyId},
                                {QStringLiteral("clientId"), clientId},
                                {QStringLiteral("conversationId"), conversationId},
                                {QStringLiteral("state"), state},
                                {QStringLiteral("detail"), detail}};
        if (auto changed = appendChange(teamId, QStringLiteral("reply"), QString::number(replyId),
                                        reply, nowMs);
            !changed)
            return changed.error();
        return true;
    });
    if (!written)
        return written.error();
    return {};
}

// ---- Assignment -------------------------------------------------------------------------------

Result<std::optional<TeamStore::Locked>> TeamStore::lockedConversation(qint64 conversationId)
{
    auto found =
        run(m_database.connection(),
            QStringLiteral(
                "SELECT COALESCE(c.team_id, 0), COALESCE(c.assignee_id, 0), "
                "COALESCE(a.display_name, ''),"
                " c.assigned_at, c.status, c.rev, c.source_id"
                " FROM conversations c LEFT JOIN agents a ON a.id = c.assignee_id WHERE c.id = ?"),
            {conversationId});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<Locked>();
    const QSqlQuery &q = found.value();
    return std::optional<Locked>(Locked{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                        q.value(2).toString(), q.value(3).toLongLong(),
                                        q.value(4).toString(), q.value(5).toLongLong(),
                                        q.value(6).toLongLong()});
}

Result<void> TeamStore::recordEvent(qint64 conversationId, qint64 agentId, const QString &kind,
                                    const QJsonObject &detail, qint64 nowMs)
{
    auto recorded =
        run(m_database.connection(),
            QStringLiteral(
                "INSERT INTO conversation_events(conversation_id, agent_id, kind, detail, at)"
                " VALUES(?, ?, ?, ?, ?)"),
            {conversationId, idOrNull(agentId), kind,
             QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), nowMs});
    if (!recorded)
        return recorded.error();
    return {};
}

Result<bool> TeamStore::assign(qint64 teamId, qint64 conversationId, qint64 agentId,
                               const QString &reason, qint64 nowMs)
{
    QSqlDatabase &db = m_database.connection();
    // The condition is the exclusivity: only a conversation nobody holds can be taken.
    auto updated =
        run(db,
            QStringLiteral("UPDATE conversations SET assignee_id = ?, assigned_at = ?,"
                           " status = CASE WHEN status = 'new' THEN 'open' ELSE status END"
                           " WHERE id = ? AND assignee_id IS NULL"),
            {agentId, nowMs, conversationId});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return false;
    if (auto stamped =
            run(db, QStringLiteral("UPDATE agents SET last_assigned_at = ? WHERE id = ?"),
                {nowMs, agentId});
        !stamped)
        return stamped.error();
    if (auto recorded = recordEvent(conversationId, agentId, QStringLiteral("assigned"),
                                    {{QStringLiteral("reason"), reason}}, nowMs);
        !recorded)
        return recorded.error();
    if (auto changed = conversationChanged(teamId, conversationId, nowMs); !changed)
        return changed.error();
    return true;
}

Result<Outcome<QJsonObject>> TeamStore::claim(const Agent &agent, qint64 conversationId,
                                              qint64 nowMs)
{
    return inWrite<Outcome<QJsonObject>>([&]() -> Result<Outcome<QJsonObject>> {
        auto locked = lockedConversation(conversationId);
        if (!locked)
            return locked.error();
        if (!locked.value() || !maySee(agent, locked.value()->teamId))
            return Outcome<QJsonObject>::refused(Refusal::Kind::NotFound,
                                                 Tr::tr("There is no such conversation."));
        const Locked &current = *locked.value();
        if (current.assigneeId == agent.id) {
            auto json = conversationJson(conversationId);
            if (!json)
                return json.error();
            return Outcome<QJsonObject>{json.value(), std::nullopt};
        }
        auto assigned =
            assign(current.teamId, conversationId, agent.id, QStringLiteral("claimed"), nowMs);
        if (!assigned)
            return assigned.error();
        if (!assigned.value()) {
            auto holder = lockedConversation(conversationId);
            if (!holder)
                return holder.error();
            const Locked &now = *holder.value();
            return Outcome<QJsonObject>::refused(
                Refusal::Kind::Conflict,
                Tr::tr("%1 took this conversation %2.")
                    .arg(now.assigneeName, minutesAgo(now.assignedAtMs, nowMs)),
                {{QStringLiteral("holder"),
                  QJsonObject{{QStringLiteral("id"), now.assigneeId},
                              {QStringLiteral("name"), now.assigneeName},
                              {QStringLiteral("since"), isoTime(now.assignedAtMs)}}}});
        }
        auto json = conversationJson(conversationId);
        if (!json)
            return json.error();
        return Outcome<QJsonObject>{json.value(), std::nullopt};
    });
}

Result<Outcome<QJsonObject>> TeamStore::changeConversation(
    const Agent &agent, qint64 conversationId, qint64 nowMs,
    const std::function<Result<std::optional<Refusal>>(const Locked &)> &work)
{
    return inWrite<Outcome<QJsonObject>>([&]() -> Result<Outcome<QJsonObject>> {
        auto locked = lockedConversation(conversationId);
        if (!locked)
            return locked.error();
        if (!locked.value() || !maySee(agent, locked.value()->teamId))
            return Outcome<QJsonObject>::refused(Refusal::Kind::NotFound,
                                                 Tr::tr("There is no such conversation."));
        auto done = work(*locked.value());
        if (!done)
            return done.error();
        if (done.value())
            return Outcome<QJsonObject>{std::nullopt, done.value()};
        auto json = conversationChanged(locked.value()->teamId, conversationId, nowMs);
        if (!json)
            return json.error();
        return Outcome<QJsonObject>{json.value(), std::nullopt};
    });
}

Result<Outcome<QJsonObject>> TeamStore::release(const Agent &agent, qint64 conversationId,
                                                qint64 nowMs)
{
    return changeConversation(
        agent, conversationId, nowMs, [&](const Locked &current) -> Result<std::optional<Refusal>> {
            if (current.assigneeId == 0)
                return std::optional<Refusal>(
                    {Refusal::Kind::Conflict, Tr::tr("Nobody holds this conversation."), {}});
            if (current.assigneeId != agent.id && !agent.supervises())
                return std::optional<Refusal>(
                    {Refusal::Kind::Forbidden,
                     Tr::tr("%1 holds this conversation; only they or a lead can release it.")
                         .arg(current.assigneeName),
                     {}});
            auto updated = run(
                m_database.connection(),
                QStringLiteral(
                    "UPDATE conversations SET previous_agent_id = assignee_id, assignee_id = NULL,"
                    " assigned_at = 0 WHERE id = ?"),
                {conversationId});
            if (!updated)
                return updated.error();
            if (auto recorded = recordEvent(conversationId, agent.id, QStringLiteral("released"),
                                            {{QStringLiteral("from"), current.assigneeId}}, nowMs);
                !recorded)
                return recorded.error();
            return std::optional<Refusal>();
        });
}

Result<Outcome<QJsonObject>> TeamStore::transfer(const Agent &agent, qint64 conversationId,
                                                 qint64 toAgentId, qint64 nowMs)
{
    return changeConversation(
        agent, conversationId, nowMs, [&](const Locked &current) -> Result<std::optional<Refusal>> {
            if (current.assigneeId != agent.id && !agent.supervises())
                return std::optional<Refusal>(
                    {Refusal::Kind::Forbidden,
                     current.assigneeId == 0
                         ? Tr::tr("Claim the conversation before handing it over.")
                         : Tr::tr(
                               "%1 holds this conversation; only they or a lead can transfer it.")
                               .arg(current.assigneeName),
                     {}});
            auto target = this->agent(toAgentId);
            if (!target)
                return target.error();
            if (!target.value() || target.value()->teamId != current.teamId)
                return std::optional<Refusal>(
                    {Refusal::Kind::Invalid,
                     Tr::tr("The agent to hand over to is not on this team."),
                     {}});
            auto updated =
                run(m_database.connection(),
                    QStringLiteral(
                        "UPDATE conversations SET previous_agent_id = assignee_id, assignee_id = ?,"
                        " assigned_at = ? WHERE id = ?"),
                    {toAgentId, nowMs, conversationId});
            if (!updated)
                return updated.error();
            if (auto recorded = recordEvent(conversationId, agent.id, QStringLiteral("transferred"),
                                            {{QStringLiteral("from"), current.assigneeId},
                                             {QStringLiteral("to"), toAgentId}},
                                            nowMs);
                !recorded)
                return recorded.error();
            return std::optional<Refusal>();
        });
}

Result<Outcome<QJsonObject>> TeamStore::setStatus(const Agent &agent, qint64 conversationId,
                                                  Core::ConversationStatus status, qint64 nowMs)
{
    return changeConversation(
        agent, conversationId, nowMs, [&](const Locked &current) -> Result<std::optional<Refusal>> {
            if (current.assigneeId != agent.id && !agent.supervises())
                return std::optional<Refusal>(
                    {Refusal::Kind::Conflict,
                     current.assigneeId == 0
                         ? Tr::tr("Claim the conversation first.")
                         : Tr::tr("%1 holds this conversation.").arg(current.assigneeName),
                     {}});
            const QString name = Core::toString(status);
            auto updated = run(m_database.connection(),
                               QStringLiteral("UPDATE conversations SET status = ? WHERE id = ?"),
                               {name, conversationId});
            if (!updated)
                return updated.error();
            if (auto recorded = recordEvent(
                    conversationId, agent.id, QStringLiteral("status"),
                    {{QStringLiteral("from"), current.status}, {QStringLiteral("to"), name}},
                    nowMs);
                !recorded)
                return recorded.error();
            return std::optional<Refusal>();
        });
}

Result<Outcome<QJsonObject>> TeamStore::addNote(const Agent &agent, qint64 conversationId,
                                                const QString &text, qint64 nowMs)
{
    return inWrite<Outcome<QJsonObject>>([&]() -> Result<Outcome<QJsonObject>> {
        auto locked = lockedConversation(conversationId);
        if (!locked)
            return locked.error();
        if (!locked.value() || !maySee(agent, locked.value()->teamId))
            return Outcome<QJsonObject>::refused(Refusal::Kind::NotFound,
                                                 Tr::tr("There is no such conversation."));
        auto inserted =
            run(m_database.connection(),
                QStringLiteral("INSERT INTO notes(conversation_id, agent_id, text, created_at)"
                               " VALUES(?, ?, ?, ?) RETURNING id"),
                {conversationId, agent.id, text, nowMs});
        if (!inserted)
            return inserted.error();
        inserted.value().next();
        const QJsonObject note{{QStringLiteral("id"), inserted.value().value(0).toLongLong()},
                               {QStringLiteral("conversationId"), conversationId},
                               {QStringLiteral("agentId"), agent.id},
                               {QStringLiteral("agentName"), agent.displayName},
                               {QStringLiteral("text"), text},
                               {QStringLiteral("createdAt"), isoTime(nowMs)}};
        if (auto changed =
                appendChange(locked.value()->teamId, QStringLiteral("note"),
                             note.value(QLatin1String("id")).toVariant().toString(), note, nowMs);
            !changed)
            return changed.error();
        if (auto changed = conversationChanged(locked.value()->teamId, conversationId, nowMs);
            !changed)
            return changed.error();
        return Outcome<QJsonObject>{note, std::nullopt};
    });
}

Result<Outcome<QJsonObject>> TeamStore::saveReview(const Agent &reviewer, qint64 conversationId,
                                                   const QJsonObject &review, qint64 nowMs)
{
    return inWrite<Outcome<QJsonObject>>([&]() -> Result<Outcome<QJsonObject>> {
        QSqlDatabase &db = m_database.connection();
        auto locked = lockedConversation(conversationId);
        if (!locked)
            return locked.error();
        if (!locked.value() || !maySee(reviewer, locked.value()->teamId))
            return Outcome<QJsonObject>::refused(Refusal::Kind::NotFound,
                                                 Tr::tr("There is no such conversation."));
        // Whose work: the holder, else who held it last, else who last replied.
        auto worker = run(
            db,
            QStringLiteral(
                "SELECT COALESCE(c.assignee_id, c.previous_agent_id,"
                " (SELECT m.agent_id FROM messages m WHERE m.conversation_id = c.id"
                "   AND m.agent_id IS NOT NULL ORDER BY m.created_at DESC, m.id DESC LIMIT 1), 0)"
                " FROM conversations c WHERE c.id = ?"),
            {conversationId});
        if (!worker)
            return worker.error();
        worker.value().next();
        const qint64 agentId = worker.value().value(0).toLongLong();
        const QString body =
            QString::fromUtf8(QJsonDocument(review).toJson(QJsonDocument::Compact));
        auto saved = run(
            db,
            QStringLiteral(
                "INSERT INTO reviews(team_id, conversation_id, agent_id, reviewer_id, body,"
                " created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (conversation_id, reviewer_id) DO UPDATE SET agent_id = "
                "excluded.agent_id,"
                " body = excluded.body, updated_at = excluded.updated_at RETURNING id, created_at"),
            {locked.value()->teamId, conversationId, idOrNull(agentId), reviewer.id, body, nowMs,
             nowMs});
        if (!saved)
            return saved.error();
        saved.value().next();
        QJsonObject answer = review;
        answer.insert(QStringLiteral("id"), saved.value().value(0).toLongLong());
        answer.insert(QStringLiteral("conversationId"), conversationId);
        answer.insert(QStringLiteral("agentId"), agentId);
        answer.insert(QStringLiteral("reviewerId"), reviewer.id);
        answer.insert(QStringLiteral("reviewerName"), reviewer.displayName);
        answer.insert(QStringLiteral("createdAt"), isoTime(saved.value().value(1).toLongLong()));
        answer.insert(QStringLiteral("updatedAt"), isoTime(nowMs));
        return Outcome<QJsonObject>{answer, std::nullopt};
    });
}

Result<QJsonArray> TeamStore::reviews(const Agent &viewer, qint64 agentId)
{
    QStringList where;
    QVariantList values;
    if (viewer.role != Role::Admin) {
        where << QStringLiteral("r.team_id = ?");
        values << viewer.teamId;
    }
    if (agentId != 0) {
        where << QStringLiteral("r.agent_id = ?");
        values << agentId;
    }
    auto found = run(
        m_database.connection(),
        QStringLiteral(
            "SELECT r.id, r.conversation_id, COALESCE(r.agent_id, 0), COALESCE(a.display_name, ''),"
            " r.reviewer_id, v.display_name, r.body, r.created_at, r.updated_at"
            " FROM reviews r JOIN agents v ON v.id = r.reviewer_id LEFT JOIN agents a ON a.id = "
            "r.agent_id") +
            (where.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
            QStringLiteral(" ORDER BY r.updated_at DESC, r.id DESC LIMIT 500"),
        values);
    if (!found)
        return found.error();
    QJsonArray list;
    QSqlQuery &q = found.value();
    while (q.next()) {
        QJsonObject review = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        review.insert(QStringLiteral("id"), q.value(0).toLongLong());
        review.insert(QStringLiteral("conversationId"), q.value(1).toLongLong());
        review.insert(QStringLiteral("agentId"), q.value(2).toLongLong());
        review.insert(QStringLiteral("agentName"), q.value(3).toString());
        review.insert(QStringLiteral("reviewerId"), q.value(4).toLongLong());
        review.insert(QStringLiteral("reviewerName"), q.value(5).toString());
        review.insert(QStringLiteral("createdAt"), isoTime(q.value(7).toLongLong()));
        review.insert(QStringLiteral("updatedAt"), isoTime(q.value(8).toLongLong()));
        list.append(review);
    }
    return list;
}

Result<Outcome<QJsonObject>> TeamStore::addReply(const Agent &agent, qint64 conversationId,
                                                 const QString &clientId, const QString &text,
                                                 Core::Visibility visibility, qint64 baseRev,
                                                 qint64 nowMs)
{
    return inWrite<Outcome<QJsonObject>>([&]() -> Result<Outcome<QJsonObject>> {
        QSqlDatabase &db = m_database.connection();
        auto earlier = run(
            db,
            QStringLiteral("SELECT id, conversation_id, state FROM replies WHERE client_id = ?"),
            {clientId});
        if (!earlier)
            return earlier.error();
        if (earlier.value().next()) {
            if (earlier.value().value(1).toLongLong() != conversationId)
                return Outcome<QJsonObject>::refused(
                    Refusal::Kind::Invalid,
                    Tr::tr("This client id was already used for another conversation."));
            return Outcome<QJsonObject>{
                QJsonObject{{QStringLiteral("id"), earlier.value().value(0).toLongLong()},
                            {QStringLiteral("clientId"), clientId},
                            {QStringLiteral("conversationId"), conversationId},
                            {QStringLiteral("state"), earlier.value().value(2).toString()},
                            {QStringLiteral("repeated"), true}},
                std::nullopt};
        }
        auto locked = lockedConversation(conversationId);
        if (!locked)
            return locked.error();
        if (!locked.value() || !maySee(agent, locked.value()->teamId))
            return Outcome<QJsonObject>::refused(Refusal::Kind::NotFound,
                                                 Tr::tr("There is no such conversation."));
        const Locked &current = *locked.value();
        if (current.assigneeId != agent.id)
            return Outcome<QJsonObject>::refused(
                Refusal::Kind::Conflict,
                current.assigneeId == 0
                    ? Tr::tr("Claim the conversation before replying.")
                    : Tr::tr("%1 took this conversation %2.")
                          .arg(current.assigneeName, minutesAgo(current.assignedAtMs, nowMs)),
                {{QStringLiteral("holder"),
                  QJsonObject{{QStringLiteral("id"), current.assigneeId},
                              {QStringLiteral("name"), current.assigneeName}}}});
        if (baseRev < current.rev)
            return Outcome<QJsonObject>::refused(Refusal::Kind::Stale,
                                                 Tr::tr("The conversation changed while you were "
                                                        "writing. Read it again before sending."),
                                                 {{QStringLiteral("rev"), current.rev}});
        auto inserted =
            run(db,
                QStringLiteral(
                    "INSERT INTO replies(client_id, conversation_id, agent_id, visibility, text,"
                    " state, created_at) VALUES(?, ?, ?, ?, ?, 'queued', ?) RETURNING id"),
                {clientId, conversationId, agent.id, visibilityName(visibility), text, nowMs});
        if (!inserted)
            return inserted.error();
        inserted.value().next();
        const qint64 replyId = inserted.value().value(0).toLongLong();
        auto message = run(
            db,
            QStringLiteral(
                "INSERT INTO messages(conversation_id, platform_id, direction, visibility,"
                " author_name, author_handle, text, language, created_at, addressed, agent_id)"
                " VALUES(?, '', 'outbound', ?, ?, '', ?, '', ?, 'replied', ?) RETURNING id"),
            {conversationId, visibilityName(visibility), agent.displayName, text, nowMs, agent.id});
        if (!message)
            return message.error();
        message.value().next();
        const qint64 messageId = message.value().value(0).toLongLong();
        // The reply answers what the customer wrote on the same side (public or private).
        if (auto addressed =
                run(db,
                    QStringLiteral(
                        "UPDATE messages SET addressed = 'replied' WHERE conversation_id = ?"
                        " AND direction = 'inbound' AND addressed = 'open' AND visibility = ?"),
                    {conversationId, visibilityName(visibility)});
            !addressed)
            return addressed.error();
        if (auto counted = run(
                db,
                QStringLiteral(
                    "UPDATE conversations SET unaddressed = (SELECT COUNT(*) FROM messages"
                    " WHERE conversation_id = ? AND direction = 'inbound' AND addressed = 'open'),"
                    " last_activity_at = ? WHERE id = ?"),
                {conversationId, nowMs, conversationId});
            !counted)
            return counted.error();
        auto messageJson = run(db,
                               QStringLiteral("SELECT ") + MESSAGE_COLUMNS +
                                   QStringLiteral(" FROM messages m WHERE m.id = ?"),
                               {messageId});
        if (!messageJson)
            return messageJson.error();
        messageJson.value().next();
        if (auto changed =
                appendChange(current.teamId, QStringLiteral("message"), QString::number(messageId),
                             readMessage(messageJson.value()), nowMs);
            !changed)
            return changed.error();
        const QJsonObject reply{{QStringLiteral("id"), replyId},
                                {QStringLiteral("clientId"), clientId},
                                {QStringLiteral("conversationId"), conversationId},
                                {QStringLiteral("messageId"), messageId},
                                {QStringLiteral("visibility"), visibilityName(visibility)},
                                {QStringLiteral("state"), QStringLiteral("queued")}};
        if (auto changed = appendChange(current.teamId, QStringLiteral("reply"),
                                        QString::number(replyId), reply, nowMs);
            !changed)
            return changed.error();
        auto json = conversationChanged(current.teamId, conversationId, nowMs);
        if (!json)
            return json.error();
        QJsonObject answer = reply;
        answer.insert(QStringLiteral("conversation"), json.value());
        return Outcome<QJsonObject>{answer, std::nullopt};
    });
}

// ---- Routing --------------------------------------------------------------------------------

namespace {

struct TeamSnapshot
{
    QList<Routing::Candidate> candidates;
    Routing::Policy policy = Routing::Policy::LeastLoaded;
};

Result<TeamSnapshot> teamSnapshot(QSqlDatabase &db, qint64 teamId)
{
    TeamSnapshot snapshot;
    auto policy =
        run(db, QStringLiteral("SELECT routing_policy FROM teams WHERE id = ?"), {teamId});
    if (!policy)
        return policy.error();
    if (policy.value().next())
        snapshot.policy = Routing::policyFromString(policy.value().value(0).toString())
                              .value_or(Routing::Policy::LeastLoaded);
    // Agents and leads take conversations; trainers and admins do not.
    auto agents = run(
        db,
        QStringLiteral(
            "SELECT a.id, a.presence, a.languages, a.categories, a.capacity, a.last_assigned_at,"
            " (SELECT COUNT(*) FROM conversations c WHERE c.assignee_id = a.id"
            " AND c.status <> 'resolved')"
            " FROM agents a WHERE a.team_id = ? AND a.role IN ('agent', 'lead')"),
        {teamId});
    if (!agents)
        return agents.error();
    while (agents.value().next()) {
        const QSqlQuery &q = agents.value();
        snapshot.candidates.append({q.value(0).toLongLong(), q.value(1).toString() == u"available",
                                    split(q.value(2).toString()), split(q.value(3).toString()),
                                    q.value(4).toInt(), q.value(6).toInt(),
                                    q.value(5).toLongLong()});
    }
    return snapshot;
}

// The team's waiting conversations, most urgent first.
Result<QList<Routing::Waiting>> waitingConversations(QSqlDatabase &db, qint64 teamId, int limit)
{
    auto found =
        run(db,
            QStringLiteral(
                "SELECT id, language, category, COALESCE(previous_agent_id, 0) FROM conversations"
                " WHERE team_id = ? AND assignee_id IS NULL AND status IN ('new', 'open')"
                " ORDER BY priority DESC, sla_due_at ASC, id ASC LIMIT ?"),
            {teamId, limit});
    if (!found)
        return found.error();
    QList<Routing::Waiting> waiting;
    while (found.value().next())
        waiting.append({found.value().value(0).toLongLong(), found.value().value(1).toString(),
                        found.value().value(2).toString(), found.value().value(3).toLongLong()});
    return waiting;
}

constexpr int ROUTING_WINDOW = 500; // how far down the queue routing looks for a match

} // namespace

Result<void> TeamStore::setPresence(const Agent &agent, Presence presence, qint64 nowMs)
{
    auto written = inWrite<bool>([&]() -> Result<bool> {
        auto updated =
            run(m_database.connection(),
                QStringLiteral("UPDATE agents SET presence = ?, presence_at = ? WHERE id = ?"),
                {toString(presence), nowMs, agent.id});
        if (!updated)
            return updated.error();
        auto stored = this->agent(agent.id);
        if (!stored)
            return stored.error();
        if (auto changed = appendChange(agent.teamId, QStringLiteral("agent"),
                                        QString::number(agent.id), stored.value()->toJson(), nowMs);
            !changed)
            return changed.error();
        return true;
    });
    if (!written)
        return written.error();
    return {};
}

Result<std::optional<QJsonObject>> TeamStore::takeNext(const Agent &agent, qint64 nowMs)
{
    return inWrite<std::optional<QJsonObject>>([&]() -> Result<std::optional<QJsonObject>> {
        QSqlDatabase &db = m_database.connection();
        auto team = teamSnapshot(db, agent.teamId);
        if (!team)
            return team.error();
        auto me = std::find_if(
            team.value().candidates.begin(), team.value().candidates.end(),
            [&](const Routing::Candidate &candidate) { return candidate.agentId == agent.id; });
        if (me == team.value().candidates.end())
            return std::optional<QJsonObject>();
        // Asking for work is being available for it.
        me->available = true;
        auto waiting = waitingConversations(db, agent.teamId, ROUTING_WINDOW);
        if (!waiting)
            return waiting.error();
        for (const Routing::Waiting &conversation : waiting.value()) {
            if (!Routing::mayPull(*me, conversation, team.value().candidates))
                continue;
            auto assigned = assign(agent.teamId, conversation.conversationId, agent.id,
                                   QStringLiteral("next"), nowMs);
            if (!assigned)
                return assigned.error();
            if (!assigned.value())
                continue;
            auto json = conversationJson(conversation.conversationId);
            if (!json)
                return json.error();
            return std::optional<QJsonObject>(json.value());
        }
        return std::optional<QJsonObject>();
    });
}

Result<int> TeamStore::dispatch(qint64 teamId, qint64 nowMs)
{
    QSqlDatabase &db = m_database.connection();
    // Most writes change nothing routing cares about: look before taking the write lock.
    auto worth =
        run(db,
            QStringLiteral("SELECT t.routing_policy FROM teams t WHERE t.id = ?"
                           " AND t.routing_policy <> 'manual'"
                           " AND EXISTS (SELECT 1 FROM agents a WHERE a.team_id = t.id AND "
                           "a.presence = 'available')"
                           " AND EXISTS (SELECT 1 FROM conversations c WHERE c.team_id = t.id"
                           " AND c.assignee_id IS NULL AND c.status IN ('new', 'open'))"),
            {teamId});
    if (!worth)
        return worth.error();
    if (!worth.value().next())
        return 0;
    return inWrite<int>([&]() -> Result<int> {
        auto team = teamSnapshot(db, teamId);
        if (!team)
            return team.error();
        if (team.value().policy == Routing::Policy::Manual)
            return 0;
        auto waiting = waitingConversations(db, teamId, ROUTING_WINDOW);
        if (!waiting)
            return waiting.error();
        int assignedCount = 0;
        for (const Routing::Waiting &conversation : waiting.value()) {
            const auto chosen =
                Routing::choose(team.value().policy, conversation, team.value().candidates);
            if (!chosen)
                continue;
            auto assigned = assign(teamId, conversation.conversationId, *chosen,
                                   QStringLiteral("routed"), nowMs);
            if (!assigned)
                return assigned.error();
            if (!assigned.value())
                continue;
            ++assignedCount;
            for (Routing::Candidate &candidate : team.value().candidates)
                if (candidate.agentId == *chosen) {
                    ++candidate.open;
                    candidate.lastAssignedAtMs = nowMs;
                }
        }
        return assignedCount;
    });
}

Result<void> TeamStore::returnToQueue(qint64 teamId, qint64 conversationId, qint64 fromAgentId,
                                      const QString &reason, bool keepAsPrevious, qint64 nowMs)
{
    auto updated = run(
        m_database.connection(),
        keepAsPrevious
            ? QStringLiteral(
                  "UPDATE conversations SET previous_agent_id = assignee_id, assignee_id = NULL,"
                  " assigned_at = 0 WHERE id = ?")
            : QStringLiteral(
                  "UPDATE conversations SET previous_agent_id = NULL, assignee_id = NULL,"
                  " assigned_at = 0 WHERE id = ?"),
        {conversationId});
    if (!updated)
        return updated.error();
    if (auto recorded = recordEvent(
            conversationId, 0, QStringLiteral("released"),
            {{QStringLiteral("from"), fromAgentId}, {QStringLiteral("reason"), reason}}, nowMs);
        !recorded)
        return recorded.error();
    if (auto changed = conversationChanged(teamId, conversationId, nowMs); !changed)
        return changed.error();
    return {};
}

Result<int> TeamStore::requeueFromOfflineAgents(qint64 nowMs)
{
    return inWrite<int>([&]() -> Result<int> {
        QSqlDatabase &db = m_database.connection();
        auto held = run(
            db,
            QStringLiteral(
                "SELECT c.id, c.team_id, a.id FROM conversations c"
                " JOIN agents a ON a.id = c.assignee_id JOIN teams t ON t.id = a.team_id"
                " WHERE a.presence = 'offline' AND a.presence_at < ? - t.offline_grace_secs * 1000"
                " AND c.status <> 'resolved'"),
            {nowMs});
        if (!held)
            return held.error();
        QList<std::tuple<qint64, qint64, qint64>> conversations;
        while (held.value().next())
            conversations.append({held.value().value(0).toLongLong(),
                                  held.value().value(1).toLongLong(),
                                  held.value().value(2).toLongLong()});
        for (const auto &[conversationId, teamId, agentId] : conversations)
            if (auto returned = returnToQueue(teamId, conversationId, agentId,
                                              QStringLiteral("offline"), true, nowMs);
                !returned)
                return returned.error();
        return static_cast<int>(conversations.size());
    });
}

} // namespace CareDesk::Server

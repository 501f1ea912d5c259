#include "CrmDesk.h"

#include "Clock.h"
#include "Logging.h"
#include "channels/ChannelCatalog.h"
#include "channels/ChannelHealth.h"
#include "crm/ContactKeys.h"
#include "crm/CrmConnection.h"
#include "security/CredentialStore.h"
#include "storage/CrmStore.h"
#include "storage/CustomerLinks.h"
#include "triage/PhoneRegions.h"
#include "triage/PiiScanner.h"
#include "triage/TriageEngine.h"
#include "workspace/WorkspaceContext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace CareDesk::Workspace {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Workspace::CrmDesk)
};

const QString FILE_SOURCE = QStringLiteral("file");
// Customers' messages read in one sweep after an ingest; the rest in the next turns of the
// event loop, so that reading the inbox never waits long behind it.
constexpr int SWEEP = 500;
// A first sweep looks back this many messages: customers who wrote before are matched when
// they write again, or when their conversation is opened.
constexpr int FIRST_SWEEP_BACK = 2000;

// Which record an audit entry is about, without the personal data the record holds.
QJsonObject recordRef(const Core::CrmRecord &record)
{
    return {{QStringLiteral("source"), record.source}, {QStringLiteral("record"), record.id}};
}

QString runningKey(const QString &kind, const QString &key)
{
    return kind + u':' + key;
}

} // namespace

CrmDesk::CrmDesk(WorkspaceContext &context, Channels::ChannelCatalog &catalog,
                 Net::HttpTransport &transport, Security::CredentialStore &credentials,
                 QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_catalog(catalog)
    , m_transport(transport)
    , m_credentials(credentials)
{
    // One request at a time: CRMs count requests per second and per day.
    m_pool.setMaxThreadCount(1);
}

CrmDesk::~CrmDesk()
{
    m_pool.waitForDone();
}

void CrmDesk::configure()
{
    auto settings = Crm::CrmSettings::ofWorkspace(m_context.directory);
    if (!settings) {
        m_settings = {};
        useConnection(nullptr, settings.error().userMessage);
        return;
    }
    configure(settings.value());
}

void CrmDesk::setCustomerFilter(std::function<bool(qint64)> mayLookUp)
{
    m_mayLookUp = std::move(mayLookUp);
}

void CrmDesk::configure(const Crm::CrmSettings &settings)
{
    m_settings = settings;
    if (!m_settings.connector) {
        useConnection(nullptr, {});
        return;
    }
    const Channels::ChannelConfig config = *m_settings.connector;
    // For scripts and servers: the secret in the environment, never in the file.
    if (!config.environmentVariable.isEmpty()) {
        connectWith(config,
                    qEnvironmentVariable(config.environmentVariable.toLocal8Bit().constData()));
        return;
    }
    m_credentials.read(config.keychainKey, this, [this, config](Core::Result<QString> secret) {
        connectWith(config, secret ? secret.value() : QString());
    });
}

void CrmDesk::connectWith(const Channels::ChannelConfig &config, const QString &secret)
{
    if (secret.isEmpty()) {
        useConnection(nullptr, Tr::tr("The CRM has no key or token yet: run caredesk-cli crm "
                                      "connect, or put it in the keychain entry %1.")
                                   .arg(config.keychainKey));
        return;
    }
    Security::CredentialStore *store = &m_credentials;
    auto connection = Crm::CrmConnection::open(
        m_catalog, config, secret, m_context.clock, m_transport,
        [store, key = config.keychainKey](const QString &renewed) {
            if (!key.isEmpty())
                store->write(key, renewed, nullptr, [](Core::Result<void>) {});
        });
    if (!connection)
        useConnection(nullptr, connection.error().userMessage);
    else
        useConnection(connection.value(), {});
}

void CrmDesk::useConnection(std::shared_ptr<Crm::CrmConnection> connection, const QString &problem)
{
    ++m_generation;
    m_connection = std::move(connection);
    m_problem = problem;
    m_running.clear();
    m_failuresInRow = 0;
    m_notBefore = {};
    if (m_context.isOpen())
        m_context.triage.engine().setExistingCustomerPoints(m_settings.tierPoints);
    const QString name = m_settings.connectorName();
    if (!name.isEmpty())
        Q_EMIT healthChanged(
            name, problem.isEmpty() ? QStringLiteral("ok") : QStringLiteral("misconfigured"),
            problem);
    else if (!problem.isEmpty())
        Q_EMIT healthChanged(Tr::tr("CRM"), QStringLiteral("misconfigured"), problem);
}

void CrmDesk::matchNewCustomers()
{
    if (!m_context.isOpen())
        return;
    QSqlQuery last(m_context.connection());
    if (m_lastMessageId < 0) {
        if (!last.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM messages")) || !last.next())
            return;
        m_lastMessageId = std::max<qint64>(0, last.value(0).toLongLong() - FIRST_SWEEP_BACK);
    }
    // Whoever wrote since the last sweep: new customers, and returning ones not matched yet.
    QSqlQuery wrote(m_context.connection());
    wrote.setForwardOnly(true);
    wrote.prepare(QStringLiteral(
        "SELECT m.id, i.customer_id, i.platform, i.handle FROM messages m"
        " JOIN identities i ON i.id = m.identity_id WHERE m.id > ? AND m.direction = 'in'"
        " ORDER BY m.id LIMIT ?"));
    wrote.addBindValue(m_lastMessageId);
    wrote.addBindValue(SWEEP);
    if (!wrote.exec())
        return;
    QList<Lookup> lookups;
    QSet<qint64> seen;
    int rows = 0;
    while (wrote.next()) {
        ++rows;
        m_lastMessageId = wrote.value(0).toLongLong();
        const qint64 customerId = wrote.value(1).toLongLong();
        if (!seen.contains(customerId)) {
            seen.insert(customerId);
            lookups.append({customerId, QStringLiteral("handle"),
                            Crm::handleKey(wrote.value(3).toString()), wrote.value(2).toString()});
        }
    }
    for (const Lookup &lookup : std::as_const(lookups)) {
        if (lookup.key.isEmpty() || isLinked(lookup.customerId) ||
            isTeamCustomer(lookup.customerId) || (m_mayLookUp && !m_mayLookUp(lookup.customerId)))
            continue;
        lookUp(lookup);
    }
    if (rows == SWEEP)
        QMetaObject::invokeMethod(this, &CrmDesk::matchNewCustomers, Qt::QueuedConnection);
}

bool CrmDesk::refusedForTeam(qint64 customerId)
{
    if (!isTeamCustomer(customerId))
        return false;
    Q_EMIT refused({Tr::tr("This is the team's customer: the team server matches them in the "
                           "CRM."),
                    {}});
    return true;
}

bool CrmDesk::isTeamCustomer(qint64 customerId)
{
    QSqlQuery team(m_context.connection());
    team.prepare(QStringLiteral(
        "SELECT 1 FROM conversations c JOIN team_links t ON t.entity = 'conversation'"
        " AND t.local_id = c.id WHERE c.customer_id = ? LIMIT 1"));
    team.addBindValue(customerId);
    return team.exec() && team.next();
}

bool CrmDesk::isLinked(qint64 customerId)
{
    auto link = Storage::CustomerLinks(m_context.connection()).linkOf(customerId);
    return link && link.value().has_value();
}

void CrmDesk::lookUp(const Lookup &lookup)
{
    Storage::CrmStore store(m_context.connection());
    const QDateTime now = m_context.clock.now();
    auto inFile = store.find(lookup.kind, lookup.key);
    QList<Core::CrmRecord> found;
    if (inFile) {
        for (const Core::CrmRecord &record : std::as_const(inFile.value())) {
            if (record.source == FILE_SOURCE)
                found.append(record);
        }
    }
    if (!found.isEmpty() || !m_connection) {
        answered(lookup, found);
        return;
    }
    auto cached = store.cachedLookup(m_connection->source(), lookup.kind, lookup.key,
                                     now.addSecs(-3600LL * m_settings.cacheHours));
    if (cached && cached.value()) {
        answered(lookup, *cached.value());
        return;
    }
    askCrm(lookup);
}

void CrmDesk::askCrm(const Lookup &lookup)
{
    const QString running = runningKey(lookup.kind, lookup.key);
    if (m_running.contains(running) ||
        (m_notBefore.isValid() && m_context.clock.now() < m_notBefore))
        return;
    m_running.insert(running);
    const quint64 generation = m_generation;
    m_pool.start([this, connection = m_connection, lookup, generation] {
        const Crm::CrmAnswer answer = connection->find(lookup.kind, lookup.key, lookup.platform);
        QMetaObject::invokeMethod(this, [this, lookup, answer, generation] {
            if (generation != m_generation)
                return;
            m_running.remove(runningKey(lookup.kind, lookup.key));
            crmAnswered(lookup, answer);
        });
    });
}

void CrmDesk::crmAnswered(const Lookup &lookup, const Crm::CrmAnswer &answer)
{
    noteHealth(answer);
    if (!answer.failure.ok() || !m_context.isOpen() || !m_connection)
        return;
    if (auto saved = Storage::CrmStore(m_context.connection())
                         .saveLookup(m_connection->source(), lookup.kind, lookup.key,
                                     answer.records, m_context.clock.now());
        !saved)
        qCWarning(lcStorage) << "CRM answer not kept:" << saved.error().detail;
    if (lookup.kind == u"id") {
        if (!answer.records.isEmpty()) {
            const Core::CrmRecord &record = answer.records.first();
            (void)Storage::CustomerLinks(m_context.connection())
                .refresh(lookup.customerId, record,
                         m_context.triage.engine().existingCustomerReason(record.tier),
                         m_context.clock.now());
            Q_EMIT customerChanged(lookup.customerId);
        }
        return;
    }
    answered(lookup, answer.records);
}

void CrmDesk::noteHealth(const Crm::CrmAnswer &answer)
{
    const QString name = m_settings.connectorName();
    const QDateTime now = m_context.clock.now();
    if (answer.failure.ok()) {
        if (m_failuresInRow > 0 || !m_problem.isEmpty())
            Q_EMIT healthChanged(name, QStringLiteral("ok"), {});
        m_failuresInRow = 0;
        m_problem.clear();
        m_notBefore = {};
        return;
    }
    ++m_failuresInRow;
    m_problem = answer.failure.message;
    Channels::ChannelHealth health;
    health.consecutiveFailures = m_failuresInRow - 1;
    health = health.after(answer.failure, answer.quota, now, 0);
    m_notBefore = health.nextPollAt;
    qCWarning(lcChannels) << "CRM" << name << "failed:" << answer.failure.message;
    Q_EMIT healthChanged(name, Channels::toString(health.state), answer.failure.message);
}

void CrmDesk::answered(const Lookup &lookup, const QList<Core::CrmRecord> &found)
{
    if (found.isEmpty() || !m_context.isOpen())
        return;
    Storage::CustomerLinks links(m_context.connection());
    const QDateTime now = m_context.clock.now();
    // A handle is the customer's own: one record found is them. An e-mail address or phone
    // number may be anyone's the customer mentions, so an agent confirms it, unless the team
    // lets a single record found by e-mail link at once.
    const bool sure =
        found.size() == 1 &&
        (lookup.kind == u"handle" || (lookup.kind == u"email" && m_settings.autoLinkByEmail));
    const auto declined = links.wasDeclined(lookup.customerId, found.first());
    if (sure && !isLinked(lookup.customerId) && declined && !declined.value()) {
        const Core::CrmRecord &record = found.first();
        if (auto linked = links.link(lookup.customerId, linkFor(record, lookup.kind, {}),
                                     m_context.triage.engine().existingCustomerReason(record.tier));
            !linked) {
            Q_EMIT refused(linked.error());
            return;
        }
        Q_EMIT customerChanged(lookup.customerId);
        return;
    }
    if (lookup.kind == u"handle")
        return;
    bool offered = false;
    for (const Core::CrmRecord &record : found.mid(0, 3)) {
        auto made = links.offer(lookup.customerId, record, lookup.kind, lookup.key, now);
        offered = offered || (made && made.value());
    }
    if (offered)
        Q_EMIT customerChanged(lookup.customerId);
}

Core::CrmLink CrmDesk::linkFor(const Core::CrmRecord &record, const QString &matchedBy,
                               const QString &agent) const
{
    Core::CrmLink link;
    link.record = record;
    link.matchedBy = matchedBy;
    link.linkedBy = agent;
    link.linkedAt = m_context.clock.now();
    link.fetchedAt = link.linkedAt;
    return link;
}

void CrmDesk::attach(Core::ConversationDetail &detail)
{
    if (!m_context.isOpen())
        return;
    Core::CustomerProfile &customer = detail.customer;
    Storage::CustomerLinks links(m_context.connection());
    Storage::CustomerMerges merges(m_context.connection());
    if (auto link = links.linkOf(customer.customerId))
        customer.crm = link.value();
    if (auto offers = links.openOffers(customer.customerId))
        customer.crmOffers = offers.value();
    if (auto merged = merges.mergesInto(customer.customerId))
        customer.merges = merged.value();
    customer.crmProblem = m_problem;
    // A team's customer is matched by the team server, which sends the link with the
    // conversation: this desk asks no CRM about them.
    if (isTeamCustomer(customer.customerId)) {
        customer.crmProblem.clear();
        customer.crmByTeam = true;
        return;
    }
    // Contacts first: what they give may suggest a merge shown now.
    offerContactsIn(detail);
    if (auto suggestions = merges.mergeSuggestions(customer.customerId))
        customer.mergeSuggestions = suggestions.value();
    if (customer.crm) {
        refreshLink(customer.customerId, *customer.crm);
    } else if (!customer.handle.isEmpty()) {
        lookUp({customer.customerId, QStringLiteral("handle"), Crm::handleKey(customer.handle),
                customer.platform});
    }
}

void CrmDesk::refreshLink(qint64 customerId, const Core::CrmLink &link)
{
    if (!m_connection || link.record.source != m_connection->source())
        return;
    if (link.fetchedAt.addSecs(3600LL * m_settings.cacheHours) > m_context.clock.now())
        return;
    askCrm({customerId, QStringLiteral("id"), link.record.id, {}});
}

void CrmDesk::offerContactsIn(const Core::ConversationDetail &detail)
{
    static const Triage::PiiScanner scanner;
    const QStringList regions = Triage::PhoneRegions::inOrder(
        {detail.channelRegion, Triage::PiiScanner::regionFromLocale(detail.customer.locale),
         Triage::PhoneRegions::ofLocale({})},
        {detail.language});
    Storage::CustomerLinks links(m_context.connection());
    const QDateTime now = m_context.clock.now();
    for (const Core::MessageRecord &message : detail.messages) {
        if (message.direction != Core::Direction::Inbound ||
            message.visibility != Core::Visibility::Private)
            continue;
        const QList<Triage::PiiFinding> findings = scanner.scan(message.text, regions);
        for (const Triage::PiiFinding &finding : findings) {
            QString key;
            if (finding.kind == u"email")
                key = Crm::emailKey(finding.match);
            else if (finding.kind == u"phone")
                key = Crm::phoneKey(finding.match, regions.value(0));
            if (key.isEmpty())
                continue;
            auto isNew =
                links.rememberContactKey(detail.customer.customerId, finding.kind, key, now);
            if (isNew && isNew.value())
                lookUp({detail.customer.customerId, finding.kind, key, {}});
        }
    }
}

void CrmDesk::search(quint64 requestId, const QString &text)
{
    const QString typed = text.trimmed();
    QList<Core::CrmRecord> found;
    if (m_context.isOpen()) {
        // The customer file by what the text is: an address, a number or a handle.
        Storage::CrmStore store(m_context.connection());
        const QList<std::pair<QString, QString>> keys{
            {QStringLiteral("email"), Crm::emailKey(typed)},
            {QStringLiteral("phone"), Crm::phoneKey(typed, QString())},
            {QStringLiteral("handle"), Crm::handleKey(typed)}};
        for (const auto &[kind, key] : keys) {
            if (key.isEmpty())
                continue;
            if (auto records = store.find(kind, key))
                found.append(records.value());
        }
        if (auto named = store.search(FILE_SOURCE, typed, 20)) {
            for (const Core::CrmRecord &record : std::as_const(named.value())) {
                const bool known = std::any_of(found.cbegin(), found.cend(), [&](const auto &one) {
                    return one.source == record.source && one.id == record.id;
                });
                if (!known)
                    found.append(record);
            }
        }
    }
    if (!m_connection || typed.isEmpty()) {
        Q_EMIT searchAnswered(requestId, found,
                              found.isEmpty() && !m_problem.isEmpty() ? m_problem : QString());
        return;
    }
    const quint64 generation = m_generation;
    m_pool.start([this, connection = m_connection, typed, requestId, found, generation] {
        const Crm::CrmAnswer answer = connection->find(QStringLiteral("text"), typed);
        QMetaObject::invokeMethod(this, [this, answer, requestId, found, generation] {
            if (generation != m_generation)
                return;
            noteHealth(answer);
            Q_EMIT searchAnswered(requestId, found + answer.records,
                                  answer.failure.ok() ? QString() : answer.failure.message);
        });
    });
}

void CrmDesk::link(qint64 customerId, const Core::CrmRecord &record, const QString &agent)
{
    linkByAgent(customerId, record, QStringLiteral("agent"), agent);
}

void CrmDesk::linkByAgent(qint64 customerId, const Core::CrmRecord &record,
                          const QString &matchedBy, const QString &agent)
{
    if (!m_context.isOpen() || refusedForTeam(customerId))
        return;
    if (record.source != FILE_SOURCE)
        (void)Storage::CrmStore(m_context.connection())
            .saveLookup(record.source, QStringLiteral("id"), record.id, {record},
                        m_context.clock.now());
    if (auto linked = Storage::CustomerLinks(m_context.connection())
                          .link(customerId, linkFor(record, matchedBy, agent),
                                m_context.triage.engine().existingCustomerReason(record.tier));
        !linked) {
        Q_EMIT refused(linked.error());
        return;
    }
    if (!agent.isEmpty())
        (void)Storage::CustomerLinks(m_context.connection())
            .audit(customerId, QStringLiteral("crm-link"), agent, recordRef(record),
                   m_context.clock.now());
    Q_EMIT customerChanged(customerId);
    // A record chosen from a search list comes without its owner and open cases: read it whole.
    if (m_connection && record.source == m_connection->source())
        askCrm({customerId, QStringLiteral("id"), record.id, {}});
}

void CrmDesk::unlink(qint64 customerId, const QString &agent)
{
    if (!m_context.isOpen() || refusedForTeam(customerId))
        return;
    auto linked = Storage::CustomerLinks(m_context.connection()).linkOf(customerId);
    QSqlQuery tier(m_context.connection());
    tier.prepare(QStringLiteral("SELECT tier FROM customers WHERE id = ?"));
    tier.addBindValue(customerId);
    Triage::PriorityReason handTier;
    if (tier.exec() && tier.next() && !tier.value(0).toString().isEmpty() &&
        tier.value(0).toString().compare(u"standard", Qt::CaseInsensitive) != 0)
        handTier = {QStringLiteral("tier"), 10, tier.value(0).toString(), {}};
    Storage::CustomerLinks links(m_context.connection());
    if (auto done = links.unlink(customerId, handTier, m_context.clock.now()); !done) {
        Q_EMIT refused(done.error());
        return;
    }
    if (linked && linked.value())
        (void)links.audit(customerId, QStringLiteral("crm-unlink"), agent,
                          recordRef(linked.value()->record), m_context.clock.now());
    Q_EMIT customerChanged(customerId);
}

void CrmDesk::answerOffer(qint64 customerId, const Core::CrmOffer &offer, bool accepted,
                          const QString &agent)
{
    if (!m_context.isOpen())
        return;
    if (accepted) {
        linkByAgent(customerId, offer.record, offer.matchedBy, agent);
        return;
    }
    Storage::CustomerLinks links(m_context.connection());
    if (auto done = links.answerOffer(customerId, offer.record.source, offer.record.id, false);
        !done)
        Q_EMIT refused(done.error());
    else
        (void)links.audit(customerId, QStringLiteral("crm-decline"), agent, recordRef(offer.record),
                          m_context.clock.now());
    Q_EMIT customerChanged(customerId);
}

void CrmDesk::merge(qint64 keptCustomerId, qint64 mergedCustomerId, const QString &agent)
{
    if (!m_context.isOpen())
        return;
    auto merged = Storage::CustomerMerges(m_context.connection())
                      .merge(keptCustomerId, mergedCustomerId, agent, m_context.clock.now());
    if (!merged) {
        Q_EMIT refused(merged.error());
        return;
    }
    (void)Storage::CustomerLinks(m_context.connection())
        .audit(keptCustomerId, QStringLiteral("merge"), agent,
               {{QStringLiteral("merge"), merged.value()},
                {QStringLiteral("mergedCustomer"), mergedCustomerId}},
               m_context.clock.now());
    Q_EMIT customerChanged(keptCustomerId);
}

void CrmDesk::undoMerge(qint64 mergeId, const QString &agent)
{
    if (!m_context.isOpen())
        return;
    auto undone = Storage::CustomerMerges(m_context.connection())
                      .undoMerge(mergeId, agent, m_context.clock.now());
    if (!undone) {
        Q_EMIT refused(undone.error());
        return;
    }
    (void)Storage::CustomerLinks(m_context.connection())
        .audit(undone.value(), QStringLiteral("unmerge"), agent,
               {{QStringLiteral("merge"), mergeId}}, m_context.clock.now());
    Q_EMIT customerChanged(undone.value());
}

} // namespace CareDesk::Workspace

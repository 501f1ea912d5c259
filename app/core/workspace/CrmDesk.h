#pragma once

#include "crm/CrmSettings.h"
#include "model/Inbox.h"

#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace CareDesk::Channels {
class ChannelCatalog;
}
namespace CareDesk::Crm {
class CrmConnection;
struct CrmAnswer;
} // namespace CareDesk::Crm
namespace CareDesk::Net {
class HttpTransport;
}
namespace CareDesk::Security {
class CredentialStore;
}

namespace CareDesk::Workspace {

struct WorkspaceContext;

// Who a customer is in the team's CRM or customer file. New customers are looked up by handle
// after each ingest, and a conversation's customer when it is opened; e-mail addresses and phone
// numbers given in private messages are offered as matches for an agent to confirm. The
// team's customer file is read here on the storage thread; a CRM is asked on a worker thread
// of its own, one request at a time, and its answers are kept for `cacheHours`. Nothing waits
// on a CRM: a conversation shows what is known and is sent again when more arrives.
class CrmDesk final : public QObject
{
    Q_OBJECT

public:
    CrmDesk(WorkspaceContext &context, Channels::ChannelCatalog &catalog,
            Net::HttpTransport &transport, Security::CredentialStore &credentials,
            QObject *parent = nullptr);
    ~CrmDesk() override;

    // Reads crm.json and the CRM's secret again.
    void configure();
    // Uses these settings (the team server's, from its --crm file) and the CRM's secret.
    void configure(const Crm::CrmSettings &settings);
    // Which customers this desk may look up (the team server: the CRM's own team's); all when
    // unset.
    void setCustomerFilter(std::function<bool(qint64 customerId)> mayLookUp);
    const Crm::CrmSettings &settings() const { return m_settings; }
    // The team's CRM, or none (the customer file only, or not usable now).
    std::shared_ptr<Crm::CrmConnection> connection() const { return m_connection; }
    // Looks up the customers who wrote since the last time and are not matched yet.
    void matchNewCustomers();
    // Adds the customer's CRM link, offers, merges and likely other accounts to `detail`, and
    // starts the lookups still missing; customerChanged() says when more is known.
    void attach(Core::ConversationDetail &detail);

    // "Find in CRM…": answered by searchAnswered.
    void search(quint64 requestId, const QString &text);
    // Links the customer to a record an agent chose ("Find in CRM…").
    void link(qint64 customerId, const Core::CrmRecord &record, const QString &agent);
    void unlink(qint64 customerId, const QString &agent);
    // An agent confirms (links) or declines an offered match.
    void answerOffer(qint64 customerId, const Core::CrmOffer &offer, bool accepted,
                     const QString &agent);
    void merge(qint64 keptCustomerId, qint64 mergedCustomerId, const QString &agent);
    void undoMerge(qint64 mergeId, const QString &agent);

Q_SIGNALS:
    // What is known of the customer changed (a match, a merge): their conversation and the inbox
    // are worth showing again.
    void customerChanged(qint64 customerId);
    void searchAnswered(quint64 requestId, const QList<CareDesk::Core::CrmRecord> &records,
                        const QString &problem);
    // The CRM's state for the channel-health area: its name, "ok" or the health state, and why.
    void healthChanged(const QString &name, const QString &state, const QString &problem);
    void refused(const CareDesk::Core::Error &error);

private:
    struct Lookup
    {
        qint64 customerId = 0;
        QString kind; // "handle", "email", "phone"
        QString key;
        QString platform;
    };
    void connectWith(const Channels::ChannelConfig &config, const QString &secret);
    void useConnection(std::shared_ptr<Crm::CrmConnection> connection, const QString &problem);
    // What the sources know of `lookup` now: the file at once, the CRM from its cache or later.
    void lookUp(const Lookup &lookup);
    void askCrm(const Lookup &lookup);
    void answered(const Lookup &lookup, const QList<Core::CrmRecord> &found);
    void crmAnswered(const Lookup &lookup, const Crm::CrmAnswer &answer);
    void refreshLink(qint64 customerId, const Core::CrmLink &link);
    void noteHealth(const Crm::CrmAnswer &answer);
    void offerContactsIn(const Core::ConversationDetail &detail);
    bool isLinked(qint64 customerId);
    // A team's customer, mirrored from its server: the server matches them, not this desk.
    bool isTeamCustomer(qint64 customerId);
    // Refuses, in words for the agent, to change a team's customer's link from this desk.
    bool refusedForTeam(qint64 customerId);
    void linkByAgent(qint64 customerId, const Core::CrmRecord &record, const QString &matchedBy,
                     const QString &agent);
    Core::CrmLink linkFor(const Core::CrmRecord &record, const QString &matchedBy,
                          const QString &agent) const;

    WorkspaceContext &m_context;
    Channels::ChannelCatalog &m_catalog;
    Net::HttpTransport &m_transport;
    Security::CredentialStore &m_credentials;
    Crm::CrmSettings m_settings;
    std::function<bool(qint64)> m_mayLookUp;
    std::shared_ptr<Crm::CrmConnection> m_connection;
    QString m_problem;     // why the CRM cannot be asked; empty when it can
    QDateTime m_notBefore; // the CRM asked to wait, or is failing: not asked before then
    int m_failuresInRow = 0;
    qint64 m_lastMessageId = -1; // the customers who wrote after this message are looked up
    QSet<QString> m_running;     // "kind:key" being asked of the CRM
    quint64 m_generation = 0;    // settings changed: answers from before are dropped
    QThreadPool m_pool;          // last: waits for running requests before the rest goes
};

} // namespace CareDesk::Workspace

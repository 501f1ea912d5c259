#pragma once

#include "Result.h"
#include "model/CrmRecord.h"
#include "triage/PriorityReasons.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace CareDesk::Storage {

// A customer still to be looked up, with what they are found by.
struct UnmatchedCustomer
{
    qint64 customerId = 0;
    QString platform;
    QString handle;
    QString displayName;
};

// Who a workspace's customers are in the team's CRM or customer file: links, and offers for an
// agent to confirm. A link changes the priority of the customer's open conversations at once
// ("Existing customer").
class CustomerLinks final
{
public:
    explicit CustomerLinks(QSqlDatabase db);

    Core::Result<std::optional<Core::CrmLink>> linkOf(qint64 customerId);
    // Links (or re-links) the customer and gives their open conversations `reason` in place of
    // any earlier "customer" or "tier" reason.
    Core::Result<void> link(qint64 customerId, const Core::CrmLink &link,
                            const Triage::PriorityReason &reason);
    // Takes the link away, for good: the record is not linked to them again automatically.
    // Their open conversations lose the "customer" reason, and get back `handTier` (the reason
    // of a tier set by hand) when it has points.
    Core::Result<void> unlink(qint64 customerId, const Triage::PriorityReason &handTier,
                              const QDateTime &now);
    // Whether an agent declined this record for this customer (an offer, or a link taken away).
    Core::Result<bool> wasDeclined(qint64 customerId, const Core::CrmRecord &record);
    // The record as read again from its source, keeping the link as it is; its tier may have
    // changed, so their open conversations get `reason`.
    Core::Result<void> refresh(qint64 customerId, const Core::CrmRecord &record,
                               const Triage::PriorityReason &reason, const QDateTime &now);
    // Customers with conversations, no link, and no identity merged away, up to `limit`;
    // those with the newest conversations first.
    Core::Result<QList<UnmatchedCustomer>> unmatched(int limit);

    // Keeps an e-mail address or phone number ("email"/"phone", as compared) the customer gave
    // in a private message; false when it was known.
    Core::Result<bool> rememberContactKey(qint64 customerId, const QString &kind,
                                          const QString &key, const QDateTime &now);
    // Offers a record found by an e-mail address or phone number; false when it was offered
    // (or declined) before, or the customer is already linked to it.
    Core::Result<bool> offer(qint64 customerId, const Core::CrmRecord &record,
                             const QString &matchedBy, const QString &key, const QDateTime &now);
    Core::Result<QList<Core::CrmOffer>> openOffers(qint64 customerId);
    Core::Result<void> answerOffer(qint64 customerId, const QString &source,
                                   const QString &recordId, bool accepted);

    // What an agent did about who a customer is ("crm-link", "crm-unlink", "crm-decline",
    // "merge", "unmerge"), in the workspace's audit trail.
    Core::Result<void> audit(qint64 customerId, const QString &action, const QString &agent,
                             const QJsonObject &detail, const QDateTime &now);

private:
    Core::Result<void> rescore(qint64 customerId, const Triage::PriorityReason &replacement);

    QSqlDatabase m_db;
};

// Customers an agent found to be one person (the same someone on X and on Facebook): merged
// into one, with every conversation kept, and undone exactly.
class CustomerMerges final
{
public:
    explicit CustomerMerges(QSqlDatabase db);

    // Makes `merged` part of `kept`: their identities and conversations move over; returns the
    // merge's id. Both must exist and differ.
    Core::Result<qint64> merge(qint64 kept, qint64 merged, const QString &agent,
                               const QDateTime &now);
    // Moves back the identities of a merge and every conversation they started.
    Core::Result<qint64> undoMerge(qint64 mergeId, const QString &agent, const QDateTime &now);
    Core::Result<QList<Core::CustomerMerge>> mergesInto(qint64 customerId);
    // Other customers linked to the same record, or who gave the same e-mail address or phone
    // number in a private message.
    Core::Result<QList<Core::MergeSuggestion>> mergeSuggestions(qint64 customerId);

private:
    QSqlDatabase m_db;
};

} // namespace CareDesk::Storage

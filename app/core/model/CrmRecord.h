#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace CareDesk::Core {

// An open case or ticket of a customer in the CRM.
struct OpenCase
{
    QString id;
    QString subject;
    QString status;
};

// A customer as the company knows them: from its CRM, or from a customer file for teams without
// one. Keys to match by (e-mail addresses, phone numbers, handles) are kept as written; see
// ContactKeys for how they are compared.
struct CrmRecord
{
    QString source; // where it comes from: "file" (the customer file) or the CRM plugin's id
    QString id;     // the CRM's id, or the file's
    QString name;
    QString company;
    QStringList emails;
    QStringList phones;
    QStringList handles; // "@ana_g" on X, a Facebook name, as the team records them
    QString tier;        // "gold", "enterprise", ... as the team names its plans
    double value = 0;    // lifetime value, in the team's currency
    QString owner;
    QString url; // opens the record in the CRM; empty for a customer file
    QString notes;
    QList<OpenCase> openCases;

    // As it is stored and as `caredesk-cli crm lookup` prints it.
    QJsonObject toJson() const;
    static CrmRecord fromJson(const QJsonObject &json);
};

// The record a customer is linked to, and how the link came about.
struct CrmLink
{
    CrmRecord record;
    QString matchedBy; // "handle", "email", "phone" (found), or "agent" (linked by hand)
    QString linkedBy;  // the agent who linked or confirmed it; empty when automatic
    QDateTime linkedAt;
    QDateTime fetchedAt; // when the record was last read from its source
};

// A record an e-mail address or phone number from a private message finds, for an agent to
// confirm.
struct CrmOffer
{
    CrmRecord record;
    QString matchedBy; // "email" or "phone"
    QString key;       // the address or number, as compared
};

// Two customers an agent made one: undone by id.
struct CustomerMerge
{
    qint64 id = 0;
    qint64 mergedCustomerId = 0;
    QString mergedName;     // the merged customer's name as it was
    QStringList identities; // "facebook: Ana Gil", the accounts moved over
    QString mergedBy;
    QDateTime mergedAt;
};

// Another customer who is likely the same person, and why.
struct MergeSuggestion
{
    qint64 customerId = 0;
    QString displayName;
    QString platform;
    QString handle;
    QString reason; // "crm": linked to the same record; "email"/"phone": gave the same one
};

} // namespace CareDesk::Core

#pragma once

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
    QString id; // the CRM's id, or the file's
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

} // namespace CareDesk::Core

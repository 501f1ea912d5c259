#pragma once

// The interface between CareDesk and a CRM connector (HubSpot, Salesforce, or a third party's):
// who a customer is in the company's CRM, and logging a finished conversation back to them.
// A connector reaches HTTP, its settings and its secret through the same ChannelHost a channel
// connector uses. Bump CAREDESK_CRM_SDK_VERSION on any change that breaks binary compatibility;
// the host refuses plugins whose metadata asks for a newer one.

#include "ChannelPlugin.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#define CAREDESK_CRM_SDK_VERSION 1
#define CAREDESK_CRM_PLUGIN_IID "org.caredesk.CrmPlugin/1"

namespace CareDesk::Sdk {

// An open case or ticket of the contact.
struct CrmCase
{
    QString id;
    QString subject;
    QString status; // as the CRM names it: "New", "Working", "Waiting on contact", ...
};

// A person as the CRM knows them.
struct CrmContact
{
    QString id; // the CRM's own id
    QString name;
    QString company;
    QStringList emails;
    QStringList phones;
    QStringList handles; // from the configured handle property or field
    QString tier;        // plan, level or lifecycle stage, as the CRM names it
    double value = 0;    // lifetime value, in the company's currency; 0 when unknown
    QString owner;       // the name (or e-mail) of whoever owns the contact
    QString url;         // opens the contact in the CRM, in a browser
    QList<CrmCase> openCases;
};

// Whether a number as a CRM keeps it ("+34 612 34 56 78", "0034 612...", "612 345 678") is
// `e164` ("+34612345678"). With a country code it must be the same number; written as at home,
// its digits (without trunk zeros) must end the international ones.
inline bool samePhoneNumber(const QString &written, const QString &e164)
{
    const auto digitsOf = [](const QString &text) {
        QString digits;
        for (const QChar c : text) {
            if (c.isDigit())
                digits.append(c);
        }
        return digits;
    };
    const QString wanted = digitsOf(e164);
    const QString trimmed = written.trimmed();
    QString digits = digitsOf(trimmed);
    if (digits.size() < 6 || wanted.isEmpty())
        return false;
    if (trimmed.startsWith(u'+'))
        return digits == wanted;
    if (digits.startsWith(QLatin1String("00")))
        return digits.mid(2) == wanted;
    while (digits.startsWith(u'0'))
        digits.remove(0, 1);
    return wanted.endsWith(digits);
}

// What to look a contact up by. The host hands keys over already normalised.
struct CrmQuery
{
    enum class Kind {
        Email,  // value: "ana.gil@example.org", lower case
        Phone,  // value: E.164, "+34612345678"; nationalNumber: "612345678"
        Handle, // value: "ana_g", without "@", lower case; platform: "twitter" or "facebook"
        Text,   // value: what an agent typed in "Find in CRM…": a name, company, e-mail, ...
        Id,     // value: the CRM's id of a contact already linked, to refresh it
    };
    Kind kind = Kind::Email;
    QString value;
    QString nationalNumber;
    QString platform;
};

struct CrmLookupResult
{
    QList<CrmContact> contacts; // best first; empty: nobody found
    Failure failure;
    Quota quota;
};

// A finished conversation to record against a contact (a HubSpot note, a Salesforce Task).
// `clientId` is made by CareDesk before anything is sent and is kept in the record, so that
// after an uncertain outcome findLogged() can tell whether it arrived.
struct CrmLogEntry
{
    QString clientId;
    QString contactId;
    QString subject; // one line: "X conversation with @ana_g, resolved"
    QString body;    // the transcript, plain text
    QDateTime occurredAt;
};

struct CrmLogResult
{
    QString recordId; // set when the CRM confirmed it
    Failure failure;
    bool uncertain = false; // sent, but no answer came back: ask findLogged() first
};

// One connection to a CRM account. Calls run on a thread of the host's choosing, never the
// UI's, and may block.
class CrmConnector
{
public:
    virtual ~CrmConnector() = default;
    virtual CrmLookupResult find(const CrmQuery &query) = 0;
    virtual CrmLogResult logConversation(const CrmLogEntry &entry) = 0;
    // After an uncertain logConversation(): the CRM's id of the entry if it is there, nullopt if
    // it is not; a failure when the CRM could not be asked.
    virtual std::optional<QString> findLogged(const CrmLogEntry &entry, Failure &failure) = 0;
    // Whether the credential works and whose account it is.
    virtual CheckResult check() = 0;
};

// The plugin's entry point, exported with Q_PLUGIN_METADATA(IID CAREDESK_CRM_PLUGIN_IID
// FILE "<id>.json"). The JSON metadata (id, name, version, compatVersion, and "oauth2" when the
// CRM signs in through the browser) is read by the host before the library is loaded.
class CrmPlugin
{
public:
    virtual ~CrmPlugin() = default;
    virtual std::unique_ptr<CrmConnector> createConnector(ChannelHost &host) = 0;
};

} // namespace CareDesk::Sdk

Q_DECLARE_INTERFACE(CareDesk::Sdk::CrmPlugin, CAREDESK_CRM_PLUGIN_IID)

#pragma once

#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace CareDesk::Storage {
struct CrmLogItem;
}
namespace CareDesk::Sdk {
struct CrmLogEntry;
struct CrmLogResult;
} // namespace CareDesk::Sdk

namespace CareDesk::Workspace {

class CrmDesk;
struct WorkspaceContext;

// Logging back: when the team asks for it (crm.json "logOnResolve"), a resolved conversation of
// a customer linked to the CRM is attached to their record as a note or Task, with its
// transcript, once. Entries wait in the workspace (crm_log_outbox) until the CRM took them; one
// whose answer never came is looked up in the CRM before it is sent again. Lives on the storage
// thread with the workspace; the CRM is called on a worker thread.
class CrmLogSender final : public QObject
{
    Q_OBJECT

public:
    CrmLogSender(WorkspaceContext &context, CrmDesk &crm, QObject *parent = nullptr);
    ~CrmLogSender() override;

    // Queues the conversation's latest resolution when it is to be logged, and sends.
    void conversationResolved(qint64 conversationId);
    // Sends what is due, one entry at a time.
    void sendDue();

Q_SIGNALS:
    void logged(qint64 conversationId, const QString &crmEntryId);
    void refused(qint64 conversationId, const QString &reason);

private:
    void sendNext();
    void finish(const Storage::CrmLogItem &item, const Sdk::CrmLogResult &result, bool found);

    WorkspaceContext &m_context;
    CrmDesk &m_crm;
    QTimer m_timer;
    bool m_sending = false;
    QThreadPool m_pool; // last: waits for a running request before the rest goes
};

// The note for a conversation: a one-line subject and the transcript in plain text.
Sdk::CrmLogEntry logEntryFor(const Storage::CrmLogItem &item, WorkspaceContext &context);

} // namespace CareDesk::Workspace

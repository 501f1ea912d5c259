#include "CrmLogSender.h"

#include "Clock.h"
#include "Logging.h"
#include "channels/ChannelHealth.h"
#include "crm/CrmConnection.h"
#include "storage/CrmLogQueue.h"
#include "storage/CustomerLinks.h"
#include "storage/WorkspaceStore.h"
#include "workspace/CrmDesk.h"
#include "workspace/WorkspaceContext.h"

#include <QCoreApplication>
#include <QUuid>

namespace CareDesk::Workspace {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Workspace::CrmLogSender)
};

// Asked again after a refused key or a missing setting: someone has to act first.
constexpr int WAIT_FOR_PEOPLE_SECS = 15 * 60;

QString platformName(const QString &platform)
{
    if (platform == u"twitter")
        return QStringLiteral("X");
    if (platform == u"facebook")
        return QStringLiteral("Facebook");
    return platform;
}

} // namespace

Sdk::CrmLogEntry logEntryFor(const Storage::CrmLogItem &item, WorkspaceContext &context)
{
    Sdk::CrmLogEntry entry;
    entry.clientId = item.clientId;
    entry.contactId = item.recordId;
    entry.occurredAt = item.resolvedAt;
    auto detail = Storage::WorkspaceStore(context.connection()).conversation(item.conversationId);
    if (!detail)
        return entry;
    const Core::ConversationDetail &conversation = detail.value();
    const QString who = conversation.customer.handle.isEmpty()
                            ? conversation.customer.displayName
                            : u'@' + conversation.customer.handle;
    entry.subject =
        Tr::tr("%1 conversation with %2, resolved").arg(platformName(conversation.platform), who);
    QStringList lines;
    for (const Core::MessageRecord &message : conversation.messages) {
        const QString when = message.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QString author = message.direction == Core::Direction::Inbound
                             ? (message.authorHandle.isEmpty() ? message.authorName
                                                               : u'@' + message.authorHandle)
                             : conversation.channelName;
        if (message.direction == Core::Direction::Outbound && !message.sentBy.isEmpty())
            author += QStringLiteral(" (%1)").arg(message.sentBy);
        const QString privately =
            message.visibility == Core::Visibility::Private ? Tr::tr(" [private]") : QString();
        lines.append(QStringLiteral("%1 UTC  %2%3: %4").arg(when, author, privately, message.text));
    }
    entry.body = lines.join(u'\n');
    return entry;
}

CrmLogSender::CrmLogSender(WorkspaceContext &context, CrmDesk &crm, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_crm(crm)
{
    m_pool.setMaxThreadCount(1);
    // Entries that wait (a CRM down, a limit reached) are tried again without anyone asking.
    // The timer moves to the workspace's thread with the sender.
    m_timer.setParent(this);
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &CrmLogSender::sendDue);
    m_timer.start();
}

CrmLogSender::~CrmLogSender()
{
    m_pool.waitForDone();
}

void CrmLogSender::conversationResolved(qint64 conversationId)
{
    if (!m_context.isOpen() || !m_crm.settings().logOnResolve || !m_crm.connection())
        return;
    auto detail = Storage::WorkspaceStore(m_context.connection()).conversation(conversationId);
    if (!detail || detail.value().status != Core::ConversationStatus::Resolved ||
        !detail.value().resolvedAt.isValid())
        return;
    auto link =
        Storage::CustomerLinks(m_context.connection()).linkOf(detail.value().customer.customerId);
    if (!link || !link.value() || link.value()->record.source != m_crm.connection()->source())
        return; // not a customer the CRM knows
    const QString clientId = QUuid::createUuid().toString(QUuid::Id128);
    auto queued =
        Storage::CrmLogQueue(m_context.connection())
            .enqueue(conversationId, detail.value().resolvedAt, link.value()->record.source,
                     link.value()->record.id, clientId, m_context.clock.now());
    if (!queued)
        qCWarning(lcStorage) << "CRM log not queued:" << queued.error().detail;
    sendDue();
}

void CrmLogSender::sendDue()
{
    if (!m_sending)
        sendNext();
}

void CrmLogSender::sendNext()
{
    m_sending = false;
    const std::shared_ptr<Crm::CrmConnection> connection = m_crm.connection();
    if (!m_context.isOpen() || !connection)
        return;
    auto due = Storage::CrmLogQueue(m_context.connection()).due(m_context.clock.now(), 1);
    if (!due || due.value().isEmpty())
        return;
    const Storage::CrmLogItem item = due.value().first();
    if (item.source != connection->source()) {
        (void)Storage::CrmLogQueue(m_context.connection())
            .markFailed(item.id, Tr::tr("The team's CRM changed before this was logged."));
        QMetaObject::invokeMethod(this, &CrmLogSender::sendNext, Qt::QueuedConnection);
        return;
    }
    const Sdk::CrmLogEntry entry = logEntryFor(item, m_context);
    m_sending = true;
    m_pool.start([this, connection, item, entry] {
        Sdk::CrmLogResult result;
        bool found = false;
        if (item.uncertain) {
            // Sent before without an answer: it may be there already.
            const std::optional<QString> there = connection->findLogged(entry, result.failure);
            if (there) {
                result.recordId = *there;
                found = true;
            }
        }
        if (!found && result.failure.ok())
            result = connection->log(entry);
        QMetaObject::invokeMethod(this,
                                  [this, item, result, found] { finish(item, result, found); });
    });
}

void CrmLogSender::finish(const Storage::CrmLogItem &item, const Sdk::CrmLogResult &result,
                          bool found)
{
    Q_UNUSED(found);
    if (!m_context.isOpen())
        return;
    Storage::CrmLogQueue queue(m_context.connection());
    const QDateTime now = m_context.clock.now();
    using Sdk::FailureKind;
    if (!result.recordId.isEmpty()) {
        (void)queue.markLogged(item.id, result.recordId);
        Q_EMIT logged(item.conversationId, result.recordId);
    } else if (result.uncertain) {
        (void)queue.markUncertain(item.id, now.addSecs(30));
    } else if (result.failure.kind == FailureKind::Rejected) {
        (void)queue.markFailed(item.id, result.failure.message);
        Q_EMIT refused(item.conversationId, result.failure.message);
    } else {
        QDateTime next = result.failure.retryAfter;
        if (result.failure.kind == FailureKind::AuthorizationExpired ||
            result.failure.kind == FailureKind::Misconfigured)
            next = now.addSecs(WAIT_FOR_PEOPLE_SECS);
        else if (!next.isValid())
            next = now.addSecs(Channels::ChannelHealth::backoffSecs(item.attempts + 1));
        (void)queue.retryLater(item.id, result.failure.message, next);
        qCWarning(lcChannels) << "CRM log of conversation" << item.conversationId
                              << "waits:" << result.failure.message;
        m_sending = false;
        return; // the CRM is not taking anything now: the rest waits for the timer
    }
    QMetaObject::invokeMethod(this, &CrmLogSender::sendNext, Qt::QueuedConnection);
}

} // namespace CareDesk::Workspace

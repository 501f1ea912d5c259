#pragma once

#include "model/Inbox.h"
#include "translation/GuardedTranslation.h"
#include "translation/ProviderConfig.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace CareDesk::Net {
class HttpTransport;
}
namespace CareDesk::Security {
class CredentialStore;
}
namespace CareDesk::Triage {
class PiiScanner;
}

namespace CareDesk::Storage {
struct TranslationRequest;
}

namespace CareDesk::Workspace {

struct WorkspaceContext;

// Machine translation beside the conversation, never in its way: customer messages in a
// language the agent does not read are translated into the agent's first language, each once,
// and kept in the workspace; a reply is translated into the customer's language with a
// translation back to check it. The service is the workspace's choice (translation.json);
// requests run on worker threads of their own, and every one leaves an audit entry without
// the text. Lives on the storage thread with the workspace.
class TranslationDesk final : public QObject
{
    Q_OBJECT

public:
    TranslationDesk(WorkspaceContext &context, Net::HttpTransport &transport,
                    Security::CredentialStore &credentials, QObject *parent = nullptr);
    ~TranslationDesk() override;

    // Reads the workspace's translation settings and the service's key again.
    void configure();
    // Keeps new settings (translation.json) and the service's key (the keychain; an empty key
    // leaves the stored one), then uses them.
    void saveSettings(const Translation::ProviderConfig &config, const QString &key);
    // The languages the agent reads, their own first: inbound messages in any other are
    // translated into the first.
    void setAgentLanguages(const QStringList &languages);
    // Adds what is known of each inbound message's translation to `detail`, and starts those
    // not made yet; translationsChanged() says when more are ready.
    void attach(Core::ConversationDetail &detail);
    // Tries a failed message translation again.
    void retry(qint64 conversationId, qint64 messageId);
    // Translates a reply into the customer's language and back; answered by replyTranslated.
    void translateReply(quint64 requestId, qint64 conversationId, const QString &text,
                        const QString &from, const QString &to, const QString &agent);
    // Translates a canned response's text, its {variables} kept as written, and back; answered
    // by cannedTranslated.
    void translateCanned(quint64 requestId, qint64 cannedId, const QString &text,
                         const QString &from, const QString &to, const QString &agent);

Q_SIGNALS:
    void translationsChanged(qint64 conversationId);
    void replyTranslated(quint64 requestId, const CareDesk::Core::ReplyTranslation &translation);
    void cannedTranslated(quint64 requestId, const CareDesk::Core::ReplyTranslation &translation);
    // The service in use and where customer text goes, or why there is none.
    void providerChanged(const QString &provider, const QString &whereTextGoes,
                         const QString &problem);
    // The agent saved new settings (the provider file's JSON), for the team to share.
    void settingsSaved(const QByteArray &settings);

private:
    void startMessage(qint64 conversationId, const Core::MessageRecord &message,
                      const QStringList &regions);
    void finishMessage(qint64 conversationId, qint64 messageId, const QString &to,
                       const Core::MessageTranslation &translation);
    void useTranslator(const Translation::ProviderConfig &config, const QString &secret);
    // A text translated and translated back, for the agent to check.
    struct CheckedRequest
    {
        quint64 id = 0;
        QString entity; // what the audit entry is on: "conversation" or "canned_response"
        qint64 entityId = 0;
        QString text;
        QString from;
        QString to;
        QString agent;
    };
    void translateWithCheck(
        const CheckedRequest &request, Translation::Variables variables,
        const std::function<void(quint64, const Core::ReplyTranslation &)> &answered);
    void recordRequest(const QString &entity, qint64 entityId, const QString &agent,
                       const Storage::TranslationRequest &request);

    WorkspaceContext &m_context;
    Net::HttpTransport &m_transport;
    Security::CredentialStore &m_credentials;
    QStringList m_agentLanguages{QStringLiteral("en")};
    Translation::ProviderConfig m_config;
    QString m_problem;
    std::shared_ptr<const Translation::Translator> m_translator;
    std::shared_ptr<const Triage::PiiScanner> m_scanner;
    QSet<qint64> m_running;            // message ids being translated
    QHash<qint64, QString> m_failures; // message id -> why its translation failed
    quint64 m_generation = 0;          // settings changed: answers from before are dropped
    QThreadPool m_pool;                // last: waits for running requests before the rest goes
};

} // namespace CareDesk::Workspace

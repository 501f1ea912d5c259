#include "TranslationDesk.h"

#include "Clock.h"
#include "Logging.h"
#include "net/HttpTransport.h"
#include "security/CredentialStore.h"
#include "storage/TranslationStore.h"
#include "translation/GuardedTranslation.h"
#include "triage/PhoneRegions.h"
#include "triage/PiiScanner.h"
#include "workspace/TriageSetup.h"
#include "workspace/WorkspaceContext.h"

#include <QCoreApplication>
#include <QLocale>

namespace CareDesk::Workspace {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Workspace::TranslationDesk)
};

bool knownLanguage(const QString &language)
{
    return !language.isEmpty() && language != u"und";
}

} // namespace

TranslationDesk::TranslationDesk(WorkspaceContext &context, Net::HttpTransport &transport,
                                 Security::CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_transport(transport)
    , m_credentials(credentials)
    , m_scanner(std::make_shared<Triage::PiiScanner>())
{
    // Two at a time: a conversation's messages come quickly, and Apertium is a process each.
    m_pool.setMaxThreadCount(2);
}

TranslationDesk::~TranslationDesk()
{
    m_pool.waitForDone();
}

void TranslationDesk::configure()
{
    auto patterns = TriageSetup::personalDataPatterns(m_context.directory);
    m_scanner = std::make_shared<Triage::PiiScanner>(patterns ? patterns.value()
                                                              : QList<Triage::PiiPattern>{});
    auto config = Translation::ProviderConfig::ofWorkspace(m_context.directory);
    if (!config) {
        m_translator.reset();
        m_problem = config.error().userMessage;
        Q_EMIT providerChanged(QString(), QString(), m_problem);
        return;
    }
    if (config.value().keychainKey.isEmpty()) {
        QString secret;
        if (!config.value().environmentVariable.isEmpty())
            secret =
                qEnvironmentVariable(config.value().environmentVariable.toLocal8Bit().constData());
        useTranslator(config.value(), secret);
        return;
    }
    m_credentials.read(config.value().keychainKey, this,
                       [this, config = config.value()](Core::Result<QString> secret) {
                           // No key yet is said by makeTranslator where one is needed.
                           useTranslator(config, secret ? secret.value() : QString());
                       });
}

void TranslationDesk::saveSettings(const Translation::ProviderConfig &config, const QString &key)
{
    Translation::ProviderConfig saved = config;
    if (!saved.staysOnDevice() && saved.keychainKey.isEmpty() &&
        saved.environmentVariable.isEmpty())
        saved.keychainKey = Translation::ProviderConfig::defaultKeychainKey(saved.provider);
    if (auto written = saved.saveIn(m_context.directory); !written) {
        Q_EMIT providerChanged(QString(), QString(), written.error().userMessage);
        return;
    }
    Q_EMIT settingsSaved(saved.toJson());
    if (key.isEmpty() || saved.keychainKey.isEmpty()) {
        configure();
        return;
    }
    m_credentials.write(saved.keychainKey, key, this, [this](Core::Result<void> stored) {
        if (!stored) {
            Q_EMIT providerChanged(QString(), QString(), stored.error().userMessage);
            return;
        }
        configure();
    });
}

void TranslationDesk::useTranslator(const Translation::ProviderConfig &config,
                                    const QString &secret)
{
    ++m_generation;
    m_config = config;
    m_failures.clear();
    Net::HttpTransport *transport = &m_transport;
    auto translator =
        Translation::makeTranslator(config, secret, [transport](const Sdk::HttpRequest &request) {
            return transport->run(request);
        });
    if (translator) {
        m_translator = std::move(translator.value());
        m_problem.clear();
    } else {
        m_translator.reset();
        m_problem = translator.error().userMessage;
    }
    Q_EMIT providerChanged(config.provider, Translation::whereTextGoes(config), m_problem);
}

void TranslationDesk::setAgentLanguages(const QStringList &languages)
{
    if (!languages.isEmpty() && languages != m_agentLanguages) {
        m_agentLanguages = languages;
        m_failures.clear();
    }
}

void TranslationDesk::attach(Core::ConversationDetail &detail)
{
    if (!m_context.isOpen())
        return;
    Storage::TranslationStore store(m_context.connection());
    const QString to = m_agentLanguages.first();
    auto stored = store.forConversation(detail.conversationId, to);
    if (auto sent = store.attachSentTranslations(detail); !sent)
        qCWarning(lcStorage) << "sent translations not read:" << sent.error().detail;
    const QStringList regions = Triage::PhoneRegions::inOrder(
        {detail.channelRegion, Triage::PhoneRegions::ofLocale({})}, {detail.language});
    for (Core::MessageRecord &message : detail.messages) {
        if (message.direction == Core::Direction::Outbound)
            continue;
        if (!knownLanguage(message.language) || m_agentLanguages.contains(message.language) ||
            message.text.trimmed().isEmpty())
            continue;
        if (stored && stored.value().contains(message.id)) {
            message.translation = stored.value().value(message.id);
            continue;
        }
        message.translation.language = to;
        message.translation.sourceLanguage = message.language;
        // Off, or the service's key still on its way from the keychain.
        if (m_config.provider == u"off" || (!m_translator && m_problem.isEmpty()))
            continue;
        if (!m_translator) {
            message.translation.state = Core::MessageTranslation::State::Failed;
            message.translation.error = m_problem;
        } else if (!m_translator->mayTranslate(message.language, to)) {
            message.translation.state = Core::MessageTranslation::State::Failed;
            message.translation.retryable = false;
            message.translation.error =
                Tr::tr("%1 has no way from this language here; a LibreTranslate or DeepL service "
                       "can be chosen in Settings › Languages.")
                    .arg(Translation::providerName(m_translator->id()));
        } else if (m_failures.contains(message.id)) {
            message.translation.state = Core::MessageTranslation::State::Failed;
            message.translation.error = m_failures.value(message.id);
        } else {
            message.translation.state = Core::MessageTranslation::State::Pending;
            message.translation.provider = m_translator->id();
            if (!m_running.contains(message.id))
                startMessage(detail.conversationId, message, regions);
        }
    }
}

void TranslationDesk::startMessage(qint64 conversationId, const Core::MessageRecord &message,
                                   const QStringList &regions)
{
    m_running.insert(message.id);
    const QString to = m_agentLanguages.first();
    const quint64 generation = m_generation;
    m_pool.start([this, translator = m_translator, scanner = m_scanner, regions, conversationId,
                  messageId = message.id, text = message.text, from = message.language, to,
                  generation] {
        const Translation::GuardedResult done =
            Translation::translateGuarded(*translator, *scanner, regions, text, from, to);
        Core::MessageTranslation translation;
        translation.language = to;
        translation.sourceLanguage = from;
        translation.provider = translator->id();
        if (done.result) {
            translation.state = Core::MessageTranslation::State::Done;
            translation.text = done.result.value().text;
            translation.via = done.result.value().via;
        } else {
            translation.state = Core::MessageTranslation::State::Failed;
            translation.error = done.result.error().userMessage;
            qCWarning(lcStorage) << "translation failed:" << done.result.error().detail;
        }
        QMetaObject::invokeMethod(
            this,
            [this, conversationId, messageId, to, translation, generation, done,
             onDevice = translator->staysOnDevice()] {
                m_running.remove(messageId);
                recordRequest(QStringLiteral("conversation"), conversationId, QString(),
                              {translation.provider, onDevice, translation.sourceLanguage, to,
                               done.characters, done.hidden, QStringLiteral("message"),
                               translation.state == Core::MessageTranslation::State::Done});
                if (generation == m_generation)
                    finishMessage(conversationId, messageId, to, translation);
            },
            Qt::QueuedConnection);
    });
}

void TranslationDesk::finishMessage(qint64 conversationId, qint64 messageId, const QString &to,
                                    const Core::MessageTranslation &translation)
{
    if (!m_context.isOpen() || to != m_agentLanguages.first())
        return;
    if (translation.state == Core::MessageTranslation::State::Done) {
        if (auto saved = Storage::TranslationStore(m_context.connection())
                             .save(messageId, translation, m_context.clock.now());
            !saved)
            m_failures.insert(messageId, saved.error().userMessage);
    } else {
        m_failures.insert(messageId, translation.error);
    }
    Q_EMIT translationsChanged(conversationId);
}

void TranslationDesk::retry(qint64 conversationId, qint64 messageId)
{
    m_failures.remove(messageId);
    Q_EMIT translationsChanged(conversationId);
}

void TranslationDesk::translateReply(quint64 requestId, qint64 conversationId, const QString &text,
                                     const QString &from, const QString &to, const QString &agent)
{
    translateWithCheck(
        {requestId, QStringLiteral("conversation"), conversationId, text, from, to, agent},
        Translation::Variables::Translate,
        [this](quint64 id, const Core::ReplyTranslation &answer) {
            Q_EMIT replyTranslated(id, answer);
        });
}

void TranslationDesk::translateCanned(quint64 requestId, qint64 cannedId, const QString &text,
                                      const QString &from, const QString &to, const QString &agent)
{
    translateWithCheck(
        {requestId, QStringLiteral("canned_response"), cannedId, text, from, to, agent},
        Translation::Variables::Keep, [this](quint64 id, const Core::ReplyTranslation &answer) {
            Q_EMIT cannedTranslated(id, answer);
        });
}

void TranslationDesk::translateWithCheck(
    const CheckedRequest &request, Translation::Variables variables,
    const std::function<void(quint64, const Core::ReplyTranslation &)> &answered)
{
    if (!m_translator) {
        Core::ReplyTranslation refused;
        refused.error =
            m_problem.isEmpty() ? Tr::tr("Translation is off in this workspace.") : m_problem;
        answered(request.id, refused);
        return;
    }
    const QStringList regions = Triage::PhoneRegions::inOrder({Triage::PhoneRegions::ofLocale({})},
                                                              {request.from, request.to});
    m_pool.start([this, translator = m_translator, scanner = m_scanner, regions, request, variables,
                  answered] {
        const auto forth = Translation::translateGuarded(
            *translator, *scanner, regions, request.text, request.from, request.to, variables);
        Translation::GuardedResult back;
        if (forth.result)
            back = Translation::translateGuarded(*translator, *scanner, regions,
                                                 forth.result.value().text, request.to,
                                                 request.from, variables);
        Core::ReplyTranslation answer;
        answer.from = request.from;
        answer.to = request.to;
        answer.provider = translator->id();
        if (!forth.result || !back.result) {
            answer.error = (forth.result ? back.result : forth.result).error().userMessage;
        } else {
            answer.text = forth.result.value().text;
            answer.via = forth.result.value().via;
            answer.backTranslation = back.result.value().text;
        }
        QMetaObject::invokeMethod(
            this,
            [this, request, forth, back, answer, answered, onDevice = translator->staysOnDevice()] {
                const QString purpose = request.entity == u"conversation"
                                            ? QStringLiteral("reply")
                                            : QStringLiteral("canned");
                recordRequest(request.entity, request.entityId, request.agent,
                              {answer.provider, onDevice, answer.from, answer.to, forth.characters,
                               forth.hidden, purpose, bool(forth.result)});
                if (forth.result)
                    recordRequest(request.entity, request.entityId, request.agent,
                                  {answer.provider, onDevice, answer.to, answer.from,
                                   back.characters, back.hidden, QStringLiteral("back-translation"),
                                   bool(back.result)});
                answered(request.id, answer);
            },
            Qt::QueuedConnection);
    });
}

void TranslationDesk::recordRequest(const QString &entity, qint64 entityId, const QString &agent,
                                    const Storage::TranslationRequest &request)
{
    if (!m_context.isOpen())
        return;
    if (auto recorded = Storage::TranslationStore(m_context.connection())
                            .audit(entity, entityId, agent, request, m_context.clock.now());
        !recorded)
        qCWarning(lcStorage) << "translation request not audited:" << recorded.error().detail;
}

} // namespace CareDesk::Workspace

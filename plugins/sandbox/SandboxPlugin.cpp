#include "SandboxPlugin.h"

#include "Scenario.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace CareDesk::Channels::Sandbox {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Channels::Sandbox::SandboxPlugin)
};

// Where a practice run stands, kept by the host between fetches and restarts.
struct Position
{
    qint64 startedAtMs = 0;
    qsizetype next = 0; // index of the first event not delivered yet

    static std::optional<Position> fromCursor(const QString &cursor)
    {
        const QJsonObject object = QJsonDocument::fromJson(cursor.toUtf8()).object();
        if (!object.value(QLatin1String("startedAt")).isDouble())
            return std::nullopt;
        return Position{object.value(QLatin1String("startedAt")).toInteger(),
                        object.value(QLatin1String("next")).toInteger()};
    }
    QString toCursor() const
    {
        return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("startedAt"), startedAtMs},
                                                           {QStringLiteral("next"), next}})
                                     .toJson(QJsonDocument::Compact));
    }
};

class SandboxConnector final : public Sdk::ChannelConnector
{
public:
    explicit SandboxConnector(Sdk::ChannelHost &host) : m_host(host) {}

    Sdk::FetchResult fetchNew(const QString &cursor) override
    {
        Sdk::FetchResult result;
        result.cursor = cursor;
        if (!m_scenario && !load(result.failure))
            return result;
        Position position = Position::fromCursor(cursor).value_or(
            Position{m_host.now().toMSecsSinceEpoch(), 0});
        const qint64 nowMs = m_host.now().toMSecsSinceEpoch();
        while (position.next < m_scenario->timeline.size()) {
            const ScenarioEvent &event = m_scenario->timeline.at(position.next);
            const qint64 dueMs = position.startedAtMs + event.atSecs * 1000;
            if (dueMs > nowMs)
                break;
            result.items.append(toItem(event, dueMs));
            ++position.next;
        }
        result.cursor = position.toCursor();
        return result;
    }

    // Nothing leaves the sandbox: a reply is "posted" under an id made from its client id, so
    // sending it again gives the same id.
    Sdk::SendResult send(const Sdk::OutboundMessage &message) override
    {
        Sdk::SendResult result;
        if (message.text.trimmed().isEmpty())
            result.failure = {Sdk::FailureKind::Rejected, Tr::tr("An empty message cannot be sent."), {}};
        else
            result.platformId = sentId(message);
        return result;
    }

    std::optional<QString> findSent(const Sdk::OutboundMessage &message, Sdk::Failure &) override
    {
        return sentId(message);
    }

    Sdk::CheckResult check() override
    {
        Sdk::CheckResult result;
        if (m_scenario || load(result.failure))
            result.account = m_scenario->brandName;
        return result;
    }

private:
    static QString sentId(const Sdk::OutboundMessage &message)
    {
        return QStringLiteral("sandbox-sent:") + message.clientId;
    }

    bool load(Sdk::Failure &failure)
    {
        const QString path = m_host.setting(QStringLiteral("scenario"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            failure = {Sdk::FailureKind::Misconfigured,
                       Tr::tr("The practice scenario %1 could not be read: %2").arg(path, file.errorString()), {}};
            return false;
        }
        QStringList problems;
        m_scenario = Scenario::parse(file.readAll(), problems);
        if (!m_scenario) {
            failure = {Sdk::FailureKind::Misconfigured,
                       Tr::tr("The practice scenario %1 has problems: %2").arg(path, problems.join(QStringLiteral("; "))), {}};
            m_host.logWarning(failure.message);
            return false;
        }
        return true;
    }

    Sdk::InboundItem toItem(const ScenarioEvent &event, qint64 dueMs) const
    {
        const QString prefix = m_scenario->id + QLatin1Char(':');
        Sdk::InboundItem item;
        item.platformId = prefix + event.id;
        item.kind = event.kind;
        item.threadId = event.thread.isEmpty() ? QString() : prefix + event.thread;
        item.inReplyToId = event.replyTo.isEmpty() ? QString() : prefix + event.replyTo;
        item.author = m_scenario->persona(event.personaId)->author;
        item.text = event.text;
        item.languageHint = event.language;
        item.createdAt = QDateTime::fromMSecsSinceEpoch(dueMs).toUTC();
        return item;
    }

    Sdk::ChannelHost &m_host;
    std::optional<Scenario> m_scenario;
};

} // namespace

std::unique_ptr<Sdk::ChannelConnector> SandboxPlugin::createConnector(Sdk::ChannelHost &host)
{
    return std::make_unique<SandboxConnector>(host);
}

} // namespace CareDesk::Channels::Sandbox

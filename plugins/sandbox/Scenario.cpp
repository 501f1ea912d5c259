#include "Scenario.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace CareDesk::Channels::Sandbox {

namespace {

// Problems are shown to trainers, so they are translated; the places stay as in the file.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Channels::Sandbox::Scenario)
};

constexpr int FORMAT_VERSION = 1;

int lineOf(const QByteArray &json, int offset)
{
    return static_cast<int>(json.left(offset).count('\n')) + 1;
}

std::optional<Sdk::ItemKind> kindFromString(const QString &kind)
{
    if (kind == u"mention")
        return Sdk::ItemKind::Mention;
    if (kind == u"comment")
        return Sdk::ItemKind::Comment;
    if (kind == u"dm")
        return Sdk::ItemKind::DirectMessage;
    return std::nullopt;
}

} // namespace

const Persona *Scenario::persona(const QString &personaId) const
{
    for (const Persona &candidate : personas) {
        if (candidate.id == personaId)
            return &candidate;
    }
    return nullptr;
}

const ScenarioEvent *Scenario::event(const QString &eventId) const
{
    for (const ScenarioEvent &candidate : timeline) {
        if (candidate.id == eventId)
            return &candidate;
    }
    return nullptr;
}

QString Scenario::threadOf(const QString &eventId) const
{
    const ScenarioEvent *found = event(eventId);
    for (qsizetype i = 0; !found && i < reactions.size(); ++i) {
        if (reactions.at(i).id == eventId)
            found = &reactions.at(i).followUp; // a follow-up is answered like any event
    }
    return found && !found->thread.isEmpty() ? found->thread : eventId;
}

std::optional<Scenario> Scenario::parse(const QByteArray &json, QStringList &problems)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems.append(Tr::tr("line %1: %2").arg(lineOf(json, parseError.offset)).arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        problems.append(Tr::tr("(top): a scenario is a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != u"caredesk-scenario")
        problems.append(Tr::tr("format: must be \"caredesk-scenario\""));
    if (root.value(QLatin1String("version")).toInt(-1) != FORMAT_VERSION)
        problems.append(Tr::tr("version: must be %1").arg(FORMAT_VERSION));

    Scenario scenario;
    scenario.id = root.value(QLatin1String("id")).toString();
    if (scenario.id.isEmpty())
        problems.append(Tr::tr("id: required"));
    scenario.title = root.value(QLatin1String("title")).toString();
    scenario.brandName = root.value(QLatin1String("brand")).toObject().value(QLatin1String("name")).toString();

    const QJsonArray personas = root.value(QLatin1String("personas")).toArray();
    if (personas.isEmpty())
        problems.append(Tr::tr("personas: at least one persona is required"));
    for (qsizetype i = 0; i < personas.size(); ++i) {
        const QJsonObject object = personas.at(i).toObject();
        const QString place = QStringLiteral("personas[%1]").arg(i);
        Persona persona;
        persona.id = object.value(QLatin1String("id")).toString();
        persona.author.platformUserId = QStringLiteral("persona:") + persona.id;
        persona.author.displayName = object.value(QLatin1String("name")).toString();
        persona.author.handle = object.value(QLatin1String("handle")).toString();
        persona.author.followers = object.value(QLatin1String("followers")).toInteger();
        persona.author.verified = object.value(QLatin1String("verified")).toBool();
        persona.author.locale = object.value(QLatin1String("locale")).toString();
        if (persona.id.isEmpty())
            problems.append(Tr::tr("%1.id: required").arg(place));
        else if (scenario.persona(persona.id))
            problems.append(Tr::tr("%1.id: \"%2\" is used twice").arg(place, persona.id));
        if (persona.author.displayName.isEmpty() && persona.author.handle.isEmpty())
            problems.append(Tr::tr("%1: needs a name or a handle").arg(place));
        scenario.personas.append(persona);
    }

    const QJsonArray timeline = root.value(QLatin1String("timeline")).toArray();
    if (timeline.isEmpty())
        problems.append(Tr::tr("timeline: at least one event is required"));
    QSet<QString> eventIds;
    for (qsizetype i = 0; i < timeline.size(); ++i) {
        const QJsonObject object = timeline.at(i).toObject();
        const QString place = QStringLiteral("timeline[%1]").arg(i);
        ScenarioEvent event;
        event.id = object.value(QLatin1String("id")).toString();
        event.atSecs = object.value(QLatin1String("at")).toInteger();
        event.personaId = object.value(QLatin1String("persona")).toString();
        event.thread = object.value(QLatin1String("thread")).toString();
        event.replyTo = object.value(QLatin1String("replyTo")).toString();
        event.text = object.value(QLatin1String("text")).toString();
        event.language = object.value(QLatin1String("lang")).toString();
        const auto kind = kindFromString(object.value(QLatin1String("kind")).toString());
        if (event.id.isEmpty())
            problems.append(Tr::tr("%1.id: required").arg(place));
        else if (eventIds.contains(event.id))
            problems.append(Tr::tr("%1.id: \"%2\" is used twice").arg(place, event.id));
        if (!object.value(QLatin1String("at")).isDouble())
            problems.append(Tr::tr("%1.at: seconds from the start are required").arg(place));
        if (!scenario.persona(event.personaId))
            problems.append(Tr::tr("%1.persona: unknown persona \"%2\"").arg(place, event.personaId));
        if (!kind)
            problems.append(Tr::tr("%1.kind: must be mention, comment or dm").arg(place));
        else
            event.kind = *kind;
        if (event.text.trimmed().isEmpty())
            problems.append(Tr::tr("%1.text: required").arg(place));
        if (!event.replyTo.isEmpty() && !eventIds.contains(event.replyTo))
            problems.append(Tr::tr("%1.replyTo: no earlier event \"%2\"").arg(place, event.replyTo));
        eventIds.insert(event.id);
        scenario.timeline.append(event);
    }
    const QJsonArray reactions = root.value(QLatin1String("reactions")).toArray();
    for (qsizetype i = 0; i < reactions.size(); ++i) {
        const QJsonObject object = reactions.at(i).toObject();
        const QString place = QStringLiteral("reactions[%1]").arg(i);
        Reaction reaction;
        reaction.id = object.value(QLatin1String("id")).toString();
        reaction.afterEventId = object.value(QLatin1String("after")).toString();
        const QString on = object.value(QLatin1String("on")).toString();
        if (on == u"public-reply")
            reaction.trigger = Reaction::Trigger::PublicReply;
        else if (on == u"dm")
            reaction.trigger = Reaction::Trigger::DirectMessage;
        else if (on == u"any-reply")
            reaction.trigger = Reaction::Trigger::AnyReply;
        else if (on == u"no-reply")
            reaction.trigger = Reaction::Trigger::NoReply;
        else
            problems.append(Tr::tr("%1.on: must be public-reply, dm, any-reply or no-reply").arg(place));
        for (const QJsonValue &keyword : object.value(QLatin1String("contains")).toArray())
            reaction.keywords.append(keyword.toString());
        reaction.delaySecs = object.value(QLatin1String("delay")).toInteger();
        reaction.waitSecs = object.value(QLatin1String("wait")).toInteger();
        ScenarioEvent &followUp = reaction.followUp;
        followUp.id = reaction.id;
        followUp.personaId = object.value(QLatin1String("persona")).toString();
        followUp.thread = object.value(QLatin1String("thread")).toString();
        followUp.replyTo = object.value(QLatin1String("replyTo")).toString();
        followUp.text = object.value(QLatin1String("text")).toString();
        followUp.language = object.value(QLatin1String("lang")).toString();
        const auto kind = kindFromString(object.value(QLatin1String("kind")).toString());
        if (reaction.id.isEmpty())
            problems.append(Tr::tr("%1.id: required").arg(place));
        else if (eventIds.contains(reaction.id))
            problems.append(Tr::tr("%1.id: \"%2\" is used twice").arg(place, reaction.id));
        if (!eventIds.contains(reaction.afterEventId))
            problems.append(Tr::tr("%1.after: no event \"%2\"").arg(place, reaction.afterEventId));
        if (reaction.trigger == Reaction::Trigger::NoReply && reaction.waitSecs <= 0)
            problems.append(Tr::tr("%1.wait: seconds without a reply are required").arg(place));
        if (!scenario.persona(followUp.personaId))
            problems.append(Tr::tr("%1.persona: unknown persona \"%2\"").arg(place, followUp.personaId));
        if (!kind)
            problems.append(Tr::tr("%1.kind: must be mention, comment or dm").arg(place));
        else
            followUp.kind = *kind;
        if (followUp.text.trimmed().isEmpty())
            problems.append(Tr::tr("%1.text: required").arg(place));
        eventIds.insert(reaction.id);
        scenario.reactions.append(reaction);
    }
    if (!problems.isEmpty())
        return std::nullopt;
    std::stable_sort(scenario.timeline.begin(), scenario.timeline.end(),
                     [](const ScenarioEvent &a, const ScenarioEvent &b) { return a.atSecs < b.atSecs; });
    return scenario;
}

} // namespace CareDesk::Channels::Sandbox

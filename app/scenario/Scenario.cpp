#include "Scenario.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace CareDesk::Training {

namespace {

// Problems are shown to trainers, so they are translated; the places stay as in the file. The
// context is the one these messages had when the parser lived in the sandbox plugin, so the
// catalogs' translations still apply.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Channels::Sandbox::Scenario)
};

constexpr int FORMAT_VERSION = 1;
// Times in a scenario are whole seconds, at most ten years either way of the run's start: the
// sandbox plays them in milliseconds, which a larger number would overflow.
constexpr qint64 MAX_SECS = 10LL * 366 * 24 * 3600;

std::optional<qint64> secondsOf(const QJsonValue &value)
{
    const qint64 secs = value.toInteger(MAX_SECS + 1); // 1.5 or 1e300: no whole number
    if (!value.isDouble() || secs < -MAX_SECS || secs > MAX_SECS)
        return std::nullopt;
    return secs;
}

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

QString kindToString(Sdk::ItemKind kind)
{
    switch (kind) {
    case Sdk::ItemKind::Mention:
        return QStringLiteral("mention");
    case Sdk::ItemKind::Comment:
        return QStringLiteral("comment");
    case Sdk::ItemKind::DirectMessage:
        return QStringLiteral("dm");
    }
    return QStringLiteral("mention");
}

std::optional<Reaction::Trigger> triggerFromString(const QString &on)
{
    for (const auto trigger : {Reaction::Trigger::PublicReply, Reaction::Trigger::DirectMessage,
                               Reaction::Trigger::AnyReply, Reaction::Trigger::NoReply}) {
        if (toString(trigger) == on)
            return trigger;
    }
    return std::nullopt;
}

std::optional<Expectation::Outcome> outcomeFromString(const QString &expect)
{
    for (const auto outcome :
         {Expectation::Outcome::DirectMessage, Expectation::Outcome::PublicReply,
          Expectation::Outcome::AnyReply, Expectation::Outcome::Resolved}) {
        if (toString(outcome) == expect)
            return outcome;
    }
    return std::nullopt;
}

// The fields a timeline event and a reaction's follow-up share.
void writeMessage(const ScenarioEvent &event, QJsonObject &object)
{
    object.insert(QStringLiteral("persona"), event.personaId);
    object.insert(QStringLiteral("kind"), kindToString(event.kind));
    if (!event.thread.isEmpty())
        object.insert(QStringLiteral("thread"), event.thread);
    if (!event.replyTo.isEmpty())
        object.insert(QStringLiteral("replyTo"), event.replyTo);
    object.insert(QStringLiteral("text"), event.text);
    if (!event.language.isEmpty())
        object.insert(QStringLiteral("lang"), event.language);
}

} // namespace

QString toString(Reaction::Trigger trigger)
{
    switch (trigger) {
    case Reaction::Trigger::PublicReply:
        return QStringLiteral("public-reply");
    case Reaction::Trigger::DirectMessage:
        return QStringLiteral("dm");
    case Reaction::Trigger::AnyReply:
        return QStringLiteral("any-reply");
    case Reaction::Trigger::NoReply:
        return QStringLiteral("no-reply");
    }
    return QString();
}

QString toString(Expectation::Outcome outcome)
{
    switch (outcome) {
    case Expectation::Outcome::DirectMessage:
        return QStringLiteral("dm");
    case Expectation::Outcome::PublicReply:
        return QStringLiteral("public-reply");
    case Expectation::Outcome::AnyReply:
        return QStringLiteral("any-reply");
    case Expectation::Outcome::Resolved:
        return QStringLiteral("resolved");
    }
    return QString();
}

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

namespace {

// The ids of the events read so far (timeline events, then reactions' follow-ups), and when
// each timeline event happens.
struct EventIds
{
    QSet<QString> ids;
    QHash<QString, qint64> at;
};

// Format, version, id, title and brand.
Scenario readHeader(const QJsonObject &root, QStringList &problems)
{
    if (root.value(QLatin1String("format")).toString() != u"caredesk-scenario")
        problems.append(Tr::tr("format: must be \"caredesk-scenario\""));
    if (root.value(QLatin1String("version")).toInt(-1) != FORMAT_VERSION)
        problems.append(Tr::tr("version: must be %1").arg(FORMAT_VERSION));

    Scenario scenario;
    scenario.id = root.value(QLatin1String("id")).toString();
    if (scenario.id.isEmpty())
        problems.append(Tr::tr("id: required"));
    scenario.title = root.value(QLatin1String("title")).toString();
    const QJsonObject brand = root.value(QLatin1String("brand")).toObject();
    scenario.brandName = brand.value(QLatin1String("name")).toString();
    scenario.brandHandle = brand.value(QLatin1String("handle")).toString();
    scenario.survey = root.value(QLatin1String("survey")).toString();
    if (!scenario.survey.isEmpty() && scenario.survey != u"csat" && scenario.survey != u"nps")
        problems.append(Tr::tr("survey: must be \"csat\" or \"nps\""));
    return scenario;
}

void readPersonas(const QJsonObject &root, Scenario &scenario, QStringList &problems)
{
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
}

void readTimeline(const QJsonObject &root, Scenario &scenario, EventIds &events,
                  QStringList &problems)
{
    const QJsonArray timeline = root.value(QLatin1String("timeline")).toArray();
    if (timeline.isEmpty())
        problems.append(Tr::tr("timeline: at least one event is required"));
    for (qsizetype i = 0; i < timeline.size(); ++i) {
        const QJsonObject object = timeline.at(i).toObject();
        const QString place = QStringLiteral("timeline[%1]").arg(i);
        ScenarioEvent event;
        event.id = object.value(QLatin1String("id")).toString();
        const std::optional<qint64> at = secondsOf(object.value(QLatin1String("at")));
        event.atSecs = at.value_or(0);
        event.personaId = object.value(QLatin1String("persona")).toString();
        event.thread = object.value(QLatin1String("thread")).toString();
        event.replyTo = object.value(QLatin1String("replyTo")).toString();
        event.text = object.value(QLatin1String("text")).toString();
        event.language = object.value(QLatin1String("lang")).toString();
        const auto kind = kindFromString(object.value(QLatin1String("kind")).toString());
        if (event.id.isEmpty())
            problems.append(Tr::tr("%1.id: required").arg(place));
        else if (events.ids.contains(event.id))
            problems.append(Tr::tr("%1.id: \"%2\" is used twice").arg(place, event.id));
        if (!object.value(QLatin1String("at")).isDouble())
            problems.append(Tr::tr("%1.at: seconds from the start are required").arg(place));
        else if (!at)
            problems.append(
                Tr::tr("%1.at: whole seconds, at most ten years from the start").arg(place));
        if (!scenario.persona(event.personaId))
            problems.append(
                Tr::tr("%1.persona: unknown persona \"%2\"").arg(place, event.personaId));
        if (!kind)
            problems.append(Tr::tr("%1.kind: must be mention, comment or dm").arg(place));
        else
            event.kind = *kind;
        if (event.text.trimmed().isEmpty())
            problems.append(Tr::tr("%1.text: required").arg(place));
        if (!event.replyTo.isEmpty() && !events.ids.contains(event.replyTo))
            problems.append(
                Tr::tr("%1.replyTo: no earlier event \"%2\"").arg(place, event.replyTo));
        // Played by time, a reply timed before what it answers would arrive first and not thread.
        else if (!event.replyTo.isEmpty() && events.at.value(event.replyTo) > event.atSecs)
            problems.append(
                Tr::tr("%1.replyTo: \"%2\" comes later than this event").arg(place, event.replyTo));
        events.ids.insert(event.id);
        events.at.insert(event.id, event.atSecs);
        scenario.timeline.append(event);
    }
}

void readReactions(const QJsonObject &root, Scenario &scenario, EventIds &events,
                   QStringList &problems)
{
    const QJsonArray reactions = root.value(QLatin1String("reactions")).toArray();
    for (qsizetype i = 0; i < reactions.size(); ++i) {
        const QJsonObject object = reactions.at(i).toObject();
        const QString place = QStringLiteral("reactions[%1]").arg(i);
        Reaction reaction;
        reaction.id = object.value(QLatin1String("id")).toString();
        reaction.afterEventId = object.value(QLatin1String("after")).toString();
        if (const auto trigger = triggerFromString(object.value(QLatin1String("on")).toString()))
            reaction.trigger = *trigger;
        else
            problems.append(
                Tr::tr("%1.on: must be public-reply, dm, any-reply or no-reply").arg(place));
        const QJsonArray keywords = object.value(QLatin1String("contains")).toArray();
        for (const QJsonValue &keyword : keywords)
            reaction.keywords.append(keyword.toString());
        for (const auto &[key, secs] :
             {std::pair{"delay", &reaction.delaySecs}, std::pair{"wait", &reaction.waitSecs}}) {
            const QJsonValue value = object.value(QLatin1String(key));
            if (value.isUndefined())
                continue;
            const std::optional<qint64> read = secondsOf(value);
            if (!read || *read < 0)
                problems.append(Tr::tr("%1.%2: whole seconds, from 0 to ten years")
                                    .arg(place, QLatin1String(key)));
            else
                *secs = *read;
        }
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
        else if (events.ids.contains(reaction.id))
            problems.append(Tr::tr("%1.id: \"%2\" is used twice").arg(place, reaction.id));
        if (!events.ids.contains(reaction.afterEventId))
            problems.append(Tr::tr("%1.after: no event \"%2\"").arg(place, reaction.afterEventId));
        // Silence is timed from the event's place on the timeline; a follow-up has none.
        else if (reaction.trigger == Reaction::Trigger::NoReply &&
                 !scenario.event(reaction.afterEventId))
            problems.append(
                Tr::tr("%1.after: no-reply waits after a timeline event, not after a reaction")
                    .arg(place));
        if (reaction.trigger == Reaction::Trigger::NoReply && reaction.waitSecs <= 0)
            problems.append(Tr::tr("%1.wait: seconds without a reply are required").arg(place));
        if (!scenario.persona(followUp.personaId))
            problems.append(
                Tr::tr("%1.persona: unknown persona \"%2\"").arg(place, followUp.personaId));
        if (!kind)
            problems.append(Tr::tr("%1.kind: must be mention, comment or dm").arg(place));
        else
            followUp.kind = *kind;
        if (followUp.text.trimmed().isEmpty())
            problems.append(Tr::tr("%1.text: required").arg(place));
        events.ids.insert(reaction.id);
        scenario.reactions.append(reaction);
    }
}

void readExpectations(const QJsonObject &root, const EventIds &events, Scenario &scenario,
                      QStringList &problems)
{
    const QJsonValue expectationsValue = root.value(QLatin1String("expectations"));
    if (!expectationsValue.isUndefined() && !expectationsValue.isArray())
        problems.append(Tr::tr("expectations: must be a list"));
    const QJsonArray expectations = expectationsValue.toArray();
    QSet<QString> expectationIds;
    for (qsizetype i = 0; i < expectations.size(); ++i) {
        const QJsonObject object = expectations.at(i).toObject();
        const QString place = QStringLiteral("expectations[%1]").arg(i);
        Expectation expectation;
        expectation.id = object.value(QLatin1String("id")).toString();
        expectation.afterEventId = object.value(QLatin1String("after")).toString();
        expectation.text = object.value(QLatin1String("text")).toString();
        if (expectation.id.isEmpty())
            problems.append(Tr::tr("%1.id: required").arg(place));
        else if (expectationIds.contains(expectation.id))
            problems.append(Tr::tr("%1.id: \"%2\" is used twice").arg(place, expectation.id));
        expectationIds.insert(expectation.id);
        if (!events.ids.contains(expectation.afterEventId))
            problems.append(
                Tr::tr("%1.after: no event \"%2\"").arg(place, expectation.afterEventId));
        if (const auto outcome =
                outcomeFromString(object.value(QLatin1String("expect")).toString()))
            expectation.outcome = *outcome;
        else
            problems.append(
                Tr::tr("%1.expect: must be dm, public-reply, any-reply or resolved").arg(place));
        if (const QJsonValue within = object.value(QLatin1String("within"));
            !within.isUndefined()) {
            if (!within.isDouble() || within.toInteger() <= 0)
                problems.append(Tr::tr("%1.within: seconds, more than 0").arg(place));
            else
                expectation.withinSecs = within.toInteger();
        }
        const QJsonValue contains = object.value(QLatin1String("contains"));
        if (!contains.isUndefined() && !contains.isArray())
            problems.append(Tr::tr("%1.contains: must be a list of words").arg(place));
        const QJsonArray words = contains.toArray();
        for (qsizetype w = 0; w < words.size(); ++w) {
            if (words.at(w).toString().trimmed().isEmpty())
                problems.append(Tr::tr("%1.contains[%2]: a word is required").arg(place).arg(w));
            else
                expectation.keywords.append(words.at(w).toString());
        }
        if (expectation.outcome == Expectation::Outcome::Resolved && !words.isEmpty())
            problems.append(
                Tr::tr("%1.contains: only a reply can contain words, not a resolution").arg(place));
        scenario.expectations.append(expectation);
    }
}

} // namespace

std::optional<Scenario> Scenario::parse(const QByteArray &json, QStringList &problems)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems.append(Tr::tr("line %1: %2")
                            .arg(lineOf(json, parseError.offset))
                            .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        problems.append(Tr::tr("(top): a scenario is a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    Scenario scenario = readHeader(root, problems);
    readPersonas(root, scenario, problems);
    EventIds events;
    readTimeline(root, scenario, events, problems);
    readReactions(root, scenario, events, problems);
    readExpectations(root, events, scenario, problems);
    if (!problems.isEmpty())
        return std::nullopt;
    std::stable_sort(
        scenario.timeline.begin(), scenario.timeline.end(),
        [](const ScenarioEvent &a, const ScenarioEvent &b) { return a.atSecs < b.atSecs; });
    return scenario;
}

QByteArray Scenario::toJson() const
{
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("caredesk-scenario")},
                     {QStringLiteral("version"), FORMAT_VERSION},
                     {QStringLiteral("id"), id}};
    if (!title.isEmpty())
        root.insert(QStringLiteral("title"), title);
    if (!brandName.isEmpty() || !brandHandle.isEmpty()) {
        QJsonObject brand;
        if (!brandName.isEmpty())
            brand.insert(QStringLiteral("name"), brandName);
        if (!brandHandle.isEmpty())
            brand.insert(QStringLiteral("handle"), brandHandle);
        root.insert(QStringLiteral("brand"), brand);
    }
    if (!survey.isEmpty())
        root.insert(QStringLiteral("survey"), survey);
    QJsonArray personaArray;
    for (const Persona &persona : personas) {
        QJsonObject object{{QStringLiteral("id"), persona.id}};
        if (!persona.author.displayName.isEmpty())
            object.insert(QStringLiteral("name"), persona.author.displayName);
        if (!persona.author.handle.isEmpty())
            object.insert(QStringLiteral("handle"), persona.author.handle);
        if (persona.author.followers != 0)
            object.insert(QStringLiteral("followers"), persona.author.followers);
        if (persona.author.verified)
            object.insert(QStringLiteral("verified"), true);
        if (!persona.author.locale.isEmpty())
            object.insert(QStringLiteral("locale"), persona.author.locale);
        personaArray.append(object);
    }
    root.insert(QStringLiteral("personas"), personaArray);
    // Sorted by time; parse() checks that a reply comes after what it answers, so this order
    // always reads back.
    QJsonArray timelineArray;
    for (const ScenarioEvent &event : timeline) {
        QJsonObject object{{QStringLiteral("id"), event.id}, {QStringLiteral("at"), event.atSecs}};
        writeMessage(event, object);
        timelineArray.append(object);
    }
    root.insert(QStringLiteral("timeline"), timelineArray);
    if (!reactions.isEmpty()) {
        QJsonArray reactionArray;
        for (const Reaction &reaction : reactions) {
            QJsonObject object{{QStringLiteral("id"), reaction.id},
                               {QStringLiteral("after"), reaction.afterEventId},
                               {QStringLiteral("on"), toString(reaction.trigger)}};
            if (!reaction.keywords.isEmpty())
                object.insert(QStringLiteral("contains"),
                              QJsonArray::fromStringList(reaction.keywords));
            if (reaction.delaySecs != 0)
                object.insert(QStringLiteral("delay"), reaction.delaySecs);
            if (reaction.waitSecs != 0)
                object.insert(QStringLiteral("wait"), reaction.waitSecs);
            writeMessage(reaction.followUp, object);
            reactionArray.append(object);
        }
        root.insert(QStringLiteral("reactions"), reactionArray);
    }
    if (!expectations.isEmpty()) {
        QJsonArray expectationArray;
        for (const Expectation &expectation : expectations) {
            QJsonObject object{{QStringLiteral("id"), expectation.id},
                               {QStringLiteral("after"), expectation.afterEventId},
                               {QStringLiteral("expect"), toString(expectation.outcome)}};
            if (expectation.withinSecs > 0)
                object.insert(QStringLiteral("within"), expectation.withinSecs);
            if (!expectation.keywords.isEmpty())
                object.insert(QStringLiteral("contains"),
                              QJsonArray::fromStringList(expectation.keywords));
            if (!expectation.text.isEmpty())
                object.insert(QStringLiteral("text"), expectation.text);
            expectationArray.append(object);
        }
        root.insert(QStringLiteral("expectations"), expectationArray);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace CareDesk::Training

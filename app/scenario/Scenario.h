// The practice scenario model and its file format, shared by the training engine and the
// sandbox channel plugin. May use the SDK and Qt Core only.
#pragma once

#include <sdk/ChannelPlugin.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CareDesk::Training {

struct Persona
{
    QString id;
    Sdk::Author author;
};

struct ScenarioEvent
{
    QString id;
    qint64 atSecs = 0; // relative to the start of the practice run; negative: already waiting
    QString personaId;
    Sdk::ItemKind kind = Sdk::ItemKind::Mention;
    QString thread;
    QString replyTo; // id of an earlier event this answers
    QString text;
    QString language;
};

// A customer's follow-up to what the agent does, or does not do, about an event.
struct Reaction
{
    enum class Trigger {
        PublicReply,   // the agent answered in public
        DirectMessage, // the agent answered (or handed off) in a direct message
        AnyReply,
        NoReply, // nobody answered the event's conversation within `waitSecs`
    };
    QString id;
    QString afterEventId; // the event whose conversation the agent answers
    Trigger trigger = Trigger::AnyReply;
    QStringList keywords; // the reply must contain one (any case); empty: any reply
    qint64 delaySecs = 0; // from the agent's reply to the follow-up
    qint64 waitSecs = 0;  // NoReply: how long the customer waits after the event
    ScenarioEvent followUp;
};

// What the trainer expects a trainee to do about an event; the practice report says whether
// each one was met.
struct Expectation
{
    enum class Outcome {
        DirectMessage, // answered in private (a direct message or a private reply)
        PublicReply,
        AnyReply,
        Resolved, // the conversation was resolved
    };
    QString id;
    QString afterEventId; // an event or a reaction: its conversation is judged
    Outcome outcome = Outcome::AnyReply;
    qint64 withinSecs = 0; // from the customer's message; 0: any time during the run
    QStringList keywords;  // a reply must contain one (any case); empty: any reply
    QString text;          // what the trainer looks for, in their words
};

QString toString(Reaction::Trigger trigger);
QString toString(Expectation::Outcome outcome);

// A practice scenario: a brand, its customers (personas) and a timeline of what they post.
// The format is documented in plugins/sandbox/SCENARIO-FORMAT.md.
struct Scenario
{
    QString id;
    QString title;
    QString brandName;
    QString brandHandle;
    // "csat" or "nps": the run asks the practice customers after each resolved conversation
    // (practice inboxes are never surveyed otherwise); empty: no survey.
    QString survey;
    QList<Persona> personas;
    QList<ScenarioEvent> timeline; // sorted by atSecs
    QList<Reaction> reactions;
    QList<Expectation> expectations;

    // Parses and checks the whole file; on failure `problems` lists every problem found, each
    // with its place ("line 3" or "timeline[2].persona").
    static std::optional<Scenario> parse(const QByteArray &json, QStringList &problems);
    // The documented format, indented for people to read and edit; parse() reads it back as is.
    QByteArray toJson() const;

    const Persona *persona(const QString &personaId) const;
    // A timeline event (not a reaction's follow-up).
    const ScenarioEvent *event(const QString &eventId) const;
    // The conversation an event belongs to: its thread, else the event itself.
    QString threadOf(const QString &eventId) const;
};

} // namespace CareDesk::Training

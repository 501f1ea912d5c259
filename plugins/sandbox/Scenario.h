#pragma once

#include <sdk/ChannelPlugin.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CareDesk::Channels::Sandbox {

struct Persona
{
    QString id;
    Sdk::Author author;
};

struct ScenarioEvent
{
    QString id;
    qint64 atSecs = 0;     // relative to the start of the practice run; negative: already waiting
    QString personaId;
    Sdk::ItemKind kind = Sdk::ItemKind::Mention;
    QString thread;
    QString replyTo;       // id of an earlier event this answers
    QString text;
    QString language;
};

// A practice scenario: a brand, its customers (personas) and a timeline of what they post.
// The format is documented in plugins/sandbox/SCENARIO-FORMAT.md.
struct Scenario
{
    QString id;
    QString title;
    QString brandName;
    QList<Persona> personas;
    QList<ScenarioEvent> timeline; // sorted by atSecs

    // Parses and checks the whole file; on failure `problems` lists every problem found, each
    // with its place ("line 3" or "timeline[2].persona").
    static std::optional<Scenario> parse(const QByteArray &json, QStringList &problems);
    const Persona *persona(const QString &personaId) const;
};

} // namespace CareDesk::Channels::Sandbox

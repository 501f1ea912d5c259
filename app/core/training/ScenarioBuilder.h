#pragma once

#include "Result.h"
#include "scenario/Scenario.h"
#include "triage/PiiScanner.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace CareDesk::Training {

struct ScenarioBuildOptions
{
    int conversations = 10; // the most recent ones
    QString id;             // empty: made from the brand handle
    QString title;          // empty: says where it came from
    QString brandName;      // empty: the name of the channel most conversations came in on
    QString brandHandle;    // empty: likewise
    QList<Triage::PiiPattern> piiPatterns; // the team's own identifiers (order numbers, ...)
};

struct BuiltScenario
{
    Scenario scenario;
    int conversations = 0;       // conversations the scenario was made from
    QMap<QString, int> replaced; // what was replaced in the texts, by kind ("email", "handle", ...)
};

// Makes a practice scenario from a workspace's past conversations: each customer becomes a
// made-up persona, each of their messages an event at its original distance from the first,
// and what the agents did becomes the scenario's expectations (answered in private: "dm";
// resolved: "resolved"; answered: "any-reply"). Nothing in it may point back to a real person:
// personal data the PII scanner finds is swapped for obviously fake data of the same kind, and
// every handle and name of any customer of the workspace (and anyone else @mentioned) for a
// persona's. The same workspace always gives the same file.
class ScenarioBuilder final
{
public:
    explicit ScenarioBuilder(QSqlDatabase db);

    Core::Result<BuiltScenario> build(const ScenarioBuildOptions &options) const;

private:
    QSqlDatabase m_db;
};

} // namespace CareDesk::Training

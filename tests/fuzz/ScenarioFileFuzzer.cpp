// Practice scenario files (scenario/Scenario.h, plugins/sandbox/SCENARIO-FORMAT.md), as
// trainers write them and the sandbox channel plays them.
#include "FuzzSupport.h"

#include <scenario/Scenario.h>

using namespace CareDesk;
using namespace CareDesk::Training;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList problems;
    const auto scenario = Scenario::parse(Fuzz::bytesOf(data, size), problems);
    Fuzz::check(scenario.has_value() || !problems.isEmpty(), "a refused file says why");
    if (!scenario)
        return 0;
    for (qsizetype i = 1; i < scenario->timeline.size(); ++i)
        Fuzz::check(scenario->timeline[i - 1].atSecs <= scenario->timeline[i].atSecs,
                    "the timeline is sorted by time");
    // The sandbox plays every time in milliseconds from the run's start.
    const auto playable = [](qint64 secs) {
        qint64 ms = 0;
        return !__builtin_mul_overflow(secs, qint64(1000), &ms);
    };
    for (const Reaction &reaction : scenario->reactions)
        Fuzz::check(playable(reaction.delaySecs) && playable(reaction.waitSecs),
                    "the sandbox can play every delay and wait it reads");
    for (const ScenarioEvent &event : scenario->timeline) {
        Fuzz::check(playable(event.atSecs), "the sandbox can play every time it reads");
        Fuzz::check(scenario->persona(event.personaId) != nullptr,
                    "every event's persona is in the file");
        Fuzz::check(scenario->event(event.id) != nullptr, "every event can be found by its id");
        scenario->threadOf(event.id);
    }
    // The editor saves what it read; that reads back as it is.
    QStringList again;
    const auto saved = Scenario::parse(scenario->toJson(), again);
    Fuzz::check(saved.has_value(), "a scenario as saved reads back");
    if (saved)
        Fuzz::check(saved->toJson() == scenario->toJson(), "a scenario reads back unchanged");
    return 0;
}

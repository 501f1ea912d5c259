// Breaks the rule on purpose: a plugin reaching into the engine.
#include "engine/Engine.h"

int pluginVersion()
{
    return engineVersion();
}

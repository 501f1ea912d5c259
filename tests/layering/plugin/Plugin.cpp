#include "Plugin.h"

#include <string>

int pluginVersion()
{
    return static_cast<int>(std::string("1").size());
}

#pragma once

#include <sdk/Api.h>

int pluginVersion();

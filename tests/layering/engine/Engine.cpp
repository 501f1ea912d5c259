#include "Engine.h"

int engineVersion()
{
    return 1;
}

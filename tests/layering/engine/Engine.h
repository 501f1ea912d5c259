#pragma once

// The fixture's engine, which plugins must not see.
int engineVersion();

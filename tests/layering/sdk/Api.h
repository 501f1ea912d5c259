#pragma once

// The fixture's plugin interface.
int fixtureApiVersion();

#pragma once

#include <QString>

#include <optional>

namespace CareDesk::Compose {

// How a channel's public replies are signed, so customers see a person answered: the agent's
// initials ("^AG") or first name ("-Ana"), or not at all.
enum class SignOffStyle { None, Initials, FirstName };

QString toString(SignOffStyle style); // "none", "initials", "first-name"
std::optional<SignOffStyle> signOffStyleFromString(const QString &text);

// The sign-off for `agentName` ("Ana García": "^AG" or "-Ana"); empty for None or no name.
QString signOffFor(SignOffStyle style, const QString &agentName);
// The reply as it goes out: the sign-off appended after a space, once, with trailing white space
// dropped. A text that already ends with it (the agent typed it, or it was added before) and an
// empty text get no second one.
QString withSignOff(const QString &text, const QString &signOff);

} // namespace CareDesk::Compose

#pragma once

#include <QString>
#include <QStringList>

namespace CareDesk::Triage {

// What the category classifier learns from and reads in a text, the same when a team teaches
// it (`caredesk-cli learn`, an agent's correction) and when triage asks it.
QStringList classifierFeatures(const QString &text);

} // namespace CareDesk::Triage

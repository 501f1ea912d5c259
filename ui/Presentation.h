#pragma once

#include "model/Inbox.h"

#include <QColor>
#include <QDateTime>
#include <QString>

namespace CareDesk::Gui {

// How the UI words and colours engine values, in one place so every view agrees.
QString statusLabel(Core::ConversationStatus status);
QString platformLabel(const QString &platform);
QString languageLabel(const QString &code);
// "ES", "DE"; "?" when unknown: short enough for a list column.
QString languageCode(const QString &code);
QString followersLabel(qint64 followers);
// "12 min", "1 h 05 min", "3 d"
QString durationLabel(qint64 seconds);

enum class SlaState { Comfortable, DueSoon, Breached };
SlaState slaState(const QDateTime &slaDue, const QDateTime &now);
QColor slaColor(SlaState state);

} // namespace CareDesk::Gui

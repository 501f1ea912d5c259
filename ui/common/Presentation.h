// Common: how every view words and colours the engine's values: labels, SLA colours, cells.
// May use: caredesk_core's model types and Qt Widgets; no other ui folder.
#pragma once

#include "model/Inbox.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QString>
#include <QStringList>

class QTableWidgetItem;

namespace CareDesk::Gui {

// How the UI words and colours engine values, in one place so every view agrees.
QString statusLabel(Core::ConversationStatus status);
QString platformLabel(const QString &platform);
QString languageLabel(const QString &code);
// "Apertium", "LibreTranslate", "DeepL": the translation service by its own name.
QString translationProviderLabel(const QString &provider);
// "ES", "DE"; "?" when unknown: short enough for a list column.
QString languageCode(const QString &code);
QString followersLabel(qint64 followers);
// "48.2k", short enough for a list column.
QString compactFollowers(qint64 followers);
QString categoryLabel(const QString &category);
// A conversation's satisfaction survey in one line: asked, answered (score and comment), or not
// sent.
QString surveyLine(const Core::SurveyRecord &survey);
// A conversation's escalation in one line: by whom or which rule, to whom, why, and whether
// someone took it.
QString escalationLine(const Core::EscalationRecord &escalation);
// Every triage category, in the order filters list them.
QStringList categories();
QString visibilityLabel(Core::Visibility visibility);
// A small mark for public (an open ring) or private (a filled dot), sharp on high-DPI screens.
QIcon visibilityIcon(Core::Visibility visibility);
// "12 min", "1 h 05 min", "3 d"
QString durationLabel(qint64 seconds);
// "3 Oct 2017", in the interface's language: a day that reads the same in every country.
QString dayLabel(const QDate &date);

// A table cell that can be selected but not edited. Its text is plain: a table item never
// renders markup, so customer names are safe in it.
QTableWidgetItem *readOnlyCell(const QString &text);

enum class SlaState { Comfortable, DueSoon, Breached };
SlaState slaState(const QDateTime &slaDue, const QDateTime &now);
QColor slaColor(SlaState state);

} // namespace CareDesk::Gui

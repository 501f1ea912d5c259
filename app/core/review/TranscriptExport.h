#pragma once

#include "model/Inbox.h"

#include <QJsonObject>
#include <QString>

namespace CareDesk::Review {

// A conversation as one JSON object: its messages (with platform ids), triage results and the
// customer. The form `caredesk-cli export --format jsonl` writes, one conversation per line.
QJsonObject transcriptToJson(const Core::ConversationDetail &conversation);

// A readable, self-contained transcript for audits and coaching. All customer and agent text
// is escaped: a transcript never runs or renders anything a customer wrote.
QString transcriptHtmlHeader(const QString &title);
QString transcriptToHtml(const Core::ConversationDetail &conversation);
QString transcriptHtmlFooter();

} // namespace CareDesk::Review

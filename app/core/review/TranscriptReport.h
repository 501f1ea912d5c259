#pragma once

#include "Scorecard.h"
#include "Transcript.h"

#include <QString>

namespace CareDesk::Review {

// "45 s", "12 min", "2 h 05 min", "4 h", "3 d 4 h".
QString durationText(qint64 seconds);

// A transcript as a lead reads it, on screen and in exports: the conversation's figures, the
// timeline with times, waits and changes, and the QA review when there is one. Everything a
// customer or an agent wrote is escaped. With `commentLinks`, each message carries a
// "comment:<message id>" link the review workspace uses to anchor a comment.
QString transcriptReportHtml(const Transcript &transcript, const QaReview *review,
                             bool commentLinks);

// A whole document (for a file or a PDF) of one or more transcript reports.
QString transcriptReportDocument(const QString &title, const QStringList &reportSections);

} // namespace CareDesk::Review

#pragma once

#include <QString>

class QWidget;

namespace CareDesk::Gui {

// Lays out `html` as an A4 PDF at `path` on a thread of its own, so a long list of transcripts
// never freezes the window; a progress dialog shows meanwhile, and a file that could not be
// written is reported over `parent` when the work is done.
void exportPdfInBackground(QWidget *parent, const QString &path, const QString &html,
                           const QString &title);

} // namespace CareDesk::Gui

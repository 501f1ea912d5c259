#include "PdfExport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPointer>
#include <QProgressDialog>
#include <QTextDocument>
#include <QThread>

namespace CareDesk::Gui {

namespace {

// The review workspace's words: its catalogs already know them.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Gui::ReviewWorkspace)
};

} // namespace

void exportPdfInBackground(QWidget *parent, const QString &path, const QString &html,
                           const QString &title)
{
    // Painting a text document on a PDF writer is safe off the GUI thread (neither is a widget).
    QThread *worker = QThread::create([path, html, title] {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(title);
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    });
    auto *progress = new QProgressDialog(Tr::tr("Writing %1…").arg(QFileInfo(path).fileName()),
                                         QString(), 0, 0, parent);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    QObject::connect(worker, &QThread::finished, progress,
                     [worker, progress, path, owner = QPointer<QWidget>(parent)] {
                         worker->deleteLater();
                         progress->deleteLater();
                         if (owner && QFileInfo(path).size() == 0)
                             QMessageBox::warning(
                                 owner, Tr::tr("Export"),
                                 Tr::tr("The file %1 could not be written.").arg(path));
                     });
    worker->start();
}

} // namespace CareDesk::Gui

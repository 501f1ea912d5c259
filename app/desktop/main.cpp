// caredesk: the agent workstation.

#include "Application.h"
#include "DesktopApp.h"
#include "Logging.h"
#include "channels/ChannelCatalog.h"
#include "workspace/WorkspaceService.h"

#include <QCoreApplication>
#include <ui/settings/Preferences.h>
#include <ui/shell/MainWindow.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

#include <optional>

using namespace CareDesk;

namespace {

constexpr int SCREENSHOT_TIMEOUT_MS = 30000;

// Gives this file's free functions a translation context lupdate understands.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(caredesk)
};

// WIDTHxHEIGHT between 320x240 and 8192x8192; nullopt otherwise.
std::optional<QSize> parseSize(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    bool widthOk = false;
    bool heightOk = false;
    QSize size;
    if (parts.size() == 2)
        size = QSize(parts[0].toInt(&widthOk), parts[1].toInt(&heightOk));
    if (!widthOk || !heightOk || size.width() < 320 || size.height() < 240 || size.width() > 8192 ||
        size.height() > 8192)
        return std::nullopt;
    return size;
}

bool isScreenshotView(const QString &view)
{
    return QStringList{QStringLiteral("inbox"),       QStringLiteral("conversation"),
                       QStringLiteral("composer"),    QStringLiteral("customer"),
                       QStringLiteral("settings"),    QStringLiteral("review"),
                       QStringLiteral("dashboard"),   QStringLiteral("trainer"),
                       QStringLiteral("queue"),       QStringLiteral("translation"),
                       QStringLiteral("spelling"),    QStringLiteral("languages"),
                       QStringLiteral("find-in-crm"), QStringLiteral("detractors"),
                       QStringLiteral("escalations"), QStringLiteral("roster"),
                       QStringLiteral("shift-post")}
        .contains(view);
}

// What `target` shows with the menus open over it: they are windows of their own.
QPixmap withPopups(QWidget *target)
{
    QPixmap shot = target->grab();
    QPainter painter(&shot);
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *menu = qobject_cast<QMenu *>(widget); menu && menu->isVisible())
            painter.drawPixmap(target->mapFromGlobal(menu->pos()), menu->grab());
    }
    return shot;
}

// Starts the desk, waits until the main window has loaded its data, saves `view` as a PNG image
// to `file` and quits; the exit code says whether it worked.
int takeScreenshot(QApplication &app, Desktop::DesktopApp &desktop, const QString &file,
                   const QSize &size, const QString &view)
{
    QTextStream err(stderr);
    Gui::MainWindow &window = desktop.mainWindow();
    window.resize(size);
    int exitCode = 0;
    QObject::connect(&window, &Gui::MainWindow::loaded, &app, [&] {
        // A moment for the canned responses to arrive and the layouts to settle.
        QTimer::singleShot(300, &app, [&] {
            QWidget *target = window.prepareScreenshot(view);
            // The lead's and trainer's workspaces load their own data when they come to the
            // front.
            const bool loadsMore = view == u"review" || view == u"dashboard" ||
                                   view == u"trainer" || view == u"queue" ||
                                   view == u"find-in-crm" || view == u"detractors" ||
                                   view == u"escalations";
            // A translation and its check take Apertium a few seconds.
            const int waitMs = view == u"translation" ? 6000 : loadsMore ? 1200 : 0;
            QTimer::singleShot(waitMs, &app, [&, target] {
                QCoreApplication::processEvents();
                if (!target || !withPopups(target).save(file, "PNG")) {
                    err << Tr::tr("The screenshot could not be written to %1.").arg(file)
                        << Qt::endl;
                    exitCode = 1;
                }
                QApplication::exit(exitCode);
            });
        });
    });
    QTimer::singleShot(SCREENSHOT_TIMEOUT_MS, &app, [&] {
        err << Tr::tr("The main window did not finish loading in time; no screenshot was taken.")
            << Qt::endl;
        QApplication::exit(1);
    });
    window.show();
    desktop.start();
    const int result = app.exec();
    return result != 0 ? result : exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Core::describeApplication(app, QStringLiteral("caredesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("CareDesk"));
    QApplication::setDesktopFileName(QStringLiteral("org.caredesk.CareDesk"));

    // Language: --language, else the "ui/language" override in the settings file, else the
    // system locale. Chosen before the options are described, so that --help follows it.
    QString language = Core::languageArgument(app.arguments());
    if (language.isEmpty())
        language = Gui::Preferences().language();
    Core::installTranslations(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("CareDesk: one inbox for social customer care."));
    Core::addCommonOptions(parser);
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        Tr::tr("Open the workspace in <dir> instead of the default one."), QStringLiteral("dir"),
        Workspace::WorkspaceService::defaultDirectory());
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        Tr::tr("Start, wait until the main window has loaded its data, save it as a PNG image to "
               "<file> and quit. Works without a display (QT_QPA_PLATFORM=offscreen)."),
        QStringLiteral("file"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        Tr::tr("Window size for --screenshot (default 1280x800)."),
                                        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption pluginDirOption(
        QStringLiteral("plugin-dir"), Tr::tr("Load channel plugins from <dir>."),
        QStringLiteral("dir"), Channels::ChannelCatalog::defaultPluginDirectory());
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        Tr::tr("With --screenshot: the view to capture: inbox, conversation, composer, customer, "
               "settings, review, dashboard, queue, trainer, translation (a reply translated "
               "with its check), spelling (a draft's slips with suggestions), languages (Settings "
               "› Languages), find-in-crm (Find in CRM… with a search), detractors (the "
               "leads' view of unhappy survey answers), escalations (the leads' view of "
               "escalated cases), roster (a team's shift roster) or shift-post (the "
               "shift-change post proposed when a shift starts); default inbox."),
        QStringLiteral("view"), QStringLiteral("inbox"));
    parser.addOptions({workspaceOption, screenshotOption, sizeOption, viewOption, pluginDirOption});
    parser.process(app);

    QTextStream err(stderr);
    const std::optional<QSize> size = parseSize(parser.value(sizeOption));
    if (!size) {
        err << Tr::tr("--size needs WIDTHxHEIGHT between 320x240 and 8192x8192, such as 1280x800.")
            << Qt::endl;
        return 2;
    }

    const QString view = parser.value(viewOption);
    if (!isScreenshotView(view)) {
        err << Tr::tr("--view needs one of: inbox, conversation, composer, customer, settings, "
                      "review, dashboard, queue, trainer, translation, spelling, languages, "
                      "find-in-crm, detractors, escalations, roster, shift-post.")
            << Qt::endl;
        return 2;
    }

    Desktop::DesktopApp desktop(parser.value(workspaceOption), parser.value(pluginDirOption));
    if (parser.isSet(screenshotOption))
        return takeScreenshot(app, desktop, parser.value(screenshotOption), *size, view);

    desktop.mainWindow().show();
    desktop.start();
    return app.exec();
}

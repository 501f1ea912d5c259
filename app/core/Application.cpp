#include "Application.h"

#include "Logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace CareDesk::Core {

QString applicationVersion()
{
    return QStringLiteral(CAREDESK_VERSION);
}

void describeApplication(QCoreApplication &app, const QString &applicationName)
{
    app.setOrganizationName(QStringLiteral("CareDesk"));
    app.setOrganizationDomain(QStringLiteral("caredesk.example.org"));
    app.setApplicationName(applicationName);
    app.setApplicationVersion(applicationVersion());
}

QString installTranslations(QCoreApplication &app, const QString &localeName)
{
    const QLocale locale = localeName.isEmpty() ? QLocale::system() : QLocale(localeName);
    // Numbers and dates follow the chosen language too, not only the words.
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    // Catalogs are compiled into the program, so a moved or copied binary keeps its language.
    if (own->load(locale, QStringLiteral("caredesk"), QStringLiteral("_"),
                  QStringLiteral(":/caredesk/i18n"))) {
        QCoreApplication::installTranslator(own);
    } else {
        qCDebug(lcApp) << "no CareDesk catalog for" << locale.name() << "- using English";
        // The English catalog still holds the plural forms: "1 minute", "5 minutes".
        if (own->load(QStringLiteral("caredesk_en"), QStringLiteral(":/caredesk/i18n")))
            QCoreApplication::installTranslator(own);
        else
            delete own;
        return QStringLiteral("en");
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--language" || argument == u"-language")
            return arguments.value(i + 1);
        if (argument.startsWith(QLatin1String("--language=")))
            return argument.mid(static_cast<qsizetype>(qstrlen("--language=")));
    }
    return QString();
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("language"),
         QCoreApplication::translate("CareDesk::Core", "Use this interface language (e.g. de, es) "
                                                       "instead of the system's."),
         QStringLiteral("code")});
}

} // namespace CareDesk::Core

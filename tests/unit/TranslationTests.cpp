#include "Application.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTranslator>

using namespace CareDesk;

TEST_CASE("Spanish and German catalogs are complete")
{
    for (const char *language : {"de", "es"}) {
        const QString path = QStringLiteral(CAREDESK_SOURCE_DIR "/translations/caredesk_%1.ts")
                                 .arg(QLatin1String(language));
        const QString ts = QString::fromUtf8(Testing::readFile(path));
        INFO(path.toStdString());
        REQUIRE(ts.contains(QStringLiteral("<message")));
        CHECK(ts.count(QStringLiteral("<message")) > 100);
        CHECK(ts.count(QStringLiteral("type=\"unfinished\"")) == 0);
        CHECK(ts.count(QStringLiteral("type=\"vanished\"")) == 0);
    }
}

TEST_CASE("The interface follows the chosen language")
{
    const auto translated = [](const char *language) {
        QCoreApplication *app = QCoreApplication::instance();
        const QString used = Core::installTranslations(*app, QLatin1String(language));
        const QString text = QCoreApplication::translate("CareDesk::Gui::InboxModel", "Customer");
        for (QTranslator *translator : app->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        return std::pair{used, text};
    };
    CHECK(translated("de") == std::pair{QStringLiteral("de"), QStringLiteral("Kunde")});
    CHECK(translated("es") == std::pair{QStringLiteral("es"), QStringLiteral("Cliente")});
    CHECK(translated("en").second == QStringLiteral("Customer"));
}

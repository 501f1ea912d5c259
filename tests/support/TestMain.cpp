// The one Catch2 main for every test binary, compiled once.
#if __has_include(<catch2/catch.hpp>)
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#else
#include <catch2/catch_session.hpp>
#endif

#include <QApplication>

int main(int argc, char *argv[])
{
    // Tests never need a display; a QApplication without one would abort discovery.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CareDesk-tests"));
    QApplication::setApplicationName(QStringLiteral("caredesk-tests"));
    return Catch::Session().run(argc, argv);
}

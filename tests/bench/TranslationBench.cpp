// Translating real Spanish tweets into English on this computer (Apertium), as the desk does
// for a customer's message: how many texts a second, and how many the language detector then
// reads as English (reliably).
//
//   caredesk-bench-translation [--tweets FILE] [--count N] [--from es] [--to en] [--show N]
//
// Default: the first 1,000 Spanish tweets of the development tweets in ../shared/data. Each
// text is translated the way the desk does it, one Apertium run each, two at a time.

#include "translation/ApertiumTranslator.h"
#include "triage/LanguageDetector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>

#include <atomic>
#include <cstdio>
#include <vector>

using namespace CareDesk;

namespace {

QString option(const QStringList &arguments, const QString &name, const QString &fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString path = option(arguments, QStringLiteral("--tweets"),
                                QStringLiteral(CAREDESK_DEV_DATA_DIR "/langid-dev-tweets.jsonl"));
    const int count = option(arguments, QStringLiteral("--count"), QStringLiteral("1000")).toInt();
    const QString from = option(arguments, QStringLiteral("--from"), QStringLiteral("es"));
    const QString to = option(arguments, QStringLiteral("--to"), QStringLiteral("en"));
    const int show = option(arguments, QStringLiteral("--show"), QStringLiteral("5")).toInt();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 1;
    }
    QStringList texts;
    while (!file.atEnd() && texts.size() < count) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        if (line.value(QLatin1String("lang")).toString() == from)
            texts.append(line.value(QLatin1String("text")).toString());
    }
    const Translation::ApertiumTranslator apertium;
    if (!apertium.problem().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(apertium.problem()));
        return 1;
    }
    std::vector<QString> translated(size_t(texts.size()));
    std::atomic<int> failed = 0;
    QThreadPool pool;
    pool.setMaxThreadCount(2); // as the desk's translation desk
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < texts.size(); ++i) {
        pool.start([&, i] {
            auto result = apertium.translate(texts.at(i), from, to);
            if (result)
                translated[size_t(i)] = result.value().text;
            else
                ++failed;
        });
    }
    pool.waitForDone();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    const Triage::LanguageDetector detector;
    int asTarget = 0;
    int reliablyTarget = 0;
    int asSource = 0;
    for (const QString &text : translated) {
        const auto detected = detector.detect(text, QString(), QString());
        asTarget += detected.code == to ? 1 : 0;
        reliablyTarget += detected.code == to && detected.reliable ? 1 : 0;
        asSource += detected.code == from ? 1 : 0;
    }
    const int n = int(texts.size());
    std::printf("translation %s->%s with Apertium: %d texts from %s\n", qPrintable(from),
                qPrintable(to), n, qPrintable(path));
    std::printf("  time %.1f s, %.1f texts/s (two at a time), %d failed\n", seconds, n / seconds,
                failed.load());
    std::printf(
        "  detector reads the result as %s: %.1f%% (reliably %.1f%%); still as %s: %.1f%%\n",
        qPrintable(to), 100.0 * asTarget / n, 100.0 * reliablyTarget / n, qPrintable(from),
        100.0 * asSource / n);
    for (int i = 0; i < std::min(show, n); ++i)
        std::printf("  %s\n  -> %s\n", qPrintable(texts.at(i).simplified()),
                    qPrintable(translated[size_t(i)].simplified()));
    return 0;
}

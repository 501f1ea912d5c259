// How long the composer's checks take on drafts up to 2,000 characters, which the composer
// runs on the GUI thread as the agent types. Prints the median and worst time per check.

#include "compose/DraftCheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace CareDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    // Real-looking care text with the things the checks look for: an e-mail, a phone number,
    // a link, an order number, accents and an emoji.
    const QString sentence =
        QStringLiteral("Hola María, hemos revisado tu pedido 48213 y el segundo cargo ya está "
                       "devuelto; si no lo ves en "
                       "tres días escríbenos a ayuda@example.com o llama al 612 345 678. Más info: "
                       "https://example.com/ayuda 🙂 ");
    QString full;
    while (full.size() < 2000)
        full += sentence;
    full.truncate(2000);

    const Compose::DraftChecker checker;
    for (const bool isPublic : {true, false}) {
        Compose::DraftContext context;
        context.platform = QStringLiteral("twitter");
        context.isPublic = isPublic;
        context.customerLanguage = QStringLiteral("es");
        context.regions = {QStringLiteral("ES")};
        context.cannedTexts = {sentence};
        for (const int length : {280, 1000, 2000}) {
            const QString text = full.left(length);
            std::vector<double> times;
            for (int i = 0; i < 300; ++i) {
                // One character more each time, as when typing.
                const QString typed = text.left(std::max(1, length - 300 + i));
                QElapsedTimer timer;
                timer.start();
                const Compose::DraftReview review = checker.review(typed, context);
                times.push_back(timer.nsecsElapsed() / 1e6);
                if (review.length.weightedLength == 0) {
                    out << "the draft was not measured\n";
                    return 1;
                }
            }
            std::sort(times.begin(), times.end());
            out << (isPublic ? "public " : "private") << "  " << qSetFieldWidth(4) << length
                << qSetFieldWidth(0) << " chars: median "
                << QString::number(times[times.size() / 2], 'f', 3) << " ms, p99 "
                << QString::number(times[times.size() * 99 / 100], 'f', 3) << " ms, worst "
                << QString::number(times.back(), 'f', 3) << " ms\n";
        }
    }
    // A draft pasted whole: every number in it new to the checks, nothing remembered from the
    // keystrokes before.
    std::vector<double> pasted;
    Compose::DraftContext context;
    context.platform = QStringLiteral("twitter");
    context.customerLanguage = QStringLiteral("es");
    context.regions = {QStringLiteral("ES")};
    for (int i = 0; i < 100; ++i) {
        QString text;
        for (int n = 0; text.size() < 2000; ++n)
            text += QStringLiteral("Pedido %1: llama al 6%2 o escribe. ")
                        .arg(40000 + i * 50 + n)
                        .arg(12345000 + i * 50 + n);
        text.truncate(2000);
        QElapsedTimer timer;
        timer.start();
        (void)checker.review(text, context);
        pasted.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(pasted.begin(), pasted.end());
    out << "pasted   2000 chars, 90 numbers all new: median "
        << QString::number(pasted[pasted.size() / 2], 'f', 3) << " ms, worst "
        << QString::number(pasted.back(), 'f', 3) << " ms\n";
    return 0;
}

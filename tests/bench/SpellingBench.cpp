// How long spell-checking takes as an agent types: a 2,000-character draft typed one character
// at a time into an editor with the composer's SpellHighlighter (which checks again only the
// paragraph that changed), in one paragraph and in paragraphs of about 200 characters.
// Prints the median and 99th percentile time per keystroke.

#include "ui/composer/SpellHighlighter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <vector>

using namespace CareDesk;

namespace {

double percentile(std::vector<double> values, double share)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[std::size_t(share * double(values.size() - 1))];
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    // Care text with what the checker must pass over (a handle, a link, an order number, a
    // variable) and a few typos.
    const QString sentence = QStringLiteral(
        "Hi @jane, thanks for waiting. We recieve your order 48213 and the refund is on its way; "
        "see https://example.com/help or write to {agent.name} if it has not arived tomorow. ");
    // Each layout with and without the highlighter: the editor's own layout is the rest.
    for (const bool paragraphs : {false, true})
        for (const bool checked : {true, false}) {
            QPlainTextEdit editor;
            std::unique_ptr<Gui::SpellHighlighter> spelling;
            if (checked) {
                spelling = std::make_unique<Gui::SpellHighlighter>(editor.document());
                spelling->setLanguage(QStringLiteral("en"));
                if (!spelling->problem().isEmpty()) {
                    out << spelling->problem() << '\n';
                    return 2;
                }
            }
            QString draft;
            while (draft.size() < 2000)
                draft += sentence + (paragraphs ? QStringLiteral("\n") : QString());
            draft.truncate(2000);
            std::vector<double> times;
            QElapsedTimer timer;
            for (const QChar c : draft) {
                timer.start();
                editor.insertPlainText(QString(c)); // highlights the changed paragraph
                times.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
            out << (paragraphs ? "paragraphs of ~200 characters" : "one paragraph")
                << (checked ? ", spell-checked" : ", not checked") << ": " << Qt::fixed
                << qSetRealNumberPrecision(2) << percentile(times, 0.5) << " ms median, "
                << percentile(times, 0.99) << " ms p99 a keystroke, "
                << "the last at 2,000 characters " << times.back() << " ms\n";
        }
    return 0;
}

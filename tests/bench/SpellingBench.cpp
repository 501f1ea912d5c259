// How long spell-checking takes as an agent types: a 2,000-character draft typed one character
// at a time into an editor with the composer's SpellHighlighter (which checks again only the
// paragraph that changed), in one paragraph and in paragraphs of about 200 characters.
// Prints the median and 99th percentile time per keystroke. Then, on real misspellings
// (tests/fixtures/spelling/, from Wikipedia), how many are flagged and how often the intended
// word comes first and in the first three, with hunspell's own order and with CareDesk's.
//
//   caredesk-bench-spelling [MISSPELLINGS_TSV]

#include "spelling/Dictionaries.h"
#include "spelling/SpellChecker.h"
#include "ui/common/SpellHighlighter.h"

#include <QElapsedTimer>
#include <QFile>

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

int measureSuggestions(const QString &path)
{
    QTextStream out(stdout);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out << "cannot read " << path << ": " << file.errorString() << '\n';
        return 2;
    }
    auto opened =
        Spelling::SpellChecker::open(QStringLiteral("en_US"), Spelling::Dictionaries::installed());
    if (!opened) {
        out << opened.error().userMessage << '\n';
        return 2;
    }
    const Spelling::SpellChecker &checker = *opened.value();
    int total = 0, flagged = 0, plainFirst = 0, plainTop3 = 0, ownFirst = 0, ownTop3 = 0;
    QElapsedTimer timer;
    timer.start();
    while (!file.atEnd()) {
        const QStringList pair = QString::fromUtf8(file.readLine()).trimmed().split(u'\t');
        if (pair.size() != 2)
            continue;
        ++total;
        if (checker.isCorrect(pair[0]))
            continue;
        ++flagged;
        const QStringList plain = checker.hunspellSuggestionsFor(pair[0]);
        const QStringList own = checker.suggestionsFor(pair[0]);
        plainFirst += plain.value(0) == pair[1];
        plainTop3 += plain.mid(0, 3).contains(pair[1]);
        ownFirst += own.value(0) == pair[1];
        ownTop3 += own.mid(0, 3).contains(pair[1]);
    }
    const auto share = [total](int part) { return 100.0 * part / std::max(1, total); };
    out << Qt::fixed << qSetRealNumberPrecision(1) << "\nReal misspellings (" << total
        << "): flagged " << share(flagged) << "%\n"
        << "  hunspell's order: intended word first " << share(plainFirst) << "%, in the first "
        << "three " << share(plainTop3) << "%\n"
        << "  CareDesk's order: intended word first " << share(ownFirst) << "%, in the first "
        << "three " << share(ownTop3) << "% (targets 70% and 85%)\n"
        << qSetRealNumberPrecision(2) << double(timer.elapsed()) / std::max(1, flagged)
        << " ms a misspelling for both\n";
    out.flush();
    return 0;
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
                << "the last at 2,000 characters " << times.back() << " ms" << Qt::endl;
        }
    return measureSuggestions(app.arguments().value(
        1,
        QStringLiteral(CAREDESK_SOURCE_DIR "/tests/fixtures/spelling/wikipedia-misspellings.tsv")));
}

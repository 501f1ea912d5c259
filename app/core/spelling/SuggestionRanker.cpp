#include "SuggestionRanker.h"

#include "triage/LanguageModel.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace CareDesk::Spelling {

namespace {

constexpr double EDIT_NATS = 4.0;           // one letter wrong is this much less likely
constexpr double UNKNOWN_WORD_LOG = -16.0;  // a word the frequencies do not list
constexpr double HUNSPELL_ORDER_NATS = 1.0; // hunspell's own order counts too
constexpr int MOST_SUGGESTIONS = 10;
// Each e-fold of uses in the team's sent replies makes a word this much likelier: a word the
// team wrote 50 times outweighs one wrong letter.
constexpr double TEAM_USE_NATS = 1.0;

// Keys next to each other on a QWERTY keyboard (and its AZERTY/QWERTZ cousins share most).
bool neighbours(QChar a, QChar b)
{
    static const QStringList rows = {QStringLiteral("qwertyuiop"), QStringLiteral("asdfghjkl"),
                                     QStringLiteral("zxcvbnm")};
    int rowA = -1, colA = -1, rowB = -1, colB = -1;
    for (int row = 0; row < rows.size(); ++row) {
        if (const qsizetype at = rows[row].indexOf(a.toLower()); at >= 0)
            rowA = row, colA = int(at);
        if (const qsizetype at = rows[row].indexOf(b.toLower()); at >= 0)
            rowB = row, colB = int(at);
    }
    return rowA >= 0 && rowB >= 0 && std::abs(rowA - rowB) <= 1 && std::abs(colA - colB) <= 1;
}

QString withCaseOf(const QString &model, const QString &word)
{
    if (model.size() > 1 && model == model.toUpper())
        return word.toUpper();
    if (!model.isEmpty() && model.front().isUpper() && !word.isEmpty())
        return word.front().toUpper() + word.mid(1);
    return word;
}

} // namespace

SuggestionRanker::SuggestionRanker(std::function<bool(const QString &)> accepts,
                                   const QString &language)
    : m_accepts(std::move(accepts))
    , m_language(Triage::LanguageModel::builtIn().indexOf(language.section(u'_', 0, 0)))
    , m_alphabet(QStringLiteral("abcdefghijklmnopqrstuvwxyz'"))
{
    // The language's own letters too.
    static const QHash<QString, QString> letters{
        {QStringLiteral("es"), QStringLiteral("áéíóúñü")},
        {QStringLiteral("pt"), QStringLiteral("áàâãçéêíóôõú")},
        {QStringLiteral("fr"), QStringLiteral("àâçéèêëîïôùûüœ")},
        {QStringLiteral("de"), QStringLiteral("äöüß")},
        {QStringLiteral("it"), QStringLiteral("àèéìòù")}};
    m_alphabet += letters.value(language.section(u'_', 0, 0));
}

double SuggestionRanker::editCost(const QString &from, const QString &to)
{
    const qsizetype n = from.size();
    const qsizetype m = to.size();
    std::vector<std::vector<double>> d(std::size_t(n + 1), std::vector<double>(std::size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = double(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = double(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const QChar a = from[i - 1];
            const QChar b = to[j - 1];
            const double substitute = a == b ? 0.0 : neighbours(a, b) ? 0.6 : 1.0;
            // A doubled or dropped letter next to the same letter is a light slip.
            const bool doubled = (i > 1 && from[i - 2] == a) || (j > 1 && to[j - 2] == b);
            double best =
                std::min({d[i - 1][j] + (doubled ? 0.5 : 1.0), d[i][j - 1] + (doubled ? 0.5 : 1.0),
                          d[i - 1][j - 1] + substitute});
            if (i > 1 && j > 1 && a == to[j - 2] && from[i - 2] == b)
                best = std::min(best, d[i - 2][j - 2] + 0.6); // two letters swapped
            d[i][j] = best;
        }
    }
    return d[n][m];
}

double SuggestionRanker::logFrequency(const QString &word) const
{
    if (m_language < 0)
        return UNKNOWN_WORD_LOG;
    const QString lower = word.toLower();
    const auto found = Triage::LanguageModel::builtIn().wordLogFrequency(
        std::u16string_view(reinterpret_cast<const char16_t *>(lower.utf16()),
                            std::size_t(lower.size())),
        m_language);
    return found.value_or(UNKNOWN_WORD_LOG);
}

QStringList SuggestionRanker::oneEditAway(const QString &word) const
{
    QSet<QString> edits;
    for (qsizetype i = 0; i <= word.size(); ++i) {
        const QString left = word.left(i);
        const QString right = word.mid(i);
        if (!right.isEmpty())
            edits.insert(left + right.mid(1)); // a letter too many
        if (right.size() > 1)
            edits.insert(left + right[1] + right[0] + right.mid(2)); // two letters swapped
        for (const QChar c : m_alphabet) {
            if (!right.isEmpty())
                edits.insert(left + c + right.mid(1)); // a wrong letter
            edits.insert(left + c + right);            // a letter missing
        }
    }
    edits.remove(word);
    QStringList accepted;
    for (const QString &candidate : edits) {
        if (!candidate.isEmpty() && m_accepts(candidate))
            accepted.append(candidate);
    }
    return accepted;
}

QStringList SuggestionRanker::rank(const QString &misspelt,
                                   const QStringList &hunspellSuggestions) const
{
    const QString lower = misspelt.toLower();
    QHash<QString, double> scores;
    const auto consider = [&](const QString &candidate, int hunspellOrder) {
        const QString key = candidate.toLower();
        // Hunspell splits run-together words ("aboutthe" -> "about the"): score the parts.
        double frequency = 0;
        for (const QString &part : key.split(u' ', Qt::SkipEmptyParts))
            frequency += logFrequency(part) + TEAM_USE_NATS * std::log1p(m_teamUsage.value(part));
        const double score =
            frequency - EDIT_NATS * editCost(lower, key) - HUNSPELL_ORDER_NATS * hunspellOrder;
        const auto known = scores.find(candidate);
        if (known == scores.end() || known.value() < score)
            scores.insert(candidate, score);
    };
    for (int i = 0; i < hunspellSuggestions.size(); ++i)
        consider(hunspellSuggestions[i], i);
    for (const QString &candidate : oneEditAway(lower))
        consider(withCaseOf(misspelt, candidate), int(hunspellSuggestions.size()));
    QStringList ranked = scores.keys();
    std::sort(ranked.begin(), ranked.end(), [&](const QString &a, const QString &b) {
        return scores.value(a) != scores.value(b) ? scores.value(a) > scores.value(b) : a < b;
    });
    ranked.removeDuplicates();
    return ranked.mid(0, MOST_SUGGESTIONS);
}

} // namespace CareDesk::Spelling

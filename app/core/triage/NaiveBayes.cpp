#include "NaiveBayes.h"

#include <cmath>

namespace CareDesk::Triage {

void NaiveBayes::addDocument(const QString &category, const QStringList &tokens)
{
    addDocumentCount(category, 1);
    for (const QString &token : tokens)
        addCounts(category, token, 1);
}

void NaiveBayes::addCounts(const QString &category, const QString &word, qint64 count)
{
    qint64 &stored = m_words[category][word];
    if (stored == 0)
        ++m_vocabulary[word];
    stored += count;
    m_wordTotals[category] += count;
}

void NaiveBayes::addDocumentCount(const QString &category, qint64 documents)
{
    m_documents[category] += documents;
    m_totalDocuments += documents;
}

NaiveBayes::Prediction NaiveBayes::classify(const QStringList &tokens) const
{
    if (m_totalDocuments == 0)
        return {};
    const double vocabulary = static_cast<double>(std::max<qsizetype>(1, m_vocabulary.size()));
    QHash<QString, double> logScores;
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it) {
        const QString &category = it.key();
        const QHash<QString, qint64> &words = m_words.value(category);
        const double denominator = static_cast<double>(m_wordTotals.value(category)) + vocabulary;
        // Log space: products of many small probabilities underflow a double.
        double score =
            std::log(static_cast<double>(it.value()) / static_cast<double>(m_totalDocuments));
        for (const QString &token : tokens) {
            if (!m_vocabulary.contains(token))
                continue; // a word never seen says nothing about any category
            score += std::log((static_cast<double>(words.value(token)) + 1.0) / denominator);
        }
        logScores.insert(category, score);
    }
    // Normalise to a probability for the best category (softmax over the log scores).
    Prediction best;
    double bestScore = -INFINITY;
    for (auto it = logScores.cbegin(); it != logScores.cend(); ++it) {
        if (it.value() > bestScore) {
            bestScore = it.value();
            best.category = it.key();
        }
    }
    double sum = 0.0;
    for (const double score : logScores)
        sum += std::exp(score - bestScore);
    best.probability = 1.0 / sum;
    return best;
}

} // namespace CareDesk::Triage

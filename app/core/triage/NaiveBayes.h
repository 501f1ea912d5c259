#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace CareDesk::Triage {

// Multinomial naive Bayes over words, trained on a team's own labelled history and on every
// category an agent corrects. Counts only; persisting them is the store's job.
class NaiveBayes final
{
public:
    struct Prediction
    {
        QString category; // empty when untrained
        double probability = 0.0;
    };

    void addDocument(const QString &category, const QStringList &tokens);
    // Counts as stored: used to rebuild the model from the workspace.
    void addCounts(const QString &category, const QString &word, qint64 count);
    void addDocumentCount(const QString &category, qint64 documents);

    Prediction classify(const QStringList &tokens) const;
    qint64 documentCount() const { return m_totalDocuments; }
    QStringList categories() const { return m_documents.keys(); }

private:
    QHash<QString, qint64> m_documents;             // category -> documents
    QHash<QString, QHash<QString, qint64>> m_words; // category -> word -> count
    QHash<QString, qint64> m_wordTotals;            // category -> all words
    QHash<QString, int> m_vocabulary;               // word -> categories seen in (size = |V|)
    qint64 m_totalDocuments = 0;
};

} // namespace CareDesk::Triage

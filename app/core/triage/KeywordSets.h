#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace CareDesk::Triage {

// Lists of keywords (a category's, the urgent words) found in a text in one pass over it for
// all the lists together. Each list finds what the alternation of its keywords (longest first)
// would find with a regular expression, at a fraction of the cost: every ingested text is read.
//
// Keywords and texts are compared as given (normalize both first). A space in a keyword
// matches any run of white space. Whole-word lists match only where neither the character
// before nor the one after is a letter or a digit; the other kind matches anywhere, for
// scripts written without spaces.
class KeywordSets final
{
public:
    enum class Boundaries { WholeWords, Anywhere };
    struct Found
    {
        int hits = 0;        // matches, leftmost and longest first, none overlapping
        QStringList matched; // each matched text once, in the order found
    };

    // Adds a list and returns its index in what find() returns.
    int add(const QStringList &keywords, Boundaries boundaries);
    int size() const { return static_cast<int>(m_boundaries.size()); }
    QList<Found> find(const QString &text) const;

private:
    struct Node
    {
        int spaceChild = -1;  // where a run of white space leads
        QList<int> keywordOf; // the lists a keyword ending here belongs to
    };
    // The trie's edges, (node << 16 | UTF-16 unit) -> node, in an open-addressing table: it is
    // looked up at nearly every letter of every text, and QHash costs several times more.
    struct Edge
    {
        quint64 key = EMPTY;
        int node = -1;
    };
    static constexpr quint64 EMPTY = ~quint64(0);
    static qsizetype slotOf(quint64 key, qsizetype mask)
    {
        return qsizetype((key * 0x9E3779B97F4A7C15ULL) >> 40) & mask;
    }
    int child(int node, char16_t unit) const;
    void insertEdge(quint64 key, int node);
    static bool has(const QList<quint64> &units, char16_t unit)
    {
        return (units.at(unit >> 6) >> (unit & 63)) & 1;
    }

    QList<Boundaries> m_boundaries;
    QList<Node> m_nodes{Node{}}; // 0 is the root
    QList<Edge> m_edges = QList<Edge>(64);
    qsizetype m_edgeCount = 0;
    // The UTF-16 units a keyword starts with, by the lists' kind: most places in a text are
    // passed over on these alone, and a whole word only where a word starts.
    QList<quint64> m_firstOfWholeWords = QList<quint64>(65536 / 64, 0);
    QList<quint64> m_firstAnywhere = QList<quint64>(65536 / 64, 0);
};

} // namespace CareDesk::Triage

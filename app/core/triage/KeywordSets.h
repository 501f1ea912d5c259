#pragma once

#include <QHash>
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
    int child(int node, char16_t unit) const;
    bool mayStartWith(char16_t unit) const { return (m_firstUnits.at(unit >> 6) >> (unit & 63)) & 1; }

    QList<Boundaries> m_boundaries;
    QList<Node> m_nodes{Node{}};    // 0 is the root
    QHash<quint64, int> m_children; // (node << 16 | UTF-16 unit) -> node
    // The UTF-16 units a keyword starts with: most places in a text are passed over on this alone.
    QList<quint64> m_firstUnits = QList<quint64>(65536 / 64, 0);
};

} // namespace CareDesk::Triage

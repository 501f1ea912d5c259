#include "Emoji.h"

#include "TwitterTextData.h"

#include <algorithm>
#include <string>
#include <vector>

namespace CareDesk::Text {

namespace {

constexpr char16_t TEXT_STYLE = 0xFE0E; // asks for the text form of the character before it

// The table as a tree of UTF-16 units, one node per listed beginning, the edges of a node
// stored together and sorted, so a look-up costs a few comparisons per unit.
class EmojiTable final
{
public:
    EmojiTable();

    bool mayStart(char16_t c) const { return m_startNode[c] != 0; }
    // The longest listed sequence at `i` of `s` (`n` units long), 0 if none. The expression's
    // choice too: no sequence is listed after one of its own beginnings (import.py checks).
    qsizetype longestAt(const char16_t *s, qsizetype i, qsizetype n) const;

private:
    enum class End : quint8 { None, Always, UnlessTextStyle };
    struct Sequence
    {
        std::u16string units;
        End end = End::Always;
    };
    struct Edge
    {
        char16_t unit;
        quint32 node;
    };
    struct Node
    {
        quint32 firstEdge = 0;
        quint32 edgeCount = 0;
        End end = End::None;
    };

    static Sequence parse(const QString &line);
    void build(const std::vector<Sequence> &sorted, size_t begin, size_t end, size_t depth,
               quint32 node);

    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    // The node after each first unit, looked up directly: most characters start no emoji,
    // and the counter asks at every one. 0 (the root) when none starts with it.
    std::vector<quint32> m_startNode = std::vector<quint32>(0x10000, 0);
};

EmojiTable::EmojiTable()
{
    std::vector<Sequence> sequences;
    for (const QString &line : twitterTextDataLines(QStringLiteral("emoji-sequences.txt")))
        sequences.push_back(parse(line));
    std::sort(sequences.begin(), sequences.end(),
              [](const Sequence &a, const Sequence &b) { return a.units < b.units; });
    m_nodes.emplace_back();
    build(sequences, 0, sequences.size(), 0, 0);
    for (quint32 k = 0; k < m_nodes[0].edgeCount; ++k)
        m_startNode[m_edges[k].unit] = m_edges[k].node;
}

// A line is code points in hex, and "-FE0E" when the sequence does not hold before U+FE0E.
EmojiTable::Sequence EmojiTable::parse(const QString &line)
{
    Sequence sequence;
    for (const QStringView field : QStringView(line).split(u' ', Qt::SkipEmptyParts)) {
        if (field == u"-FE0E") {
            sequence.end = End::UnlessTextStyle;
            continue;
        }
        bool ok = false;
        const char32_t codePoint = char32_t(field.toUInt(&ok, 16));
        Q_ASSERT(ok);
        if (QChar::requiresSurrogates(codePoint)) {
            sequence.units.push_back(QChar::highSurrogate(codePoint));
            sequence.units.push_back(QChar::lowSurrogate(codePoint));
        } else {
            sequence.units.push_back(char16_t(codePoint));
        }
    }
    return sequence;
}

// Makes `node` the beginning the sequences [begin, end) of `sorted` share, its first `depth`
// units, with an edge for each unit that follows it.
void EmojiTable::build(const std::vector<Sequence> &sorted, size_t begin, size_t end, size_t depth,
                       quint32 node)
{
    if (begin < end && sorted[begin].units.size() == depth)
        m_nodes[node].end = sorted[begin++].end;
    const quint32 firstEdge = quint32(m_edges.size());
    std::vector<size_t> groupStarts;
    for (size_t k = begin; k < end; ++k) {
        if (k == begin || sorted[k].units[depth] != sorted[k - 1].units[depth]) {
            groupStarts.push_back(k);
            m_edges.push_back({sorted[k].units[depth], quint32(m_nodes.size())});
            m_nodes.emplace_back();
        }
    }
    m_nodes[node].firstEdge = firstEdge;
    m_nodes[node].edgeCount = quint32(groupStarts.size());
    for (size_t g = 0; g < groupStarts.size(); ++g) {
        const size_t groupEnd = g + 1 < groupStarts.size() ? groupStarts[g + 1] : end;
        build(sorted, groupStarts[g], groupEnd, depth + 1, m_edges[firstEdge + g].node);
    }
}

qsizetype EmojiTable::longestAt(const char16_t *s, qsizetype i, qsizetype n) const
{
    // The node of s[i..k] at each step; the longest sequence that ends on the way wins.
    qsizetype longest = 0;
    quint32 node = m_startNode[s[i]];
    for (qsizetype k = i; node != 0; ++k) {
        const End end = m_nodes[node].end;
        if (end == End::Always ||
            (end == End::UnlessTextStyle && (k + 1 == n || s[k + 1] != TEXT_STYLE)))
            longest = k + 1 - i;
        if (k + 1 == n)
            break;
        const Node &current = m_nodes[node];
        const auto first = m_edges.begin() + current.firstEdge;
        const auto last = first + current.edgeCount;
        const auto edge = std::lower_bound(
            first, last, s[k + 1], [](const Edge &e, char16_t unit) { return e.unit < unit; });
        node = edge != last && edge->unit == s[k + 1] ? edge->node : 0;
    }
    return longest;
}

const EmojiTable &emojiTable()
{
    static const EmojiTable table;
    return table;
}

} // namespace

QVarLengthArray<EmojiSpan, 8> findEmoji(QStringView text)
{
    QVarLengthArray<EmojiSpan, 8> found;
    const EmojiTable &table = emojiTable();
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const qsizetype length = table.mayStart(s[i]) ? table.longestAt(s, i, n) : 0;
        if (length > 0) {
            found.append({i, i + length});
            i += length;
        } else {
            ++i; // like the expression, one UTF-16 unit on
        }
    }
    return found;
}

} // namespace CareDesk::Text

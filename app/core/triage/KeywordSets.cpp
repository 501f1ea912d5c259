#include "KeywordSets.h"

#include "TextNormalizer.h"

#include <utility>

namespace CareDesk::Triage {

namespace {

bool isWordCharacter(char32_t codePoint)
{
    return QChar::isLetterOrNumber(codePoint);
}

} // namespace

int KeywordSets::add(const QStringList &keywords, Boundaries boundaries)
{
    const int list = size();
    m_boundaries.append(boundaries);
    for (const QString &keyword : keywords) {
        const QString words = keyword.simplified();
        if (words.isEmpty())
            continue;
        const char16_t first = words.at(0).unicode();
        QList<quint64> &firstUnits =
            boundaries == Boundaries::WholeWords ? m_firstOfWholeWords : m_firstAnywhere;
        firstUnits[first >> 6] |= quint64(1) << (first & 63);
        int node = 0;
        for (const QChar c : words) {
            if (c == u' ') {
                if (m_nodes[node].spaceChild < 0) {
                    m_nodes[node].spaceChild = static_cast<int>(m_nodes.size());
                    m_nodes.append(Node{});
                }
                node = m_nodes[node].spaceChild;
                continue;
            }
            int next = child(node, c.unicode());
            if (next < 0) {
                next = static_cast<int>(m_nodes.size());
                m_nodes.append(Node{});
                insertEdge((quint64(node) << 16) | c.unicode(), next);
            }
            node = next;
        }
        if (!m_nodes[node].keywordOf.contains(list))
            m_nodes[node].keywordOf.append(list);
    }
    return list;
}

int KeywordSets::child(int node, char16_t unit) const
{
    const quint64 key = (quint64(node) << 16) | unit;
    const qsizetype mask = m_edges.size() - 1;
    for (qsizetype slot = slotOf(key, mask);; slot = (slot + 1) & mask) {
        const Edge &edge = m_edges.at(slot);
        if (edge.key == key)
            return edge.node;
        if (edge.key == EMPTY)
            return -1;
    }
}

void KeywordSets::insertEdge(quint64 key, int node)
{
    if (2 * (m_edgeCount + 1) > m_edges.size()) { // at most half full: lookups stay short
        const QList<Edge> old = std::exchange(m_edges, QList<Edge>(m_edges.size() * 2));
        m_edgeCount = 0;
        for (const Edge &edge : old) {
            if (edge.key != EMPTY)
                insertEdge(edge.key, edge.node);
        }
    }
    const qsizetype mask = m_edges.size() - 1;
    qsizetype slot = slotOf(key, mask);
    while (m_edges.at(slot).key != EMPTY)
        slot = (slot + 1) & mask;
    m_edges[slot] = {key, node};
    ++m_edgeCount;
}

QList<KeywordSets::Found> KeywordSets::find(const QString &text) const
{
    QList<Found> found(size());
    // Each list goes on from the end of its last match, as a global regular expression match would.
    QList<qsizetype> nextStart(size(), 0);
    QList<qsizetype> longestEnd(size(), -1);
    for (qsizetype start = 0; start < text.size(); ++start) {
        const char16_t unit = text.at(start).unicode();
        const bool anywhere = has(m_firstAnywhere, unit);
        if (!anywhere && !has(m_firstOfWholeWords, unit))
            continue;
        if (start > 0 && text.at(start).isLowSurrogate() && text.at(start - 1).isHighSurrogate())
            continue; // never inside a surrogate pair
        const bool wordStart = start == 0 || !isWordCharacter(codePointBefore(text, start));
        if (!wordStart && !anywhere)
            continue;
        bool any = false;
        int node = 0;
        for (qsizetype at = start; node >= 0;) {
            if (at > start && !m_nodes[node].keywordOf.isEmpty()) {
                const bool wordEnd = at == text.size() || !isWordCharacter(codePointAt(text, at));
                for (const int list : m_nodes[node].keywordOf) {
                    const bool bounded =
                        m_boundaries[list] == Boundaries::Anywhere || (wordStart && wordEnd);
                    if (bounded && start >= nextStart[list]) {
                        longestEnd[list] = at;
                        any = true;
                    }
                }
            }
            if (at == text.size())
                break;
            const QChar c = text.at(at);
            if (c.isSpace() && m_nodes[node].spaceChild >= 0) {
                while (at < text.size() && text.at(at).isSpace())
                    ++at;
                node = m_nodes[node].spaceChild;
                continue;
            }
            node = child(node, c.unicode());
            ++at;
        }
        if (!any)
            continue;
        for (int list = 0; list < size(); ++list) {
            if (longestEnd[list] < 0)
                continue;
            const QString word = text.mid(start, longestEnd[list] - start);
            if (!found[list].matched.contains(word))
                found[list].matched.append(word);
            ++found[list].hits;
            nextStart[list] = longestEnd[list];
            longestEnd[list] = -1;
        }
    }
    return found;
}

} // namespace CareDesk::Triage

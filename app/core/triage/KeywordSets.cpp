#include "KeywordSets.h"

#include "TextNormalizer.h"

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
        m_firstUnits[first >> 6] |= quint64(1) << (first & 63);
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
            const quint64 key = (quint64(node) << 16) | c.unicode();
            auto next = m_children.constFind(key);
            if (next == m_children.cend()) {
                next = m_children.insert(key, static_cast<int>(m_nodes.size()));
                m_nodes.append(Node{});
            }
            node = next.value();
        }
        if (!m_nodes[node].keywordOf.contains(list))
            m_nodes[node].keywordOf.append(list);
    }
    return list;
}

int KeywordSets::child(int node, char16_t unit) const
{
    return m_children.value((quint64(node) << 16) | unit, -1);
}

QList<KeywordSets::Found> KeywordSets::find(const QString &text) const
{
    QList<Found> found(size());
    // Each list goes on from the end of its last match, as a global regular expression match would.
    QList<qsizetype> nextStart(size(), 0);
    QList<qsizetype> longestEnd(size(), -1);
    for (qsizetype start = 0; start < text.size(); ++start) {
        if (!mayStartWith(text.at(start).unicode()))
            continue;
        if (start > 0 && text.at(start).isLowSurrogate() && text.at(start - 1).isHighSurrogate())
            continue; // never inside a surrogate pair
        const bool wordStart = start == 0 || !isWordCharacter(codePointBefore(text, start));
        bool any = false;
        int node = 0;
        for (qsizetype at = start; node >= 0;) {
            if (at > start && !m_nodes[node].keywordOf.isEmpty()) {
                const bool wordEnd = at == text.size() || !isWordCharacter(codePointAt(text, at));
                for (const int list : m_nodes[node].keywordOf) {
                    const bool bounded = m_boundaries[list] == Boundaries::Anywhere || (wordStart && wordEnd);
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

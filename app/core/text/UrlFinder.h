#pragma once

#include <QStringView>
#include <QVarLengthArray>

namespace CareDesk::Text {

// X's link finder (twitter-text extractUrlsWithIndices) as a single forward scan instead of
// its backtracking expression: same links for the text a composer sees, linear time.
class UrlFinder final
{
public:
    struct Span
    {
        qsizetype start = 0;
        qsizetype end = 0; // exclusive
        // Where X's counter goes on after the link: it skips as many characters as the link's
        // text has, and the text of a link typed without a scheme names only its ASCII domain.
        // Before `end` when more of the domain, in another script, comes before the path.
        qsizetype countedEnd = 0;
    };

    explicit UrlFinder(QStringView text)
        : m_s(text.utf16())
        , m_n(text.size())
    {}

    // The links in the text, in order, as UTF-16 ranges of it.
    QVarLengthArray<Span, 8> find();

private:
    struct Candidate
    {
        qsizetype start = 0;
        qsizetype domainStart = 0;
        qsizetype domainEnd = 0;
        qsizetype end = 0;
        bool hasScheme = false;
        bool hasPath = false;
        char16_t before = 0; // the character before the link, 0 at the start of the text
    };

    bool matchAt(qsizetype u, Candidate *candidate) const;
    qsizetype schemeLength(qsizetype u) const;
    qsizetype domainEnd(qsizetype start) const;
    qsizetype tldEnd(qsizetype t, qsizetype limit) const;
    qsizetype pathEnd(qsizetype i) const;
    qsizetype balancedParensEnd(qsizetype i) const;
    qsizetype queryEnd(qsizetype i) const;
    qsizetype asciiDomainEnd(qsizetype start, qsizetype limit) const;
    Span nextAsciiDomain(qsizetype from, qsizetype limit) const;
    bool isValidUrl(const Candidate &candidate) const;
    void accept(const Candidate &candidate, QVarLengthArray<Span, 8> *urls) const;

    const char16_t *m_s;
    qsizetype m_n;
    qsizetype m_maxTldLength = 0;
    QVarLengthArray<qsizetype, 320> m_labelEnd;       // end of the label-character run at i
    QVarLengthArray<qsizetype, 320> m_nextUnderscore; // first '_' at or after i
    mutable QVarLengthArray<qsizetype, 320> m_tldEnd; // memo of tldEnd(i, m_n)
};

} // namespace CareDesk::Text

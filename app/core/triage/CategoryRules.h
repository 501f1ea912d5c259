#pragma once

#include "KeywordSets.h"
#include "Result.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <utility>

namespace CareDesk::Triage {

// The keyword and pattern rules a team can edit (resources/triage/category-rules.json is the
// default; a workspace's category-rules.json replaces it).
class CategoryRules final
{
public:
    struct Match
    {
        QString category; // empty when nothing matched
        int hits = 0;
        QStringList matched; // the keywords that decided it, for the explanation
    };

    static Core::Result<CategoryRules> fromJson(const QByteArray &json);
    static const CategoryRules &builtIn();

    // Categories in the order ties are broken: spam first, so a promotion that also says
    // "thanks" stays spam.
    Match categorize(const QString &normalizedText) const;
    QStringList urgencyWords(const QString &normalizedText) const;
    bool isActionable(const QString &category) const { return m_actionable.contains(category); }
    QStringList categories() const;

private:
    struct Category
    {
        QString name;
        int words = 0;    // whole-word keywords: their list in m_categoryKeywords
        int anywhere = 0; // keywords in scripts without spaces
        QList<QRegularExpression> patterns;
    };
    // Adds the keywords to `sets` as two lists, whole words and the rest; returns their indexes.
    static std::pair<int, int> addKeywords(KeywordSets &sets, const QStringList &keywords);

    QList<Category> m_categories;
    QStringList m_actionable;
    KeywordSets m_categoryKeywords;
    KeywordSets m_urgency;
};

} // namespace CareDesk::Triage

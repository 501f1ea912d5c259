#pragma once

#include "Result.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace CareDesk::Triage {

// The keyword and pattern rules a team can edit (resources/triage/category-rules.json is the
// default; a workspace's category-rules.json replaces it).
class CategoryRules final
{
public:
    struct Match
    {
        QString category;   // empty when nothing matched
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
        QRegularExpression words;    // whole-word keywords
        QRegularExpression anywhere; // keywords in scripts without spaces
        QList<QRegularExpression> patterns;
    };
    static QRegularExpression keywordExpression(const QStringList &keywords, bool wholeWords);
    static int countMatches(const QRegularExpression &expression, const QString &text, QStringList &matched);

    QList<Category> m_categories;
    QStringList m_actionable;
    QRegularExpression m_urgencyWords;
    QRegularExpression m_urgencyAnywhere;
};

} // namespace CareDesk::Triage

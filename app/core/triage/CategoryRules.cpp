#include "CategoryRules.h"

#include "TextNormalizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CareDesk::Triage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Triage::CategoryRules)
};

const QStringList CATEGORY_ORDER = {QStringLiteral("spam"), QStringLiteral("warranty"),
                                    QStringLiteral("service"), QStringLiteral("pre-sales"),
                                    QStringLiteral("praise")};

bool hasSpacelessScript(const QString &text)
{
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF) ||
            (u >= 0xAC00 && u <= 0xD7AF))
            return true;
    }
    return false;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray items = value.toArray();
    for (const QJsonValue &item : items)
        list.append(item.toString());
    return list;
}

} // namespace

std::pair<int, int> CategoryRules::addKeywords(KeywordSets &sets, const QStringList &keywords)
{
    QStringList wholeWords;
    QStringList anywhere;
    for (const QString &keyword : keywords) {
        const QString normalized = normalizeForMatching(keyword).simplified();
        if (!normalized.isEmpty())
            (hasSpacelessScript(normalized) ? anywhere : wholeWords).append(normalized);
    }
    return {sets.add(wholeWords, KeywordSets::Boundaries::WholeWords),
            sets.add(anywhere, KeywordSets::Boundaries::Anywhere)};
}

Core::Result<CategoryRules> CategoryRules::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Core::Error{Tr::tr("The category rules are not valid JSON."), error.errorString()};
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != u"caredesk-category-rules")
        return Core::Error{Tr::tr("This is not a CareDesk category rules file."),
                           QStringLiteral("format")};

    CategoryRules rules;
    rules.m_actionable = strings(root.value(QLatin1String("actionable")));
    const QJsonObject categories = root.value(QLatin1String("categories")).toObject();
    QStringList names = CATEGORY_ORDER;
    for (const QString &name : categories.keys()) {
        if (!names.contains(name))
            names.append(name); // a team's own categories come after the standard ones
    }
    for (const QString &name : names) {
        if (!categories.contains(name))
            continue;
        const QJsonObject object = categories.value(name).toObject();
        const QStringList keywords = strings(object.value(QLatin1String("keywords")));
        const auto [words, anywhere] = addKeywords(rules.m_categoryKeywords, keywords);
        Category category{name, words, anywhere, {}};
        for (const QString &pattern : strings(object.value(QLatin1String("patterns")))) {
            QRegularExpression expression(pattern,
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::UseUnicodePropertiesOption);
            if (!expression.isValid())
                return Core::Error{
                    Tr::tr("A pattern of the category \"%1\" is not valid.").arg(name),
                    pattern + QStringLiteral(": ") + expression.errorString()};
            category.patterns.append(expression);
        }
        rules.m_categories.append(category);
    }
    const QStringList urgency = strings(root.value(QLatin1String("urgency")));
    addKeywords(rules.m_urgency, urgency);
    return rules;
}

const CategoryRules &CategoryRules::builtIn()
{
    static const CategoryRules rules = [] {
        QFile file(QStringLiteral(":/caredesk/triage/category-rules.json"));
        file.open(QIODevice::ReadOnly);
        auto parsed = fromJson(file.readAll());
        Q_ASSERT_X(parsed.ok(), "CategoryRules", "the built-in rules must parse");
        return parsed.ok() ? std::move(parsed).value() : CategoryRules();
    }();
    return rules;
}

CategoryRules::Match CategoryRules::categorize(const QString &normalizedText) const
{
    const QList<KeywordSets::Found> found = m_categoryKeywords.find(normalizedText);
    Match best;
    for (const Category &category : m_categories) {
        QStringList matched = found[category.words].matched;
        int hits = found[category.words].hits + found[category.anywhere].hits;
        for (const QString &word : found[category.anywhere].matched) {
            if (!matched.contains(word))
                matched.append(word);
        }
        for (const QRegularExpression &pattern : category.patterns) {
            if (pattern.match(normalizedText).hasMatch()) {
                hits += 2; // a pattern is written to be specific: it counts more than a word
                matched.append(pattern.pattern());
            }
        }
        if (hits > best.hits)
            best = Match{category.name, hits, matched};
    }
    return best;
}

QStringList CategoryRules::urgencyWords(const QString &normalizedText) const
{
    const QList<KeywordSets::Found> found = m_urgency.find(normalizedText);
    QStringList matched;
    for (const KeywordSets::Found &list : found) {
        for (const QString &word : list.matched) {
            if (!matched.contains(word))
                matched.append(word);
        }
    }
    return matched;
}

QStringList CategoryRules::categories() const
{
    QStringList names;
    for (const Category &category : m_categories)
        names.append(category.name);
    names.append(QStringLiteral("other"));
    return names;
}

} // namespace CareDesk::Triage

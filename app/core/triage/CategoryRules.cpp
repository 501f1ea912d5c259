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
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF))
            return true;
    }
    return false;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

QRegularExpression CategoryRules::keywordExpression(const QStringList &keywords, bool wholeWords)
{
    QStringList alternatives;
    for (const QString &keyword : keywords) {
        const QString normalized = normalizeForMatching(keyword).simplified();
        if (normalized.isEmpty() || hasSpacelessScript(normalized) == wholeWords)
            continue;
        // Several words match with any run of spaces between them.
        alternatives.append(QRegularExpression::escape(normalized).replace(QStringLiteral("\\ "), QStringLiteral("\\s+")));
    }
    if (alternatives.isEmpty())
        return {};
    // Longest first, so "charged twice" wins over "charged".
    std::sort(alternatives.begin(), alternatives.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    const QString body = QStringLiteral("(?:") + alternatives.join(QLatin1Char('|')) + QStringLiteral(")");
    const QString pattern = wholeWords ? QStringLiteral("(?<![\\p{L}\\p{N}])") + body + QStringLiteral("(?![\\p{L}\\p{N}])")
                                       : body;
    QRegularExpression expression(pattern, QRegularExpression::UseUnicodePropertiesOption);
    expression.optimize();
    return expression;
}

Core::Result<CategoryRules> CategoryRules::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Core::Error{Tr::tr("The category rules are not valid JSON."), error.errorString()};
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != u"caredesk-category-rules")
        return Core::Error{Tr::tr("This is not a CareDesk category rules file."), QStringLiteral("format")};

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
        Category category{name, keywordExpression(keywords, true), keywordExpression(keywords, false), {}};
        for (const QString &pattern : strings(object.value(QLatin1String("patterns")))) {
            QRegularExpression expression(pattern, QRegularExpression::CaseInsensitiveOption
                                                       | QRegularExpression::UseUnicodePropertiesOption);
            if (!expression.isValid())
                return Core::Error{Tr::tr("A pattern of the category \"%1\" is not valid.").arg(name),
                                   pattern + QStringLiteral(": ") + expression.errorString()};
            category.patterns.append(expression);
        }
        rules.m_categories.append(category);
    }
    const QStringList urgency = strings(root.value(QLatin1String("urgency")));
    rules.m_urgencyWords = keywordExpression(urgency, true);
    rules.m_urgencyAnywhere = keywordExpression(urgency, false);
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

int CategoryRules::countMatches(const QRegularExpression &expression, const QString &text, QStringList &matched)
{
    if (expression.pattern().isEmpty())
        return 0;
    int hits = 0;
    auto it = expression.globalMatch(text);
    while (it.hasNext()) {
        const QString word = it.next().captured(0);
        if (!matched.contains(word))
            matched.append(word);
        ++hits;
    }
    return hits;
}

CategoryRules::Match CategoryRules::categorize(const QString &normalizedText) const
{
    Match best;
    for (const Category &category : m_categories) {
        QStringList matched;
        int hits = countMatches(category.words, normalizedText, matched)
                   + countMatches(category.anywhere, normalizedText, matched);
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
    QStringList matched;
    countMatches(m_urgencyWords, normalizedText, matched);
    countMatches(m_urgencyAnywhere, normalizedText, matched);
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

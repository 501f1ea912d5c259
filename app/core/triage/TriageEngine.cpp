#include "TriageEngine.h"

#include "TextNormalizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace CareDesk::Triage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Triage::TriageEngine)
};

int categoryPoints(const QString &category)
{
    static const QHash<QString, int> points = {
        {QStringLiteral("service"), 40}, {QStringLiteral("warranty"), 35},
        {QStringLiteral("pre-sales"), 30}, {QStringLiteral("other"), 10},
        {QStringLiteral("praise"), 5}, {QStringLiteral("spam"), 0}};
    return points.value(category, 20);
}

QString categoryLabel(const QString &category)
{
    if (category == u"service")
        return Tr::tr("Service request");
    if (category == u"warranty")
        return Tr::tr("Warranty claim");
    if (category == u"pre-sales")
        return Tr::tr("Pre-sales question");
    if (category == u"praise")
        return Tr::tr("Praise");
    if (category == u"spam")
        return Tr::tr("Spam");
    if (category == u"other")
        return Tr::tr("Other");
    return category;
}

PriorityReason categoryReason(const QString &category)
{
    return {QStringLiteral("category"), categoryPoints(category), categoryLabel(category)};
}

} // namespace

TriageEngine::TriageEngine(const CategoryRules &rules, const NaiveBayes *classifier)
    : m_rules(rules), m_classifier(classifier)
{
}

TriageResult TriageEngine::triage(const TriageInput &input) const
{
    return score(analyzeText(input.text, input.languageHint), input);
}

TextAnalysis TriageEngine::analyzeText(const QString &text, const QString &languageHint) const
{
    TextAnalysis result;
    result.language = m_languages.detect(text, languageHint, QString());

    const QString normalized = normalizeForMatching(text);
    const CategoryRules::Match rule = m_rules.categorize(normalized);
    // The team's own history wins once it has seen enough to be trusted, except over a clear
    // spam pattern: a learned model is easy to fool with polite spam.
    if (m_classifier && m_classifier->documentCount() >= MIN_TRAINING_DOCUMENTS
        && !(rule.category == u"spam" && rule.hits >= 2)) {
        const NaiveBayes::Prediction prediction = m_classifier->classify(tokenize(normalized));
        if (prediction.probability >= MIN_CLASSIFIER_PROBABILITY) {
            result.category = prediction.category;
            result.categorySource = QStringLiteral("classifier");
        }
    }
    if (result.categorySource == u"none" && !rule.category.isEmpty()) {
        result.category = rule.category;
        result.categorySource = QStringLiteral("rules");
    }
    result.actionable = m_rules.isActionable(result.category);
    result.categoryReason = categoryReason(result.category);
    if (result.category != u"spam")
        result.urgentWords = m_rules.urgencyWords(normalized);
    if (!result.urgentWords.isEmpty())
        result.urgencyReason = {QStringLiteral("urgency"), 15,
                                Tr::tr("Urgent or upset wording: %1").arg(result.urgentWords.mid(0, 3).join(QStringLiteral(", ")))};
    return result;
}

TriageResult TriageEngine::score(const TextAnalysis &analysis, const TriageInput &input) const
{
    TriageResult result;
    result.language = analysis.language;
    if (!result.language.isKnown() && !input.customerLanguage.isEmpty() && input.customerLanguage != u"und")
        result.language = {input.customerLanguage, LanguageSource::CustomerHistory};
    result.category = analysis.category;
    result.categorySource = analysis.categorySource;
    result.actionable = analysis.actionable;

    const auto add = [&](const QString &code, int points, const QString &text) {
        if (points != 0)
            result.reasons.append({code, points, text});
    };
    const PriorityReason category = analysis.categoryReason.code.isEmpty() ? categoryReason(result.category)
                                                                           : analysis.categoryReason;
    add(category.code, category.points, category.text);
    if (result.category != u"spam") {
        if (input.followers >= 10000)
            add(QStringLiteral("influence"), 15, Tr::tr("Wide reach: %1 followers").arg(QLocale().toString(input.followers)));
        else if (input.followers >= 1000)
            add(QStringLiteral("influence"), 5, Tr::tr("Reach: %1 followers").arg(QLocale().toString(input.followers)));
        if (input.verified)
            add(QStringLiteral("verified"), 10, Tr::tr("Verified account"));
        if (!input.tier.isEmpty() && input.tier.compare(u"standard", Qt::CaseInsensitive) != 0)
            add(QStringLiteral("tier"), 10, Tr::tr("Customer tier: %1").arg(input.tier));
        add(analysis.urgencyReason.code, analysis.urgencyReason.points, analysis.urgencyReason.text);
        if (input.earlierUnanswered > 0)
            add(QStringLiteral("repeat"), std::min(20, 10 * input.earlierUnanswered),
                Tr::tr("%n earlier message(s) still unanswered", nullptr, input.earlierUnanswered));
        if (input.slaDue.isValid() && input.now.isValid() && input.waitingSince.isValid()) {
            const qint64 left = input.now.secsTo(input.slaDue);
            if (left < 0)
                add(QStringLiteral("sla"), 15, Tr::tr("Reply overdue by %n minute(s)", nullptr, static_cast<int>(-left / 60)));
            else if (left <= 15 * 60)
                add(QStringLiteral("sla"), 8, Tr::tr("Reply due in %n minute(s)", nullptr, static_cast<int>(left / 60)));
        }
    }
    int total = 0;
    for (const PriorityReason &reason : result.reasons)
        total += reason.points;
    result.priority = std::clamp(total, 0, 100);
    return result;
}

} // namespace CareDesk::Triage

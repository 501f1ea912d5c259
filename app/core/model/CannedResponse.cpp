#include "CannedResponse.h"

#include <QRegularExpression>

#include <algorithm>

namespace CareDesk::Core {

namespace {

const QRegularExpression &variablePattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_.]*)\\}"));
    return pattern;
}

} // namespace

QString CannedResponse::textFor(const QString &language) const
{
    if (const auto text = textByLanguage.constFind(language); text != textByLanguage.cend())
        return text.value();
    if (const auto english = textByLanguage.constFind(QStringLiteral("en"));
        english != textByLanguage.cend())
        return english.value();
    QStringList languages = textByLanguage.keys();
    std::sort(languages.begin(), languages.end());
    return languages.isEmpty() ? QString() : textByLanguage.value(languages.first());
}

QStringList variablesIn(const QString &text)
{
    QStringList names;
    for (auto match = variablePattern().globalMatch(text); match.hasNext();) {
        const QString name = match.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QStringList CannedResponse::variables() const
{
    QStringList names;
    for (const QString &text : textByLanguage) {
        for (const QString &name : variablesIn(text)) {
            if (!names.contains(name))
                names.append(name);
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

QString fillVariables(const QString &text, const QHash<QString, QString> &values)
{
    QString filled;
    qsizetype last = 0;
    for (auto match = variablePattern().globalMatch(text); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        filled += QStringView(text).mid(last, found.capturedStart() - last);
        const auto value = values.constFind(found.captured(1));
        filled +=
            value != values.cend() && !value.value().isEmpty() ? value.value() : found.captured(0);
        last = found.capturedEnd();
    }
    return filled + QStringView(text).mid(last);
}

} // namespace CareDesk::Core

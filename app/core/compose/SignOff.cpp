#include "SignOff.h"

#include <QStringList>

namespace CareDesk::Compose {

QString toString(SignOffStyle style)
{
    switch (style) {
    case SignOffStyle::Initials:
        return QStringLiteral("initials");
    case SignOffStyle::FirstName:
        return QStringLiteral("first-name");
    case SignOffStyle::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<SignOffStyle> signOffStyleFromString(const QString &text)
{
    for (SignOffStyle style : {SignOffStyle::None, SignOffStyle::Initials, SignOffStyle::FirstName})
        if (text == toString(style))
            return style;
    return std::nullopt;
}

QString signOffFor(SignOffStyle style, const QString &agentName)
{
    const QStringList words = agentName.simplified().split(u' ', Qt::SkipEmptyParts);
    if (style == SignOffStyle::None || words.isEmpty())
        return {};
    if (style == SignOffStyle::FirstName)
        return u'-' + words.first();
    // The first and the last name's initials: "Ana María García" signs "^AG".
    QString initials = words.first().left(1).toUpper();
    if (words.size() > 1)
        initials += words.last().left(1).toUpper();
    return u'^' + initials;
}

QString withSignOff(const QString &text, const QString &signOff)
{
    // Only the end is touched, so what the checks found in the text keeps its place.
    QString body = text;
    while (!body.isEmpty() && body.back().isSpace())
        body.chop(1);
    if (signOff.isEmpty() || body.trimmed().isEmpty() || body.endsWith(signOff))
        return body;
    return body + u' ' + signOff;
}

} // namespace CareDesk::Compose

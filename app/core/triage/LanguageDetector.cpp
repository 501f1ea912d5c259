#include "LanguageDetector.h"

#include <QRegularExpression>

#include <cstdio> // CLD2's header uses size_t and friends without including what defines them
#include <cld2/public/compact_lang_det.h>

namespace CareDesk::Triage {

namespace {

bool isUsableHint(const QString &hint)
{
    // X marks text it cannot classify as "und", and hashtag-only or media-only posts as
    // "qme"/"qht"/"zxx" and similar: none of these name a language.
    return hint.size() == 2 && hint != u"in";
}

} // namespace

QString toString(LanguageSource source)
{
    switch (source) {
    case LanguageSource::PlatformHint: return QStringLiteral("platform");
    case LanguageSource::TextDetection: return QStringLiteral("text");
    case LanguageSource::CustomerHistory: return QStringLiteral("history");
    case LanguageSource::Unknown: return QStringLiteral("none");
    }
    return QStringLiteral("none");
}

QString LanguageDetector::cleanForDetection(const QString &text)
{
    static const QRegularExpression mentions(QStringLiteral("(^|\\s)[@＠]\\w+"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression links(QStringLiteral("\\b(?:https?://|www\\.)\\S*"),
                                          QRegularExpression::CaseInsensitiveOption);
    QString cleaned = text;
    cleaned.replace(links, QStringLiteral(" "));
    cleaned.replace(mentions, QStringLiteral("\\1"));
    cleaned.replace(QLatin1Char('#'), QLatin1Char(' '));
    return cleaned.simplified();
}

LanguageResult LanguageDetector::detect(const QString &text, const QString &platformHint,
                                        const QString &customerLanguage) const
{
    const QString hint = platformHint.trimmed().toLower();
    if (isUsableHint(hint))
        return {hint, LanguageSource::PlatformHint};

    const QByteArray utf8 = cleanForDetection(text).toUtf8();
    if (!utf8.isEmpty()) {
        bool reliable = false;
        const CLD2::Language language = CLD2::DetectLanguage(
            utf8.constData(), static_cast<int>(utf8.size()), true, &reliable);
        if (reliable && language != CLD2::UNKNOWN_LANGUAGE) {
            const QString code = QString::fromLatin1(CLD2::LanguageCode(language));
            if (code.size() == 2)
                return {code, LanguageSource::TextDetection};
        }
    }
    if (!customerLanguage.isEmpty() && customerLanguage != u"und")
        return {customerLanguage, LanguageSource::CustomerHistory};
    return {};
}

} // namespace CareDesk::Triage

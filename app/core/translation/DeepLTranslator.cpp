// DeepL's API v2: POST /v2/translate {"text":[...],"source_lang","target_lang"} with
// "Authorization: DeepL-Auth-Key KEY" -> {"translations":[{"detected_source_language","text"}]};
// GET /v2/languages?type=source|target -> [{"language","name"}]; errors as {"message": "..."},
// 403 for a wrong key, 456 for a used-up quota, 429 for too many requests, 413 for too large.

#include "RemoteTranslator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CareDesk::Translation {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Translation::RemoteTranslator)
};

// DeepL names a few target languages by their variety: English and Portuguese have no plain
// "EN"/"PT" target any more.
QString deeplTarget(const QString &language)
{
    if (language == u"en")
        return QStringLiteral("EN-US");
    if (language == u"pt")
        return QStringLiteral("PT-BR");
    return language.toUpper();
}

QString fromDeepL(const QString &language)
{
    return language.section(u'-', 0, 0).toLower();
}

} // namespace

DeepLTranslator::DeepLTranslator(QUrl baseUrl, QString authKey, HttpSend send)
    : RemoteTranslator(baseUrl.isEmpty() ? defaultBaseUrl(authKey) : std::move(baseUrl),
                       std::move(authKey), std::move(send))
{}

QUrl DeepLTranslator::defaultBaseUrl(const QString &authKey)
{
    return QUrl(authKey.endsWith(QLatin1String(":fx"))
                    ? QStringLiteral("https://api-free.deepl.com")
                    : QStringLiteral("https://api.deepl.com"));
}

QList<QPair<QByteArray, QByteArray>> DeepLTranslator::authorization() const
{
    return {{"Authorization", "DeepL-Auth-Key " + key().toUtf8()}};
}

Core::Result<Translated> DeepLTranslator::translate(const QString &text, const QString &from,
                                                    const QString &to) const
{
    if (auto refused = refuseText(text))
        return *refused;
    if (from == to)
        return Translated{text, from, to, id(), {}};
    QJsonObject request{{QStringLiteral("text"), QJsonArray{text}},
                        {QStringLiteral("target_lang"), deeplTarget(to)}};
    if (!from.isEmpty())
        request.insert(QStringLiteral("source_lang"), from.toUpper());
    auto answer = post(QStringLiteral("v2/translate"),
                       QJsonDocument(request).toJson(QJsonDocument::Compact), authorization());
    if (!answer)
        return answer.error();
    const QJsonObject first = QJsonDocument::fromJson(answer.value())
                                  .object()
                                  .value(QLatin1String("translations"))
                                  .toArray()
                                  .first()
                                  .toObject();
    const QJsonValue translated = first.value(QLatin1String("text"));
    if (!translated.isString())
        return Core::Error{Tr::tr("The translation service's answer could not be read."),
                           QString::fromUtf8(answer.value().left(200))};
    const QString source =
        from.isEmpty()
            ? fromDeepL(first.value(QLatin1String("detected_source_language")).toString())
            : from;
    return Translated{translated.toString(), source, to, id(), {}};
}

Core::Result<QStringList> DeepLTranslator::fetchDirections() const
{
    QStringList sides[2];
    const char *types[2] = {"source", "target"};
    for (int side = 0; side < 2; ++side) {
        auto answer = get(QStringLiteral("v2/languages?type=%1").arg(QLatin1String(types[side])),
                          authorization());
        if (!answer)
            return answer.error();
        const QJsonArray languages = QJsonDocument::fromJson(answer.value()).array();
        for (const QJsonValue &language : languages) {
            const QString code =
                fromDeepL(language.toObject().value(QLatin1String("language")).toString());
            if (!code.isEmpty() && !sides[side].contains(code))
                sides[side].append(code);
        }
    }
    QStringList directions;
    for (const QString &from : sides[0]) {
        for (const QString &to : sides[1]) {
            if (from != to)
                directions.append(from + u'-' + to);
        }
    }
    directions.sort();
    return directions;
}

QString DeepLTranslator::errorMessageIn(const QByteArray &body) const
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("message")).toString();
}

} // namespace CareDesk::Translation

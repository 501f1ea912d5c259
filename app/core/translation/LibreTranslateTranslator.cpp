// LibreTranslate's API: POST /translate {"q","source","target","format","api_key"} ->
// {"translatedText"}; GET /languages -> [{"code","name","targets"}]; POST /detect {"q"} ->
// [{"language","confidence"}]; errors as {"error": "..."}.

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

Core::Error unreadable(const QByteArray &body)
{
    return {Tr::tr("The translation service's answer could not be read."),
            QString::fromUtf8(body.left(200))};
}

} // namespace

LibreTranslateTranslator::LibreTranslateTranslator(QUrl baseUrl, QString apiKey, HttpSend send)
    : RemoteTranslator(std::move(baseUrl), std::move(apiKey), std::move(send))
{}

Core::Result<Translated> LibreTranslateTranslator::translate(const QString &text,
                                                             const QString &from,
                                                             const QString &to) const
{
    if (auto refused = refuseText(text))
        return *refused;
    if (from == to)
        return Translated{text, from, to, id(), {}};
    QJsonObject request{{QStringLiteral("q"), text},
                        {QStringLiteral("source"), from.isEmpty() ? QStringLiteral("auto") : from},
                        {QStringLiteral("target"), to},
                        {QStringLiteral("format"), QStringLiteral("text")}};
    if (!key().isEmpty())
        request.insert(QStringLiteral("api_key"), key());
    auto answer = post(QStringLiteral("translate"),
                       QJsonDocument(request).toJson(QJsonDocument::Compact), {});
    if (!answer)
        return answer.error();
    const QJsonObject object = QJsonDocument::fromJson(answer.value()).object();
    const QJsonValue translated = object.value(QLatin1String("translatedText"));
    if (!translated.isString())
        return unreadable(answer.value());
    QString source = from;
    if (source.isEmpty())
        source = object.value(QLatin1String("detectedLanguage"))
                     .toObject()
                     .value(QLatin1String("language"))
                     .toString();
    return Translated{translated.toString(), source, to, id(), {}};
}

Core::Result<QString> LibreTranslateTranslator::detect(const QString &text) const
{
    if (auto refused = refuseText(text))
        return *refused;
    QJsonObject request{{QStringLiteral("q"), text}};
    if (!key().isEmpty())
        request.insert(QStringLiteral("api_key"), key());
    auto answer =
        post(QStringLiteral("detect"), QJsonDocument(request).toJson(QJsonDocument::Compact), {});
    if (!answer)
        return answer.error();
    const QJsonArray guesses = QJsonDocument::fromJson(answer.value()).array();
    const QString language = guesses.first().toObject().value(QLatin1String("language")).toString();
    if (language.isEmpty())
        return unreadable(answer.value());
    return language;
}

Core::Result<QStringList> LibreTranslateTranslator::fetchDirections() const
{
    auto answer = get(QStringLiteral("languages"), {});
    if (!answer)
        return answer.error();
    QStringList directions;
    const QJsonArray languages = QJsonDocument::fromJson(answer.value()).array();
    for (const QJsonValue &language : languages) {
        const QString from = language.toObject().value(QLatin1String("code")).toString();
        const QJsonArray targets = language.toObject().value(QLatin1String("targets")).toArray();
        for (const QJsonValue &to : targets) {
            if (!from.isEmpty() && to.toString() != from)
                directions.append(from + u'-' + to.toString());
        }
    }
    directions.sort();
    return directions;
}

QString LibreTranslateTranslator::errorMessageIn(const QByteArray &body) const
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toString();
}

} // namespace CareDesk::Translation

#include "SurveySettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>

namespace CareDesk::Surveys {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Surveys::SurveySettings)
};

std::optional<int> wholeNumber(const QJsonValue &value, int lowest, int highest)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number != static_cast<int>(number) || number < lowest || number > highest)
        return std::nullopt;
    return static_cast<int>(number);
}

} // namespace

QString SurveySettings::questionShortcut() const
{
    if (!question.isEmpty())
        return question;
    return kind == SurveyKind::Nps ? QStringLiteral("/survey-nps") : QStringLiteral("/survey-csat");
}

QJsonObject SurveySettings::toRouting() const
{
    return {{QStringLiteral("kind"), toString(kind)}, {QStringLiteral("quietDays"), quietDays}};
}

QByteArray SurveySettings::toJson() const
{
    QJsonObject object = toRouting();
    if (!question.isEmpty())
        object.insert(QStringLiteral("question"), question);
    object.insert(QStringLiteral("answerDays"), answerDays);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<SurveySettings> SurveySettings::fromObject(const QJsonObject &object)
{
    SurveySettings settings;
    const auto kind = kindFromString(object.value(QLatin1String("kind")).toString());
    if (!kind)
        return Error{Tr::tr("The survey kind must be off, csat or nps."), {}};
    settings.kind = *kind;
    if (object.contains(QLatin1String("quietDays"))) {
        const auto days = wholeNumber(object.value(QLatin1String("quietDays")), 0, MAX_QUIET_DAYS);
        if (!days)
            return Error{
                Tr::tr("\"quietDays\" must be a whole number from 0 to %1.").arg(MAX_QUIET_DAYS),
                {}};
        settings.quietDays = *days;
    }
    if (object.contains(QLatin1String("answerDays"))) {
        const auto days =
            wholeNumber(object.value(QLatin1String("answerDays")), 1, MAX_ANSWER_DAYS);
        if (!days)
            return Error{
                Tr::tr("\"answerDays\" must be a whole number from 1 to %1.").arg(MAX_ANSWER_DAYS),
                {}};
        settings.answerDays = *days;
    }
    const QJsonValue question = object.value(QLatin1String("question"));
    if (!question.isUndefined()) {
        settings.question = question.toString().trimmed();
        if (!question.isString() || !settings.question.startsWith(u'/') ||
            settings.question.size() > 64)
            return Error{Tr::tr("\"question\" must be a canned response's shortcut, such as "
                                "/survey-nps."),
                         {}};
    }
    return settings;
}

Result<SurveySettings> SurveySettings::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error{Tr::tr("The survey settings are not a JSON object."),
                     parseError.errorString()};
    return fromObject(document.object());
}

QString SurveySettings::pathIn(const QString &workspaceDirectory)
{
    return QDir(workspaceDirectory).absoluteFilePath(QStringLiteral("survey.json"));
}

Result<SurveySettings> SurveySettings::ofWorkspace(const QString &workspaceDirectory)
{
    QFile file(pathIn(workspaceDirectory));
    if (!file.exists())
        return SurveySettings{};
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("The survey settings could not be read; no surveys are sent."),
                     file.errorString()};
    auto settings = fromJson(file.readAll());
    if (!settings)
        return Error{Tr::tr("The survey settings have a problem; no surveys are sent."),
                     settings.error().userMessage + QLatin1Char(' ') + settings.error().detail};
    return settings;
}

Result<void> SurveySettings::saveIn(const QString &workspaceDirectory) const
{
    QSaveFile file(pathIn(workspaceDirectory));
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit())
        return Error{Tr::tr("The survey settings could not be saved."), file.errorString()};
    return {};
}

QString builtInQuestion(SurveyKind kind, const QString &language)
{
    // The customer's language, not the agent's: these are not translated with the program.
    static const QHash<QString, QString> csat = {
        {QStringLiteral("en"),
         QStringLiteral("Hi {customer.name}, how satisfied are you with the help you got from "
                        "us? Reply with a number from 1 (not at all) to 5 (very satisfied).")},
        {QStringLiteral("es"),
         QStringLiteral("Hola {customer.name}, ¿qué tan satisfecho/a estás con la ayuda que te "
                        "dimos? Responde con un número del 1 (nada) al 5 (muy satisfecho/a).")},
        {QStringLiteral("de"),
         QStringLiteral("Hallo {customer.name}, wie zufrieden bist du mit unserer Hilfe? "
                        "Antworte mit einer Zahl von 1 (gar nicht) bis 5 (sehr zufrieden).")},
        {QStringLiteral("fr"),
         QStringLiteral("Bonjour {customer.name}, êtes-vous satisfait(e) de notre aide ? "
                        "Répondez par un chiffre de 1 (pas du tout) à 5 (très satisfait(e)).")},
    };
    static const QHash<QString, QString> nps = {
        {QStringLiteral("en"),
         QStringLiteral("Hi {customer.name}, how likely are you to recommend us to a friend? "
                        "Reply with a number from 0 (not at all) to 10 (extremely likely).")},
        {QStringLiteral("es"),
         QStringLiteral("Hola {customer.name}, ¿qué probabilidad hay de que nos recomiendes a "
                        "un amigo? Responde con un número del 0 (ninguna) al 10 (muy probable).")},
        {QStringLiteral("de"),
         QStringLiteral("Hallo {customer.name}, wie wahrscheinlich ist es, dass du uns einem "
                        "Freund empfiehlst? Antworte mit einer Zahl von 0 (gar nicht) bis 10 "
                        "(äußerst wahrscheinlich).")},
        {QStringLiteral("fr"),
         QStringLiteral("Bonjour {customer.name}, recommanderiez-vous notre service à un proche ? "
                        "Répondez par un chiffre de 0 (pas du tout) à 10 (certainement).")},
    };
    const QHash<QString, QString> &texts = kind == SurveyKind::Nps ? nps : csat;
    return texts.value(language, texts.value(QStringLiteral("en")));
}

} // namespace CareDesk::Surveys

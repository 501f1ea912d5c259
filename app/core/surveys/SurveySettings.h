#pragma once

#include "Result.h"
#include "surveys/SurveyAnswer.h"

#include <QJsonObject>
#include <QString>

namespace CareDesk::Surveys {

// Whether and how a team asks its customers after a conversation is resolved, kept as
// survey.json beside the workspace (and on the team server, with the routing settings):
//   {"kind": "nps", "quietDays": 30, "question": "/survey-nps", "answerDays": 7}
struct SurveySettings
{
    SurveyKind kind = SurveyKind::Off;
    // A customer surveyed within this many days is not asked again.
    int quietDays = 30;
    // The canned response that holds the question, by its shortcut; empty: "/survey-csat" or
    // "/survey-nps", and the built-in question when the team has no such response.
    QString question;
    // How long after the survey the customer's private message is read as the answer.
    int answerDays = 7;

    QString questionShortcut() const;
    // The server's routing form: {"kind", "quietDays"}.
    QJsonObject toRouting() const;
    QByteArray toJson() const;

    static Core::Result<SurveySettings> fromJson(const QByteArray &json);
    // Reads the routing form (and the rest of the file's keys when present).
    static Core::Result<SurveySettings> fromObject(const QJsonObject &object);
    static QString pathIn(const QString &workspaceDirectory);
    // The workspace's settings; surveys off when it has no survey.json.
    static Core::Result<SurveySettings> ofWorkspace(const QString &workspaceDirectory);
    Core::Result<void> saveIn(const QString &workspaceDirectory) const;

    static constexpr int MAX_QUIET_DAYS = 365;
    static constexpr int MAX_ANSWER_DAYS = 30;
};

// The question CareDesk asks when the team wrote none, in `language` (English when it has none
// in that language), with {customer.name} to fill in.
QString builtInQuestion(SurveyKind kind, const QString &language);

} // namespace CareDesk::Surveys

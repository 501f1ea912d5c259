#pragma once

#include "RouteTable.h"

namespace CareDesk::Server {

class TeamSurveys;

// GET /v1/surveys/summary?since=ISO&until=ISO&by=agent|channel: the team's satisfaction figures
// for leads and admins.
class SurveysApi final
{
public:
    explicit SurveysApi(TeamSurveys &surveys);

    HttpResponse summary(const ApiCall &call);

private:
    TeamSurveys &m_surveys;
};

} // namespace CareDesk::Server

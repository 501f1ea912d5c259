#pragma once

#include "RouteTable.h"

namespace CareDesk::Server {

class TeamShifts;

// The team's shifts: GET /v1/roster (who is on now and next, with the roster), PUT /v1/roster
// (leads and admins), GET /v1/roster/me (the caller's shift and the shift-change post proposed
// at its start) and POST /v1/shift-posts (post it, or decline).
class ShiftsApi final
{
public:
    explicit ShiftsApi(TeamShifts &shifts);

    HttpResponse teamShifts(const ApiCall &call);
    HttpResponse setRoster(const ApiCall &call);
    HttpResponse myShift(const ApiCall &call);
    HttpResponse decidePost(const ApiCall &call);

private:
    TeamShifts &m_shifts;
};

} // namespace CareDesk::Server

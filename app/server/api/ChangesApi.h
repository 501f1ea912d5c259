#pragma once

#include "RouteTable.h"

namespace CareDesk::Server {

class ChangeFeed;

// GET /v1/changes?since=REV: the change feed a page at a time. Its live side, the WebSocket at
// /v1/events, is EventHub's.
class ChangesApi final
{
public:
    explicit ChangesApi(ChangeFeed &feed);

    HttpResponse changes(const ApiCall &call);

private:
    ChangeFeed &m_feed;
};

} // namespace CareDesk::Server

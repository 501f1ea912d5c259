#pragma once

#include "RouteTable.h"

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Server {

class TeamReviews;

// QA reviews: POST /v1/reviews (a lead scores a conversation of their team) and
// GET /v1/reviews (an agent reads the reviews of their own work, a lead the team's).
class ReviewsApi final
{
public:
    ReviewsApi(TeamReviews &reviews, const Core::Clock &clock);

    HttpResponse save(const ApiCall &call);
    HttpResponse list(const ApiCall &call);

    // A review has at most this many scores, and as many comments.
    static constexpr int MAX_ITEMS = 100;
    // Characters in a title, a comment or the summary.
    static constexpr int MAX_TEXT = 4000;

private:
    TeamReviews &m_reviews;
    const Core::Clock &m_clock;
};

} // namespace CareDesk::Server

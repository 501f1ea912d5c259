// Who gets which waiting conversation: the routing rules on their own.

#include "server/AssignmentRules.h"
#include "support/TestSupport.h"

using namespace CareDesk::Server::AssignmentRules;

namespace {

Candidate agent(qint64 id, int open, qint64 lastAssignedAtMs = 0, QStringList languages = {},
                QStringList categories = {})
{
    return {id, true, std::move(languages), std::move(categories), 5, open, lastAssignedAtMs};
}

} // namespace

TEST_CASE(
    "An agent takes only what they can: available, below capacity, their languages and categories")
{
    const Waiting spanishWarranty{1, QStringLiteral("es"), QStringLiteral("warranty"), 0};
    CHECK(canTake(agent(1, 0), spanishWarranty));
    CHECK(canTake(agent(1, 4, 0, {QStringLiteral("es")}), spanishWarranty));
    CHECK_FALSE(canTake(agent(1, 5), spanishWarranty)); // full
    CHECK_FALSE(canTake(agent(1, 0, 0, {QStringLiteral("de")}), spanishWarranty));
    CHECK_FALSE(canTake(agent(1, 0, 0, {}, {QStringLiteral("service")}), spanishWarranty));
    Candidate away = agent(1, 0);
    away.available = false;
    CHECK_FALSE(canTake(away, spanishWarranty));
    // Nobody knows the language yet: anyone may take it.
    CHECK(canTake(agent(1, 0, 0, {QStringLiteral("de")}),
                  Waiting{2, QStringLiteral("und"), QStringLiteral("service"), 0}));
}

TEST_CASE(
    "Least-loaded and round-robin choose differently, a returning customer's agent comes first")
{
    const QList<Candidate> team{agent(1, 3, 100), agent(2, 1, 300), agent(3, 1, 200)};
    const Waiting newcomer{7, QStringLiteral("en"), QStringLiteral("service"), 0};
    CHECK(choose(Policy::LeastLoaded, newcomer, team) == 3); // fewest open, then waited longest
    CHECK(choose(Policy::RoundRobin, newcomer, team) == 1);  // waited longest for work
    CHECK_FALSE(choose(Policy::Manual, newcomer, team).has_value());

    const Waiting returning{8, QStringLiteral("en"), QStringLiteral("service"), 1};
    CHECK(choose(Policy::LeastLoaded, returning, team) == 1);
    // Agent 1 may pull it; the others leave it for them while they can take it.
    CHECK(mayPull(team[0], returning, team));
    CHECK_FALSE(mayPull(team[1], returning, team));
    QList<Candidate> gone = team;
    gone[0].available = false;
    CHECK(mayPull(gone[1], returning, gone));
    CHECK(choose(Policy::LeastLoaded, returning, gone) == 3);
}

TEST_CASE("Routing policies have stable names")
{
    for (Policy policy : {Policy::Manual, Policy::RoundRobin, Policy::LeastLoaded})
        CHECK(policyFromString(toString(policy)) == policy);
    CHECK_FALSE(policyFromString(QStringLiteral("random")).has_value());
}

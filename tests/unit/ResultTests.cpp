#include "Result.h"

#include "support/CatchQt.h"

using CareDesk::Core::Error;
using CareDesk::Core::Result;

TEST_CASE("A result carries either its value or an error with a user message and detail")
{
    Result<int> good = 42;
    REQUIRE(good.ok());
    CHECK(good.value() == 42);

    Result<int> bad =
        Error{QStringLiteral("The file could not be read."), QStringLiteral("ENOENT")};
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().userMessage == QStringLiteral("The file could not be read."));
    CHECK(bad.error().detail == QStringLiteral("ENOENT"));

    Result<void> done;
    CHECK(done.ok());
    Result<void> failed = Error{QStringLiteral("No."), QString()};
    CHECK_FALSE(failed.ok());
}

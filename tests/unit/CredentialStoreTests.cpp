#include "security/CredentialStore.h"

#include "support/CatchQt.h"

using namespace CareDesk;

TEST_CASE("The in-memory credential store keeps, returns and forgets a secret")
{
    Security::MemoryCredentialStore store;
    bool written = false;
    store.write(QStringLiteral("x:brand"), QStringLiteral("token-1"),
                [&](Core::Result<void> r) { written = r.ok(); });
    CHECK(written);
    QString secret;
    store.read(QStringLiteral("x:brand"),
               [&](Core::Result<QString> r) { secret = r.ok() ? r.value() : QString(); });
    CHECK(secret == QStringLiteral("token-1"));
    store.remove(QStringLiteral("x:brand"), [](Core::Result<void>) {});
    bool missing = false;
    store.read(QStringLiteral("x:brand"), [&](Core::Result<QString> r) { missing = !r.ok(); });
    CHECK(missing);
}

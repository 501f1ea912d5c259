#include "security/CredentialStore.h"

#include "support/CatchQt.h"

#include <QObject>

using namespace CareDesk;

TEST_CASE("The in-memory credential store keeps, returns and forgets a secret")
{
    Security::MemoryCredentialStore store;
    QObject context;
    bool written = false;
    store.write(QStringLiteral("x:brand"), QStringLiteral("token-1"), &context,
                [&](Core::Result<void> r) { written = r.ok(); });
    CHECK(written);
    QString secret;
    store.read(QStringLiteral("x:brand"), &context,
               [&](Core::Result<QString> r) { secret = r.ok() ? r.value() : QString(); });
    CHECK(secret == QStringLiteral("token-1"));
    store.remove(QStringLiteral("x:brand"), &context, [](Core::Result<void>) {});
    bool missing = false;
    store.read(QStringLiteral("x:brand"), &context,
               [&](Core::Result<QString> r) { missing = !r.ok(); });
    CHECK(missing);
}

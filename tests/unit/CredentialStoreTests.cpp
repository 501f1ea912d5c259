#include "security/CredentialStore.h"
#include "security/SecretCompare.h"

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

TEST_CASE("Secrets match only when equal, whatever their length, and an unset secret matches "
          "nothing")
{
    const QByteArray token = "hub-verify-token-4f9c2a";
    CHECK(Security::sameSecret(token, token));
    CHECK(Security::sameSecret(QByteArray(token), QByteArray(token)));
    CHECK_FALSE(Security::sameSecret("hub-verify-token-4f9c2b", token)); // last byte
    CHECK_FALSE(Security::sameSecret("Hub-verify-token-4f9c2a", token)); // first byte
    CHECK_FALSE(Security::sameSecret(token.chopped(1), token));          // a prefix
    CHECK_FALSE(Security::sameSecret(QByteArray(token + '\0'), token));  // one byte more
    CHECK_FALSE(Security::sameSecret({}, token));
    CHECK_FALSE(Security::sameSecret({}, {})); // no secret configured: nothing gets in
    CHECK_FALSE(Security::sameSecret(token, {}));
}

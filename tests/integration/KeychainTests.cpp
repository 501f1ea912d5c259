#include "security/CredentialStore.h"
#include "support/TestSupport.h"


#include <QUuid>

using namespace CareDesk;

// Runs against the real OS keychain. packaging/dev.sh test provides a private D-Bus session
// with a throwaway, unlocked GNOME Keyring, so nothing touches the developer's own keyring.
TEST_CASE("A token saved in the system keychain can be read back and deleted", "[keychain]")
{
    Security::KeychainCredentialStore store(QStringLiteral("CareDesk-tests"));
    const QString key = QStringLiteral("x:test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    std::optional<Core::Result<void>> written;
    store.write(key, QStringLiteral("s3cr3t-token"), [&](Core::Result<void> r) { written = r; });
    REQUIRE(Testing::waitUntil([&] { return written.has_value(); }));
    INFO((written->ok() ? QString() : written->error().userMessage + QLatin1Char(' ') + written->error().detail).toStdString());
    REQUIRE(written->ok());

    std::optional<Core::Result<QString>> read;
    store.read(key, [&](Core::Result<QString> r) { read = r; });
    REQUIRE(Testing::waitUntil([&] { return read.has_value(); }));
    REQUIRE(read->ok());
    CHECK(read->value() == QStringLiteral("s3cr3t-token"));

    std::optional<Core::Result<void>> removed;
    store.remove(key, [&](Core::Result<void> r) { removed = r; });
    REQUIRE(Testing::waitUntil([&] { return removed.has_value(); }));
    CHECK(removed->ok());

    std::optional<Core::Result<QString>> gone;
    store.read(key, [&](Core::Result<QString> r) { gone = r; });
    REQUIRE(Testing::waitUntil([&] { return gone.has_value(); }));
    CHECK_FALSE(gone->ok());
}

#pragma once

#include "HttpRequest.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace CareDesk::Server {

// One HTTP/1.1 request read by Boost.Beast's parser as its bytes arrive: the head up to a size
// limit, then the body up to the limit set once the head is known. Kept in a file of its own so
// that nothing else compiles Boost's headers (and the translation tools never read them).
class RequestParser final
{
public:
    explicit RequestParser(qint64 headerBytes);
    ~RequestParser();

    enum class Outcome { Progress, NeedMore, HeadTooLarge, BodyTooLarge, Malformed };
    // Takes what it can of `bytes`; `used` says how much. On Malformed, `why` says what.
    Outcome put(const QByteArray &bytes, qsizetype &used, QString &why);

    bool headDone() const;
    bool done() const;
    // Of the head:
    QByteArray method() const;
    QByteArray target() const;
    std::optional<quint64> contentLength() const;
    bool upgrade() const;
    bool keepAlive() const;
    bool expectsContinue() const;
    // Every X-Forwarded-For value, joined with commas.
    QByteArray forwardedFor() const;
    // The body may be at most this long; a chunked body is counted as its chunks arrive.
    void limitBody(quint64 bytes);

    // The whole request (when done()); path and query decoded from the target.
    HttpRequest take();

private:
    struct Beast;
    std::unique_ptr<Beast> m_beast;
    // Set when a chunked body's next chunk header was incomplete (see put()).
    bool m_chunkHeaderIncomplete = false;
};

} // namespace CareDesk::Server

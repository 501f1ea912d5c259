// The team server's HTTP/1.1 requests as they arrive on a connection (server/http/
// RequestParser.h, Boost.Beast's parser): read in pieces of a size the input chooses, the head
// within its limit, the body within the limit set once the head is known, one request after
// another on the same connection, the way HttpConnection feeds it.
#include "FuzzSupport.h"

#include <server/http/RequestParser.h>

#include <algorithm>
#include <memory>

using namespace CareDesk;
using namespace CareDesk::Server;

namespace {

constexpr qint64 HEADER_BYTES = 1024; // smaller than the server's, so the fuzzer reaches it
constexpr quint64 BODY_BYTES = 2048;

// One request from `unread`, taking more pieces from `input` as the parser asks; false when the
// connection would be answered with an error and closed, or the input ends first.
bool readRequest(QByteArray &unread, QByteArrayView &input, qsizetype piece)
{
    RequestParser parser(HEADER_BYTES);
    bool headAccepted = false;
    for (;;) {
        qsizetype used = 0;
        QString why;
        const auto outcome = parser.put(unread, used, why);
        Fuzz::check(used >= 0 && used <= unread.size(), "the parser takes only what it is given");
        unread.remove(0, used);
        if (outcome != RequestParser::Outcome::Progress &&
            outcome != RequestParser::Outcome::NeedMore)
            return false; // 431, 413 or 400
        if (parser.headDone() && !headAccepted) {
            if (!parser.target().startsWith('/'))
                return false;
            const auto declared = parser.contentLength();
            if (declared && *declared > BODY_BYTES)
                return false;
            parser.limitBody(BODY_BYTES);
            parser.method();
            parser.upgrade();
            parser.expectsContinue();
            headAccepted = true;
        }
        if (parser.done()) {
            Fuzz::check(headAccepted, "a request is done only after its head");
            parser.keepAlive();
            const HttpRequest request = parser.take();
            Fuzz::check(quint64(request.body.size()) <= BODY_BYTES, "a body stays in its limit");
            Fuzz::check(request.path.isEmpty() || request.path.startsWith(u'/'),
                        "a request's path is a path");
            return true;
        }
        if (outcome == RequestParser::Outcome::NeedMore || used == 0) {
            if (input.isEmpty())
                return false;
            const qsizetype next = std::min(piece, input.size());
            unread += input.first(next).toByteArray();
            input = input.sliced(next);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte: how many bytes arrive at a time (1 to 256); the rest: the connection.
    const qsizetype piece = qsizetype(data[0]) + 1;
    const QByteArray connection = Fuzz::bytesOf(data + 1, size - 1);
    QByteArrayView input(connection);
    QByteArray unread;
    // Requests one after another on a kept-alive connection, until one fails or bytes run out.
    while (readRequest(unread, input, piece)) {
    }
    return 0;
}

#include "RequestParser.h"

#include <QUrl>

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include <limits>

namespace CareDesk::Server {

namespace http = boost::beast::http;

namespace {

QByteArray bytes(boost::beast::string_view text)
{
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

struct RequestParser::Beast
{
    http::request_parser<http::string_body> parser;
};

RequestParser::RequestParser(qint64 headerBytes)
    : m_beast(std::make_unique<Beast>())
{
    m_beast->parser.header_limit(static_cast<std::uint32_t>(headerBytes));
    // The body's limit is set once the head says where it goes. (Not boost::none: Boost 1.74
    // compares a length above "none" and would refuse every body.)
    m_beast->parser.body_limit(std::numeric_limits<std::uint64_t>::max());
}

RequestParser::~RequestParser() = default;

RequestParser::Outcome RequestParser::put(const QByteArray &input, qsizetype &used, QString &why)
{
    // Boost.Beast before 1.86 asserts, when a chunk header it found incomplete comes back with
    // fewer than 5 bytes (an empty body's "0\r\n", then "\r"), though it would only ask for
    // more. No complete chunk header plus the end of the body is shorter, so wait for them.
    constexpr qsizetype SHORTEST_FINAL_CHUNK = 5; // "0\r\n\r\n"
    used = 0;
    if (m_chunkHeaderIncomplete && input.size() < SHORTEST_FINAL_CHUNK)
        return Outcome::NeedMore;
    boost::beast::error_code error;
    used = static_cast<qsizetype>(m_beast->parser.put(
        boost::asio::const_buffer(input.constData(), static_cast<std::size_t>(input.size())),
        error));
    if (!error)
        return Outcome::Progress;
    m_chunkHeaderIncomplete = error == http::error::need_more && m_beast->parser.is_header_done() &&
                              m_beast->parser.chunked();
    if (error == http::error::need_more)
        return Outcome::NeedMore;
    if (error == http::error::header_limit)
        return Outcome::HeadTooLarge;
    if (error == http::error::body_limit)
        return Outcome::BodyTooLarge;
    why = QString::fromStdString(error.message());
    return Outcome::Malformed;
}

bool RequestParser::headDone() const
{
    return m_beast->parser.is_header_done();
}

bool RequestParser::done() const
{
    return m_beast->parser.is_done();
}

QByteArray RequestParser::method() const
{
    return bytes(m_beast->parser.get().method_string());
}

QByteArray RequestParser::target() const
{
    return bytes(m_beast->parser.get().target());
}

std::optional<quint64> RequestParser::contentLength() const
{
    const auto length = m_beast->parser.content_length();
    return length ? std::optional<quint64>(*length) : std::nullopt;
}

bool RequestParser::upgrade() const
{
    return m_beast->parser.upgrade();
}

bool RequestParser::keepAlive() const
{
    return m_beast->parser.keep_alive();
}

QByteArray RequestParser::forwardedFor() const
{
    // Several X-Forwarded-For lines read as one list, in order (RFC 9110, 5.3).
    QByteArray list;
    const auto [first, last] = m_beast->parser.get().equal_range("X-Forwarded-For");
    for (auto field = first; field != last; ++field) {
        if (!list.isEmpty())
            list += ',';
        list += QByteArray(field->value().data(), static_cast<qsizetype>(field->value().size()));
    }
    return list;
}

bool RequestParser::expectsContinue() const
{
    const auto &head = m_beast->parser.get();
    const auto expect = head.find(http::field::expect);
    return expect != head.end() && boost::beast::iequals(expect->value(), "100-continue");
}

void RequestParser::limitBody(quint64 limit)
{
    m_beast->parser.body_limit(limit);
}

HttpRequest RequestParser::take()
{
    http::request<http::string_body> message = m_beast->parser.release();
    HttpRequest request;
    request.method = bytes(message.method_string());
    const QUrl url(QStringLiteral("http://server") + QString::fromUtf8(bytes(message.target())));
    request.path = url.path();
    request.query = QUrlQuery(url);
    request.body = QByteArray::fromStdString(message.body());
    for (const auto &field : message)
        request.headers.append({bytes(field.name_string()), bytes(field.value())});
    request.authorization = request.header("Authorization");
    return request;
}

} // namespace CareDesk::Server

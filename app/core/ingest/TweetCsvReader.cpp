#include "TweetCsvReader.h"

#include <sdk/TextEscapes.h>

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace CareDesk::Ingest {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Ingest::TweetCsvReader)
};

constexpr int kColumnCount = 7;
const char *const kColumns[kColumnCount] = {"tweet_id",
                                            "author_id",
                                            "inbound",
                                            "created_at",
                                            "text",
                                            "response_tweet_id",
                                            "in_response_to_tweet_id"};
enum Column { TweetId, AuthorId, Inbound, CreatedAt, Text, ResponseIds, InResponseTo };

constexpr qint64 kChunkSize = 256 * 1024;
// A quoted field still open after this much text is a stray quote, not a tweet: without the
// limit one quote would swallow the rest of the archive.
constexpr qsizetype kRunawayChars = 10000;
constexpr qint64 kRunawayLines = 100;
// Tweets are at most a few ten thousand characters; the cap keeps memory bounded even for a
// file without line breaks.
constexpr qsizetype kMaxRowBytes = 1024 * 1024;
// How far into a line to look for the id, author and inbound columns of a row.
constexpr qsizetype kRowStartWindow = 256;
constexpr qint64 kUnixEpochJulianDay = 2440588;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

char toLowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF. QString::fromUtf8
// would silently turn such bytes into U+FFFD, and the archive would be altered unnoticed.
bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const uchar *const end = p + bytes.size();
    while (p < end) {
        // Most text is ASCII: skip it eight bytes at a time.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p == end)
            break;
        const uchar lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        char32_t codePoint = 0;
        char32_t smallest = 0;
        if ((lead & 0xE0) == 0xC0) {
            extra = 1, codePoint = lead & 0x1F, smallest = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            extra = 2, codePoint = lead & 0x0F, smallest = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            extra = 3, codePoint = lead & 0x07, smallest = 0x10000;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((p[k] & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (p[k] & 0x3F);
        }
        if (codePoint < smallest || codePoint > 0x10FFFF ||
            (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

// Length of the digits of an id like "119237" or "119237.0" (spreadsheet tools write ids as
// numbers), 0 if `text` is not one.
qsizetype idDigits(QByteArrayView text)
{
    qsizetype digits = 0;
    while (digits < text.size() && isDigit(text[digits]))
        ++digits;
    if (digits == 0 || digits == text.size())
        return digits;
    if (text[digits] != '.')
        return 0;
    for (qsizetype i = digits + 1; i < text.size(); ++i) {
        if (text[i] != '0')
            return 0;
    }
    return digits;
}

std::optional<QString> normalisedId(QByteArrayView text)
{
    text = text.trimmed();
    const qsizetype digits = idDigits(text);
    if (digits == 0)
        return std::nullopt;
    return QString::fromLatin1(text.first(digits));
}

std::optional<bool> parseInbound(QByteArrayView text)
{
    text = text.trimmed();
    if (text == "1" || text.compare("true", Qt::CaseInsensitive) == 0)
        return true;
    if (text == "0" || text.compare("false", Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

// -1 unless `text` is minDigits to maxDigits decimal digits.
int parseNumber(QByteArrayView text, int minDigits, int maxDigits)
{
    if (text.size() < minDigits || text.size() > maxDigits)
        return -1;
    int value = 0;
    for (char c : text) {
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// Index + 1 of a three-letter English name in `names`, 0 if absent. Matched by hand, not with
// QLocale, so that the archive reads the same on a German or Japanese desktop.
int nameIndex(QByteArrayView name, const char *names, int count)
{
    if (name.size() != 3)
        return 0;
    const char a = toLowerAscii(name[0]), b = toLowerAscii(name[1]), c = toLowerAscii(name[2]);
    for (int i = 0; i < count; ++i) {
        if (names[3 * i] == a && names[3 * i + 1] == b && names[3 * i + 2] == c)
            return i + 1;
    }
    return 0;
}

// "Tue Oct 31 22:10:47 +0000 2017", the timestamp format of the platform's API.
std::optional<QDateTime> parseCreatedAt(QByteArrayView text)
{
    std::array<QByteArrayView, 6> parts;
    int count = 0;
    for (qsizetype i = 0; i < text.size();) {
        if (isBlank(text[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && !isBlank(text[i]))
            ++i;
        if (count == int(parts.size()))
            return std::nullopt;
        parts[count++] = text.sliced(start, i - start);
    }
    if (count != int(parts.size()) || nameIndex(parts[0], "montuewedthufrisatsun", 7) == 0)
        return std::nullopt;
    const int month = nameIndex(parts[1], "janfebmaraprmayjunjulaugsepoctnovdec", 12);
    const int day = parseNumber(parts[2], 1, 2);
    const int year = parseNumber(parts[5], 4, 4);

    const QByteArrayView time = parts[3];
    if (time.size() != 8 || time[2] != ':' || time[5] != ':')
        return std::nullopt;
    const int hour = parseNumber(time.sliced(0, 2), 2, 2);
    const int minute = parseNumber(time.sliced(3, 2), 2, 2);
    const int second = parseNumber(time.sliced(6, 2), 2, 2);

    // "+0000", also "+00:00"
    const QByteArrayView offset = parts[4];
    const bool colon = offset.size() == 6 && offset[3] == ':';
    if ((offset.size() != 5 && !colon) || (offset[0] != '+' && offset[0] != '-'))
        return std::nullopt;
    const int offsetHours = parseNumber(offset.sliced(1, 2), 2, 2);
    const int offsetMinutes = parseNumber(offset.sliced(colon ? 4 : 3), 2, 2);

    if (month == 0 || day < 0 || year < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
        second < 0 || second > 59 || offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 ||
        offsetMinutes > 59)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    const qint64 offsetSeconds =
        (offset[0] == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
    const qint64 seconds = (date.toJulianDay() - kUnixEpochJulianDay) * 86400 + hour * 3600 +
                           minute * 60 + second - offsetSeconds;
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

// A bit of what the file holds, for messages: never a whole megabyte of it.
QString shown(QByteArrayView bytes)
{
    constexpr qsizetype kShown = 60;
    QString text = QString::fromUtf8(bytes.first(std::min<qsizetype>(bytes.size(), 4 * kShown)));
    if (text.size() > kShown || bytes.size() > 4 * kShown)
        text = text.left(kShown) + QChar(0x2026);
    // Control characters from a binary file would garble the terminal or the log.
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = QChar(0xFFFD);
    }
    return text;
}

auto rowError(qint64 line, const QString &reason, const QString &detail) -> Core::Error
{
    const QString number = QString::number(line);
    return {QCoreApplication::translate("CareDesk::Ingest::TweetCsvReader",
                                        "Line %1 of the tweet archive was skipped: %2")
                .arg(number, reason),
            QStringLiteral("line %1: %2").arg(number, detail)};
}

auto badId(qint64 line, Column column, QByteArrayView value) -> Core::Error
{
    const QString name = QLatin1String(kColumns[column]);
    const QString quoted = u'"' + shown(value) + u'"';
    return rowError(line,
                    QCoreApplication::translate("CareDesk::Ingest::TweetCsvReader",
                                                "%1 in column %2 is not a tweet id.")
                        .arg(quoted, name),
                    name + QStringLiteral(" ") + quoted + QStringLiteral(" is not a tweet id"));
}

auto notUtf8(qint64 line, Column column) -> Core::Error
{
    const QString name = QLatin1String(kColumns[column]);
    return rowError(line,
                    QCoreApplication::translate("CareDesk::Ingest::TweetCsvReader",
                                                "column %1 is not valid UTF-8 text.")
                        .arg(name),
                    name + QStringLiteral(" is not valid UTF-8"));
}

} // namespace

TweetCsvReader::TweetCsvReader(QIODevice &device)
    : m_device(device)
{}

Core::Result<void> TweetCsvReader::readHeader()
{
    if (m_state == State::Rows)
        return {};
    if (m_state == State::Finished)
        return m_headerError ? Core::Result<void>(*m_headerError) : Core::Result<void>();

    QStringList columns;
    for (const char *column : kColumns)
        columns.append(QLatin1String(column));
    const QString expected = columns.join(u',');
    const auto fail = [this](Core::Error error) {
        m_state = State::Finished;
        m_headerError = error;
        return Core::Result<void>(std::move(error));
    };
    const auto wrongHeader = [&](QByteArrayView found) {
        return fail({Tr::tr("This is not a tweet archive: its first line must name the columns "
                            "%1.")
                         .arg(expected),
                     QStringLiteral("line 1: expected the header \"%1\", found \"%2\"")
                         .arg(expected, shown(found))});
    };

    if (!m_device.isReadable()) {
        return fail({Tr::tr("The tweet archive could not be read: %1").arg(m_device.errorString()),
                     QStringLiteral("line 1: device not readable: ") + m_device.errorString()});
    }
    while (m_buffer.size() - m_pos < 3 && fill()) {
    }
    if (QByteArrayView(m_buffer).sliced(m_pos).startsWith("\xEF\xBB\xBF"))
        m_pos += 3;

    for (;;) {
        if (m_readFailed)
            return fail(readError());
        if (m_pos >= m_buffer.size() && m_atEnd) {
            return fail({Tr::tr("The tweet archive is empty."),
                         QStringLiteral("line 1: no header, the file is empty")});
        }
        const Scan scan = scanRecord();
        if (scan == Scan::NeedMore) {
            fill();
            continue;
        }
        if (scan != Scan::Complete)
            return wrongHeader(QByteArrayView(m_buffer).sliced(m_pos));
        break;
    }
    bool matches = m_fieldCount == kColumnCount;
    for (int i = 0; matches && i < kColumnCount; ++i)
        matches = unescaped(m_fields[i]).trimmed() == QByteArrayView(kColumns[i]);
    if (!matches) {
        QByteArrayView line = QByteArrayView(m_buffer).sliced(m_pos, m_recordEnd - m_pos);
        while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
            line.chop(1);
        return wrongHeader(line);
    }
    m_pos = m_recordEnd;
    m_line += m_recordNewlines;
    m_state = State::Rows;
    return {};
}

std::optional<Core::Result<TweetCsvRow>> TweetCsvReader::next()
{
    if (m_state == State::Start) {
        Core::Result<void> header = readHeader();
        if (!header.ok())
            return Core::Result<TweetCsvRow>(header.error());
    }
    if (m_state == State::Finished)
        return std::nullopt;

    for (;;) {
        if (m_readFailed) {
            m_state = State::Finished;
            return Core::Result<TweetCsvRow>(readError());
        }
        if (m_pos >= m_buffer.size()) {
            if (m_atEnd) {
                m_state = State::Finished;
                return std::nullopt;
            }
            fill();
            continue;
        }
        if (m_skipLine) {
            const char *from = m_buffer.constData() + m_pos;
            const auto *newline =
                static_cast<const char *>(std::memchr(from, '\n', size_t(m_buffer.size() - m_pos)));
            if (!newline) {
                m_pos = m_buffer.size(); // dropped by the next fill()
                continue;
            }
            m_pos += newline - from + 1;
            ++m_line;
            m_skipLine = false;
            continue;
        }
        if (m_seekRow) {
            const std::optional<bool> rowStart = rowStartsAt(m_pos);
            if (!rowStart)
                fill();
            else if (*rowStart)
                m_seekRow = false;
            else
                m_skipLine = true;
            continue;
        }

        const Scan scan = scanRecord();
        if (scan == Scan::NeedMore) {
            fill();
            continue;
        }
        if (scan != Scan::Complete) {
            // Drop the broken row's first line, then every line until one looks like a row.
            const qint64 line = m_line;
            m_skipLine = true;
            m_seekRow = true;
            if (scan == Scan::TooLong) {
                return Core::Result<TweetCsvRow>(
                    rowError(line, Tr::tr("the row is far too long to be a tweet."),
                             QStringLiteral("row longer than %1 bytes").arg(kMaxRowBytes)));
            }
            QString detail;
            if (scan == Scan::Unterminated)
                detail = QStringLiteral("quoted field still open at the end of the file");
            else if (scan == Scan::IntoNextRow)
                detail = QStringLiteral("quoted field still open where the row on line %1 starts")
                             .arg(line + m_recordNewlines);
            else
                detail = QStringLiteral("quoted field still open after %1 lines and %2 characters")
                             .arg(kRunawayLines)
                             .arg(kRunawayChars);
            return Core::Result<TweetCsvRow>(
                rowError(line, Tr::tr("a quotation mark opened in it is never closed."), detail));
        }
        // Empty lines, and the ",,,,,," lines spreadsheet tools leave at the end, are not rows.
        bool blank = true;
        for (int i = 0; blank && i < std::min(m_fieldCount, kColumnCount); ++i)
            blank = !m_fields[i].quoted && raw(m_fields[i]).trimmed().isEmpty();
        if (blank) {
            m_pos = m_recordEnd;
            m_line += m_recordNewlines;
            continue;
        }
        Core::Result<TweetCsvRow> row = buildRow();
        m_pos = m_recordEnd;
        m_line += m_recordNewlines;
        return row;
    }
}

// Appends the next chunk of the device to the buffer; false at the end of the data.
bool TweetCsvReader::fill()
{
    if (m_atEnd)
        return false;
    // Only the record being read is kept: memory stays the same whatever the file size.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + kChunkSize);
    qint64 got = m_device.read(m_buffer.data() + kept, kChunkSize);
    // Pipes and sockets may simply have nothing yet.
    while (got == 0 && m_device.isSequential() && m_device.waitForReadyRead(-1))
        got = m_device.read(m_buffer.data() + kept, kChunkSize);
    if (got < 0)
        m_readFailed = true;
    if (got <= 0) {
        m_atEnd = true;
        got = 0;
    }
    m_buffer.resize(kept + got);
    return got > 0;
}

// Splits the record at m_pos into fields without copying. Out of data in mid-record, it asks
// for more and the record is scanned again from its start: records are short, so that is cheap.
TweetCsvReader::Scan TweetCsvReader::scanRecord()
{
    const char *const d = m_buffer.constData();
    const qsizetype n = m_buffer.size();
    const auto needMore = [&] { return n - m_pos > kMaxRowBytes ? Scan::TooLong : Scan::NeedMore; };
    qsizetype i = m_pos;
    qint64 newlines = 0;
    m_fieldCount = 0;
    for (;;) {
        Field field;
        if (i < n && d[i] == '"') {
            field.quoted = true;
            field.begin = ++i;
            qint64 lines = 0;
            qsizetype chars = 0;
            for (;;) {
                if (i >= n)
                    return m_atEnd ? Scan::Unterminated : needMore();
                const char c = d[i];
                if (c == '"') {
                    if (i + 1 >= n && !m_atEnd)
                        return needMore();
                    const char after = i + 1 < n ? d[i + 1] : '\n';
                    if (after == '"') {
                        field.needsUnescape = true;
                        i += 2;
                        ++chars;
                        continue;
                    }
                    if (after == ',' || after == '\n')
                        break;
                    if (after == '\r') {
                        if (i + 2 >= n && !m_atEnd)
                            return needMore();
                        if (i + 2 >= n || d[i + 2] == '\n')
                            break;
                    }
                    // A lone quote inside quoted text stays text: people write "like this".
                    ++i;
                    ++chars;
                    continue;
                }
                if (c == '\n') {
                    ++newlines;
                    if (d[i - 1] == '\r')
                        field.needsUnescape = true;
                    if (++lines >= kRunawayLines && chars > kRunawayChars)
                        return Scan::Runaway;
                    // A quote left open runs into the next row: stop there, not at the next
                    // quote, which would silently merge the two rows.
                    const std::optional<bool> nextRow = rowStartsAt(i + 1);
                    if (!nextRow)
                        return needMore();
                    if (*nextRow) {
                        m_recordNewlines = newlines;
                        return Scan::IntoNextRow;
                    }
                }
                chars += (c & 0xC0) != 0x80;
                ++i;
            }
            field.end = i++; // past the closing quote
            if (i < n && d[i] == '\r')
                ++i;
        } else {
            field.begin = i;
            while (i < n && d[i] != ',' && d[i] != '\n')
                ++i;
            if (i >= n && !m_atEnd)
                return needMore();
            field.end = i;
            if (field.end > field.begin && d[field.end - 1] == '\r' && (i >= n || d[i] == '\n'))
                --field.end;
        }
        if (m_fieldCount < kColumnCount)
            m_fields[m_fieldCount] = field;
        ++m_fieldCount;

        if (i >= n) {
            m_recordEnd = n;
            break;
        }
        if (d[i] == ',') {
            ++i;
            continue;
        }
        ++newlines; // d[i] == '\n'
        m_recordEnd = i + 1;
        break;
    }
    m_recordNewlines = newlines;
    return Scan::Complete;
}

// Whether the line at `at` starts like a row: an id, an author and True/False, each possibly
// quoted. nullopt: the buffer ends before that can be told.
std::optional<bool> TweetCsvReader::rowStartsAt(qsizetype at) const
{
    const QByteArrayView rest = QByteArrayView(m_buffer).sliced(at);
    std::array<QByteArrayView, 3> columns;
    int count = 0;
    for (qsizetype i = 0, start = 0; count < int(columns.size()); ++i) {
        if (i >= rest.size())
            return m_atEnd ? std::optional<bool>(false) : std::nullopt;
        if (i >= kRowStartWindow || rest[i] == '\n')
            return false;
        if (rest[i] == ',') {
            QByteArrayView column = rest.sliced(start, i - start);
            if (column.size() >= 2 && column.front() == '"' && column.back() == '"')
                column = column.sliced(1, column.size() - 2);
            columns[count++] = column;
            start = i + 1;
        }
    }
    return idDigits(columns[TweetId]) > 0 && !columns[AuthorId].trimmed().isEmpty() &&
           !columns[AuthorId].contains('"') && parseInbound(columns[Inbound]).has_value();
}

QByteArrayView TweetCsvReader::raw(const Field &field) const
{
    return QByteArrayView(m_buffer.constData() + field.begin, field.end - field.begin);
}

// The field's text with "" as " and CRLF as LF. A view into m_scratch when anything changed:
// valid until the next call.
QByteArrayView TweetCsvReader::unescaped(const Field &field)
{
    const QByteArrayView bytes = raw(field);
    if (!field.needsUnescape)
        return bytes;
    m_scratch.resize(0);
    m_scratch.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        const char after = i + 1 < bytes.size() ? bytes[i + 1] : '\0';
        if (c == '\r' && after == '\n')
            continue;
        if (c == '"' && after == '"')
            ++i;
        m_scratch.append(c);
    }
    return m_scratch;
}

Core::Result<TweetCsvRow> TweetCsvReader::buildRow()
{
    const qint64 line = m_line;
    if (m_fieldCount != kColumnCount) {
        return rowError(line, Tr::tr("it has %n column(s) instead of 7.", nullptr, m_fieldCount),
                        QStringLiteral("expected 7 fields, found %1").arg(m_fieldCount));
    }
    TweetCsvRow row;
    row.line = line;

    const QByteArrayView tweetId = unescaped(m_fields[TweetId]);
    std::optional<QString> id = normalisedId(tweetId);
    if (!id)
        return badId(line, TweetId, tweetId);
    row.tweetId = std::move(*id);

    const QByteArrayView author = unescaped(m_fields[AuthorId]).trimmed();
    if (!isValidUtf8(author))
        return notUtf8(line, AuthorId);
    if (author.isEmpty()) {
        return rowError(line, Tr::tr("it names no author."), QStringLiteral("author_id is empty"));
    }
    row.authorId = QString::fromUtf8(author);

    const QByteArrayView inbound = unescaped(m_fields[Inbound]);
    const std::optional<bool> isInbound = parseInbound(inbound);
    if (!isInbound) {
        const QString value = u'"' + shown(inbound) + u'"';
        return rowError(line, Tr::tr("%1 in column inbound is neither True nor False.").arg(value),
                        QStringLiteral("inbound ") + value + QStringLiteral(" is not a boolean"));
    }
    row.inbound = *isInbound;

    const QByteArrayView createdAt = unescaped(m_fields[CreatedAt]);
    std::optional<QDateTime> date = parseCreatedAt(createdAt);
    if (!date) {
        const QString value = u'"' + shown(createdAt) + u'"';
        return rowError(
            line, Tr::tr("the date %1 is not like \"Tue Oct 31 22:10:47 +0000 2017\".").arg(value),
            QStringLiteral("created_at ") + value +
                QStringLiteral(" is not \"Ddd Mmm dd hh:mm:ss +hhmm yyyy\""));
    }
    row.createdAt = std::move(*date);

    if (!isValidUtf8(raw(m_fields[Text])))
        return notUtf8(line, Text);
    // The archive keeps X's escapes of &, < and >: the text is stored as the customer wrote it.
    row.text = Sdk::unescapeAmpLtGt(QString::fromUtf8(unescaped(m_fields[Text])));

    // Several replies come as one quoted field: "119,120".
    const QByteArrayView responses = unescaped(m_fields[ResponseIds]);
    for (qsizetype start = 0; start <= responses.size();) {
        qsizetype comma = responses.indexOf(',', start);
        if (comma < 0)
            comma = responses.size();
        const QByteArrayView part = responses.sliced(start, comma - start).trimmed();
        if (!part.isEmpty()) {
            std::optional<QString> responseId = normalisedId(part);
            if (!responseId)
                return badId(line, ResponseIds, part);
            row.responseTweetIds.append(std::move(*responseId));
        }
        start = comma + 1;
    }

    const QByteArrayView inResponseTo = unescaped(m_fields[InResponseTo]).trimmed();
    if (!inResponseTo.isEmpty()) {
        std::optional<QString> parentId = normalisedId(inResponseTo);
        if (!parentId)
            return badId(line, InResponseTo, inResponseTo);
        row.inResponseToTweetId = std::move(*parentId);
    }
    return row;
}

Core::Error TweetCsvReader::readError() const
{
    return {Tr::tr("The tweet archive could not be read: %1").arg(m_device.errorString()),
            QStringLiteral("line %1: read error: %2")
                .arg(QString::number(m_line), m_device.errorString())};
}

} // namespace CareDesk::Ingest

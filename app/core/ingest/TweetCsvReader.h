#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

class QIODevice;

namespace CareDesk::Ingest {

// One tweet from an archive in the common CSV layout:
// tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id
struct TweetCsvRow
{
    qint64 line = 0;              // line number where the row starts (1 = header)
    QString tweetId;              // digits only, "119237.0" already normalised to "119237"
    QString authorId;             // a customer's id, or the brand account's handle
    bool inbound = true;          // true: a customer wrote it; false: the brand account
    QDateTime createdAt;          // UTC
    QString text;                 // as written: line breaks as "\n", "&amp;" as "&"
    QStringList responseTweetIds; // replies to this tweet, possibly none
    QString inResponseToTweetId;  // empty when the tweet starts a conversation
};

// Reads a tweet archive row by row from a device, in constant memory whatever the file size.
// Fields follow RFC 4180 quoting ("" inside quotes, line breaks inside quoted text), with LF
// or CRLF line ends, UTF-8 with or without a byte order mark. A quote left open ends its row
// where the next row starts, or after 10,000 characters and 100 lines, or at 1 MiB: that row
// is reported, and reading resumes at the next line that starts like a row (an id, an author,
// True or False).
class TweetCsvReader final
{
public:
    explicit TweetCsvReader(QIODevice &device);

    // Checks the column names; call it first (next() otherwise does, and returns its error).
    // On error nothing else is read.
    Core::Result<void> readHeader();

    // The next row; std::nullopt at the end of the file. A malformed row (wrong number of
    // fields, bad id, bad date, unterminated quote, invalid UTF-8) comes back as an Error whose
    // detail starts with "line N:"; reading continues with the next row afterwards.
    std::optional<Core::Result<TweetCsvRow>> next();

private:
    struct Field
    {
        qsizetype begin = 0; // raw bytes in m_buffer, enclosing quotes excluded
        qsizetype end = 0;
        bool quoted = false;
        bool needsUnescape = false; // holds "" or CRLF
    };
    enum class Scan { Complete, NeedMore, Runaway, IntoNextRow, Unterminated, TooLong };
    enum class State { Start, Rows, Finished };

    Scan scanRecord();
    bool fill();
    std::optional<bool> rowStartsAt(qsizetype at) const;
    QByteArrayView raw(const Field &field) const;
    QByteArrayView unescaped(const Field &field);
    Core::Result<TweetCsvRow> buildRow();
    Core::Error readError() const;

    QIODevice &m_device;
    QByteArray m_buffer;
    QByteArray m_scratch; // unescaped field, reused from row to row
    qsizetype m_pos = 0;  // start of the next record in m_buffer
    qint64 m_line = 1;    // line number at m_pos
    bool m_atEnd = false; // the device has nothing more to give
    bool m_readFailed = false;
    bool m_skipLine = false; // resynchronising: drop the rest of the current line
    bool m_seekRow = false;  // resynchronising: drop lines until one starts a row
    State m_state = State::Start;
    std::optional<Core::Error> m_headerError;

    // Filled by scanRecord() for a complete record.
    std::array<Field, 7> m_fields;
    int m_fieldCount = 0;
    qsizetype m_recordEnd = 0;
    qint64 m_recordNewlines = 0;
};

} // namespace CareDesk::Ingest

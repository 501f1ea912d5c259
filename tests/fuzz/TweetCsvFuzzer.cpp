// Tweet archives in CSV (ingest/TweetCsvReader.h), handed over in pieces of a size the input
// chooses, like a pipe: rows, quotes and line ends are cut at every place.
#include "FuzzSupport.h"

#include <ingest/TweetCsvReader.h>

#include <QIODevice>

#include <algorithm>

using namespace CareDesk;

namespace {

class TrickleDevice final : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 piece)
        : m_data(std::move(data))
        , m_piece(piece)
    {}
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min({maxSize, m_piece, m_data.size() - m_at});
        std::copy_n(m_data.constData() + m_at, count, data);
        m_at += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_piece;
    qint64 m_at = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte: how many bytes the device gives at a time (1 to 256).
    TrickleDevice device(Fuzz::bytesOf(data + 1, size - 1), qint64(data[0]) + 1);
    device.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    Ingest::TweetCsvReader reader(device);
    if (!reader.readHeader())
        return 0;
    qint64 lastLine = 1;
    size_t rows = 0;
    while (const auto row = reader.next()) {
        Fuzz::check(++rows <= size, "reading ends: never more rows than bytes");
        if (!row->ok()) {
            Fuzz::check(row->error().detail.startsWith(u"line "),
                        "a malformed row says on which line it starts");
            continue;
        }
        Fuzz::check(row->value().line > lastLine, "rows come in the order of their lines");
        Fuzz::check(row->value().createdAt.isValid(), "a row read has its time");
        lastLine = row->value().line;
    }
    Fuzz::check(!reader.next().has_value(), "the end of the archive stays its end");
    return 0;
}

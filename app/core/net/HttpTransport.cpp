#include "HttpTransport.h"

#include <QLocale>
#include <QMetaObject>

#include <curl/curl.h>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace CareDesk::Net {

namespace {

// The status line and headers of one answer, redirects and "100 Continue" included. Platforms
// send a few kilobytes; more is an attempt to fill memory.
constexpr qint64 MAX_HEADER_BYTES = 256 * 1024;

struct CurlGlobal
{
    CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
    ~CurlGlobal() { curl_global_cleanup(); }
};

// "16 MB", "256 KB": the round limits read as they were set.
QString sizeText(qint64 bytes)
{
    constexpr qint64 KIB = 1024;
    const bool whole = bytes % (KIB * KIB) == 0 || (bytes < KIB * KIB && bytes % KIB == 0);
    return QLocale().formattedDataSize(bytes, whole ? 0 : 1, QLocale::DataSizeTraditionalFormat);
}

// Errors after which the request certainly never reached the server.
bool certainlyNotSent(CURLcode code, CURL *easy)
{
    switch (code) {
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
        return true;
    default:
        break;
    }
    curl_off_t sentBytes = 0;
    curl_easy_getinfo(easy, CURLINFO_REQUEST_SIZE, &sentBytes);
    return sentBytes == 0;
}

} // namespace

// Owns the curl multi handle and the thread that drives it.
class HttpTransport::Worker
{
public:
    using Done = std::function<void(Sdk::HttpResponse)>;

    Worker()
    {
        static CurlGlobal global;
        m_multi = curl_multi_init();
        m_thread = std::thread([this] { loop(); });
    }

    ~Worker()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        curl_multi_wakeup(m_multi);
        m_thread.join();
        curl_multi_cleanup(m_multi);
    }

    void submit(const Sdk::HttpRequest &request, Done done)
    {
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back({request, std::move(done)});
        }
        curl_multi_wakeup(m_multi);
    }

private:
    struct Pending
    {
        Sdk::HttpRequest request;
        Done done;
    };
    enum class Refused { No, Body, Headers };
    struct Transfer
    {
        Done done;
        QByteArray method;
        QByteArray body;
        curl_slist *headers = nullptr;
        Sdk::HttpResponse response;
        qint64 maxBodyBytes = 0;
        qint64 headerBytes = 0;
        Refused refused = Refused::No;
    };

    // Called with the body as decompressed: a small gzip body that expands past the limit is
    // refused as well.
    static size_t onBody(char *data, size_t size, size_t count, void *userData)
    {
        auto *transfer = static_cast<Transfer *>(userData);
        const auto bytes = static_cast<qint64>(size * count);
        if (transfer->response.body.size() + bytes > transfer->maxBodyBytes) {
            transfer->refused = Refused::Body;
            return 0; // libcurl stops the transfer
        }
        transfer->response.body.append(data, static_cast<qsizetype>(bytes));
        return size * count;
    }

    static size_t onHeader(char *data, size_t size, size_t count, void *userData)
    {
        auto *transfer = static_cast<Transfer *>(userData);
        transfer->headerBytes += static_cast<qint64>(size * count);
        if (transfer->headerBytes > MAX_HEADER_BYTES) {
            transfer->refused = Refused::Headers;
            return 0;
        }
        const QByteArray line = QByteArray(data, static_cast<qsizetype>(size * count)).trimmed();
        if (line.startsWith("HTTP/"))
            transfer->response.headers.clear(); // a redirect or 100-continue came first
        else if (const qsizetype colon = line.indexOf(':'); colon > 0)
            transfer->response.headers.append(
                {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        return size * count;
    }

    void startTransfer(Pending pending)
    {
        CURL *easy = curl_easy_init();
        auto transfer = std::make_unique<Transfer>();
        transfer->done = std::move(pending.done);
        transfer->method = pending.request.method.toUpper();
        transfer->body = pending.request.body;
        transfer->maxBodyBytes = pending.request.maxResponseBytes > 0
                                     ? pending.request.maxResponseBytes
                                     : Sdk::HttpRequest().maxResponseBytes;
        const QByteArray url = pending.request.url.toEncoded();
        curl_easy_setopt(easy, CURLOPT_URL, url.constData()); // copied by libcurl
        curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(pending.request.timeoutMs));
        curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS,
                         std::min(10000L, static_cast<long>(pending.request.timeoutMs)));
        curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, ""); // gzip and friends, as offered
        // Refused from Content-Length before any of the body is read; bodies of unknown length
        // are counted in onBody.
        curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE,
                         static_cast<curl_off_t>(transfer->maxBodyBytes));
        curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &Worker::onBody);
        curl_easy_setopt(easy, CURLOPT_WRITEDATA, transfer.get());
        curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &Worker::onHeader);
        curl_easy_setopt(easy, CURLOPT_HEADERDATA, transfer.get());
        curl_easy_setopt(easy, CURLOPT_PRIVATE, transfer.get());
        if (transfer->method == "GET") {
            curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
        } else {
            curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, transfer->method.constData());
            // On a kept-alive connection that the server closed without answering, libcurl
            // sends the request again by itself. A request that changes something (a reply, a
            // note) must reach the platform once: it gets a connection of its own, and an
            // unanswered one is reported as uncertain instead.
            curl_easy_setopt(easy, CURLOPT_FRESH_CONNECT, 1L);
            if (transfer->method != "DELETE" || !transfer->body.isEmpty()) {
                curl_easy_setopt(easy, CURLOPT_POSTFIELDS, transfer->body.constData());
                curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE,
                                 static_cast<curl_off_t>(transfer->body.size()));
            }
        }
        // An empty Expect: sends bodies at once instead of waiting for "100 Continue".
        transfer->headers = curl_slist_append(transfer->headers, "Expect:");
        for (const auto &[name, value] : pending.request.headers)
            transfer->headers =
                curl_slist_append(transfer->headers, QByteArray(name + ": " + value).constData());
        curl_easy_setopt(easy, CURLOPT_HTTPHEADER, transfer->headers);
        curl_multi_add_handle(m_multi, easy);
        m_transfers.emplace(easy, std::move(transfer));
    }

    static QString refusal(const Transfer &transfer)
    {
        if (transfer.refused == Refused::Headers)
            return HttpTransport::tr("The answer's headers were larger than %1; it was not read.")
                .arg(sizeText(MAX_HEADER_BYTES));
        return HttpTransport::
            tr("The answer was larger than %1, the most CareDesk accepts here; it was not read.")
                .arg(sizeText(transfer.maxBodyBytes));
    }

    void finish(CURL *easy, CURLcode code)
    {
        auto node = m_transfers.extract(easy);
        Transfer &transfer = *node.mapped();
        if (code == CURLE_OK) {
            long status = 0;
            curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
            transfer.response.status = static_cast<int>(status);
        } else {
            transfer.response.status = 0;
            transfer.response.body.clear();
            transfer.response.headers.clear();
            if (code == CURLE_FILESIZE_EXCEEDED)
                transfer.refused = Refused::Body;
            transfer.response.transportError = transfer.refused == Refused::No
                                                   ? QString::fromUtf8(curl_easy_strerror(code))
                                                   : refusal(transfer);
            // A refused answer was an answer: the server had the request.
            transfer.response.requestMayHaveBeenSent =
                transfer.refused != Refused::No || !certainlyNotSent(code, easy);
        }
        curl_multi_remove_handle(m_multi, easy);
        curl_easy_cleanup(easy);
        curl_slist_free_all(transfer.headers);
        transfer.done(std::move(transfer.response));
    }

    void loop()
    {
        for (;;) {
            std::deque<Pending> arrived;
            {
                std::lock_guard lock(m_mutex);
                if (m_stopping)
                    break;
                arrived.swap(m_queue);
            }
            for (Pending &pending : arrived)
                startTransfer(std::move(pending));
            int running = 0;
            curl_multi_perform(m_multi, &running);
            while (CURLMsg *message = curl_multi_info_read(m_multi, &running)) {
                if (message->msg == CURLMSG_DONE)
                    finish(message->easy_handle, message->data.result);
            }
            curl_multi_poll(m_multi, nullptr, 0, 1000, nullptr);
        }
        // Stopping: whoever still waits hears that the transfer was abandoned.
        while (!m_transfers.empty())
            finish(m_transfers.begin()->first, CURLE_ABORTED_BY_CALLBACK);
    }

    CURLM *m_multi = nullptr;
    std::thread m_thread;
    std::mutex m_mutex;
    std::deque<Pending> m_queue;
    bool m_stopping = false;
    std::unordered_map<CURL *, std::unique_ptr<Transfer>> m_transfers; // worker thread only
};

HttpTransport::HttpTransport(QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<Worker>())
{
    qRegisterMetaType<CareDesk::Sdk::HttpResponse>();
}

HttpTransport::~HttpTransport() = default;

quint64 HttpTransport::start(const Sdk::HttpRequest &request)
{
    static std::atomic<quint64> lastId{0};
    const quint64 id = ++lastId;
    m_worker->submit(request, [this, id](Sdk::HttpResponse response) {
        QMetaObject::invokeMethod(
            this, [this, id, response = std::move(response)] { Q_EMIT finished(id, response); },
            Qt::QueuedConnection);
    });
    return id;
}

Sdk::HttpResponse HttpTransport::run(const Sdk::HttpRequest &request)
{
    auto answer = std::make_shared<std::promise<Sdk::HttpResponse>>();
    std::future<Sdk::HttpResponse> response = answer->get_future();
    m_worker->submit(request,
                     [answer](Sdk::HttpResponse result) { answer->set_value(std::move(result)); });
    return response.get();
}

} // namespace CareDesk::Net

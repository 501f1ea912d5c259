// Outbound HTTP for the engine: platform APIs, OAuth and the team server's REST API.
// May use Qt Core, libcurl and the plugin SDK's request and response types, nothing else.
#pragma once

#include <sdk/ChannelPlugin.h>

#include <QObject>

#include <memory>

namespace CareDesk::Net {

// HTTP for connectors and the sync client, on libcurl, on a thread of its own: requests from any
// thread are run side by side there (keep-alive connections are reused), and nothing waits on the
// network on the caller's thread unless it asks to with run(). An answer larger than the
// request's maxResponseBytes, or with more than 256 KB of headers, is refused as it arrives.
class HttpTransport final : public QObject
{
    Q_OBJECT

public:
    explicit HttpTransport(QObject *parent = nullptr);
    ~HttpTransport() override;

    // Starts a request; its answer arrives by finished(), queued to this object's thread.
    quint64 start(const Sdk::HttpRequest &request);
    // Runs a request and waits for its answer. Any thread but the transport's own.
    Sdk::HttpResponse run(const Sdk::HttpRequest &request);

Q_SIGNALS:
    void finished(quint64 requestId, const CareDesk::Sdk::HttpResponse &response);

private:
    class Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace CareDesk::Net

Q_DECLARE_METATYPE(CareDesk::Sdk::HttpResponse)

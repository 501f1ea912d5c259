// What the server benchmarks share: percentiles, and HTTP/1.1 requests on blocking sockets
// from threads of their own.
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

class QTcpSocket;

namespace CareDesk::BenchSupport {

// The value below which `p` percent of `values` lie (0 for none).
double percentile(std::vector<double> values, double p);

// One request on a keep-alive connection to 127.0.0.1:`port`, opened first when it is not (from
// the loopback address `source` when one is given); the status, or 0 when it failed or closed.
// `body` is sent as JSON, `token` as a bearer token; the answer's body goes to `answerBody`.
int request(QTcpSocket &socket, const QString &source, quint16 port, const QByteArray &method,
            const QByteArray &path, const QByteArray &body = {}, const QByteArray &token = {},
            QByteArray *answerBody = nullptr);

} // namespace CareDesk::BenchSupport

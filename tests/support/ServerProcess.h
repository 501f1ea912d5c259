#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace CareDesk::Testing {

// A caredesk-server started from the build tree on a free loopback port, stopped (or killed)
// by the test. Its output is kept for the failure message.
class ServerProcess
{
public:
    // `arguments` choose the database (--data DIR or --database URL); --listen `listen` is added.
    explicit ServerProcess(const QStringList &arguments,
                           const QString &listen = QStringLiteral("127.0.0.1:0"));
    ~ServerProcess();

    bool started() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QString output() const;
    // SIGKILL: no shutdown code runs, as when the machine loses power under the process.
    void kill();

private:
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_output;
};

// A database of its own on the PostgreSQL cluster the test run started
// (CAREDESK_TEST_POSTGRES_URL), dropped afterwards. `url` is empty when there is no cluster.
class ScratchPostgres
{
public:
    ScratchPostgres();
    ~ScratchPostgres();
    QString url() const { return m_url; }

private:
    QString m_name;
    QString m_url;
};

} // namespace CareDesk::Testing

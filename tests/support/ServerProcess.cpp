#include "ServerProcess.h"

#include "TestSupport.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace CareDesk::Testing {

ServerProcess::ServerProcess(const QStringList &arguments, const QString &listen)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(programPath(QStringLiteral("caredesk-server")),
                    arguments + QStringList{QStringLiteral("--listen"), listen});
    static const QRegularExpression listening(
        QStringLiteral("listening on https?://[^/\\s]+:(\\d+)/"));
    waitUntil(
        [&] {
            m_output += m_process.readAll();
            const auto match = listening.match(QString::fromUtf8(m_output));
            if (match.hasMatch())
                m_port = static_cast<quint16>(match.captured(1).toUInt());
            return m_port != 0 || m_process.state() == QProcess::NotRunning;
        },
        30000);
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString ServerProcess::output() const
{
    return QString::fromUtf8(m_output);
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

namespace {

bool runOnCluster(const QString &statement)
{
    const QUrl base(qEnvironmentVariable("CAREDESK_TEST_POSTGRES_URL"));
    const QString connection =
        QStringLiteral("scratch-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(base.host());
        db.setPort(base.port(5432));
        db.setUserName(base.userName());
        db.setDatabaseName(base.path().mid(1));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok)
                qWarning() << statement << query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace

ScratchPostgres::ScratchPostgres()
{
    const QString base = qEnvironmentVariable("CAREDESK_TEST_POSTGRES_URL");
    if (base.isEmpty())
        return;
    m_name = QStringLiteral("caredesk_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    if (!runOnCluster(QStringLiteral("CREATE DATABASE ") + m_name))
        return;
    QUrl url(base);
    url.setPath(QLatin1Char('/') + m_name);
    m_url = url.toString();
}

ScratchPostgres::~ScratchPostgres()
{
    if (!m_url.isEmpty())
        runOnCluster(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

} // namespace CareDesk::Testing

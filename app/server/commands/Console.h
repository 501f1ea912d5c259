#pragma once

#include <QString>
#include <QTextStream>

namespace CareDesk::Server::Console {

// What a command tells its user: results on standard output, problems on standard error.

inline void say(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

// A warning the operator must not miss, on standard error.
inline void warn(const QString &line)
{
    QTextStream(stderr) << line << Qt::endl;
}

// Says what went wrong and gives the exit code to end with.
inline int fail(int exitCode, const QString &line)
{
    QTextStream(stderr) << line << Qt::endl;
    return exitCode;
}

// The first line of standard input: where passwords come from, so that they never show in
// the process list or the shell history.
inline QByteArray firstLineOfInput()
{
    return QTextStream(stdin).readLine().toUtf8();
}

} // namespace CareDesk::Server::Console

#pragma once

#include "support/CatchQt.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace CareDesk::Testing {

// A fresh folder per test, removed afterwards: each test gets its own workspace or database.
class TempWorkspace
{
public:
    TempWorkspace();
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    void write(const QString &name, const QByteArray &contents) const;

private:
    QTemporaryDir m_dir;
};

struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

// Runs one of the project's programs from the build tree and waits for it.
ProcessResult runProgram(const QString &name, const QStringList &arguments, int timeoutMs = 60000,
                         const QByteArray &input = {});
QString programPath(const QString &name);

// Spins the event loop until `done` returns true or the time is up. Returns `done()`.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 10000);

QByteArray readFile(const QString &path);

} // namespace CareDesk::Testing

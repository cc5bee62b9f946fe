#pragma once

// Runs a program the way a shell or a pipeline would and keeps what it printed: the command line
// tests all start factdesk-cli through these.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace FactDesk::Testing {

struct CliRun
{
    int exitCode = -1; ///< -1 when it did not start or did not finish in time, -2 when it crashed
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

inline CliRun runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForStarted())
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // Two minutes: a sanitizer build on a busy machine, never a hang left running.
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

#ifdef FACTDESK_CLI_PATH
inline CliRun runCli(const QStringList &arguments, const QByteArray &input = {})
{
    return runProgram(QStringLiteral(FACTDESK_CLI_PATH), arguments, input);
}
#endif

} // namespace FactDesk::Testing

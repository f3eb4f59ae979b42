#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/**
 * The built `teamlens` binary run as a script would run it: headless (no display variables), a
 * fixed UTF-8 locale, and HOME and the XDG folders inside the test's temporary folder so nothing
 * of the user's settings or profiles leaks in.
 */
namespace CliProcess {

struct Result
{
    int exitCode = -1; // -2 when the process crashed, -1 when it timed out
    QString out;
    QString err;
};

QProcessEnvironment environment(const QString &home);

/** Runs TEAMLENS_BINARY with arguments (the command first) and waits up to two minutes. */
Result run(const QStringList &arguments, const QString &home);

} // namespace CliProcess

#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * Shared plumbing for the benchmarks: generating (or reusing) demo stores of a given size with the
 * real `teamlens demo-data` command, running each measurement in a fresh child process (so peak RSS
 * belongs to one run), and reporting medians of several runs side by side with a baseline.
 */
namespace BenchSupport {

/** Returns the path of a demo store with `tickets` tickets in dataDir, generating it if missing. */
QString ensureStore(const QString &dataDir, qint64 tickets, QString *error);

/** Peak resident set size of this process so far, in MiB. */
double peakRssMiB();

/** Runs this executable again with childArguments and returns the JSON object it printed last. */
QJsonObject runChild(const QStringList &childArguments, QString *error);

double median(QList<double> values);

/** Milliseconds since the timer started, with sub-millisecond precision. */
inline double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace BenchSupport

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

#include <sys/resource.h>

QString BenchSupport::ensureStore(const QString &dataDir, qint64 tickets, QString *error)
{
    QDir().mkpath(dataDir);
    const QString label
        = tickets % 1000000 == 0 ? QStringLiteral("%1m").arg(tickets / 1000000) : QString::number(tickets);
    const QString path = QDir(dataDir).filePath(QStringLiteral("bench-%1.sqlite").arg(label));
    if (QFileInfo::exists(path))
        return path;

    // A large center: 500 agents over a year; a lighter conversation share keeps 10M on disk sane.
    QTextStream(stderr) << "Generating " << path << " (" << tickets << " tickets)…" << Qt::endl;
    QProcess generator;
    generator.setProcessChannelMode(QProcess::ForwardedChannels);
    generator.start(QStringLiteral(TEAMLENS_BINARY),
                    { QStringLiteral("demo-data"), QStringLiteral("--out"), path, QStringLiteral("--tickets"),
                      QString::number(tickets), QStringLiteral("--agents"), QStringLiteral("500"),
                      QStringLiteral("--days"), QStringLiteral("365"), QStringLiteral("--seed"),
                      QStringLiteral("42"), QStringLiteral("--end-date"), QStringLiteral("2026-10-31"),
                      QStringLiteral("--conversation-share"), QStringLiteral("0.3") });
    if (!generator.waitForFinished(-1) || generator.exitCode() != 0) {
        *error = QStringLiteral("generating %1 failed").arg(path);
        return {};
    }
    return path;
}

double BenchSupport::peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

QJsonObject BenchSupport::runChild(const QStringList &childArguments, QString *error)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), childArguments);
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        *error = QStringLiteral("child %1 failed: %2")
                     .arg(childArguments.join(u' '), QString::fromLocal8Bit(child.readAllStandardError()));
        return {};
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    const QJsonDocument document = QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last());
    if (!document.isObject())
        *error = QStringLiteral("child printed no JSON result");
    return document.object();
}

double BenchSupport::median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

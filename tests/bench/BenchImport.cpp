// Benchmark (not a test): importing 1M ticket rows, side by side with the sqlite3 shell.
//
//   ours       `teamlens import --profile teamlens-tickets` of a 1M-row CSV into a copy of a
//              1M-ticket (or --store-tickets) demo store (all indexes in place): read, map, validate every
//              row, SLA due times, upsert by (source, external id), one transaction
//   reimport   the same file again into the same store: every row compared, nothing written
//   baseline   `sqlite3 bare.db ".import --csv FILE bare"`: the shell's import of the same file
//              into a new table without indexes, types or checks
//   floor      the sqlite3 shell copying those bare rows into a copy of the same store in one
//              INSERT … SELECT (dates converted, agents looked up, checks off): what SQLite itself
//              needs to add the rows to the tickets table and its indexes, with no parsing or
//              validation at all. No importer into this schema can beat it.
//   unindexed  the same floor into a copy whose tickets table keeps only its unique key (the nine
//              secondary indexes dropped, untimed, before the run): how much of the floor is
//              index upkeep, and what the fastest import into this table could be without it.
// Every figure is the wall time of a fresh child process; the report gives medians of several
// runs, alternating ours and the baseline so machine noise hits both alike.
//
// Usage: bench_import [--rows 1000000] [--runs 3] [--store-tickets 1000000|10000000] [--data-dir DIR]

#include "BenchSupport.h"

#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <random>

namespace {

QStringList agentNames(const QString &storePath)
{
    QStringList names;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("names"));
        db.setDatabaseName(storePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(QStringLiteral("SELECT name FROM agents ORDER BY id"), db);
            while (query.next())
                names.append(query.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("names"));
    return names;
}

/** A deterministic export in the teamlens-tickets layout: plausible values, every field filled. */
QString ensureImportFile(const QString &dataDir, qint64 rows, const QStringList &agents, QString *error)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("import-%1.csv").arg(rows));
    if (QFileInfo::exists(path))
        return path;
    QTextStream(stderr) << "Writing " << path << "…" << Qt::endl;
    QFile file(path + QStringLiteral(".partial"));
    if (!file.open(QIODevice::WriteOnly) || agents.isEmpty()) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return {};
    }
    static const char *const platforms[] = { "taobao", "jd", "pdd", "douyin", "own" };
    static const char *const channels[] = { "chat", "phone", "email", "social", "form" };
    static const char *const types[]
        = { "consultation", "complaint", "return", "exchange", "repair", "refund", "logistics" };
    static const char *const categories[] = { "product", "service", "logistics", "other" };
    static const char *const statuses[] = { "new", "open", "pending", "escalated", "resolved", "closed" };
    std::mt19937_64 random(20261123);
    QByteArray buffer;
    buffer.reserve(1 << 22);
    buffer += "external_id,platform,channel,type,category,priority,status,tier,agent,order_id,order_amount,"
              "created_at,first_response_at,resolved_at,closed_at,reopen_count,escalated,handle_seconds,"
              "csat_score,tags\r\n";
    const QDateTime start(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 created = start.toSecsSinceEpoch() + i * 2 + qint64(random() % 2);
        const qint64 firstResponse = created + 20 + qint64(random() % 1800);
        const qint64 resolved = firstResponse + qint64(random() % 36000);
        const auto iso = [](qint64 t) {
            return QDateTime::fromSecsSinceEpoch(t, Qt::UTC)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                .toLatin1();
        };
        buffer += "EXP-" + QByteArray::number(i + 1) + ',' + platforms[random() % 5] + ','
            + channels[random() % 5] + ',' + types[random() % 7] + ',' + categories[random() % 4] + ",normal,"
            + statuses[random() % 6] + ",L1,\""
            + agents.at(qsizetype(random() % quint64(agents.size()))).toUtf8() + "\",O"
            + QByteArray::number(qulonglong(random() % 9000000000ULL) + 1000000000ULL) + ','
            + QByteArray::number(double(random() % 100000) / 100.0, 'f', 2) + ',' + iso(created) + ','
            + iso(firstResponse) + ',' + iso(resolved) + ',' + iso(resolved + 60) + ','
            + QByteArray::number(qulonglong(random() % 3 == 0)) + ",0,"
            + QByteArray::number(qulonglong(random() % 900)) + ','
            + QByteArray::number(qulonglong(1 + random() % 5)) + ",bench\r\n";
        if (buffer.size() > (1 << 22) - 1024) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    file.close();
    QFile::remove(path);
    if (!file.rename(path)) {
        *error = QStringLiteral("cannot rename %1").arg(file.fileName());
        return {};
    }
    return path;
}

/** Runs a program, returns wall seconds (or -1) and its standard output. */
double timedRun(const QString &program, const QStringList &arguments, QByteArray *output, QString *error)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error
            = QStringLiteral("%1 %2 failed: %3")
                  .arg(program, arguments.join(u' '), QString::fromLocal8Bit(process.readAllStandardError()));
        return -1;
    }
    const double seconds = BenchSupport::elapsedMs(timer) / 1000.0;
    if (output)
        *output = process.readAllStandardOutput();
    return seconds;
}

/** A fresh copy of the store, already migrated so the timed import does not migrate it. */
bool prepareStoreCopy(const QString &store, const QString &copy, QString *error)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(copy + suffix);
    if (!QFile::copy(store, copy)) {
        *error = QStringLiteral("cannot copy %1").arg(store);
        return false;
    }
    StoreOptions options;
    options.path = copy;
    StoreError storeError;
    auto opened = Store::open(options, &storeError);
    if (!opened) {
        *error = storeError.message;
        return false;
    }
    opened->releaseThreadConnection();
    if (!opened->backupPath().isEmpty())
        QFile::remove(opened->backupPath());
    return true;
}

/** Drops the tickets table's secondary indexes, keeping only the unique (source, external id) key. */
bool dropSecondaryTicketIndexes(const QString &storePath, QString *error)
{
    bool dropped = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("unindexed"));
        db.setDatabaseName(storePath);
        if (db.open()) {
            QStringList names;
            QSqlQuery query(db);
            // Indexes with SQL are the CREATE INDEX ones; the UNIQUE constraint's index has none.
            query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                      "AND tbl_name = 'tickets' AND sql IS NOT NULL"));
            while (query.next())
                names.append(query.value(0).toString());
            dropped = !names.isEmpty();
            for (const QString &name : std::as_const(names))
                dropped = dropped && query.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("unindexed"));
    if (!dropped)
        *error = QStringLiteral("cannot drop the ticket indexes in %1").arg(storePath);
    return dropped;
}

/** The floor run's SQL: the bare table's rows into the store's tickets table, set-based. */
QString floorSql(const QString &bare)
{
    return QStringLiteral(
               "PRAGMA cache_size = -262144; PRAGMA ignore_check_constraints = ON; ATTACH '%1' AS b; "
               "CREATE TEMP TABLE agent_ids AS SELECT name, MIN(id) AS id FROM agents GROUP BY name; "
               "CREATE UNIQUE INDEX temp.agent_ids_name ON agent_ids(name); BEGIN; "
               "INSERT INTO tickets (source_system, external_id, platform, channel, type, category, "
               "priority, status, tier, agent_id, order_id, order_amount_cents, created_at, "
               "first_response_at, resolved_at, closed_at, reopen_count, escalated, handle_seconds, "
               "csat_score, tags) "
               "SELECT 'floor', external_id, platform, channel, type, category, priority, status, tier, "
               "(SELECT id FROM agent_ids WHERE agent_ids.name = bare.agent), order_id, "
               "CAST(order_amount * 100 AS INTEGER), unixepoch(created_at), unixepoch(first_response_at), "
               "unixepoch(resolved_at), unixepoch(closed_at), reopen_count, escalated, handle_seconds, "
               "csat_score, tags FROM b.bare; COMMIT;")
        .arg(bare);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows in the import file."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs."), QStringLiteral("N"),
                                        QStringLiteral("3"));
    const QCommandLineOption storeOption(QStringLiteral("store-tickets"),
                                         QStringLiteral("Tickets in the store imported into (1M or 10M)."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption dataOption(QStringLiteral("data-dir"),
                                        QStringLiteral("Where stores and files live."), QStringLiteral("DIR"),
                                        QStringLiteral("bench-data"));
    parser.addOptions({ rowsOption, runsOption, storeOption, dataOption });
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const int runs = qMax(1, parser.value(runsOption).toInt());
    QTextStream out(stdout);
    QString error;

    const qint64 storeTickets = parser.value(storeOption).toLongLong();
    const QString store = BenchSupport::ensureStore(parser.value(dataOption), storeTickets, &error);
    const QString source = store.isEmpty()
        ? QString()
        : ensureImportFile(parser.value(dataOption), rows, agentNames(store), &error);
    QTemporaryDir work(QDir(parser.value(dataOption)).filePath(QStringLiteral("bench-import-XXXXXX")));
    if (source.isEmpty() || !work.isValid()) {
        QTextStream(stderr) << "bench_import: " << error << Qt::endl;
        return 1;
    }
    const QString copy = work.filePath(QStringLiteral("store.sqlite"));
    const QString bare = work.filePath(QStringLiteral("bare.sqlite"));

    QList<double> ours, reimport, baseline, floor, unindexed;
    for (int run = 0; run < runs; ++run) {
        if (!prepareStoreCopy(store, copy, &error))
            break;
        QByteArray output;
        const QStringList importArguments = {
            QStringLiteral("import"),           QStringLiteral("--db"),   copy,  QStringLiteral("--profile"),
            QStringLiteral("teamlens-tickets"), QStringLiteral("--json"), source
        };
        const double first = timedRun(QStringLiteral(TEAMLENS_BINARY), importArguments, &output, &error);
        const QJsonObject summary = QJsonDocument::fromJson(output).object();
        if (first < 0 || summary.value(QStringLiteral("imported")).toInteger() != rows) {
            error += QStringLiteral(" (imported %1 of %2)")
                         .arg(summary.value(QStringLiteral("imported")).toInteger())
                         .arg(rows);
            break;
        }
        const double again = timedRun(QStringLiteral(TEAMLENS_BINARY), importArguments, &output, &error);
        if (again < 0
            || QJsonDocument::fromJson(output).object().value(QStringLiteral("unchanged")).toInteger()
                != rows)
            break;
        QFile::remove(bare);
        const double shell
            = timedRun(QStringLiteral("sqlite3"),
                       { bare, QStringLiteral(".import --csv %1 bare").arg(source) }, nullptr, &error);
        if (shell < 0 || !prepareStoreCopy(store, copy, &error))
            break;
        const double indexFloor
            = timedRun(QStringLiteral("sqlite3"), { copy, floorSql(bare) }, nullptr, &error);
        if (indexFloor < 0 || !prepareStoreCopy(store, copy, &error)
            || !dropSecondaryTicketIndexes(copy, &error))
            break;
        const double uniqueKeyOnly
            = timedRun(QStringLiteral("sqlite3"), { copy, floorSql(bare) }, nullptr, &error);
        if (uniqueKeyOnly < 0)
            break;
        ours.append(first);
        reimport.append(again);
        baseline.append(shell);
        floor.append(indexFloor);
        unindexed.append(uniqueKeyOnly);
        QTextStream(stderr) << "run " << run + 1 << ": ours " << first << " s, re-import " << again
                            << " s, sqlite3 .import " << shell << " s, sqlite3 floor " << indexFloor
                            << " s, unindexed floor " << uniqueKeyOnly << " s" << Qt::endl;
    }
    if (ours.size() != runs) {
        QTextStream(stderr) << "bench_import: " << error << Qt::endl;
        return 1;
    }
    const double oursS = BenchSupport::median(ours), reimportS = BenchSupport::median(reimport),
                 baselineS = BenchSupport::median(baseline), floorS = BenchSupport::median(floor),
                 unindexedS = BenchSupport::median(unindexed);
    out << "Import of " << rows << " ticket rows into a store of " << storeTickets << " tickets, median of "
        << runs << " runs\n";
    out << QStringLiteral("  %1 %2 s %3 rows/s\n")
               .arg(QStringLiteral("teamlens import"), -26)
               .arg(oursS, 7, 'f', 2)
               .arg(rows / oursS, 10, 'f', 0);
    out << QStringLiteral("  %1 %2 s %3 rows/s\n")
               .arg(QStringLiteral("re-import (unchanged)"), -26)
               .arg(reimportS, 7, 'f', 2)
               .arg(rows / reimportS, 10, 'f', 0);
    out << QStringLiteral("  %1 %2 s %3 rows/s\n")
               .arg(QStringLiteral("sqlite3 .import (bare)"), -26)
               .arg(baselineS, 7, 'f', 2)
               .arg(rows / baselineS, 10, 'f', 0);
    out << QStringLiteral("  %1 %2 s %3 rows/s\n")
               .arg(QStringLiteral("sqlite3 floor (indexed)"), -26)
               .arg(floorS, 7, 'f', 2)
               .arg(rows / floorS, 10, 'f', 0);
    out << QStringLiteral("  %1 %2 s %3 rows/s\n")
               .arg(QStringLiteral("sqlite3 floor (unique key)"), -26)
               .arg(unindexedS, 7, 'f', 2)
               .arg(rows / unindexedS, 10, 'f', 0);
    out << QStringLiteral("  teamlens / sqlite3 .import speed ratio: %1\n").arg(baselineS / oursS, 0, 'f', 2);
    out << QStringLiteral("  teamlens / sqlite3 floor speed ratio:   %1\n").arg(floorS / oursS, 0, 'f', 2);
    return 0;
}

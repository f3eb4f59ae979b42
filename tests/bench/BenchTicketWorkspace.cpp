// Benchmark (not a test): the ticket workspace on 1M- and 10M-ticket demo stores.
//
// Steps, each timed until the rows are in the model and the view has painted them:
//   open      store open → first page of the ticket table shown
//   middle    scroll to the middle row
//   end       scroll to the last row
//   filter    filter on one platform → first page shown (and, separately, its count known)
//   sort      sort on a non-key column (status) → first page shown
// plus peak RSS. Each run is a fresh child process; the report gives medians of several runs next
// to a baseline measured the same way: the straightforward LIMIT/OFFSET paging with COUNT(*) that a
// QSqlQuery-based table would do, on the same store.
//
// Usage: bench_ticket_workspace [--sizes 1000000,10000000] [--runs 5] [--data-dir DIR]

#include "BenchSupport.h"

#include "services/ServiceContext.h"
#include "store/Store.h"
#include "tickets/TicketTableModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTextStream>
#include <QThread>

#include <functional>

namespace {

const QStringList Steps
    = { QStringLiteral("open"),   QStringLiteral("middle"),       QStringLiteral("end"),
        QStringLiteral("filter"), QStringLiteral("filter_count"), QStringLiteral("sort") };

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
        if (!done())
            QThread::usleep(200);
    }
    QCoreApplication::processEvents(); // let the view paint what arrived
    return true;
}

std::unique_ptr<Store> openStore(const QString &path)
{
    StoreOptions options;
    options.path = path;
    StoreError error;
    auto store = Store::open(options, &error);
    if (!store)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error.message));
    return store;
}

// The workspace as the user meets it: the real model in a shown table view.
QJsonObject measureWorkspace(const QString &path)
{
    QJsonObject result;
    QElapsedTimer timer;
    timer.start();
    auto store = openStore(path);
    ServiceContext context(*store, ActingUser::localOperator(QStringLiteral("bench")));
    auto *model = new TicketTableModel(context);
    QTableView view;
    view.resize(1400, 800);
    view.setModel(model);
    view.show();

    bool firstBlockArrived = false;
    QObject::connect(model, &TicketTableModel::rowsLoaded, model, [&](int first, int) {
        if (first == 0)
            firstBlockArrived = true;
    });
    auto waitForFirstPage = [&] {
        return waitUntil([&] { return firstBlockArrived; });
    };

    if (!waitForFirstPage())
        qFatal("first page never arrived");
    result[QStringLiteral("open")] = BenchSupport::elapsedMs(timer);
    if (!waitUntil([&] { return model->isCountKnown(); }))
        qFatal("count never arrived");
    const qint64 rows = model->totalCount();
    result[QStringLiteral("rows")] = double(rows);

    auto scrollTo = [&](int row) {
        QElapsedTimer stepTimer;
        stepTimer.start();
        view.scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
        model->ensureRowLoaded(row);
        if (!waitUntil([&] { return model->isRowLoaded(row); }))
            qFatal("row %d never arrived", row);
        return BenchSupport::elapsedMs(stepTimer);
    };
    result[QStringLiteral("middle")] = scrollTo(int(rows / 2));
    result[QStringLiteral("end")] = scrollTo(int(rows - 1));

    TicketFilter filter;
    filter.platforms = { Platform::Jd };
    firstBlockArrived = false;
    timer.restart();
    model->setFilter(filter);
    if (!waitForFirstPage())
        qFatal("filtered first page never arrived");
    result[QStringLiteral("filter")] = BenchSupport::elapsedMs(timer);
    if (!waitUntil([&] { return model->isCountKnown(); }))
        qFatal("filtered count never arrived");
    result[QStringLiteral("filter_count")] = BenchSupport::elapsedMs(timer);

    model->setFilter(TicketFilter());
    waitUntil([&] { return model->isCountKnown(); });
    firstBlockArrived = false;
    timer.restart();
    model->sort(TicketTableModel::StatusColumn, Qt::AscendingOrder);
    if (!waitForFirstPage())
        qFatal("sorted first page never arrived");
    result[QStringLiteral("sort")] = BenchSupport::elapsedMs(timer);

    result[QStringLiteral("rss_mib")] = BenchSupport::peakRssMiB();
    view.setModel(nullptr);
    delete model; // stops the workers before the store goes
    return result;
}

// The baseline: what a plain QSqlQuery table does — COUNT(*) for the scroll bar, LIMIT/OFFSET pages.
QJsonObject measureBaseline(const QString &path)
{
    static const QString columns = QStringLiteral(
        "SELECT t.id, t.external_id, t.created_at, t.platform, t.channel, t.type, t.category, t.priority, "
        "t.status, t.tier, a.name, tm.name, t.order_id, t.first_response_at, t.first_response_due_at, "
        "t.resolved_at, t.csat_score FROM tickets t LEFT JOIN agents a ON a.id = t.agent_id "
        "LEFT JOIN teams tm ON tm.id = t.team_id ");
    constexpr int page = TicketTableModel::defaultBlockSize;

    QJsonObject result;
    QElapsedTimer timer;
    timer.start();
    auto store = openStore(path);
    QSqlDatabase db = store->connection();
    auto scalar = [&](const QString &sql) {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.value(0).toLongLong();
    };
    auto fetchPage = [&](const QString &where, const QString &order, qint64 offset) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        const QString sql = columns + where + QStringLiteral(" ORDER BY ") + order
            + QStringLiteral(" LIMIT %1 OFFSET %2").arg(page).arg(offset);
        if (!query.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        int fetched = 0;
        while (query.next())
            ++fetched;
        return fetched;
    };
    const QString byCreated = QStringLiteral("t.created_at DESC, t.id DESC");

    const qint64 rows = scalar(QStringLiteral("SELECT count(*) FROM tickets"));
    fetchPage({}, byCreated, 0);
    result[QStringLiteral("open")] = BenchSupport::elapsedMs(timer);
    result[QStringLiteral("rows")] = double(rows);

    timer.restart();
    fetchPage({}, byCreated, rows / 2);
    result[QStringLiteral("middle")] = BenchSupport::elapsedMs(timer);
    timer.restart();
    fetchPage({}, byCreated, std::max<qint64>(0, rows - page));
    result[QStringLiteral("end")] = BenchSupport::elapsedMs(timer);

    const QString jd = QStringLiteral("WHERE t.platform = 'jd'");
    timer.restart();
    fetchPage(jd, byCreated, 0);
    result[QStringLiteral("filter")] = BenchSupport::elapsedMs(timer);
    scalar(QStringLiteral("SELECT count(*) FROM tickets t ") + jd);
    result[QStringLiteral("filter_count")] = BenchSupport::elapsedMs(timer);

    timer.restart();
    fetchPage({}, QStringLiteral("t.status ASC, t.created_at ASC, t.id ASC"), 0);
    result[QStringLiteral("sort")] = BenchSupport::elapsedMs(timer);

    result[QStringLiteral("rss_mib")] = BenchSupport::peakRssMiB();
    return result;
}

int report(const QStringList &sizes, int runs, const QString &dataDir)
{
    QTextStream out(stdout);
    out << "Ticket workspace benchmark: median of " << runs
        << " runs, milliseconds (ours | LIMIT/OFFSET baseline)\n";
    for (const QString &size : sizes) {
        QString error;
        const QString path = BenchSupport::ensureStore(dataDir, size.toLongLong(), &error);
        if (path.isEmpty()) {
            out << error << Qt::endl;
            return 1;
        }
        QHash<QString, QList<double>> ours;
        QHash<QString, QList<double>> baseline;
        for (int run = 0; run < runs; ++run) {
            // Alternate the order so neither side always finds the page cache warmed by the other.
            for (const QString &mode : run % 2
                     ? QStringList { QStringLiteral("baseline"), QStringLiteral("ours") }
                     : QStringList { QStringLiteral("ours"), QStringLiteral("baseline") }) {
                const QJsonObject measured = BenchSupport::runChild(
                    { QStringLiteral("--measure"), path, QStringLiteral("--mode"), mode }, &error);
                if (!error.isEmpty()) {
                    out << error << Qt::endl;
                    return 1;
                }
                auto &target = mode == QLatin1StringView("ours") ? ours : baseline;
                for (auto it = measured.begin(); it != measured.end(); ++it)
                    target[it.key()].append(it.value().toDouble());
            }
        }
        out << "\n"
            << path << " — " << qint64(BenchSupport::median(ours.value(QStringLiteral("rows"))))
            << " tickets\n";
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(QStringLiteral("step"), -14)
                   .arg(QStringLiteral("ours"), 10)
                   .arg(QStringLiteral("baseline"), 10)
                   .arg(QStringLiteral("speed-up"), 9);
        for (const QString &step : Steps) {
            const double o = BenchSupport::median(ours.value(step));
            const double b = BenchSupport::median(baseline.value(step));
            out << QStringLiteral("%1 %2 %3 %4×\n")
                       .arg(step, -14)
                       .arg(o, 10, 'f', 1)
                       .arg(b, 10, 'f', 1)
                       .arg(o > 0 ? b / o : 0, 8, 'f', 1);
        }
        out << QStringLiteral("%1 %2 %3\n")
                   .arg(QStringLiteral("peak RSS MiB"), -14)
                   .arg(BenchSupport::median(ours.value(QStringLiteral("rss_mib"))), 10, 'f', 0)
                   .arg(BenchSupport::median(baseline.value(QStringLiteral("rss_mib"))), 10, 'f', 0);
        out.flush();
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("Store sizes in tickets."),
                                         QStringLiteral("N,N"), QStringLiteral("1000000,10000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per size."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption dataOption(QStringLiteral("data-dir"), QStringLiteral("Where the stores live."),
                                        QStringLiteral("DIR"), QStringLiteral("bench-data"));
    const QCommandLineOption measureOption(QStringLiteral("measure"), QStringLiteral("Child mode."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), QStringLiteral("ours or baseline."),
                                        QStringLiteral("MODE"), QStringLiteral("ours"));
    parser.addOptions({ sizesOption, runsOption, dataOption, measureOption, modeOption });
    parser.process(app);

    if (parser.isSet(measureOption)) {
        const QString path = parser.value(measureOption);
        const QJsonObject result = parser.value(modeOption) == QLatin1StringView("baseline")
            ? measureBaseline(path)
            : measureWorkspace(path);
        QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    return report(parser.value(sizesOption).split(u','), parser.value(runsOption).toInt(),
                  parser.value(dataOption));
}

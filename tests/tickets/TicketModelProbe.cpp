// A manual timing probe for the ticket table model on a big store (not a ctest suite):
//   ticket_model_probe STORE.sqlite
// Prints how long the first page, the count, jumps, a filter and sorts take, and the peak RSS.
#include "services/ServiceContext.h"
#include "store/Store.h"
#include "tickets/TicketTableModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <cstdio>

namespace {

QString peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM"))
            return QString::fromLatin1(line.simplified());
    }
    return {};
}

void report(const char *what, qint64 ms)
{
    std::printf("%-52s %6lld ms\n", what, static_cast<long long>(ms));
    std::fflush(stdout);
}

bool waitRow(TicketTableModel &model, int row)
{
    model.ensureRowLoaded(row);
    return QTest::qWaitFor([&] { return model.isRowLoaded(row); }, 60000);
}

void timeQuery(TicketTableModel &model, const char *label, const std::function<void()> &change)
{
    QElapsedTimer timer;
    timer.start();
    change();
    if (!QTest::qWaitFor([&] { return model.isRowLoaded(0) || model.isCountKnown(); }, 60000))
        std::printf("    timed out\n");
    report(QByteArray(label).append(": first page").constData(), timer.elapsed());
    if (!QTest::qWaitFor([&] { return model.isCountKnown(); }, 120000))
        std::printf("    timed out\n");
    report(QByteArray(label).append(": count known").constData(), timer.elapsed());
    const int count = model.rowCount();
    for (int row : { count / 2, count - 1, count / 3 }) {
        if (row <= 0)
            continue;
        timer.restart();
        if (!waitRow(model, row))
            std::printf("    timed out\n");
        report(QByteArray(label).append(": jump to row ").append(QByteArray::number(row)).constData(),
               timer.elapsed());
    }
    std::printf("    rows: %d\n", count);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s STORE\n", argv[0]);
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    StoreOptions options;
    options.path = QString::fromLocal8Bit(argv[1]);
    StoreError error;
    auto store = Store::open(options, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    report("open store", timer.elapsed());
    const ServiceContext context(*store, ActingUser::localOperator(QStringLiteral("probe")));
    {
        TicketTableModel model(context);
        timeQuery(model, "default (created desc)", [] {});
        timeQuery(model, "filter platform=jd", [&] {
            TicketFilter filter;
            filter.platforms = { Platform::Jd };
            model.setFilter(filter);
        });
        timeQuery(model, "filter status=open", [&] {
            TicketFilter filter;
            filter.statuses = { TicketStatus::Open };
            model.setFilter(filter);
        });
        timeQuery(model, "filter agent=42", [&] {
            TicketFilter filter;
            filter.agentId = 42;
            model.setFilter(filter);
        });
        timeQuery(model, "filter search 'EX0001'", [&] {
            TicketFilter filter;
            filter.searchText = QStringLiteral("EX0001");
            model.setFilter(filter);
        });
        timeQuery(model, "filter breached", [&] {
            TicketFilter filter;
            filter.firstResponseBreached = true;
            model.setFilter(filter);
        });
        model.setFilter({});
        timeQuery(model, "sort external id asc", [&] { model.sort(TicketTableModel::ExternalIdColumn); });
        timeQuery(model, "sort status asc", [&] { model.sort(TicketTableModel::StatusColumn); });
        timeQuery(model, "sort agent desc",
                  [&] { model.sort(TicketTableModel::AgentColumn, Qt::DescendingOrder); });
        timeQuery(model, "sort order id asc", [&] { model.sort(TicketTableModel::OrderIdColumn); });
    }
    std::printf("%s\n", qPrintable(peakRss()));
    return 0;
}

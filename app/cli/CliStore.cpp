#include "CliStore.h"

#include "kpi/KpiAggregateRefresher.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(CliStore)
};
} // namespace

std::unique_ptr<Store> CliStore::open(const QString &command, const QString &path, QTextStream &err)
{
    if (!QFileInfo::exists(path)) {
        err << Messages::tr("teamlens %1: the store %2 does not exist.").arg(command, path) << Qt::endl;
        return nullptr;
    }
    StoreOptions options;
    options.path = path;
    StoreError storeError;
    auto store = Store::open(options, &storeError);
    if (!store)
        err << storeError.message << Qt::endl;
    return store;
}

bool CliStore::refreshAggregates(const Store &store, QTextStream &err)
{
    KpiAggregateRefresher refresher(store.connection());
    QString error;
    if (!refresher.refresh(-1, &error)) {
        err << Messages::tr("Note: could not update the KPI aggregates after the last import: %1").arg(error)
            << Qt::endl;
        return false;
    }
    if (refresher.rangesRebuilt() > 0)
        err << Messages::tr("Updated the KPI aggregates for %n import change(s).", nullptr,
                            refresher.rangesRebuilt())
            << Qt::endl;
    return true;
}

QString CliStore::actor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("command line") : user + QStringLiteral(" (command line)");
}

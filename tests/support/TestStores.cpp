#include "TestStores.h"

#include <QTest>

std::unique_ptr<Store> TestStores::createStore(const QTemporaryDir &dir, const QString &name)
{
    StoreOptions options;
    options.path = dir.filePath(name);
    options.createIfMissing = true;
    StoreError error;
    auto store = Store::open(options, &error);
    if (!store)
        QTest::qFail(
            qPrintable(QStringLiteral("could not create test store: ") + error.message + error.detail),
            __FILE__, __LINE__);
    return store;
}

std::unique_ptr<Store> TestStores::createDemoStore(const QTemporaryDir &dir, const DemoDataOptions &options,
                                                   const QString &name, DemoDataSummary *summary)
{
    auto store = createStore(dir, name);
    if (!store)
        return store;
    DemoDataGenerator generator(*store);
    QString error;
    if (!generator.generate(options, &error))
        QTest::qFail(qPrintable(QStringLiteral("could not generate demo data: ") + error), __FILE__,
                     __LINE__);
    if (summary)
        *summary = generator.summary();
    return store;
}

std::unique_ptr<Store> TestStores::openStore(const QString &path, StoreError *error)
{
    StoreOptions options;
    options.path = path;
    return Store::open(options, error);
}

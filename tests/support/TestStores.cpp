#include "TestStores.h"

#include <QFile>
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

bool TestStores::DemoStoreTemplate::create(const DemoDataOptions &options)
{
    if (!m_dir.isValid()) {
        QTest::qFail("no temporary folder for the template store", __FILE__, __LINE__);
        return false;
    }
    const auto store = createDemoStore(m_dir, options, QStringLiteral("template.sqlite"));
    if (!store)
        return false;
    m_path = store->path();
    return true;
}

std::unique_ptr<Store> TestStores::DemoStoreTemplate::openCopy()
{
    const QString path = m_dir.filePath(QStringLiteral("copy%1.sqlite").arg(++m_copies));
    if (m_path.isEmpty() || !QFile::copy(m_path, path)) {
        QTest::qFail(qPrintable(QStringLiteral("could not copy the template store to ") + path), __FILE__,
                     __LINE__);
        return {};
    }
    StoreError error;
    auto store = openStore(path, &error);
    if (!store)
        QTest::qFail(
            qPrintable(QStringLiteral("could not open ") + path + QStringLiteral(": ") + error.message),
            __FILE__, __LINE__);
    return store;
}

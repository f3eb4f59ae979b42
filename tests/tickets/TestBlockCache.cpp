#include "tickets/BlockCache.h"

#include <QTest>

/** The workspace's row cache on its own: block addressing, bound and LRU eviction. */
class TestBlockCache : public QObject
{
    Q_OBJECT

private slots:
    void addressesRowsByBlock();
    void missingRowsAreNull();
    void evictsLeastRecentlyUsed();
    void lookupsRefreshUse();
    void replacingKeepsOneCopy();
    void clearEmpties();
};

static QList<int> rowsFrom(int first, int count)
{
    QList<int> rows;
    for (int i = 0; i < count; ++i)
        rows.append(first + i);
    return rows;
}

void TestBlockCache::addressesRowsByBlock()
{
    BlockCache<int> cache(10, 4);
    QCOMPARE(cache.blockOf(0), 0);
    QCOMPARE(cache.blockOf(9), 0);
    QCOMPARE(cache.blockOf(10), 1);
    cache.insert(3, rowsFrom(30, 10));
    QVERIFY(cache.hasBlock(3));
    QCOMPARE(*cache.row(30), 30);
    QCOMPARE(*cache.row(39), 39);
    QCOMPARE(*cache.peek(35), 35);
}

void TestBlockCache::missingRowsAreNull()
{
    BlockCache<int> cache(10, 4);
    QVERIFY(!cache.row(5));
    cache.insert(0, rowsFrom(0, 4)); // a short last block
    QVERIFY(cache.row(3));
    QVERIFY(!cache.row(4));
    QVERIFY(!cache.peek(10));
}

void TestBlockCache::evictsLeastRecentlyUsed()
{
    BlockCache<int> cache(10, 3);
    for (int block = 0; block < 5; ++block)
        cache.insert(block, rowsFrom(block * 10, 10));
    QCOMPARE(cache.blockCount(), 3);
    QVERIFY(!cache.hasBlock(0));
    QVERIFY(!cache.hasBlock(1));
    QVERIFY(cache.hasBlock(2) && cache.hasBlock(3) && cache.hasBlock(4));
}

void TestBlockCache::lookupsRefreshUse()
{
    BlockCache<int> cache(10, 3);
    cache.insert(0, rowsFrom(0, 10));
    cache.insert(1, rowsFrom(10, 10));
    cache.insert(2, rowsFrom(20, 10));
    QVERIFY(cache.row(5)); // block 0 is now the most recent
    QVERIFY(cache.peek(15)); // peek does not count as use
    cache.insert(3, rowsFrom(30, 10));
    QVERIFY(cache.hasBlock(0));
    QVERIFY(!cache.hasBlock(1));
    QCOMPARE(cache.blockCount(), 3);
}

void TestBlockCache::replacingKeepsOneCopy()
{
    BlockCache<int> cache(10, 2);
    cache.insert(0, rowsFrom(0, 10));
    cache.insert(0, rowsFrom(100, 10));
    QCOMPARE(cache.blockCount(), 1);
    QCOMPARE(*cache.row(0), 100);
}

void TestBlockCache::clearEmpties()
{
    BlockCache<int> cache(10, 2);
    cache.insert(0, rowsFrom(0, 10));
    cache.clear();
    QCOMPARE(cache.blockCount(), 0);
    QVERIFY(!cache.row(0));
    cache.insert(1, rowsFrom(10, 10));
    QCOMPARE(cache.blockCount(), 1);
}

QTEST_APPLESS_MAIN(TestBlockCache)
#include "TestBlockCache.moc"

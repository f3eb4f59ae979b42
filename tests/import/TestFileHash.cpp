#include "import/FileHash.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/** FileHash: SHA-256 hex of a file's bytes, checked against sums computed with `sha256sum`. */
class TestFileHash : public QObject
{
    Q_OBJECT

private slots:
    void knownFiles_data();
    void knownFiles();
    void unreadableFileHasNoHash();
};

void TestFileHash::knownFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("sha256");

    QTest::newRow("empty") << QByteArray()
                           << u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
    QTest::newRow("small csv") << QByteArray("external_id,platform\nT1,taobao\n")
                               << u"060a50cd1b22d87e8504cd8c0f76dd0c0a63b2350336c4af3f877aff14925a66"_s;
    // Longer than the 1 MiB read block, and not a multiple of it: the blocks must chain.
    QByteArray large(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < large.size(); ++i)
        large[i] = char((i * 7 + 3) % 251);
    QTest::newRow("3 MiB + 17 bytes")
        << large << u"b94a81035474d847a7b5f270ed72d10d51a5643254d6495dce93e2022aa22ac7"_s;
}

void TestFileHash::knownFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, sha256);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"source.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
    file.close();

    QCOMPARE(FileHash::sha256Hex(path), sha256);
}

void TestFileHash::unreadableFileHasNoHash()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(FileHash::sha256Hex(dir.filePath(u"missing.csv"_s)), QString());
}

QTEST_APPLESS_MAIN(TestFileHash)
#include "TestFileHash.moc"

#include "XlsxTestFiles.h"
#include "import/ImportSource.h"
#include "support/SharedData.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/** One record interface over CSV and XLSX: detection by content, no-header mode, progress. */
class TestImportSource : public QObject
{
    Q_OBJECT

private slots:
    void csvWithHeader();
    void csvWithoutHeader();
    void xlsxDetectedByContent();
    void xlsxWithoutHeaderAndSheet();
    void realFileProgressReachesOne();
    void missingAndBrokenFiles();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestImportSource::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestImportSource::csvWithHeader()
{
    const QString path = write(u"a.csv"_s, "\xEF\xBB\xBFid;name\r\n1;\"a;b\"\r\n\r\n2;c\r\n");
    QString error;
    auto source = ImportSource::open(path, {}, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->formatName(), u"CSV"_s);
    QCOMPARE(source->separatorName(), u";"_s);
    QCOMPARE(source->encodingName(), u"UTF-8"_s);
    QCOMPARE(source->header(), QStringList({ u"id"_s, u"name"_s }));
    QCOMPARE(source->progress(), 0.0 + source->progress()); // defined before reading
    QStringList fields;
    QVERIFY(source->readRecord(&fields));
    QCOMPARE(fields, QStringList({ u"1"_s, u"a;b"_s }));
    QCOMPARE(source->recordNumber(), 1);
    QCOMPARE(source->lineNumber(), 2);
    QVERIFY(source->readRecord(&fields));
    QCOMPARE(fields, QStringList({ u"2"_s, u"c"_s }));
    QCOMPARE(source->recordNumber(), 2);
    QCOMPARE(source->lineNumber(), 4);
    QVERIFY(!source->readRecord(&fields));
    QVERIFY(source->errorString().isEmpty());
    QCOMPARE(source->progress(), 1.0);
}

void TestImportSource::csvWithoutHeader()
{
    const QString path = write(u"b.tsv"_s, "1\ta\tb\n0\tc\n1\td\te\tf\n");
    ImportFileOptions options;
    options.hasHeader = false;
    options.separator = u"\t"_s;
    QString error;
    auto source = ImportSource::open(path, options, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->header(), QStringList({ u"#1"_s, u"#2"_s, u"#3"_s }));
    QCOMPARE(source->separatorName(), u"tab"_s);
    QStringList fields;
    QVERIFY(source->readRecord(&fields));
    QCOMPARE(fields, QStringList({ u"1"_s, u"a"_s, u"b"_s }));
    QCOMPARE(source->recordNumber(), 1);
    QCOMPARE(source->lineNumber(), 1);
    QVERIFY(source->readRecord(&fields));
    QCOMPARE(fields, QStringList({ u"0"_s, u"c"_s }));
    QCOMPARE(source->recordNumber(), 2);
    QCOMPARE(source->lineNumber(), 2);
    QVERIFY(source->readRecord(&fields));
    QCOMPARE(fields.size(), 4);
    QCOMPARE(source->recordNumber(), 3);
    QCOMPARE(source->lineNumber(), 3);
    QVERIFY(!source->readRecord(&fields));
    QCOMPARE(source->progress(), 1.0);
}

void TestImportSource::xlsxDetectedByContent()
{
    // A workbook saved under a misleading suffix is still read as XLSX.
    const QString path = m_dir.filePath(u"export.csv"_s);
    QVERIFY(XlsxTestFiles::writeZip(path, XlsxTestFiles::workbookParts()));
    QString error;
    auto source = ImportSource::open(path, {}, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->formatName(), u"XLSX"_s);
    QCOMPARE(source->sheetNames(), QStringList({ u"Tickets"_s, u"客服"_s }));
    QCOMPARE(source->header(),
             QStringList({ u"id"_s, u"category"_s, u"created"_s, u"score"_s, u"ok"_s, u"note"_s }));
    QStringList fields;
    QVERIFY(source->readRecord(&fields));
    QCOMPARE(fields.at(0), u"1001"_s);
    QCOMPARE(fields.at(2), u"2024-01-01T12:00:00"_s);
    QCOMPARE(source->lineNumber(), 2);
    QVERIFY(source->progress() > 0.0 && source->progress() < 1.0);
    int records = 1;
    while (source->readRecord(&fields))
        ++records;
    QCOMPARE(records, 4);
    QCOMPARE(source->recordNumber(), 4);
    QCOMPARE(source->lineNumber(), 7);
    QVERIFY(source->errorString().isEmpty());
    QCOMPARE(source->progress(), 1.0);
}

void TestImportSource::xlsxWithoutHeaderAndSheet()
{
    const QString path = m_dir.filePath(u"book.xlsx"_s);
    QVERIFY(XlsxTestFiles::writeZip(path, XlsxTestFiles::workbookParts()));
    ImportFileOptions options;
    options.sheet = u"客服"_s;
    options.hasHeader = false;
    QString error;
    auto source = ImportSource::open(path, options, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->header(), QStringList({ u"#1"_s, u"#2"_s }));
    QStringList fields;
    QVERIFY(source->readRecord(&fields));
    QCOMPARE(fields, QStringList({ u"name"_s, u"hired"_s }));
    QCOMPARE(source->recordNumber(), 1);
    QCOMPARE(source->lineNumber(), 1);
    QVERIFY(source->readRecord(&fields));
    QCOMPARE(fields.at(0), u"张三"_s);
    QCOMPARE(source->recordNumber(), 2);
    QCOMPARE(source->lineNumber(), 2);

    options.sheet = u"Nope"_s;
    QVERIFY(!ImportSource::open(path, options, &error));
    QVERIFY(!error.isEmpty());
}

void TestImportSource::realFileProgressReachesOne()
{
    TEAMLENS_REQUIRE_SHARED_DATA();
    QString error;
    auto source = ImportSource::open(
        QStringLiteral(TEAMLENS_SHARED_DATA_DIR "/twcs-sample/twcs_first5000.csv"), {}, &error);
    QVERIFY2(source, qPrintable(error));
    QStringList fields;
    double last = source->progress();
    int records = 0;
    while (source->readRecord(&fields)) {
        QVERIFY(source->progress() >= last);
        last = source->progress();
        ++records;
    }
    QCOMPARE(records, 5000);
    QCOMPARE(source->recordNumber(), 5000);
    QCOMPARE(source->progress(), 1.0);
}

void TestImportSource::missingAndBrokenFiles()
{
    QString error;
    QVERIFY(!ImportSource::open(m_dir.filePath(u"missing.csv"_s), {}, &error));
    QVERIFY2(error.contains(u"missing.csv"_s), qPrintable(error));
    error.clear();
    const QString zip = write(u"broken.xlsx"_s, QByteArray("PK\x03\x04", 4) + QByteArray(100, 'x'));
    QVERIFY(!ImportSource::open(zip, {}, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!ImportSource::open(write(u"empty.csv"_s, {}), {}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestImportSource)
#include "TestImportSource.moc"

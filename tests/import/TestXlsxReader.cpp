#include "import/XlsxReader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "XlsxTestFiles.h"

using namespace XlsxTestFiles;

namespace {
const QString Hostile = QStringLiteral("=cmd|' /C calc'!A0");
} // namespace

/** The streaming XLSX reader: workbook parts, cell types, dates, sparse rows, broken files. */
class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void columnIndex_data();
    void columnIndex();
    void dateFormatCodes_data();
    void dateFormatCodes();
    void serialNumbers_data();
    void serialNumbers();
    void firstSheetCellTypes();
    void secondSheetByName();
    void date1904System();
    void reselectRestartsTheSheet();
    void unknownSheetFails();
    void corruptFileFails();
    void zipWithoutWorkbookFails();
    void missingSheetPartFails();
    void badSharedStringIndexFails();
    void truncatedSheetFails();
    void manyRowsStream();

private:
    QString write(const QString &name, const Parts &parts);

    QTemporaryDir m_dir;
};

void TestXlsxReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestXlsxReader::write(const QString &name, const Parts &parts)
{
    const QString path = m_dir.filePath(name);
    if (!writeZip(path, parts))
        qWarning("could not write %s", qPrintable(path));
    return path;
}

void TestXlsxReader::columnIndex_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("column");
    QTest::newRow("A1") << QStringLiteral("A1") << 0;
    QTest::newRow("Z9") << QStringLiteral("Z9") << 25;
    QTest::newRow("AA10") << QStringLiteral("AA10") << 26;
    QTest::newRow("AB12") << QStringLiteral("AB12") << 27;
    QTest::newRow("XFD1 (last)") << QStringLiteral("XFD1") << 16383;
    QTest::newRow("lower case") << QStringLiteral("c3") << 2;
    QTest::newRow("too far") << QStringLiteral("XFE1") << -1;
    QTest::newRow("no letters") << QStringLiteral("12") << -1;
    QTest::newRow("junk after") << QStringLiteral("A1x") << -1;
}

void TestXlsxReader::columnIndex()
{
    QFETCH(QString, reference);
    QFETCH(int, column);
    QCOMPARE(XlsxReader::columnIndex(reference), column);
}

void TestXlsxReader::dateFormatCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isDate");
    QTest::newRow("General") << QStringLiteral("General") << false;
    QTest::newRow("0.00") << QStringLiteral("0.00") << false;
    QTest::newRow("scientific") << QStringLiteral("0.00E+00") << false;
    QTest::newRow("dd/mm/yyyy") << QStringLiteral("dd/mm/yyyy") << true;
    QTest::newRow("time") << QStringLiteral("h:mm AM/PM") << true;
    QTest::newRow("elapsed") << QStringLiteral("[h]:mm:ss") << true;
    QTest::newRow("locale prefix") << QStringLiteral("[$-409]mmm d, yyyy") << true;
    QTest::newRow("quoted d") << QStringLiteral("0.00\" days\"") << false;
    QTest::newRow("escaped") << QStringLiteral("0\\h") << false;
    QTest::newRow("colour only") << QStringLiteral("[Red]0.00") << false;
    QTest::newRow("Chinese date") << QStringLiteral("yyyy\"年\"m\"月\"d\"日\"") << true;
}

void TestXlsxReader::dateFormatCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, isDate);
    QCOMPARE(XlsxReader::isDateFormatCode(code), isDate);
}

void TestXlsxReader::serialNumbers_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("iso");
    QTest::newRow("1900: day 1") << 1.0 << false << QStringLiteral("1900-01-01T00:00:00");
    QTest::newRow("1900: day 59") << 59.0 << false << QStringLiteral("1900-02-28T00:00:00");
    QTest::newRow("1900: Lotus leap day") << 60.0 << false << QStringLiteral("1900-02-29T00:00:00");
    QTest::newRow("1900: day 61") << 61.0 << false << QStringLiteral("1900-03-01T00:00:00");
    QTest::newRow("1900: 2024 noon") << 45292.5 << false << QStringLiteral("2024-01-01T12:00:00");
    QTest::newRow("1900: rounds to second")
        << 45292.0 + 1.0 / 86400.0 - 1e-9 << false << QStringLiteral("2024-01-01T00:00:01");
    QTest::newRow("1900: rounds to next day")
        << 45292.9999999 << false << QStringLiteral("2024-01-02T00:00:00");
    QTest::newRow("1904: day 0") << 0.0 << true << QStringLiteral("1904-01-01T00:00:00");
    QTest::newRow("1904: 2024") << 43830.25 << true << QStringLiteral("2024-01-01T06:00:00");
    QTest::newRow("negative") << -1.0 << false << QString();
}

void TestXlsxReader::serialNumbers()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QString, iso);
    QCOMPARE(XlsxReader::serialToIso(serial, date1904), iso);
}

void TestXlsxReader::firstSheetCellTypes()
{
    XlsxReader reader(write(QStringLiteral("book.xlsx"), workbookParts()));
    QString error;
    QVERIFY2(reader.open(&error), qPrintable(error));
    QCOMPARE(reader.sheetNames(), QStringList({ QStringLiteral("Tickets"), QStringLiteral("客服") }));
    QVERIFY(!reader.uses1904Dates());
    QVERIFY2(reader.selectSheet(QString(), &error), qPrintable(error));
    QCOMPARE(reader.header(),
             QStringList({ QStringLiteral("id"), QStringLiteral("category"), QStringLiteral("created"),
                           QStringLiteral("score"), QStringLiteral("ok"), QStringLiteral("note") }));
    QCOMPARE(reader.recordNumber(), 0);

    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(
        fields,
        QStringList({ QStringLiteral("1001"), QStringLiteral("投诉"), QStringLiteral("2024-01-01T12:00:00"),
                      QStringLiteral("4.5"), QStringLiteral("TRUE"), Hostile }));
    QCOMPARE(reader.recordNumber(), 1);
    QCOMPARE(reader.rowNumber(), 2);

    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(
        fields,
        QStringList({ QStringLiteral("1002"), QStringLiteral("物流"), QStringLiteral("2023-01-01T18:00:00"),
                      QStringLiteral("ab"), QStringLiteral("FALSE"), QStringLiteral("#N/A") }));

    // Row 4 is absent; row 5 is sparse (B, D, E missing) and its number format is not a date.
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields,
             QStringList({ QStringLiteral("1003"), QString(), QStringLiteral("12.5"), QString(), QString(),
                           QStringLiteral("Hello World") }));
    QCOMPARE(reader.recordNumber(), 3);
    QCOMPARE(reader.rowNumber(), 5);

    // Row 6 holds only formatted empty cells and is skipped like a blank line.
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields,
             QStringList({ QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("  padded  ") }));
    QCOMPARE(reader.recordNumber(), 4);
    QCOMPARE(reader.rowNumber(), 7);

    QVERIFY(!reader.readRecord(&fields));
    QVERIFY(fields.isEmpty());
    QVERIFY2(reader.errorString().isEmpty(), qPrintable(reader.errorString()));
    QVERIFY(!reader.readRecord(&fields));
}

void TestXlsxReader::secondSheetByName()
{
    XlsxReader reader(write(QStringLiteral("book.xlsx"), workbookParts()));
    QString error;
    QVERIFY2(reader.open(&error), qPrintable(error));
    QVERIFY2(reader.selectSheet(QStringLiteral("客服"), &error), qPrintable(error));
    QCOMPARE(reader.header(), QStringList({ QStringLiteral("name"), QStringLiteral("hired") }));
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields, QStringList({ QStringLiteral("张三"), QStringLiteral("1900-01-01T00:00:00") }));
    QVERIFY(reader.readRecord(&fields)); // cells without references follow one another
    QCOMPARE(fields, QStringList({ QStringLiteral("李四"), QStringLiteral("1900-03-01T00:00:00") }));
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields, QStringList({ QStringLiteral("王五"), QStringLiteral("1900-02-29T00:00:00") }));
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY(reader.errorString().isEmpty());
}

void TestXlsxReader::date1904System()
{
    XlsxReader reader(write(QStringLiteral("book1904.xlsx"), workbookParts(true)));
    QString error;
    QVERIFY2(reader.open(&error), qPrintable(error));
    QVERIFY(reader.uses1904Dates());
    QVERIFY2(reader.selectSheet(QStringLiteral("客服"), &error), qPrintable(error));
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields.value(1), QStringLiteral("1904-01-02T00:00:00"));
}

void TestXlsxReader::reselectRestartsTheSheet()
{
    XlsxReader reader(write(QStringLiteral("book.xlsx"), workbookParts()));
    QVERIFY(reader.open());
    QVERIFY(reader.selectSheet());
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QVERIFY(reader.readRecord(&fields));
    QVERIFY(reader.selectSheet(QStringLiteral("Tickets")));
    QCOMPARE(reader.recordNumber(), 0);
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields.value(0), QStringLiteral("1001"));
}

void TestXlsxReader::unknownSheetFails()
{
    XlsxReader reader(write(QStringLiteral("book.xlsx"), workbookParts()));
    QVERIFY(reader.open());
    QString error;
    QVERIFY(!reader.selectSheet(QStringLiteral("Nope"), &error));
    QVERIFY2(error.contains(QStringLiteral("Nope")), qPrintable(error));
    QStringList fields;
    QVERIFY(!reader.readRecord(&fields));
}

void TestXlsxReader::corruptFileFails()
{
    const QString path = m_dir.filePath(QStringLiteral("random.xlsx"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray bytes(4096, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    file.write(bytes);
    file.close();

    XlsxReader reader(path);
    QString error;
    QVERIFY(!reader.open(&error));
    QVERIFY2(error.contains(QStringLiteral("not a readable XLSX")), qPrintable(error));
    QCOMPARE(reader.errorString(), error);
    QVERIFY(reader.sheetNames().isEmpty());
    QVERIFY(!reader.selectSheet());

    XlsxReader missing(m_dir.filePath(QStringLiteral("does-not-exist.xlsx")));
    QVERIFY(!missing.open(&error));
    QVERIFY(!error.isEmpty());
}

void TestXlsxReader::zipWithoutWorkbookFails()
{
    XlsxReader reader(write(QStringLiteral("plain.zip"), { { QStringLiteral("hello.txt"), "hello" } }));
    QString error;
    QVERIFY(!reader.open(&error));
    QVERIFY2(error.contains(QStringLiteral("xl/workbook.xml is missing")), qPrintable(error));
}

void TestXlsxReader::missingSheetPartFails()
{
    Parts parts = workbookParts();
    parts.remove(QStringLiteral("xl/worksheets/sheet2.xml"));
    XlsxReader reader(write(QStringLiteral("nosheet.xlsx"), parts));
    QString error;
    QVERIFY2(reader.open(&error), qPrintable(error));
    QVERIFY(reader.selectSheet());
    QVERIFY(!reader.selectSheet(QStringLiteral("客服"), &error));
    QVERIFY2(error.contains(QStringLiteral("xl/worksheets/sheet2.xml")), qPrintable(error));
}

void TestXlsxReader::badSharedStringIndexFails()
{
    Parts parts = workbookParts();
    parts[QStringLiteral("xl/worksheets/sheet1.xml")] = sheetXml(R"(
<row r="1"><c r="A1" t="s"><v>0</v></c></row>
<row r="2"><c r="A2" t="s"><v>99</v></c></row>)");
    XlsxReader reader(write(QStringLiteral("badindex.xlsx"), parts));
    QVERIFY(reader.open());
    QVERIFY(reader.selectSheet());
    QStringList fields;
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY2(reader.errorString().contains(QStringLiteral("99")), qPrintable(reader.errorString()));
}

void TestXlsxReader::truncatedSheetFails()
{
    Parts parts = workbookParts();
    QByteArray &sheet = parts[QStringLiteral("xl/worksheets/sheet1.xml")];
    sheet.truncate(sheet.indexOf("<row r=\"3\"") + 20);
    XlsxReader reader(write(QStringLiteral("truncated.xlsx"), parts));
    QVERIFY(reader.open());
    QVERIFY(reader.selectSheet());
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY2(reader.errorString().contains(QStringLiteral("xl/worksheets/sheet1.xml")),
             qPrintable(reader.errorString()));
}

void TestXlsxReader::manyRowsStream()
{
    constexpr int Rows = 100000;
    QByteArray rows
        = R"(<row r="1"><c r="A1" t="inlineStr"><is><t>n</t></is></c><c r="B1" t="inlineStr"><is><t>when</t></is></c></row>)";
    for (int row = 2; row <= Rows + 1; ++row) {
        const QByteArray r = QByteArray::number(row);
        rows += "<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c><c r=\"B" + r
            + "\" s=\"1\"><v>45292</v></c></row>";
    }
    Parts parts = workbookParts();
    parts[QStringLiteral("xl/worksheets/sheet1.xml")] = sheetXml(rows);
    XlsxReader reader(write(QStringLiteral("many.xlsx"), parts));
    QVERIFY(reader.open());
    QVERIFY(reader.selectSheet());
    QStringList fields;
    qint64 count = 0;
    while (reader.readRecord(&fields)) {
        ++count;
        if (fields.value(0) != QString::number(count + 1)
            || fields.value(1) != QStringLiteral("2024-01-01T00:00:00"))
            QFAIL(qPrintable(fields.join(u',')));
    }
    QVERIFY2(reader.errorString().isEmpty(), qPrintable(reader.errorString()));
    QCOMPARE(count, Rows);
    QCOMPARE(reader.recordNumber(), Rows);
}

QTEST_APPLESS_MAIN(TestXlsxReader)
#include "TestXlsxReader.moc"

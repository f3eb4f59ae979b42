#include "import/RejectWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/** The reject file: BOM, header, RFC 4180 quoting, neutralised formulas, all-or-nothing saving. */
class TestRejectWriter : public QObject
{
    Q_OBJECT

private slots:
    void defaultPath();
    void writesQuotedRows();
    void neutralisesFormulas_data();
    void neutralisesFormulas();
    void discardLeavesNothing();
    void unwritableDirectoryFails();
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestRejectWriter::defaultPath()
{
    QCOMPARE(RejectWriter::defaultPathFor(u"/data/in/tickets.2024.csv"_s),
             u"/data/in/tickets.2024.rejects.csv"_s);
    QCOMPARE(RejectWriter::defaultPathFor(u"/data/客服.xlsx"_s), u"/data/客服.rejects.csv"_s);
}

void TestRejectWriter::writesQuotedRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"r.csv"_s);
    RejectWriter writer(path);
    QString error;
    QVERIFY2(writer.open({ u"id"_s, u"note, with comma"_s, u"x"_s }, &error), qPrintable(error));
    const QList<ImportIssue> issues
        = { { 7, 9, u"type"_s, u"Compliant"_s, u"“Compliant” is not a ticket type"_s },
            { 7, 9, QString(), QString(), u"row has 4 fields, header has 3"_s } };
    QVERIFY(writer.write({ u"A1"_s, u"say \"hi\"\nbye"_s, u"中文"_s }, issues, &error));
    QVERIFY(writer.write({ u"A2"_s }, { { 8, 11, u"id"_s, u"A2"_s, u"short"_s } }, &error));
    QCOMPARE(writer.rowsWritten(), 2);
    QVERIFY(!QFile::exists(path)); // nothing visible before commit
    QVERIFY2(writer.commit(&error), qPrintable(error));
    const QByteArray expected
        = "\xEF\xBB\xBF"
          "id,\"note, with comma\",x,row,line,reason\r\n"
          "A1,\"say \"\"hi\"\"\nbye\",中文,7,9,\"type: “Compliant” is not a ticket type; "
          "row has 4 fields, header has 3\"\r\n"
          "A2,,,8,11,id: short\r\n";
    QCOMPARE(readAll(path), expected);
}

void TestRejectWriter::neutralisesFormulas_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("=") << u"=cmd|' /C calc'!A0"_s << QByteArray("'=cmd|' /C calc'!A0");
    QTest::newRow("+") << u"+1+1"_s << QByteArray("'+1+1");
    QTest::newRow("-") << u"-2"_s << QByteArray("'-2");
    QTest::newRow("@") << u"@SUM(A1)"_s << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << u"\t=1"_s << QByteArray("'\t=1");
    QTest::newRow("cr") << u"\r=1"_s << QByteArray("\"'\r=1\"");
    QTest::newRow("formula with comma") << u"=A1,B1"_s << QByteArray("\"'=A1,B1\"");
    QTest::newRow("inner = is fine") << u"a=b"_s << QByteArray("a=b");
    QTest::newRow("sql") << u"'; DROP TABLE t; --"_s << QByteArray("'; DROP TABLE t; --");
}

void TestRejectWriter::neutralisesFormulas()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, written);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"r.csv"_s);
    RejectWriter writer(path);
    QString error;
    QVERIFY(writer.open({ u"c"_s }, &error));
    QVERIFY(writer.write({ cell }, { { 1, 2, {}, {}, u"bad"_s } }, &error));
    QVERIFY(writer.commit(&error));
    const QByteArray bytes = readAll(path);
    const QByteArray line = bytes.mid(bytes.indexOf("\r\n") + 2);
    QCOMPARE(line, written + ",1,2,bad\r\n");
}

void TestRejectWriter::discardLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"r.csv"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous run");
    }
    RejectWriter writer(path);
    QString error;
    QVERIFY(writer.open({ u"c"_s }, &error));
    QVERIFY(writer.write({ u"x"_s }, { { 1, 2, {}, {}, u"bad"_s } }, &error));
    writer.discard();
    QCOMPARE(readAll(path), QByteArray("previous run"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({ u"r.csv"_s }));
}

void TestRejectWriter::unwritableDirectoryFails()
{
    RejectWriter writer(u"/nonexistent-dir/teamlens/r.csv"_s);
    QString error;
    QVERIFY(!writer.open({ u"c"_s }, &error));
    QVERIFY2(error.contains(u"r.csv"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRejectWriter)
#include "TestRejectWriter.moc"

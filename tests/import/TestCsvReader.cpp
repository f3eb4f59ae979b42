#include "import/CsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

/** The streaming CSV/TSV reader: RFC 4180 tokenising, encodings, separators, broken files. */
class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void rfc4180EdgeCases();
    void smallChunksGiveTheSameRecords();
    void utf8ByteOrderMarkIsStripped();
    void chineseEncodings_data();
    void chineseEncodings();
    void utf16WithBom();
    void separatorDetection_data();
    void separatorDetection();
    void malformedQuoting();
    void bareCarriageReturnStaysInField();
    void truncatedFileNamesTheLine();
    void blankLinesAreSkippedButCounted();
    void emptyFileFails();
    void veryLongField();
    void hostileStringsPassThrough();
    void flipkartSample();
    void twcsSample();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

namespace {

struct ReadResult
{
    bool opened = false;
    QString error;
    QString encoding;
    QChar separator;
    QStringList header;
    QList<QStringList> records;
    QList<qint64> lines;
};

ReadResult readAll(QIODevice *device, const CsvOptions &options = {})
{
    ReadResult result;
    CsvReader reader(device, options);
    result.opened = reader.open(&result.error);
    if (!result.opened)
        return result;
    result.encoding = reader.detectedEncoding();
    result.separator = reader.separator();
    result.header = reader.header();
    QStringList fields;
    while (reader.readRecord(&fields)) {
        result.records.append(fields);
        result.lines.append(reader.lineNumber());
        if (reader.recordNumber() != result.records.size())
            qFatal("record number out of step");
    }
    result.error = reader.errorString();
    return result;
}

ReadResult readBytes(const QByteArray &bytes, const CsvOptions &options = {})
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer, options);
}

ReadResult readPath(const QString &path, const CsvOptions &options = {})
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return readAll(&file, options);
}

} // namespace

QString TestCsvReader::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

void TestCsvReader::rfc4180EdgeCases()
{
    const QByteArray csv = "a,b,c\r\n"
                           "\"x,1\",\"line1\r\nline2\",\"he said \"\"hi\"\"\"\r\n"
                           ",,\r\n"
                           "\"\",plain, spaced \r\n"
                           "last,\"\",no newline";
    const ReadResult r = readPath(write(QStringLiteral("rfc.csv"), csv));
    QVERIFY2(r.opened, qPrintable(r.error));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.separator, QLatin1Char(','));
    QCOMPARE(r.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(r.header, (QStringList { u"a"_qs, u"b"_qs, u"c"_qs }));
    QCOMPARE(r.records.size(), 4);
    QCOMPARE(r.records[0], (QStringList { u"x,1"_qs, u"line1\r\nline2"_qs, u"he said \"hi\""_qs }));
    QCOMPARE(r.records[1], (QStringList { QString(), QString(), QString() }));
    // Spaces are data; only the CR of the CRLF is dropped.
    QCOMPARE(r.records[2], (QStringList { QString(), u"plain"_qs, u" spaced "_qs }));
    QCOMPARE(r.records[3], (QStringList { u"last"_qs, QString(), u"no newline"_qs }));
    // Physical start lines: the first record spans lines 2 and 3.
    QCOMPARE(r.lines, (QList<qint64> { 2, 4, 5, 6 }));
}

void TestCsvReader::smallChunksGiveTheSameRecords()
{
    // Chunk boundaries fall inside quotes, CRLFs and multi-byte characters (UTF-8 and GB18030).
    QByteArray csv = "id,text\r\n";
    for (int i = 0; i < 40; ++i)
        csv += QByteArray::number(i) + ",\"投诉 \"\"" + QByteArray::number(i) + "\"\"\r\n物流,ok\"\r\n";
    QByteArray gb = "id,text\r\n";
    for (int i = 0; i < 40; ++i)
        gb += QByteArray::number(i) + ",\"\xCD\xB6\xCB\xDF\x94\x39\xFC\x36,\xCE\xEF\xC1\xF7\"\r\n";
    for (const QByteArray &bytes : { csv, gb }) {
        const ReadResult whole = readBytes(bytes);
        for (qint64 chunk : { 16, 17, 19, 64 }) {
            CsvOptions options;
            options.chunkSize = chunk;
            const ReadResult pieces = readBytes(bytes, options);
            QVERIFY2(pieces.error.isEmpty(), qPrintable(pieces.error));
            QCOMPARE(pieces.encoding, whole.encoding);
            QCOMPARE(pieces.header, whole.header);
            QCOMPARE(pieces.records, whole.records);
            QCOMPARE(pieces.lines, whole.lines);
        }
        QCOMPARE(whole.records.size(), 40);
    }
    QCOMPARE(readBytes(gb).records.at(3).at(1), QStringLiteral("投诉😀,物流"));
}

void TestCsvReader::utf8ByteOrderMarkIsStripped()
{
    const ReadResult r = readPath(write(QStringLiteral("bom.csv"), "\xEF\xBB\xBF名称,值\n投诉,1\n"));
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(r.header, (QStringList { u"名称"_qs, u"值"_qs }));
    QCOMPARE(r.records, (QList<QStringList> { { u"投诉"_qs, u"1"_qs } }));
}

void TestCsvReader::chineseEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("encoding"); // option; empty = detect
    QTest::addColumn<QString>("expectedEncoding");
    QTest::addColumn<QStringList>("expectedHeader");
    QTest::addColumn<QStringList>("expectedRecord");

    // 类型 = C0 E0 D0 CD, 内容 = C4 DA C8 DD, 投诉 = CD B6 CB DF, 物流 = CE EF C1 F7 in GBK.
    const QByteArray gbk = "\xC0\xE0\xD0\xCD,\xC4\xDA\xC8\xDD\r\n\xCD\xB6\xCB\xDF,\xCE\xEF\xC1\xF7\r\n";
    const QStringList header { u"类型"_qs, u"内容"_qs };
    QTest::newRow("GBK detected") << gbk << QByteArray() << u"GB18030"_qs << header
                                  << QStringList { u"投诉"_qs, u"物流"_qs };
    QTest::newRow("GBK named") << gbk << QByteArray("GBK") << u"GBK"_qs << header
                               << QStringList { u"投诉"_qs, u"物流"_qs };
    // GB18030 four-byte sequence (U+1F600) outside GBK.
    QTest::newRow("GB18030 four-byte")
        << QByteArray("a,b\n\xCD\xB6\xCB\xDF,\x94\x39\xFC\x36\n") << QByteArray() << u"GB18030"_qs
        << QStringList { u"a"_qs, u"b"_qs } << QStringList { u"投诉"_qs, u"😀"_qs };
    // 亅 is 81 7C in GBK: its second byte is '|', which must not split the field.
    QTest::newRow("GBK trail byte is a pipe")
        << QByteArray("a|b\n\x81\x7C|\xCE\xEF\xC1\xF7\n") << QByteArray() << u"GB18030"_qs
        << QStringList { u"a"_qs, u"b"_qs } << QStringList { u"亅"_qs, u"物流"_qs };
}

void TestCsvReader::chineseEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, encoding);
    QFETCH(QString, expectedEncoding);
    QFETCH(QStringList, expectedHeader);
    QFETCH(QStringList, expectedRecord);
    CsvOptions options;
    options.encoding = encoding;
    const ReadResult r = readPath(write(QStringLiteral("gbk.csv"), bytes), options);
    QVERIFY2(r.opened, qPrintable(r.error));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.encoding, expectedEncoding);
    QCOMPARE(r.header, expectedHeader);
    QCOMPARE(r.records, QList<QStringList> { expectedRecord });
}

void TestCsvReader::utf16WithBom()
{
    // Excel's "Unicode text" export: UTF-16LE with BOM, tab-separated.
    const QString text = u"\uFEFF类型\t内容\r\n投诉\t物流\r\n"_qs;
    const QByteArray bytes(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const ReadResult r = readBytes(bytes);
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.encoding, QStringLiteral("UTF-16LE"));
    QCOMPARE(r.separator, QLatin1Char('\t'));
    QCOMPARE(r.header, (QStringList { u"类型"_qs, u"内容"_qs }));
    QCOMPARE(r.records, (QList<QStringList> { { u"投诉"_qs, u"物流"_qs } }));
}

void TestCsvReader::separatorDetection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("separator");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QChar(u',');
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1,5;2;3\n4;5,5;6\n") << QChar(u';');
    QTest::newRow("tab") << QByteArray("a\tb\n\"x,y,z\"\t2\n") << QChar(u'\t');
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3") << QChar(u'|');
    QTest::newRow("commas only in quotes")
        << QByteArray("name;note\n\"a,b,c\";x\n\"d,e\";\"f,g,h,i\"\n") << QChar(u';');
    QTest::newRow("one column") << QByteArray("name\nx\n") << QChar(u',');
}

void TestCsvReader::separatorDetection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, separator);
    const ReadResult r = readBytes(bytes);
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.separator, separator);
    for (const QStringList &record : r.records)
        QCOMPARE(record.size(), r.header.size());
}

void TestCsvReader::malformedQuoting()
{
    const QByteArray quoteInside = "a,b\n1,ok\n2,x\"y\n3,z\n";
    const QByteArray textAfterQuote = "a,b\n1,ok\n2,\"x\"y\n3,z\n";
    CsvOptions strict;
    strict.strict = true;
    for (const QByteArray &bytes : { quoteInside, textAfterQuote }) {
        const ReadResult r = readBytes(bytes, strict);
        QVERIFY(r.opened);
        QCOMPARE(r.records.size(), 1); // the good record before the error still arrives
        QVERIFY2(r.error.contains(u"Line 3"_qs), qPrintable(r.error));
        QVERIFY2(r.error.contains(u"quot"_qs), qPrintable(r.error));
    }
    // Lenient (default): libcsv keeps the stray quote as text.
    const ReadResult lenient = readBytes(quoteInside);
    QVERIFY2(lenient.error.isEmpty(), qPrintable(lenient.error));
    QCOMPARE(lenient.records.size(), 3);
    QCOMPARE(lenient.records[1], (QStringList { u"2"_qs, u"x\"y"_qs }));
}

void TestCsvReader::bareCarriageReturnStaysInField()
{
    // Records end at LF only: the bare CRs (as in twcs tweet 3399) stay inside the field.
    const ReadResult r = readBytes("a,b\r\n1,one\r\rtwo\r\n2,three\r\n");
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.records.size(), 2);
    QCOMPARE(r.records[0], (QStringList { u"1"_qs, u"one\r\rtwo"_qs }));
    QCOMPARE(r.records[1], (QStringList { u"2"_qs, u"three"_qs }));
    QCOMPARE(r.lines, (QList<qint64> { 2, 3 }));
}

void TestCsvReader::truncatedFileNamesTheLine()
{
    const QByteArray bytes = "a,b\n1,x\n2,\"cut off\nin the middle";
    for (bool strictMode : { false, true }) {
        CsvOptions options;
        options.strict = strictMode;
        const ReadResult r = readPath(write(QStringLiteral("cut.csv"), bytes), options);
        QVERIFY(r.opened);
        QCOMPARE(r.records.size(), 1);
        QVERIFY2(r.error.contains(u"record starting on line 3"_qs), qPrintable(r.error));
        QVERIFY2(r.error.contains(u"ends inside a quoted field"_qs), qPrintable(r.error));
    }
}

void TestCsvReader::blankLinesAreSkippedButCounted()
{
    const ReadResult r = readBytes("\r\na,b\r\n\r\n1,2\n\n\n3,4\n\n");
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.header, (QStringList { u"a"_qs, u"b"_qs }));
    QCOMPARE(r.records.size(), 2);
    QCOMPARE(r.lines, (QList<qint64> { 4, 7 }));
}

void TestCsvReader::emptyFileFails()
{
    const ReadResult r = readBytes(QByteArray());
    QVERIFY(!r.opened);
    QVERIFY2(r.error.contains(u"empty"_qs), qPrintable(r.error));
    QVERIFY(!readBytes("\n\r\n\n").opened);
}

void TestCsvReader::veryLongField()
{
    // A 1.5 MB quoted field with separators, quotes and line breaks spans the 1 MiB chunks.
    QByteArray big;
    const QByteArray piece = "投诉, \"\"物流\"\"\n";
    while (big.size() < 1500 * 1000)
        big += piece;
    const ReadResult r = readPath(write(QStringLiteral("long.csv"), "id,text\n1,\"" + big + "\"\n2,x\n"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.records.size(), 2);
    QString expected = QString::fromUtf8(big);
    expected.replace(u"\"\""_qs, u"\""_qs);
    QCOMPARE(r.records[0].at(1).size(), expected.size());
    QVERIFY(r.records[0].at(1) == expected);
    QCOMPARE(r.lines.at(1), 3 + big.count('\n'));
}

void TestCsvReader::hostileStringsPassThrough()
{
    const QStringList hostile {
        u"=cmd|' /C calc'!A0"_qs, u"'; DROP TABLE tickets;--"_qs,
        u"\u202Egnp.exe"_qs,      u"+1+1"_qs,
        u"@SUM(A1)"_qs,           u"tab\tand\x01control"_qs,
        u"  padded  "_qs,         u"<script>alert(1)</script>"_qs,
    };
    QByteArray csv = "value,n\n";
    for (int i = 0; i < hostile.size(); ++i) {
        QByteArray field = hostile.at(i).toUtf8();
        field.replace("\"", "\"\"");
        csv += '"' + field + "\"," + QByteArray::number(i) + '\n';
    }
    const ReadResult r = readBytes(csv);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.separator, QLatin1Char(','));
    QCOMPARE(r.records.size(), hostile.size());
    for (int i = 0; i < hostile.size(); ++i)
        QCOMPARE(r.records[i].at(0), hostile.at(i));
}

void TestCsvReader::flipkartSample()
{
    const QString path
        = QStringLiteral(TEAMLENS_SHARED_DATA_DIR "/flipkart-csat/Customer_support_data_sample.csv");
    if (!QFile::exists(path))
        QSKIP("shared data set not present");
    for (bool strictMode : { false, true }) {
        CsvOptions options;
        options.strict = strictMode;
        const ReadResult r = readPath(path, options);
        QVERIFY2(r.opened, qPrintable(r.error));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(r.separator, QLatin1Char(','));
        QCOMPARE(r.header.size(), 20);
        QCOMPARE(r.header.first(), QStringLiteral("Unique id"));
        QCOMPARE(r.header.last(), QStringLiteral("CSAT Score"));
        QCOMPARE(r.records.size(), 817);
        for (const QStringList &record : r.records)
            QCOMPARE(record.size(), 20);
        QCOMPARE(r.lines.last(), 818); // one line per record, CRLF ends
        // Trailing spaces in remarks are data and survive (SOURCE.md: 144 rows have them).
        const qsizetype trailing = std::count_if(r.records.begin(), r.records.end(),
                                                 [](const QStringList &f) { return f.at(4).endsWith(u' '); });
        QCOMPARE(trailing, 144);
    }
}

void TestCsvReader::twcsSample()
{
    const QString path = QStringLiteral(TEAMLENS_SHARED_DATA_DIR "/twcs-sample/twcs_first5000.csv");
    if (!QFile::exists(path))
        QSKIP("shared data set not present");
    const ReadResult r = readPath(path);
    QVERIFY2(r.opened, qPrintable(r.error));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.header,
             (QStringList { QString(), u"tweet_id"_qs, u"author_id"_qs, u"inbound"_qs, u"created_at"_qs,
                            u"text"_qs, u"response_tweet_id"_qs, u"in_response_to_tweet_id"_qs }));
    // 5,000 records of 8 fields: records end at LF only, so tweet 3399's two bare CRs inside its
    // unquoted text stay in the field instead of splitting it (Python's csv module reads 5,002).
    QCOMPARE(r.records.size(), 5000);
    for (const QStringList &record : r.records)
        QCOMPARE(record.size(), 8);
    const auto tweet3399 = std::find_if(r.records.begin(), r.records.end(),
                                        [](const QStringList &f) { return f.at(1) == u"3399"_qs; });
    QVERIFY(tweet3399 != r.records.end());
    QVERIFY(tweet3399->at(5).contains(u"\r\r"_qs));
    QCOMPARE(r.records.first().at(1), u"1"_qs);
    QCOMPARE(r.records.last().at(0), u"4999"_qs);
    // A comma-separated id list inside quotes stays one field.
    QVERIFY(std::any_of(r.records.begin(), r.records.end(),
                        [](const QStringList &f) { return f.at(6).contains(u','); }));
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"

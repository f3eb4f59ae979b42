#include "import/DateTimeFormat.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

/** Compiled date/time patterns and the zone converter that turns wall clocks into UTC. */
class TestDateTimeFormat : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void offsets_data();
    void offsets();
    void specialFormats();
    void invalidPatterns_data();
    void invalidPatterns();
    void hasTime();
    void zoneFixedOffset();
    void zoneDstGapAndOverlap();
    void zoneInvalid();
    void manyCellsParseConsistently();
};

namespace {

qint64 wall(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

void TestDateTimeFormat::parses_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("flipkart") << u"dd/MM/yyyy HH:mm"_s << u"01/08/2023 11:13"_s << wall(2023, 8, 1, 11, 13);
    QTest::newRow("short tokens") << u"d/M/yy H:m:s"_s << u"1/8/23 9:5:7"_s << wall(2023, 8, 1, 9, 5, 7);
    QTest::newRow("short tokens take two digits") << u"d/M/yyyy"_s << u"31/12/2023"_s << wall(2023, 12, 31);
    QTest::newRow("yy 69 is 2069") << u"dd-MM-yy"_s << u"01-01-69"_s << wall(2069, 1, 1);
    QTest::newRow("yy 70 is 1970") << u"dd-MM-yy"_s << u"01-01-70"_s << wall(1970, 1, 1);
    QTest::newRow("survey date") << u"dd-MMM-yy"_s << u"01-Aug-23"_s << wall(2023, 8, 1);
    QTest::newRow("month name any case") << u"dd-MMM-yy"_s << u"29-AUG-23"_s << wall(2023, 8, 29);
    QTest::newRow("long month") << u"MMMM d, yyyy"_s << u"February 29, 2024"_s << wall(2024, 2, 29);
    QTest::newRow("weekday ignored") << u"dddd, dd MMMM yyyy"_s << u"Saturday, 03 February 2024"_s
                                     << wall(2024, 2, 3);
    QTest::newRow("pm") << u"hh:mm AP dd.MM.yyyy"_s << u"01:05 PM 03.02.2024"_s << wall(2024, 2, 3, 13, 5);
    QTest::newRow("12 am is midnight")
        << u"h:mm ap yyyy-MM-dd"_s << u"12:30 am 2024-02-03"_s << wall(2024, 2, 3, 0, 30);
    QTest::newRow("12 pm is noon") << u"h:mm ap yyyy-MM-dd"_s << u"12:30 PM 2024-02-03"_s
                                   << wall(2024, 2, 3, 12, 30);
    QTest::newRow("fraction ignored")
        << u"yyyy-MM-dd HH:mm:ss.zzz"_s << u"2024-02-03 04:05:06.789"_s << wall(2024, 2, 3, 4, 5, 6);
    QTest::newRow("quoted literal") << u"'at' HH:mm 'on' yyyy/MM/dd"_s << u"at 07:08 on 2024/02/03"_s
                                    << wall(2024, 2, 3, 7, 8);
    QTest::newRow("quote in literal") << u"yyyy-MM-dd''HH"_s << u"2024-02-03'05"_s << wall(2024, 2, 3, 5);
    QTest::newRow("compact") << u"yyyyMMddHHmmss"_s << u"20240203040506"_s << wall(2024, 2, 3, 4, 5, 6);
    QTest::newRow("trimmed") << u"yyyy-MM-dd"_s << u"  2024-02-03 "_s << wall(2024, 2, 3);
    QTest::newRow("chinese literal") << u"yyyy年M月d日 HH:mm"_s << u"2024年2月3日 08:09"_s
                                     << wall(2024, 2, 3, 8, 9);
    QTest::newRow("twitter") << u"ddd MMM dd HH:mm:ss Z yyyy"_s << u"Tue Oct 31 22:10:47 +0000 2017"_s
                             << wall(2017, 10, 31, 22, 10, 47);
    QTest::newRow("leap day") << u"dd/MM/yyyy"_s << u"29/02/2000"_s << wall(2000, 2, 29);
}

void TestDateTimeFormat::parses()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const DateTimeFormat format(pattern);
    QVERIFY2(format.isValid(), qPrintable(format.errorString()));
    const auto parsed = format.parse(text);
    QVERIFY(parsed);
    QCOMPARE(parsed->localSeconds, expected);
}

void TestDateTimeFormat::rejects_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::newRow("31 February") << u"dd/MM/yyyy HH:mm"_s << u"31/02/2023 10:00"_s;
    QTest::newRow("29 February 2023") << u"dd/MM/yyyy"_s << u"29/02/2023"_s;
    QTest::newRow("29 February 1900") << u"dd/MM/yyyy"_s << u"29/02/1900"_s;
    QTest::newRow("month 13") << u"dd/MM/yyyy"_s << u"01/13/2023"_s;
    QTest::newRow("hour 24") << u"yyyy-MM-dd HH:mm"_s << u"2023-01-01 24:00"_s;
    QTest::newRow("minute 60") << u"yyyy-MM-dd HH:mm"_s << u"2023-01-01 23:60"_s;
    QTest::newRow("missing time") << u"dd/MM/yyyy HH:mm"_s << u"01/08/2023"_s;
    QTest::newRow("trailing text") << u"dd/MM/yyyy"_s << u"01/08/2023 x"_s;
    QTest::newRow("dd needs two digits") << u"dd/MM/yyyy"_s << u"1/08/2023"_s;
    QTest::newRow("unknown month") << u"dd-MMM-yy"_s << u"01-Foo-23"_s;
    QTest::newRow("unknown weekday") << u"ddd MMM dd yyyy"_s << u"Fri Foo 01 2023"_s;
    QTest::newRow("hour 13 with pm") << u"hh:mm AP yyyy-MM-dd"_s << u"13:00 PM 2023-01-01"_s;
    QTest::newRow("bad offset") << u"yyyy-MM-dd HH:mm Z"_s << u"2023-01-01 10:00 +99"_s;
    QTest::newRow("empty") << u"yyyy-MM-dd"_s << QString();
    QTest::newRow("letters") << u"yyyy-MM-dd"_s << u"yesterday"_s;
}

void TestDateTimeFormat::rejects()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    const DateTimeFormat format(pattern);
    QVERIFY2(format.isValid(), qPrintable(format.errorString()));
    QVERIFY(!format.parse(text));
}

void TestDateTimeFormat::offsets_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("local");
    QTest::addColumn<int>("offset");
    QTest::newRow("+0000") << u"ddd MMM dd HH:mm:ss Z yyyy"_s << u"Tue Oct 31 22:10:47 +0000 2017"_s
                           << wall(2017, 10, 31, 22, 10, 47) << 0;
    QTest::newRow("+0800") << u"yyyy-MM-dd HH:mm Z"_s << u"2024-02-03 10:00 +0800"_s << wall(2024, 2, 3, 10)
                           << 28800;
    QTest::newRow("+08:00") << u"yyyy-MM-dd HH:mm Z"_s << u"2024-02-03 10:00 +08:00"_s << wall(2024, 2, 3, 10)
                            << 28800;
    QTest::newRow("-05:30") << u"yyyy-MM-dd HH:mm Z"_s << u"2024-02-03 10:00 -05:30"_s << wall(2024, 2, 3, 10)
                            << -19800;
    QTest::newRow("Z") << u"yyyy-MM-dd HH:mm Z"_s << u"2024-02-03 10:00 Z"_s << wall(2024, 2, 3, 10) << 0;
    QTest::newRow("iso offset") << u"iso"_s << u"2024-02-03T10:00:00.5+05:30"_s << wall(2024, 2, 3, 10)
                                << 19800;
    QTest::newRow("iso Z") << u"iso"_s << u"2024-02-03 10:00Z"_s << wall(2024, 2, 3, 10) << 0;
}

void TestDateTimeFormat::offsets()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(qint64, local);
    QFETCH(int, offset);
    const auto parsed = DateTimeFormat(pattern).parse(text);
    QVERIFY(parsed);
    QCOMPARE(parsed->localSeconds, local);
    QVERIFY(parsed->offsetSeconds);
    QCOMPARE(*parsed->offsetSeconds, offset);
}

void TestDateTimeFormat::specialFormats()
{
    const DateTimeFormat iso(u"iso"_s);
    QCOMPARE(iso.parse(u"2024-02-03")->localSeconds, wall(2024, 2, 3));
    QCOMPARE(iso.parse(u"2024-02-03T04:05")->localSeconds, wall(2024, 2, 3, 4, 5));
    QVERIFY(!iso.parse(u"2024-02-03")->offsetSeconds);
    QVERIFY(!iso.parse(u"2024-02-30"));
    QVERIFY(!iso.parse(u"2024-2-3"));

    const DateTimeFormat excel(u"excel"_s);
    QCOMPARE(excel.parse(u"45292.5")->localSeconds, wall(2024, 1, 1, 12));
    QCOMPARE(excel.parse(u"1")->localSeconds, wall(1900, 1, 1));
    QCOMPARE(excel.parse(u"61")->localSeconds, wall(1900, 3, 1));
    QVERIFY(!excel.parse(u"60")); // Lotus' 1900-02-29 does not exist
    QVERIFY(!excel.parse(u"-3"));
    QVERIFY(!excel.parse(u"abc"));

    const auto epoch = DateTimeFormat(u"epoch"_s).parse(u"1700000000");
    QCOMPARE(epoch->localSeconds, 1700000000);
    QCOMPARE(epoch->offsetSeconds.value_or(-1), 0);
    QCOMPARE(DateTimeFormat(u"epoch_ms"_s).parse(u"1700000000123")->localSeconds, 1700000000);
}

void TestDateTimeFormat::invalidPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("empty") << QString();
    QTest::newRow("upper-case year") << u"YYYY-MM-DD"_s;
    QTest::newRow("unquoted T") << u"yyyy-MM-ddTHH:mm"_s;
    QTest::newRow("unterminated quote") << u"yyyy-MM-dd 'at HH"_s;
    QTest::newRow("no date") << u"HH:mm"_s;
    QTest::newRow("no day") << u"yyyy-MM"_s;
    QTest::newRow("h without AP") << u"yyyy-MM-dd hh:mm"_s;
    QTest::newRow("AP without h") << u"yyyy-MM-dd HH:mm AP"_s;
    QTest::newRow("twice") << u"yyyy-MM-dd dd"_s;
    QTest::newRow("three-letter year") << u"yyy-MM-dd"_s;
}

void TestDateTimeFormat::invalidPatterns()
{
    QFETCH(QString, pattern);
    const DateTimeFormat format(pattern);
    QVERIFY(!format.isValid());
    QVERIFY(!format.errorString().isEmpty());
    QVERIFY(!format.parse(u"2024-01-01"));
}

void TestDateTimeFormat::hasTime()
{
    QVERIFY(!DateTimeFormat(u"dd-MMM-yy"_s).hasTime());
    QVERIFY(DateTimeFormat(u"dd/MM/yyyy HH:mm"_s).hasTime());
    QVERIFY(DateTimeFormat(u"iso"_s).hasTime());
}

void TestDateTimeFormat::zoneFixedOffset()
{
    const ZoneConverter kolkata(u"Asia/Kolkata"_s);
    QVERIFY(kolkata.isValid());
    QCOMPARE(kolkata.toUtc(wall(2023, 8, 1, 11, 13)), wall(2023, 8, 1, 5, 43));
    QCOMPARE(kolkata.toUtc(wall(2023, 8, 1, 11, 14)), wall(2023, 8, 1, 5, 44)); // cached hour
    const ZoneConverter utc(QString {});
    QVERIFY(utc.isValid());
    QCOMPARE(utc.toUtc(wall(2023, 8, 1, 11, 13)), wall(2023, 8, 1, 11, 13));
}

void TestDateTimeFormat::zoneDstGapAndOverlap()
{
    const ZoneConverter berlin(u"Europe/Berlin"_s);
    QVERIFY(berlin.isValid());
    QCOMPARE(berlin.toUtc(wall(2024, 1, 15, 12)), wall(2024, 1, 15, 11)); // CET
    QCOMPARE(berlin.toUtc(wall(2024, 7, 15, 12)), wall(2024, 7, 15, 10)); // CEST
    QCOMPARE(berlin.toUtc(wall(2024, 3, 31, 1, 59)), wall(2024, 3, 31, 0, 59));
    // 02:30 on 31 March 2024 does not exist; it moves forward to 03:30 CEST = 01:30 UTC.
    QCOMPARE(berlin.toUtc(wall(2024, 3, 31, 2, 30)), wall(2024, 3, 31, 1, 30));
    QCOMPARE(berlin.toUtc(wall(2024, 3, 31, 3, 0)), wall(2024, 3, 31, 1, 0));
    // 02:30 on 27 October 2024 happens twice; the earlier instant (CEST) wins.
    QCOMPARE(berlin.toUtc(wall(2024, 10, 27, 2, 30)), wall(2024, 10, 27, 0, 30));
    QCOMPARE(berlin.toUtc(wall(2024, 10, 27, 3, 0)), wall(2024, 10, 27, 2, 0));
    // Asked again, the cached answers agree.
    QCOMPARE(berlin.toUtc(wall(2024, 10, 27, 2, 45)), wall(2024, 10, 27, 0, 45));
    QCOMPARE(berlin.toUtc(wall(2024, 3, 31, 2, 45)), wall(2024, 3, 31, 1, 45));
}

void TestDateTimeFormat::zoneInvalid()
{
    QVERIFY(!ZoneConverter(u"Mars/Olympus_Mons"_s).isValid());
}

void TestDateTimeFormat::manyCellsParseConsistently()
{
    // Not a timing: a sanity check that one compiled format serves many cells and the zone
    // cache gives the same answers as a fresh converter.
    const DateTimeFormat format(u"dd/MM/yyyy HH:mm"_s);
    const ZoneConverter cached(u"Europe/Berlin"_s);
    qint64 previous = 0;
    for (int i = 0; i < 20000; ++i) {
        const qint64 local = wall(2024, 1, 1) + qint64(i) * 1800;
        const QDateTime dt = QDateTime::fromSecsSinceEpoch(local, QTimeZone::utc());
        const auto parsed = format.parse(dt.toString(u"dd/MM/yyyy HH:mm"_s));
        QVERIFY(parsed);
        QCOMPARE(parsed->localSeconds, local);
        const qint64 utc = cached.toUtc(local);
        // Wall clocks an hour apart are at most two hours apart in UTC, whatever DST does.
        QVERIFY(i == 0 || qAbs(utc - previous - 1800) <= 3600);
        previous = utc;
        if (i % 97 == 0)
            QCOMPARE(ZoneConverter(u"Europe/Berlin"_s).toUtc(local), utc);
    }
}

QTEST_APPLESS_MAIN(TestDateTimeFormat)
#include "TestDateTimeFormat.moc"

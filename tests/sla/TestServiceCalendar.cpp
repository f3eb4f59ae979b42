#include "sla/ServiceCalendar.h"

#include <QTest>

/**
 * ServiceCalendar: SLA clocks that run only in service hours, across night gaps, holidays,
 * weekly hours with breaks and daylight-saving changes.
 */
class TestServiceCalendar : public QObject
{
    Q_OBJECT

private slots:
    void addServiceSeconds_data();
    void addServiceSeconds();
    void serviceSecondsBetween_data();
    void serviceSecondsBetween();
    void holidays();
    void weeklyHoursWithBreak();
    void daylightSavingChange_data();
    void daylightSavingChange();
    void calendarWithoutHours();
    void isInService_data();
    void isInService();
    void epochFormsAgree();

private:
    static QDateTime local(const QString &text, const QTimeZone &zone)
    {
        return QDateTime(QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm")).date(),
                         QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm")).time(), zone);
    }
    static QString format(const QDateTime &instant, const QTimeZone &zone)
    {
        return instant.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
};

namespace {
const QTimeZone shanghai(QByteArrayLiteral("Asia/Shanghai"));
} // namespace

void TestServiceCalendar::addServiceSeconds_data()
{
    QTest::addColumn<QString>("created");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("expectedDue");

    // Standard calendar: every day 08:00–24:00.
    QTest::newRow("inside hours") << "2026-06-10 09:00" << 30 << "2026-06-10 09:30";
    QTest::newRow("23:50 + 60 min runs into the next morning")
        << "2026-06-10 23:50" << 60 << "2026-06-11 08:50";
    QTest::newRow("03:00 + 60 min starts at opening") << "2026-06-10 03:00" << 60 << "2026-06-10 09:00";
    QTest::newRow("exactly at opening") << "2026-06-10 08:00" << 30 << "2026-06-10 08:30";
    QTest::newRow("ends at midnight") << "2026-06-10 23:00" << 60 << "2026-06-11 00:00";
    QTest::newRow("24 service hours span two days") << "2026-06-10 10:00" << 24 * 60 << "2026-06-11 18:00";
    QTest::newRow("three days of service hours") << "2026-06-10 08:00" << 48 * 60 << "2026-06-13 00:00";
    QTest::newRow("created at midnight") << "2026-06-10 00:00" << 1 << "2026-06-10 08:01";
    QTest::newRow("across a month end") << "2026-06-30 23:30" << 60 << "2026-07-01 08:30";
}

void TestServiceCalendar::addServiceSeconds()
{
    QFETCH(QString, created);
    QFETCH(int, minutes);
    QFETCH(QString, expectedDue);
    const ServiceCalendar calendar = ServiceCalendar::standard(shanghai);
    const QDateTime due = calendar.addServiceSeconds(local(created, shanghai), qint64(minutes) * 60);
    QVERIFY(due.isValid());
    QCOMPARE(due.timeSpec(), Qt::UTC);
    QCOMPARE(format(due, shanghai), expectedDue);
    // The round trip: the service time between creation and due is the target.
    QCOMPARE(calendar.serviceSecondsBetween(local(created, shanghai), due), qint64(minutes) * 60);
}

void TestServiceCalendar::serviceSecondsBetween_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("inside one window") << "2026-06-10 09:00"
                                       << "2026-06-10 10:30" << qint64(5400);
    QTest::newRow("across the night gap") << "2026-06-10 23:00"
                                          << "2026-06-11 09:00" << qint64(7200);
    QTest::newRow("both in the night") << "2026-06-11 01:00"
                                       << "2026-06-11 07:00" << qint64(0);
    QTest::newRow("a whole day") << "2026-06-10 00:00"
                                 << "2026-06-11 00:00" << qint64(16 * 3600);
    QTest::newRow("a week") << "2026-06-08 00:00"
                            << "2026-06-15 00:00" << qint64(7 * 16 * 3600);
    QTest::newRow("to before from") << "2026-06-10 12:00"
                                    << "2026-06-10 11:00" << qint64(0);
    QTest::newRow("empty interval") << "2026-06-10 12:00"
                                    << "2026-06-10 12:00" << qint64(0);
    QTest::newRow("from outside, to inside") << "2026-06-10 05:00"
                                             << "2026-06-10 08:15" << qint64(900);
}

void TestServiceCalendar::serviceSecondsBetween()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(qint64, expected);
    const ServiceCalendar calendar = ServiceCalendar::standard(shanghai);
    QCOMPARE(calendar.serviceSecondsBetween(local(from, shanghai), local(to, shanghai)), expected);
}

void TestServiceCalendar::holidays()
{
    ServiceCalendar calendar = ServiceCalendar::standard(shanghai);
    calendar.addHoliday(QDate(2026, 10, 1));
    calendar.addHoliday(QDate(2026, 10, 2));
    QVERIFY(calendar.isHoliday(QDate(2026, 10, 1)));
    QVERIFY(!calendar.isHoliday(QDate(2026, 10, 3)));

    // A complaint filed late on 30 September waits until 3 October.
    const QDateTime due
        = calendar.addServiceSeconds(local(QStringLiteral("2026-09-30 23:30"), shanghai), 3600);
    QCOMPARE(format(due, shanghai), QStringLiteral("2026-10-03 08:30"));
    QCOMPARE(calendar.serviceSecondsBetween(local(QStringLiteral("2026-09-30 23:00"), shanghai),
                                            local(QStringLiteral("2026-10-03 09:00"), shanghai)),
             qint64(7200));
    QVERIFY(!calendar.isInService(local(QStringLiteral("2026-10-01 12:00"), shanghai)));
    QVERIFY(calendar.isInService(local(QStringLiteral("2026-10-03 12:00"), shanghai)));
}

void TestServiceCalendar::weeklyHoursWithBreak()
{
    // Monday to Friday 09:00–12:00 and 13:00–18:00, closed at weekends.
    ServiceCalendar calendar(shanghai);
    for (int day = 1; day <= 5; ++day)
        calendar.setHours(day, { { 13 * 60, 18 * 60 }, { 9 * 60, 12 * 60 } }); // unsorted on purpose
    QCOMPARE(calendar.hours(1).first().startMinute, 9 * 60);
    QVERIFY(calendar.hours(6).isEmpty());

    // 2026-06-12 is a Friday.
    QCOMPARE(format(calendar.addServiceSeconds(local(QStringLiteral("2026-06-12 17:30"), shanghai), 3600),
                    shanghai),
             QStringLiteral("2026-06-15 09:30"));
    QCOMPARE(format(calendar.addServiceSeconds(local(QStringLiteral("2026-06-12 11:30"), shanghai), 3600),
                    shanghai),
             QStringLiteral("2026-06-12 13:30"));
    QCOMPARE(
        format(calendar.addServiceSeconds(local(QStringLiteral("2026-06-13 10:00"), shanghai), 60), shanghai),
        QStringLiteral("2026-06-15 09:01"));
    QCOMPARE(calendar.serviceSecondsBetween(local(QStringLiteral("2026-06-12 00:00"), shanghai),
                                            local(QStringLiteral("2026-06-15 00:00"), shanghai)),
             qint64(8 * 3600));
    QVERIFY(!calendar.isInService(local(QStringLiteral("2026-06-12 12:30"), shanghai)));
}

void TestServiceCalendar::daylightSavingChange_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<int>("startMinute");
    QTest::addColumn<int>("endMinute");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("expectedSeconds");

    // Europe/Berlin: 2026-03-29 02:00 → 03:00 (23-hour day); 2026-10-25 03:00 → 02:00 (25 hours).
    const QByteArray berlin = QByteArrayLiteral("Europe/Berlin");
    QTest::newRow("spring day, all-day calendar") << berlin << 0 << 1440 << "2026-03-29 00:00"
                                                  << "2026-03-30 00:00" << qint64(23 * 3600);
    QTest::newRow("autumn day, all-day calendar") << berlin << 0 << 1440 << "2026-10-25 00:00"
                                                  << "2026-10-26 00:00" << qint64(25 * 3600);
    QTest::newRow("spring day keeps 08:00–24:00") << berlin << 480 << 1440 << "2026-03-29 00:00"
                                                  << "2026-03-30 00:00" << qint64(16 * 3600);
    QTest::newRow("autumn day keeps 08:00–24:00") << berlin << 480 << 1440 << "2026-10-25 00:00"
                                                  << "2026-10-26 00:00" << qint64(16 * 3600);
    // Opening at 02:30, inside the skipped hour: the window opens when the clock reaches 03:00.
    QTest::newRow("opening inside the spring gap") << berlin << 150 << 240 << "2026-03-29 00:00"
                                                   << "2026-03-30 00:00" << qint64(3600);
    // America/Santiago moves from 00:00 to 01:00 on 2026-09-06: that midnight does not exist.
    const QByteArray santiago = QByteArrayLiteral("America/Santiago");
    QTest::newRow("day before a midnight gap") << santiago << 0 << 1440 << "2026-09-05 00:00"
                                               << "2026-09-06 01:00" << qint64(24 * 3600);
    QTest::newRow("day starting in a midnight gap") << santiago << 0 << 1440 << "2026-09-06 01:00"
                                                    << "2026-09-07 00:00" << qint64(23 * 3600);
}

void TestServiceCalendar::daylightSavingChange()
{
    QFETCH(QByteArray, zoneId);
    QFETCH(int, startMinute);
    QFETCH(int, endMinute);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(qint64, expectedSeconds);
    const QTimeZone zone(zoneId);
    QVERIFY(zone.isValid());
    ServiceCalendar calendar(zone);
    for (int day = 1; day <= 7; ++day)
        calendar.setHours(day, { { startMinute, endMinute } });
    QCOMPARE(calendar.serviceSecondsBetween(local(from, zone), local(to, zone)), expectedSeconds);
    // Service time runs out at the last window's end, which is `to` whenever `to` ends a window.
    if (endMinute == 1440)
        QCOMPARE(calendar.addServiceSeconds(local(from, zone), expectedSeconds), local(to, zone));
}

void TestServiceCalendar::calendarWithoutHours()
{
    const ServiceCalendar calendar(shanghai);
    const QDateTime from = local(QStringLiteral("2026-06-10 09:00"), shanghai);
    QVERIFY(!calendar.addServiceSeconds(from, 60).isValid());
    QCOMPARE(calendar.addServiceSeconds(from.toSecsSinceEpoch(), 60), qint64(-1));
    QCOMPARE(calendar.serviceSecondsBetween(from, from.addDays(3)), qint64(0));
    QVERIFY(!calendar.isInService(from));

    // Hours on one weekday only, and that day a holiday every week for years: still terminates.
    ServiceCalendar holidaysOnly(shanghai);
    holidaysOnly.setHours(3, { { 9 * 60, 10 * 60 } });
    for (QDate day(2026, 6, 1); day < QDate(2037, 1, 1); day = day.addDays(1)) {
        if (day.dayOfWeek() == 3)
            holidaysOnly.addHoliday(day);
    }
    QCOMPARE(holidaysOnly.addServiceSeconds(from.toSecsSinceEpoch(), 60), qint64(-1));
    // A zero target is due at once, even outside service hours.
    QCOMPARE(calendar.addServiceSeconds(from, 0), from);
}

void TestServiceCalendar::isInService_data()
{
    QTest::addColumn<QString>("instant");
    QTest::addColumn<bool>("expected");
    QTest::newRow("before opening") << "2026-06-10 07:59" << false;
    QTest::newRow("opening minute") << "2026-06-10 08:00" << true;
    QTest::newRow("late evening") << "2026-06-10 23:59" << true;
    QTest::newRow("midnight") << "2026-06-11 00:00" << false;
}

void TestServiceCalendar::isInService()
{
    QFETCH(QString, instant);
    QFETCH(bool, expected);
    QCOMPARE(ServiceCalendar::standard(shanghai).isInService(local(instant, shanghai)), expected);
}

void TestServiceCalendar::epochFormsAgree()
{
    const ServiceCalendar calendar = ServiceCalendar::standard(shanghai);
    const QDateTime from = local(QStringLiteral("2026-06-10 23:50"), shanghai);
    QCOMPARE(calendar.addServiceSeconds(from.toSecsSinceEpoch(), 3600),
             calendar.addServiceSeconds(from, 3600).toSecsSinceEpoch());
    QCOMPARE(calendar.serviceSecondsBetween(from.toSecsSinceEpoch(), from.toSecsSinceEpoch() + 86400),
             calendar.serviceSecondsBetween(from, from.addSecs(86400)));
}

QTEST_APPLESS_MAIN(TestServiceCalendar)
#include "TestServiceCalendar.moc"

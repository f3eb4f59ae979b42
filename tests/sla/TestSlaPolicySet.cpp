#include "sla/SlaPolicy.h"

#include <QTest>

/** SlaPolicySet: which policy a ticket gets (lowest precedence number among matches) and its due times. */
class TestSlaPolicySet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void match_data();
    void match();
    void equalPrecedenceKeepsInsertionOrder();
    void noMatchingPolicy();
    void dueTimes();
    void missingCalendar();

private:
    SlaPolicySet m_policies;
    QTimeZone m_zone { QByteArrayLiteral("Asia/Shanghai") };
};

namespace {
SlaPolicy policy(qint64 id, const char *name, std::optional<Platform> platform,
                 std::optional<TicketType> type, std::optional<Priority> priority, int firstResponse,
                 int precedence)
{
    SlaPolicy result;
    result.id = id;
    result.name = QString::fromUtf8(name);
    result.platform = platform;
    result.type = type;
    result.priority = priority;
    result.firstResponseMinutes = firstResponse;
    result.resolutionMinutes = 24 * 60;
    result.calendarId = 1;
    result.precedence = precedence;
    return result;
}
} // namespace

void TestSlaPolicySet::initTestCase()
{
    m_policies.addCalendar(1, ServiceCalendar::standard(m_zone));
    // Added out of order on purpose: the set keeps them sorted by precedence.
    m_policies.addPolicy(policy(3, "Default", std::nullopt, std::nullopt, std::nullopt, 60, 1000));
    m_policies.addPolicy(
        policy(1, "Consultation", std::nullopt, TicketType::Consultation, std::nullopt, 30, 10));
    m_policies.addPolicy(
        policy(4, "JD urgent complaint", Platform::Jd, TicketType::Complaint, Priority::Urgent, 15, 5));
    m_policies.addPolicy(policy(2, "Complaint", std::nullopt, TicketType::Complaint, std::nullopt, 60, 10));
    m_policies.addPolicy(policy(5, "Urgent anywhere", std::nullopt, std::nullopt, Priority::Urgent, 20, 50));
    m_policies.addPolicy(policy(6, "Douyin", Platform::Douyin, std::nullopt, std::nullopt, 45, 20));
}

void TestSlaPolicySet::match_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<TicketType>("type");
    QTest::addColumn<Priority>("priority");
    QTest::addColumn<QString>("expected");

    QTest::newRow("consultation") << Platform::Taobao << TicketType::Consultation << Priority::Normal
                                  << "Consultation";
    QTest::newRow("complaint") << Platform::Taobao << TicketType::Complaint << Priority::Normal
                               << "Complaint";
    QTest::newRow("return falls to default")
        << Platform::Pdd << TicketType::Return << Priority::Low << "Default";
    QTest::newRow("most specific and lowest number")
        << Platform::Jd << TicketType::Complaint << Priority::Urgent << "JD urgent complaint";
    QTest::newRow("JD complaint, not urgent")
        << Platform::Jd << TicketType::Complaint << Priority::High << "Complaint";
    QTest::newRow("type beats priority by precedence")
        << Platform::Taobao << TicketType::Complaint << Priority::Urgent << "Complaint";
    QTest::newRow("urgent refund") << Platform::Own << TicketType::Refund << Priority::Urgent
                                   << "Urgent anywhere";
    QTest::newRow("platform policy") << Platform::Douyin << TicketType::Refund << Priority::Urgent
                                     << "Douyin";
    QTest::newRow("platform policy loses to type")
        << Platform::Douyin << TicketType::Consultation << Priority::Normal << "Consultation";
}

void TestSlaPolicySet::match()
{
    QFETCH(Platform, platform);
    QFETCH(TicketType, type);
    QFETCH(Priority, priority);
    QFETCH(QString, expected);
    const SlaPolicy *matched = m_policies.match(platform, type, priority);
    QVERIFY(matched);
    QCOMPARE(matched->name, expected);
}

void TestSlaPolicySet::equalPrecedenceKeepsInsertionOrder()
{
    SlaPolicySet set;
    set.addPolicy(policy(1, "First", std::nullopt, TicketType::Refund, std::nullopt, 30, 10));
    set.addPolicy(policy(2, "Second", std::nullopt, std::nullopt, Priority::High, 30, 10));
    QCOMPARE(set.match(Platform::Jd, TicketType::Refund, Priority::High)->name, QStringLiteral("First"));
    QCOMPARE(set.policies().size(), 2);
}

void TestSlaPolicySet::noMatchingPolicy()
{
    SlaPolicySet set;
    set.addCalendar(1, ServiceCalendar::standard(m_zone));
    set.addPolicy(policy(1, "Refunds only", std::nullopt, TicketType::Refund, std::nullopt, 30, 10));
    QVERIFY(!set.match(Platform::Jd, TicketType::Repair, Priority::Normal));
    const SlaDueTimes due = set.dueTimes(Platform::Jd, TicketType::Repair, Priority::Normal, 0);
    QCOMPARE(due.policyId, qint64(0));
    QCOMPARE(due.firstResponseDue, qint64(-1));
    QCOMPARE(due.resolutionDue, qint64(-1));
}

void TestSlaPolicySet::dueTimes()
{
    // A complaint at 23:50: first response due 08:50 the next morning, resolution after 24 service hours.
    const QDateTime created(QDate(2026, 6, 10), QTime(23, 50), m_zone);
    const SlaDueTimes due = m_policies.dueTimes(Platform::Taobao, TicketType::Complaint, Priority::Normal,
                                                created.toSecsSinceEpoch());
    QCOMPARE(due.policyId, qint64(2));
    QCOMPARE(QDateTime::fromSecsSinceEpoch(due.firstResponseDue, m_zone),
             QDateTime(QDate(2026, 6, 11), QTime(8, 50), m_zone));
    // 10 min on the 10th, 16 h on the 11th, 7 h 50 min on the 12th.
    QCOMPARE(QDateTime::fromSecsSinceEpoch(due.resolutionDue, m_zone),
             QDateTime(QDate(2026, 6, 12), QTime(15, 50), m_zone));

    const QDateTime morning(QDate(2026, 6, 10), QTime(9, 0), m_zone);
    const SlaDueTimes consultation = m_policies.dueTimes(Platform::Jd, TicketType::Consultation,
                                                         Priority::Normal, morning.toSecsSinceEpoch());
    QCOMPARE(consultation.firstResponseDue - morning.toSecsSinceEpoch(), qint64(30 * 60));
}

void TestSlaPolicySet::missingCalendar()
{
    SlaPolicySet set;
    SlaPolicy orphan = policy(7, "Orphan", std::nullopt, std::nullopt, std::nullopt, 30, 1);
    orphan.calendarId = 42;
    set.addPolicy(orphan);
    QVERIFY(!set.calendar(42));
    const SlaDueTimes due = set.dueTimes(Platform::Jd, TicketType::Repair, Priority::Normal, 1000);
    QCOMPARE(due.policyId, qint64(7));
    QCOMPARE(due.firstResponseDue, qint64(-1));
}

QTEST_APPLESS_MAIN(TestSlaPolicySet)
#include "TestSlaPolicySet.moc"

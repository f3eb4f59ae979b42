#include "domain/Ticket.h"
#include "sla/SlaEvaluator.h"

#include <QTest>

/** SlaEvaluator: PRODUCT.md's breach rule applied to a clock's due time, event time and now. */
class TestSlaEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
    void ticketClocks();
    void formatDuration_data();
    void formatDuration();
    void describe_data();
    void describe();
};

namespace {
const QDateTime due(QDate(2026, 6, 11), QTime(0, 50), Qt::UTC); // 08:50 in Shanghai
QDateTime at(int minutesFromDue)
{
    return due.addSecs(qint64(minutesFromDue) * 60);
}
} // namespace

void TestSlaEvaluator::evaluate_data()
{
    QTest::addColumn<QDateTime>("dueAt");
    QTest::addColumn<QDateTime>("happened");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<SlaClockState::Outcome>("outcome");
    QTest::addColumn<qint64>("secondsOverdue");
    QTest::addColumn<qint64>("secondsToDue");

    using Outcome = SlaClockState::Outcome;
    QTest::newRow("met early") << due << at(-20) << at(100) << Outcome::Met << qint64(0) << qint64(0);
    QTest::newRow("met exactly at due") << due << due << at(100) << Outcome::Met << qint64(0) << qint64(0);
    QTest::newRow("breached: answered late")
        << due << at(125) << at(200) << Outcome::Breached << qint64(125 * 60) << qint64(0);
    QTest::newRow("breached: unanswered past due")
        << due << QDateTime() << at(45) << Outcome::Breached << qint64(45 * 60) << qint64(0);
    QTest::newRow("running: unanswered, not yet due")
        << due << QDateTime() << at(-25) << Outcome::Running << qint64(0) << qint64(25 * 60);
    QTest::newRow("running: unanswered, due this second")
        << due << QDateTime() << due << Outcome::Running << qint64(0) << qint64(0);
    QTest::newRow("late answer judged the same before now")
        << due << at(10) << at(5) << Outcome::Breached << qint64(600) << qint64(0);
    QTest::newRow("no due time") << QDateTime() << at(0) << at(0) << Outcome::NotApplicable << qint64(0)
                                 << qint64(0);
}

void TestSlaEvaluator::evaluate()
{
    QFETCH(QDateTime, dueAt);
    QFETCH(QDateTime, happened);
    QFETCH(QDateTime, now);
    QFETCH(SlaClockState::Outcome, outcome);
    QFETCH(qint64, secondsOverdue);
    QFETCH(qint64, secondsToDue);
    const SlaClockState state = SlaEvaluator::evaluate(dueAt, happened, now);
    QCOMPARE(state.outcome, outcome);
    QCOMPARE(state.secondsOverdue, secondsOverdue);
    QCOMPARE(state.secondsToDue, secondsToDue);
    QCOMPARE(state.due, dueAt);
}

void TestSlaEvaluator::ticketClocks()
{
    Ticket ticket;
    ticket.createdAt = at(-60);
    ticket.firstResponseDueAt = due;
    ticket.resolutionDueAt = at(24 * 60);
    ticket.firstResponseAt = at(-5);
    QCOMPARE(SlaEvaluator::firstResponse(ticket, at(30)).outcome, SlaClockState::Outcome::Met);
    QCOMPARE(SlaEvaluator::resolution(ticket, at(30)).outcome, SlaClockState::Outcome::Running);
    QCOMPARE(SlaEvaluator::resolution(ticket, at(25 * 60)).outcome, SlaClockState::Outcome::Breached);
    ticket.resolvedAt = at(60);
    QCOMPARE(SlaEvaluator::resolution(ticket, at(25 * 60)).outcome, SlaClockState::Outcome::Met);
}

void TestSlaEvaluator::formatDuration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("seconds") << qint64(45) << "45 s";
    QTest::newRow("minutes") << qint64(25 * 60) << "25 min";
    QTest::newRow("hours and minutes") << qint64(125 * 60) << "2 h 5 min";
    QTest::newRow("days and hours") << qint64((3 * 24 + 4) * 3600 + 59) << "3 d 4 h";
}

void TestSlaEvaluator::formatDuration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(SlaEvaluator::formatDuration(seconds), expected);
}

void TestSlaEvaluator::describe_data()
{
    QTest::addColumn<QDateTime>("happened");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("expected");
    QTest::newRow("met") << at(-1) << at(0) << "Met";
    QTest::newRow("breached") << at(125) << at(200) << "Breached by 2 h 5 min";
    QTest::newRow("running") << QDateTime() << at(-25) << "Due in 25 min";
}

void TestSlaEvaluator::describe()
{
    QFETCH(QDateTime, happened);
    QFETCH(QDateTime, now);
    QFETCH(QString, expected);
    QCOMPARE(SlaEvaluator::evaluate(due, happened, now).describe(), expected);
    QCOMPARE(SlaClockState().describe(), QStringLiteral("No SLA"));
}

QTEST_APPLESS_MAIN(TestSlaEvaluator)
#include "TestSlaEvaluator.moc"

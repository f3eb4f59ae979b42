#include "kpi/KpiDayClock.h"
#include "kpi/KpiMessageCounter.h"
#include "kpi/KpiRuleSet.h"

#include <QTest>

Q_DECLARE_METATYPE(KpiMessageCounts)

namespace {

/** "c 09:00:00 text" lines: speaker (c customer, a agent, b bot, s system), local Shanghai time. */
QList<Message> transcript(const QStringList &lines)
{
    static const QTimeZone shanghai("Asia/Shanghai");
    QList<Message> messages;
    for (const QString &line : lines) {
        Message message;
        const QChar who = line.front();
        message.speaker = who == u'c' ? Speaker::Customer
            : who == u'a'             ? Speaker::Agent
            : who == u'b'             ? Speaker::Bot
                                      : Speaker::System;
        QString when = line.section(u' ', 1, 1);
        const QDate day = when.contains(u'+') ? QDate(2026, 11, 3) : QDate(2026, 11, 2); // "+" = next day
        message.sentAt
            = QDateTime(day, QTime::fromString(when.remove(u'+'), QStringLiteral("HH:mm:ss")), shanghai)
                  .toUTC();
        message.text = line.section(u' ', 2);
        messages.append(message);
    }
    return messages;
}

KpiMessageCounts counts(qint64 customer, qint64 agent, qint64 autoReplies, qint64 sessions, qint64 replies,
                        qint64 replySeconds, qint64 slowReplies, qint64 slowReceptions, qint64 receptions,
                        qint64 overLimit = 0)
{
    return { customer,     agent,       autoReplies,    sessions,   replies,
             replySeconds, slowReplies, slowReceptions, receptions, overLimit };
}

/** The rules every hand count here assumes unless a test says otherwise. */
KpiRuleSet testRules()
{
    // Marker "[自动回复]", session gap 10 min, slow after 120 s, flagged at 3 slow replies a day; the
    // default platform windows: JD 09:00–23:00, PDD 08:00–23:00 with a 1-hour reply limit.
    KpiRuleSet rules = KpiRuleSet::defaults();
    rules.autoReplyMarker = QStringLiteral("[自动回复]");
    rules.sessionGapMinutes = 10;
    rules.slowResponseSeconds = 120;
    rules.slowResponseFlagCount = 3;
    return rules;
}

void compareCounts(const KpiMessageCounts &actual, const KpiMessageCounts &expected)
{
    QCOMPARE(actual.customerMessages, expected.customerMessages);
    QCOMPARE(actual.agentMessages, expected.agentMessages);
    QCOMPARE(actual.autoReplies, expected.autoReplies);
    QCOMPARE(actual.sessions, expected.sessions);
    QCOMPARE(actual.replies, expected.replies);
    QCOMPARE(actual.replySeconds, expected.replySeconds);
    QCOMPARE(actual.slowReplies, expected.slowReplies);
    QCOMPARE(actual.slowReceptions, expected.slowReceptions);
    QCOMPARE(actual.receptions, expected.receptions);
    QCOMPARE(actual.overLimitReplies, expected.overLimitReplies);
}

} // namespace

/** The message-level counting rules against hand-counted transcripts. */
class TestKpiMessageCounter : public QObject
{
    Q_OBJECT

private slots:
    void countsFollowTheRules_data();
    void countsFollowTheRules();
    void platformRulesApplyBySessionStart_data();
    void platformRulesApplyBySessionStart();
    void conversationsAreCountedOneByOne();
    void rulesAreData();
    void mergeAdds();
};

void TestKpiMessageCounter::countsFollowTheRules_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<KpiMessageCounts>("expected");
    // Rules: testRules(); counts(customer, agent, auto, sessions, replies, reply s, slow, slow receptions,
    // receptions[, over limit]).
    QTest::newRow("empty") << QStringList {} << counts(0, 0, 0, 0, 0, 0, 0, 0, 0);
    QTest::newRow("one quick reply") << QStringList { QStringLiteral("c 09:00:00 在吗"),
                                                      QStringLiteral("a 09:00:30 在的") }
                                     << counts(1, 1, 0, 1, 1, 30, 0, 0, 1);
    QTest::newRow("wait runs from the first unanswered message")
        << QStringList { QStringLiteral("c 09:00:00 你好"), QStringLiteral("c 09:01:00 在吗"),
                         QStringLiteral("a 09:02:30 您好") }
        << counts(2, 1, 0, 1, 1, 150, 1, 0, 1);
    QTest::newRow("auto-reply and bot neither answer nor count")
        << QStringList { QStringLiteral("c 09:00:00 你好"), QStringLiteral("a 09:00:01 [自动回复]欢迎光临"),
                         QStringLiteral("b 09:00:02 请稍候"), QStringLiteral("a 09:01:00 您好") }
        << counts(1, 1, 2, 1, 1, 60, 0, 0, 1);
    QTest::newRow("agent follow-ups answer nothing")
        << QStringList { QStringLiteral("c 09:00:00 退货"), QStringLiteral("a 09:00:20 好的"),
                         QStringLiteral("a 09:00:40 已登记") }
        << counts(1, 2, 0, 1, 1, 20, 0, 0, 1);
    QTest::newRow("silence over the gap starts a new session, not response time")
        << QStringList { QStringLiteral("c 09:00:00 在吗"), QStringLiteral("c 09:30:00 还在吗"),
                         QStringLiteral("a 09:31:00 在的") }
        << counts(2, 1, 0, 2, 1, 60, 0, 0, 1);
    QTest::newRow("customer returns after the agent: a new session")
        << QStringList { QStringLiteral("c 09:00:00 问题"), QStringLiteral("a 09:00:10 回答"),
                         QStringLiteral("c 09:20:00 谢谢"), QStringLiteral("a 09:20:05 不客气") }
        << counts(2, 2, 0, 2, 2, 15, 0, 0, 1);
    QTest::newRow("three slow replies in a day are one slow reception")
        << QStringList { QStringLiteral("c 09:00:00 a"), QStringLiteral("a 09:03:00 b"),
                         QStringLiteral("c 09:04:00 c"), QStringLiteral("a 09:07:00 d"),
                         QStringLiteral("c 09:08:00 e"), QStringLiteral("a 09:11:00 f"),
                         QStringLiteral("c 09:12:00 g"), QStringLiteral("a 09:15:00 h") }
        << counts(4, 4, 0, 1, 4, 720, 4, 1, 1);
    QTest::newRow("slow replies on two days are not added up")
        << QStringList { QStringLiteral("c 23:50:00 a"),  QStringLiteral("a 23:53:00 b"),
                         QStringLiteral("c 23:54:00 c"),  QStringLiteral("a 23:57:00 d"),
                         QStringLiteral("c +00:01:00 e"), QStringLiteral("a +00:04:00 f") }
        << counts(3, 3, 0, 1, 3, 540, 3, 0, 2);
    QTest::newRow("exactly the limit is not slow")
        << QStringList { QStringLiteral("c 09:00:00 a"), QStringLiteral("a 09:02:00 b") }
        << counts(1, 1, 0, 1, 1, 120, 0, 0, 1);
    QTest::newRow("system messages are ignored")
        << QStringList { QStringLiteral("s 08:59:00 会话开始"), QStringLiteral("c 09:00:00 a"),
                         QStringLiteral("s 09:00:30 转接"), QStringLiteral("a 09:01:00 b") }
        << counts(1, 1, 0, 1, 1, 60, 0, 0, 1);
}

void TestKpiMessageCounter::countsFollowTheRules()
{
    QFETCH(QStringList, lines);
    QFETCH(KpiMessageCounts, expected);
    // No platform: no service window or reply limit applies.
    compareCounts(KpiMessageCounter::count(transcript(lines), testRules(), QTimeZone("Asia/Shanghai")),
                  expected);
}

void TestKpiMessageCounter::platformRulesApplyBySessionStart_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<KpiMessageCounts>("expected");
    const QStringList hourAndASecond { QStringLiteral("c 09:00:00 在吗"), QStringLiteral("a 10:00:01 在的") };
    QTest::newRow("pdd: a wait over an hour is over the reply limit")
        << QStringLiteral("pdd") << hourAndASecond << counts(1, 1, 0, 1, 1, 3601, 1, 0, 1, 1);
    QTest::newRow("taobao has no reply limit")
        << QStringLiteral("taobao") << hourAndASecond << counts(1, 1, 0, 1, 1, 3601, 1, 0, 1, 0);
    QTest::newRow("pdd: exactly an hour is within the limit")
        << QStringLiteral("pdd")
        << QStringList { QStringLiteral("c 09:00:00 在吗"), QStringLiteral("a 10:00:00 在的") }
        << counts(1, 1, 0, 1, 1, 3600, 1, 0, 1, 0);
    QTest::newRow("jd: a session started before 09:00 is not response time")
        << QStringLiteral("jd")
        << QStringList { QStringLiteral("c 08:50:00 在吗"), QStringLiteral("a 08:55:00 在的"),
                         QStringLiteral("c 09:20:00 还有"), QStringLiteral("a 09:21:00 好的") }
        << counts(2, 2, 0, 2, 1, 60, 0, 0, 1);
    QTest::newRow("jd: by session start, not by the time of the message")
        << QStringLiteral("jd")
        << QStringList { QStringLiteral("c 08:59:00 在吗"), QStringLiteral("c 09:05:00 在吗"),
                         QStringLiteral("a 09:06:00 在的") }
        << counts(2, 1, 0, 1, 0, 0, 0, 0, 1);
    QTest::newRow("jd: a session started at 22:59 is scored when answered after 23:00")
        << QStringLiteral("jd")
        << QStringList { QStringLiteral("c 22:59:00 在吗"), QStringLiteral("a 23:04:00 在的") }
        << counts(1, 1, 0, 1, 1, 300, 1, 0, 1);
    const QStringList threeSlowAtSeven { QStringLiteral("c 07:00:00 a"), QStringLiteral("a 07:03:00 b"),
                                         QStringLiteral("c 07:04:00 c"), QStringLiteral("a 07:07:00 d"),
                                         QStringLiteral("c 07:08:00 e"), QStringLiteral("a 07:11:00 f") };
    QTest::newRow("pdd: slow replies outside the window make no slow reception")
        << QStringLiteral("pdd") << threeSlowAtSeven << counts(3, 3, 0, 1, 0, 0, 0, 0, 1);
    QTest::newRow("taobao: the same replies are one slow reception")
        << QStringLiteral("taobao") << threeSlowAtSeven << counts(3, 3, 0, 1, 3, 540, 3, 1, 1);
}

void TestKpiMessageCounter::platformRulesApplyBySessionStart()
{
    QFETCH(QString, platform);
    QFETCH(QStringList, lines);
    QFETCH(KpiMessageCounts, expected);
    compareCounts(KpiMessageCounter::count(transcript(lines), testRules(), QTimeZone("Asia/Shanghai"),
                                           Vocabulary::fromCode<Platform>(platform)),
                  expected);
}

void TestKpiMessageCounter::conversationsAreCountedOneByOne()
{
    // The streaming form the aggregates use: begin() starts a new customer, so a wait, a session and
    // the slow replies of one conversation never run into the next.
    const KpiRuleSet rules = testRules();
    KpiDayClock clock(QTimeZone("Asia/Shanghai"));
    KpiMessageCounter counter(rules, clock);
    const qint64 nine
        = QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
    counter.begin(Platform::Taobao);
    counter.add(Speaker::Customer, nine, false);
    QCOMPARE(counter.counts(), counts(1, 0, 0, 1, 0, 0, 0, 0, 1));
    counter.begin(Platform::Taobao);
    counter.add(Speaker::Agent, nine + 200, false); // answers nobody in this conversation
    counter.add(Speaker::Agent, nine + 201, true); // the marker, decided by the reader
    QCOMPARE(counter.counts(), counts(0, 1, 1, 0, 0, 0, 0, 0, 0));
    QVERIFY(KpiMessageCounter::isAutoReply(QStringLiteral("[自动回复]您好"), rules));
    QVERIFY(!KpiMessageCounter::isAutoReply(QStringLiteral("您好[自动回复]"), rules));
}

void TestKpiMessageCounter::rulesAreData()
{
    // The same transcript under other rules: no marker, a 40-minute gap, slow after 60 s, flag at 1.
    const QList<Message> messages
        = transcript({ QStringLiteral("c 09:00:00 在吗"), QStringLiteral("a 09:00:01 [自动回复]欢迎"),
                       QStringLiteral("c 09:30:00 还在吗"), QStringLiteral("a 09:31:30 在的") });
    KpiRuleSet rules = KpiRuleSet::defaults();
    rules.autoReplyMarker.clear();
    rules.sessionGapMinutes = 40;
    rules.slowResponseSeconds = 60;
    rules.slowResponseFlagCount = 1;
    const KpiMessageCounts loose = KpiMessageCounter::count(messages, rules, QTimeZone("Asia/Shanghai"));
    // Without a marker the greeting answers at once; the 09:30 message then waits 90 s (slow, flagged).
    QCOMPARE(loose, counts(2, 2, 0, 1, 2, 91, 1, 1, 1));
    rules.autoReplyMarker = QStringLiteral("[自动回复]");
    rules.sessionGapMinutes = 10;
    const KpiMessageCounts strict = KpiMessageCounter::count(messages, rules, QTimeZone("Asia/Shanghai"));
    // The greeting is automatic and 09:30 starts a new session: one reply of 90 s.
    QCOMPARE(strict, counts(2, 1, 1, 2, 1, 90, 1, 1, 1));
}

void TestKpiMessageCounter::mergeAdds()
{
    KpiMessageCounts a = counts(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    a.merge(counts(10, 20, 30, 40, 50, 60, 70, 80, 90, 100));
    QCOMPARE(a, counts(11, 22, 33, 44, 55, 66, 77, 88, 99, 110));
}

QTEST_MAIN(TestKpiMessageCounter)
#include "TestKpiMessageCounter.moc"

#include "demo/DemoDataGenerator.h"
#include "qa/AutoQaRunner.h"
#include "qa/store/QaAutoFlagRepository.h"
#include "qa/store/QaSampleRepository.h"
#include "support/TestStores.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

/**
 * Auto-QA over every conversation of a generated demo store: the stored flags equal AutoQa over the
 * same transcripts read independently, a re-run changes nothing, a settings change makes the flags
 * stale and a re-run brings them in step, and sampling candidates see the stored flags; the demo
 * agents' closing lines agree with the default closing phrases, so "missing closing" is a minority.
 */
class TestAutoQaRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void flagsEqualAutoQaOverTheSameTranscripts();
    void secondRunChangesNothing();
    void settingsChangeMakesFlagsStaleAndReRuns();
    void periodRunTouchesOnlyThatPeriod();
    void samplingCandidatesSeeStoredFlags();
    void demoClosingsAgreeWithTheDefaults();

private:
    QMap<QString, qint64> expectedCounts(const AutoQaSettings &settings, qint64 fromTs = 0,
                                         qint64 toTs = std::numeric_limits<qint64>::max());
    QMap<QString, qint64> storedCounts();
    QStringList snapshot();

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QSqlDatabase m_db;
};

void TestAutoQaRunner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = TestStores::createStore(m_dir);
    QVERIFY(m_store);
    DemoDataOptions options;
    options.agents = 12;
    options.days = 28;
    options.endDate = QDate(2026, 11, 29);
    DemoDataGenerator generator(*m_store);
    QString error;
    QVERIFY2(generator.generate(options, &error), qPrintable(error));
    m_db = m_store->connection();
}

void TestAutoQaRunner::init()
{
    // Every test starts from no flags and the default settings.
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM qa_auto_flags")));
    QVERIFY(query.exec(QStringLiteral(
        "DELETE FROM store_settings WHERE key IN ('qa_auto_settings', 'qa_auto_flags_settings_hash')")));
}

/** AutoQa over every transcript, read with one plain query (not the runner's paging), counted by rule. */
QMap<QString, qint64> TestAutoQaRunner::expectedCounts(const AutoQaSettings &settings, qint64 fromTs,
                                                       qint64 toTs)
{
    const AutoQa autoQa(settings);
    QMap<QString, qint64> counts;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT m.conversation_id, m.speaker, m.sent_at, m.text, t.status IN ('resolved', "
                       "'closed') FROM messages m JOIN conversations c ON c.id = m.conversation_id JOIN "
                       "tickets t ON t.id = c.ticket_id WHERE c.started_at >= ? AND c.started_at < ? "
                       "ORDER BY m.conversation_id, m.seq"));
    query.addBindValue(fromTs);
    query.addBindValue(toTs);
    if (!query.exec())
        qFatal("%s", qPrintable(query.lastError().text()));
    qint64 current = -1;
    QList<Message> transcript;
    bool ended = true;
    const auto flush = [&] {
        for (const AutoQaFinding &finding :
             autoQa.run(transcript, ended ? AutoQa::Transcript::Ended : AutoQa::Transcript::Ongoing))
            ++counts[AutoQa::ruleCode(finding.rule)];
        transcript.clear();
    };
    while (query.next()) {
        if (query.value(0).toLongLong() != current && current >= 0)
            flush();
        current = query.value(0).toLongLong();
        ended = query.value(4).toBool();
        Message message;
        message.speaker = Vocabulary::fromCode<Speaker>(query.value(1).toString()).value_or(Speaker::System);
        message.sentAt = QDateTime::fromSecsSinceEpoch(query.value(2).toLongLong(), QTimeZone::utc());
        message.text = query.value(3).toString();
        transcript.append(message);
    }
    flush();
    return counts;
}

QMap<QString, qint64> TestAutoQaRunner::storedCounts()
{
    QMap<QString, qint64> counts;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT rule, COUNT(*) FROM qa_auto_flags GROUP BY rule")))
        qFatal("%s", qPrintable(query.lastError().text()));
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    return counts;
}

QStringList TestAutoQaRunner::snapshot()
{
    QStringList rows;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, conversation_id, rule, COALESCE(message_seq, -1), detail, "
                                   "created_at FROM qa_auto_flags ORDER BY id")))
        qFatal("%s", qPrintable(query.lastError().text()));
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < 6; ++i)
            row << query.value(i).toString();
        rows << row.join(u'|');
    }
    return rows;
}

void TestAutoQaRunner::flagsEqualAutoQaOverTheSameTranscripts()
{
    const QMap<QString, qint64> expected = expectedCounts(AutoQaSettings::defaults());
    qint64 expectedTotal = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        qInfo("expected %s: %lld", qPrintable(it.key()), it.value());
        expectedTotal += it.value();
    }
    QVERIFY(expectedTotal > 0);

    AutoQaRunOptions options;
    options.pageSize = 97; // many pages, a page boundary inside the data
    AutoQaRunSummary summary;
    QString error;
    QVERIFY2(AutoQaRunner::run(m_db, options, &summary, &error), qPrintable(error));
    QCOMPARE(storedCounts(), expected);

    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM conversations")) && query.next());
    QCOMPARE(summary.conversations, query.value(0).toLongLong());
    qint64 total = 0;
    for (qint64 count : expected)
        total += count;
    QCOMPARE(summary.flags, total);
    // A flag on a message points at a message of that conversation.
    QVERIFY(
        query.exec(QStringLiteral("SELECT COUNT(*) FROM qa_auto_flags f WHERE f.message_seq IS NOT NULL AND "
                                  "NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = "
                                  "f.conversation_id AND m.seq = f.message_seq)"))
        && query.next());
    QCOMPARE(query.value(0).toLongLong(), 0);
    qInfo("auto-QA over %lld demo conversations: %lld flags in %lld ms", summary.conversations, summary.flags,
          summary.elapsedMs);

    bool stale = true;
    QVERIFY2(QaAutoFlagRepository(m_db).flagsStale(&stale, &error), qPrintable(error));
    QVERIFY(!stale);
}

void TestAutoQaRunner::secondRunChangesNothing()
{
    AutoQaRunOptions options;
    options.now = 1000;
    AutoQaRunSummary first;
    QString error;
    QVERIFY2(AutoQaRunner::run(m_db, options, &first, &error), qPrintable(error));
    QVERIFY(first.changed > 0);
    const QStringList before = snapshot();

    options.now = 2000;
    options.pageSize = 333;
    AutoQaRunSummary second;
    QVERIFY2(AutoQaRunner::run(m_db, options, &second, &error), qPrintable(error));
    QCOMPARE(second.changed, 0);
    QCOMPARE(second.flags, first.flags);
    QCOMPARE(snapshot(), before); // same rows, same ids, same created_at
}

void TestAutoQaRunner::settingsChangeMakesFlagsStaleAndReRuns()
{
    QString error;
    AutoQaRunSummary summary;
    QVERIFY2(AutoQaRunner::run(m_db, {}, &summary, &error), qPrintable(error));

    // "请" appears in many agent messages of the demo data, so forbidding it flags new messages.
    QaAutoFlagRepository repository(m_db);
    AutoQaSettings settings;
    QVERIFY2(repository.loadSettings(&settings, &error), qPrintable(error));
    QCOMPARE(settings.toJson(), AutoQaSettings::defaults().toJson());
    settings.forbiddenPhrases.append(QStringLiteral("请"));
    settings.customerWaitSeconds = 60;
    QVERIFY2(repository.saveSettings(settings, &error), qPrintable(error));
    AutoQaSettings reloaded;
    QVERIFY2(repository.loadSettings(&reloaded, &error), qPrintable(error));
    QCOMPARE(reloaded.forbiddenPhrases, settings.forbiddenPhrases);
    QCOMPARE(reloaded.customerWaitSeconds, 60);

    bool stale = false;
    QVERIFY2(repository.flagsStale(&stale, &error), qPrintable(error));
    QVERIFY(stale);

    const QMap<QString, qint64> before = storedCounts();
    AutoQaRunSummary rerun;
    QVERIFY2(AutoQaRunner::run(m_db, {}, &rerun, &error), qPrintable(error));
    QVERIFY(rerun.changed > 0);
    const QMap<QString, qint64> after = storedCounts();
    QCOMPARE(after, expectedCounts(settings));
    QVERIFY(after.value(QStringLiteral("forbidden_phrase"))
            > before.value(QStringLiteral("forbidden_phrase")));
    QVERIFY2(repository.flagsStale(&stale, &error), qPrintable(error));
    QVERIFY(!stale);
}

void TestAutoQaRunner::periodRunTouchesOnlyThatPeriod()
{
    const QDate first(2026, 11, 16);
    const QDate last(2026, 11, 22);
    AutoQaRunOptions options;
    options.first = first;
    options.last = last;
    AutoQaRunSummary summary;
    QString error;
    QVERIFY2(AutoQaRunner::run(m_db, options, &summary, &error), qPrintable(error));
    const qint64 from = QDateTime(first, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 to = QDateTime(last.addDays(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QCOMPARE(storedCounts(), expectedCounts(AutoQaSettings::defaults(), from, to));
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral(
                           "SELECT COUNT(*) FROM conversations WHERE started_at >= %1 AND started_at < %2")
                           .arg(from)
                           .arg(to))
            && query.next());
    QCOMPARE(summary.conversations, query.value(0).toLongLong());
    QVERIFY(summary.conversations > 0);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM qa_auto_flags f JOIN conversations c ON c.id = "
                                      "f.conversation_id WHERE c.started_at < %1 OR c.started_at >= %2")
                           .arg(from)
                           .arg(to))
            && query.next());
    QCOMPARE(query.value(0).toLongLong(), 0);
    // A period run does not claim the whole store is up to date.
    bool stale = false;
    QVERIFY2(QaAutoFlagRepository(m_db).flagsStale(&stale, &error), qPrintable(error));
    QVERIFY(stale);
}

void TestAutoQaRunner::samplingCandidatesSeeStoredFlags()
{
    AutoQaRunSummary summary;
    QString error;
    QVERIFY2(AutoQaRunner::run(m_db, {}, &summary, &error), qPrintable(error));
    QSet<qint64> flagged;
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("SELECT DISTINCT conversation_id FROM qa_auto_flags")));
    while (query.next())
        flagged.insert(query.value(0).toLongLong());

    QList<SampleCandidate> candidates;
    QVERIFY2(QaSampleRepository(m_db).candidates(QDate(2026, 11, 16), QDate(2026, 11, 22), 90, &candidates,
                                                 &error),
             qPrintable(error));
    QVERIFY(!candidates.isEmpty());
    int withFlag = 0;
    for (const SampleCandidate &candidate : std::as_const(candidates)) {
        QCOMPARE(candidate.autoQaFlag, flagged.contains(candidate.conversationId));
        withFlag += candidate.autoQaFlag ? 1 : 0;
    }
    QVERIFY(withFlag > 0);
    QVERIFY(withFlag < candidates.size());
}

void TestAutoQaRunner::demoClosingsAgreeWithTheDefaults()
{
    AutoQaRunSummary summary;
    QString error;
    QVERIFY2(AutoQaRunner::run(m_db, AutoQaRunOptions {}, &summary, &error), qPrintable(error));
    auto scalar = [this](const QString &sql) {
        QSqlQuery query(m_db);
        if (!query.exec(sql) || !query.next())
            qFatal("%s", qPrintable(query.lastError().text() + QStringLiteral(": ") + sql));
        return query.value(0).toDouble();
    };
    // Conversations an agent answered on tickets that were resolved: the agent had the chance to close.
    const QString closable = QStringLiteral(
        "SELECT c.id FROM conversations c JOIN tickets t ON t.id = c.ticket_id WHERE t.resolved_at IS NOT "
        "NULL AND EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.speaker = 'agent')");
    const double conversations = scalar(QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(closable));
    QVERIFY(conversations > 1000);
    const double missing
        = scalar(QStringLiteral("SELECT COUNT(DISTINCT conversation_id) FROM qa_auto_flags WHERE rule = "
                                "'missing_closing' AND conversation_id IN (%1)")
                     .arg(closable));
    const double rate = missing / conversations;
    qInfo("missing closing on resolved conversations: %.0f of %.0f (%.1f %%)", missing, conversations,
          rate * 100);
    // Agents forget at 6–20 % each: a minority, but never none, so the flag stays worth sampling.
    QVERIFY2(rate > 0.05 && rate < 0.22, qPrintable(QString::number(rate)));
    // An open ticket's agent has not said goodbye yet: its conversations are not judged on closing.
    const QString open = QStringLiteral(
        "SELECT c.id FROM conversations c JOIN tickets t ON t.id = c.ticket_id WHERE t.status NOT IN "
        "('resolved', 'closed') AND EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND "
        "m.speaker = 'agent')");
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(open)) > 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM qa_auto_flags WHERE rule = 'missing_closing' AND "
                                   "conversation_id IN (%1)")
                        .arg(open)),
             0.0);
    // The greeting every demo agent opens with is one of the defaults.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM qa_auto_flags WHERE rule = 'missing_greeting'")),
             0.0);
    // Both languages close: English and Chinese conversations alike end with a default phrase.
    for (const char *language : { "English", "Chinese" }) {
        const bool english = QLatin1String(language) == QLatin1String("English");
        const QString lastAgent
            = QStringLiteral(
                  "SELECT m.conversation_id FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                  "JOIN tickets t ON t.id = c.ticket_id WHERE t.resolved_at IS NOT NULL AND m.speaker = "
                  "'agent' "
                  "AND m.seq = (SELECT MAX(seq) FROM messages x WHERE x.conversation_id = m.conversation_id "
                  "AND "
                  "x.speaker = 'agent') AND m.text %1 GLOB '*[一-龥]*'")
                  .arg(english ? QStringLiteral("NOT") : QString());
        const double total = scalar(QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(lastAgent));
        const double flagged
            = scalar(QStringLiteral("SELECT COUNT(DISTINCT conversation_id) FROM qa_auto_flags WHERE rule = "
                                    "'missing_closing' AND conversation_id IN (%1)")
                         .arg(lastAgent));
        qInfo("%s: %.0f of %.0f resolved conversations miss a closing", language, flagged, total);
        QVERIFY2(total > 50, language);
        QVERIFY2(flagged / total < 0.25, language);
    }
}

QTEST_GUILESS_MAIN(TestAutoQaRunner)
#include "TestAutoQaRunner.moc"

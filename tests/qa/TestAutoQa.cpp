#include "import/CsvReader.h"
#include "qa/AutoQa.h"
#include "qa/AutoQaCriteria.h"
#include "support/SharedData.h"

#include <QFile>
#include <QHash>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

namespace {

Message say(Speaker speaker, qint64 seconds, const QString &text)
{
    Message message;
    message.speaker = speaker;
    message.sentAt = QDateTime::fromSecsSinceEpoch(1700000000 + seconds, QTimeZone::utc());
    message.text = text;
    return message;
}

QList<AutoQaRule> rules(const QList<AutoQaFinding> &findings)
{
    QList<AutoQaRule> out;
    for (const AutoQaFinding &finding : findings)
        out.append(finding.rule);
    return out;
}

/** The label-1 lines of an ECD file: context plus the true reply, turns alternating customer first. */
QList<QList<Message>> readEcd(const QString &path)
{
    QList<QList<Message>> conversations;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return conversations;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() < 2 || fields.first() != QLatin1String("1"))
            continue;
        QList<Message> transcript;
        for (qsizetype i = 1; i < fields.size(); ++i) {
            Message message;
            message.speaker = (i - 1) % 2 == 0 ? Speaker::Customer : Speaker::Agent;
            message.text = fields.at(i);
            transcript.append(message);
        }
        conversations.append(transcript);
    }
    return conversations;
}

struct Tweet
{
    qint64 id = 0;
    qint64 parent = 0;
    bool inbound = false;
    QDateTime at;
    QString text;
};

} // namespace

/** Auto-QA rules on small transcripts, then on real customer-service conversations from shared/data. */
class TestAutoQa : public QObject
{
    Q_OBJECT

private slots:
    void cleanConversationHasNoFindings();
    void forbiddenPhrases();
    void customerWait();
    void missingGreetingAndClosing();
    void editableSettings();
    void cjkSpacing();
    void criterionSuggestions();
    void criterionSuggestionsFollowTheScale();
    void taobaoDialogues();
    void supportTweets();
};

void TestAutoQa::cleanConversationHasNoFindings()
{
    const AutoQa autoQa;
    const QList<Message> transcript = {
        say(Speaker::Customer, 0, QStringLiteral("在吗？我的快递三天没动了")),
        say(Speaker::Bot, 1, QStringLiteral("正在为您转接人工客服")),
        say(Speaker::Agent, 40, QStringLiteral("亲，您好！这边帮您查一下物流")),
        say(Speaker::Customer, 60, QStringLiteral("好的")),
        say(Speaker::Agent, 120, QStringLiteral("已经催促快递了，还有什么可以帮您的吗？")),
    };
    QCOMPARE(autoQa.run(transcript).size(), 0);
    // Without an agent message there is nothing to judge.
    QCOMPARE(autoQa.run({ say(Speaker::Customer, 0, QStringLiteral("hello?")) }).size(), 0);
}

void TestAutoQa::forbiddenPhrases()
{
    const AutoQa autoQa;
    const QList<Message> transcript = {
        say(Speaker::Customer, 0, QStringLiteral("我不知道怎么退货")), // customers may say anything
        say(Speaker::Agent, 30, QStringLiteral("您好，这个我不知道，你自己看说明")),
        say(Speaker::Agent, 40, QStringLiteral("Please calm down. I DON’T KNOW. Thanks")),
        say(Speaker::Agent, 50, QStringLiteral("Calm downstairs is fine; thanks")), // not the whole words
    };
    const QList<AutoQaFinding> findings = autoQa.run(transcript);
    QList<QPair<int, QString>> found;
    for (const AutoQaFinding &finding : findings) {
        if (finding.rule == AutoQaRule::ForbiddenPhrase)
            found.append({ finding.messageIndex, finding.detail });
    }
    const QList<QPair<int, QString>> expected = {
        { 1, QStringLiteral("不知道") },    { 1, QStringLiteral("自己看") },
        { 1, QStringLiteral("你自己") },    { 2, QStringLiteral("I don't know") },
        { 2, QStringLiteral("calm down") },
    };
    QCOMPARE(found, expected);
}

void TestAutoQa::customerWait()
{
    AutoQaSettings settings = AutoQaSettings::defaults();
    settings.customerWaitSeconds = 120;
    const AutoQa autoQa(settings);
    const QList<Message> transcript = {
        say(Speaker::Customer, 0, QStringLiteral("hello, my order is late")),
        say(Speaker::Customer, 100, QStringLiteral("anyone?")), // the wait runs from the first message
        say(Speaker::Bot, 110, QStringLiteral("An agent will be with you shortly")), // does not end it
        say(Speaker::Agent, 300, QStringLiteral("Hi, sorry for the wait")),
        say(Speaker::Customer, 310, QStringLiteral("ok")),
        say(Speaker::Agent, 400, QStringLiteral("Fixed it. Thanks!")), // 90 s: fine
        say(Speaker::Customer, 500, QStringLiteral("one more thing")), // never answered: not judged
    };
    const QList<AutoQaFinding> findings = autoQa.run(transcript);
    QCOMPARE(rules(findings), QList<AutoQaRule> { AutoQaRule::CustomerWait });
    QCOMPARE(findings.first().messageIndex, 3);
    QCOMPARE(findings.first().waitSeconds, 300);
    QVERIFY(findings.first().detail.contains(QLatin1String("300")));
    QCOMPARE(AutoQa::ruleCode(findings.first().rule), QStringLiteral("customer_wait"));
}

void TestAutoQa::missingGreetingAndClosing()
{
    const AutoQa autoQa;
    const QList<Message> transcript = {
        say(Speaker::Customer, 0, QStringLiteral("where is my refund")),
        say(Speaker::Agent, 30,
            QStringLiteral("This is the refund team.")), // "This" holds "hi" but is no greeting
        say(Speaker::Customer, 40, QStringLiteral("and?")),
        say(Speaker::Agent, 60, QStringLiteral("Refund sent.")),
    };
    const QList<AutoQaFinding> findings = autoQa.run(transcript);
    QCOMPARE(rules(findings),
             (QList<AutoQaRule> { AutoQaRule::MissingGreeting, AutoQaRule::MissingClosing }));
    QCOMPARE(findings.at(0).messageIndex, 1);
    QCOMPARE(findings.at(1).messageIndex, 3);
    // While the ticket is open the agent has not closed yet: only the greeting is judged.
    const QList<AutoQaFinding> ongoing = autoQa.run(transcript, AutoQa::Transcript::Ongoing);
    QCOMPARE(rules(ongoing), (QList<AutoQaRule> { AutoQaRule::MissingGreeting }));
}

void TestAutoQa::editableSettings()
{
    AutoQaSettings settings = AutoQaSettings::defaults();
    settings.forbiddenPhrases = { QStringLiteral("亲爱的"), QStringLiteral("per my last message") };
    settings.customerWaitSeconds = 45;
    AutoQaSettings back;
    QString error;
    QVERIFY2(AutoQaSettings::fromJson(settings.toJson(), &back, &error), qPrintable(error));
    QCOMPARE(back.forbiddenPhrases, settings.forbiddenPhrases);
    QCOMPARE(back.customerWaitSeconds, 45);
    QCOMPARE(back.greetingPhrases, AutoQaSettings::defaults().greetingPhrases);
    QVERIFY(!AutoQaSettings::fromJson(R"({"customer_wait_seconds": 0})", &back, &error));
    QVERIFY(!AutoQaSettings::fromJson("not json", &back, &error));

    const AutoQa autoQa(settings);
    const QList<AutoQaFinding> findings
        = autoQa.run({ say(Speaker::Customer, 0, QStringLiteral("?")),
                       say(Speaker::Agent, 10, QStringLiteral("亲爱的，您好。不知道。谢谢")) });
    QCOMPARE(findings.size(), 1); // "不知道" is no longer on the list
    QCOMPARE(findings.first().detail, QStringLiteral("亲爱的"));
}

void TestAutoQa::cjkSpacing()
{
    QCOMPARE(AutoQa::normaliseCjkSpacing(QStringLiteral("发 韵 达 ， 亲")), QStringLiteral("发韵达，亲"));
    QCOMPARE(AutoQa::normaliseCjkSpacing(QStringLiteral("选择 EMS 快递 100 片")),
             QStringLiteral("选择 EMS 快递 100 片"));
    QCOMPARE(AutoQa::normaliseCjkSpacing(QStringLiteral("thank  you")), QStringLiteral("thank  you"));
}

namespace {

ScorecardCriterion criterion(qint64 id, const char *key, ScaleKind scale, int scaleMax = 0)
{
    ScorecardCriterion c;
    c.id = id;
    c.key = QLatin1String(key);
    c.titleEn = c.key;
    c.points = 10;
    c.scale = scale;
    c.scaleMax = scaleMax;
    return c;
}

/** The keys and scales of the shipped default template (007_qa.sql) that the links use. */
ScorecardTemplate defaultLikeTemplate()
{
    ScorecardTemplate scorecard;
    ScorecardSection courtesy;
    courtesy.criteria = { criterion(11, "greeting", ScaleKind::PassFailNa),
                          criterion(12, "attitude", ScaleKind::OneToFive) };
    ScorecardSection timeliness;
    timeliness.criteria = { criterion(21, "process_compliance", ScaleKind::PassFailNa),
                            criterion(22, "response_timeliness", ScaleKind::ZeroToN, 2) };
    scorecard.sections = { courtesy, timeliness };
    return scorecard;
}

} // namespace

void TestAutoQa::criterionSuggestions()
{
    const ScorecardTemplate scorecard = defaultLikeTemplate();
    // Every rule is linked to a criterion of the default template.
    const QList<AutoQaCriterionLink> links = AutoQaCriteria::defaultLinks();
    for (AutoQaRule rule : { AutoQaRule::ForbiddenPhrase, AutoQaRule::CustomerWait,
                             AutoQaRule::MissingGreeting, AutoQaRule::MissingClosing }) {
        AutoQaRule back;
        QVERIFY(AutoQaCriteria::ruleFromCode(AutoQa::ruleCode(rule), &back));
        QCOMPARE(back, rule);
        QVERIFY(std::any_of(links.cbegin(), links.cend(), [&](const AutoQaCriterionLink &link) {
            return link.rule == rule && scorecard.findCriterionByKey(link.criterionKey);
        }));
    }
    AutoQaRule unused;
    QVERIFY(!AutoQaCriteria::ruleFromCode(QStringLiteral("no_such_rule"), &unused));

    QVERIFY(AutoQaCriteria::suggest(scorecard, {}).isEmpty());
    // A forbidden phrase and a missing closing both speak to courtesy: one suggestion, fail.
    QList<AutoQaSuggestion> suggestions = AutoQaCriteria::suggest(
        scorecard, { QStringLiteral("forbidden_phrase"), QStringLiteral("missing_closing") });
    QCOMPARE(suggestions.size(), 1);
    QCOMPARE(suggestions.first().criterionId, qint64(11));
    QCOMPARE(suggestions.first().criterionKey, QStringLiteral("greeting"));
    QCOMPARE(suggestions.first().value, 0);
    QCOMPARE(suggestions.first().rules,
             QStringList({ QStringLiteral("forbidden_phrase"), QStringLiteral("missing_closing") }));

    // A long wait lowers timeliness one step (2 → 1); unknown codes are ignored; template order.
    suggestions = AutoQaCriteria::suggest(
        scorecard,
        { QStringLiteral("customer_wait"), QStringLiteral("bogus"), QStringLiteral("missing_greeting") });
    QCOMPARE(suggestions.size(), 2);
    QCOMPARE(suggestions.at(0).criterionKey, QStringLiteral("greeting"));
    QCOMPARE(suggestions.at(1).criterionKey, QStringLiteral("response_timeliness"));
    QCOMPARE(suggestions.at(1).criterionId, qint64(22));
    QCOMPARE(suggestions.at(1).value, 1);
    QCOMPARE(suggestions.at(1).rules, QStringList({ QStringLiteral("customer_wait") }));
}

void TestAutoQa::criterionSuggestionsFollowTheScale()
{
    const ScorecardTemplate scorecard = defaultLikeTemplate();
    const QString wait = QStringLiteral("customer_wait");
    // Two and three long waits: 0, never below the scale.
    QCOMPARE(AutoQaCriteria::suggest(scorecard, { wait, wait }).first().value, 0);
    QCOMPARE(AutoQaCriteria::suggest(scorecard, { wait, wait, wait }).first().value, 0);
    // A team that links waits to the 1–5 attitude criterion gets one step down per flag, at least 1.
    const QList<AutoQaCriterionLink> links = { { AutoQaRule::CustomerWait, QStringLiteral("attitude") } };
    QCOMPARE(AutoQaCriteria::suggest(scorecard, { wait }, links).first().value, 4);
    QCOMPARE(AutoQaCriteria::suggest(scorecard, { wait, wait, wait, wait, wait, wait }, links).first().value,
             1);
    // A template without the linked key gets nothing.
    ScorecardTemplate other;
    ScorecardSection section;
    section.criteria = { criterion(1, "empathy", ScaleKind::OneToFive) };
    other.sections = { section };
    QVERIFY(AutoQaCriteria::suggest(other, { wait, QStringLiteral("forbidden_phrase") }).isEmpty());
}

void TestAutoQa::taobaoDialogues()
{
    TEAMLENS_REQUIRE_SHARED_DATA();
    // ECD (Taobao shop service, word-segmented Chinese). The turns alternate and the corpus does not
    // say who starts; customer first is the common reading and fits these excerpts (the shop's side
    // is the one saying 亲 and quoting prices). Without timestamps only the phrase rules apply.
    const QList<QList<Message>> train
        = readEcd(QStringLiteral(TEAMLENS_SHARED_DATA_DIR "/ecd-taobao-sample/train.txt"));
    QCOMPARE(train.size(), 77);
    const AutoQa autoQa;
    QHash<int, QList<AutoQaFinding>> forbidden;
    int total = 0;
    for (int c = 0; c < int(train.size()); ++c) {
        for (const AutoQaFinding &finding : autoQa.run(train.at(c))) {
            QVERIFY(finding.rule != AutoQaRule::CustomerWait);
            if (finding.rule == AutoQaRule::ForbiddenPhrase) {
                forbidden[c].append(finding);
                ++total;
            }
        }
    }
    // Four taboo phrases in three conversations, found only once the segmented text is joined up:
    // #22 turn 3 "…这边 也 没 办法 了 亲" and turn 7 "…我们 也 没 办法"; #63 turn 11 "这个 小二 也 不
    // 知道 呢"; #66 turn 3 "这个 不 知道 哦 …". (Counted independently with a script over the file.)
    QCOMPARE(total, 4);
    QCOMPARE(forbidden.keys().size(), 3);
    QCOMPARE(forbidden.value(22).size(), 2);
    QCOMPARE(forbidden.value(22).at(0).messageIndex, 3);
    QCOMPARE(forbidden.value(22).at(0).detail, QStringLiteral("没办法"));
    QCOMPARE(forbidden.value(22).at(1).messageIndex, 7);
    QCOMPARE(forbidden.value(63).first().messageIndex, 11);
    QCOMPARE(forbidden.value(63).first().detail, QStringLiteral("不知道"));
    QCOMPARE(forbidden.value(66).first().messageIndex, 3);
    QVERIFY(train.at(66).at(3).text.startsWith(QStringLiteral("这个 不 知道 哦")));
    // #1 opens "亲 在" / "您好": the shop greets at once.
    QCOMPARE(train.at(1).at(1).text, QStringLiteral("您好"));
    for (const AutoQaFinding &finding : autoQa.run(train.at(1)))
        QVERIFY(finding.rule != AutoQaRule::MissingGreeting);
}

void TestAutoQa::supportTweets()
{
    TEAMLENS_REQUIRE_SHARED_DATA();
    // Customer Support on Twitter, first 5,000 tweets. Threads are rebuilt by following
    // in_response_to_tweet_id to a root inside the slice; company replies (inbound False) are the
    // agent, customers' tweets the customer, in time order.
    QFile file(QStringLiteral(TEAMLENS_SHARED_DATA_DIR "/twcs-sample/twcs_first5000.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    QString error;
    QVERIFY2(reader.open(&error), qPrintable(error));
    const QStringList header = reader.header();
    const qsizetype idColumn = header.indexOf(QStringLiteral("tweet_id"));
    const qsizetype inboundColumn = header.indexOf(QStringLiteral("inbound"));
    const qsizetype atColumn = header.indexOf(QStringLiteral("created_at"));
    const qsizetype textColumn = header.indexOf(QStringLiteral("text"));
    const qsizetype parentColumn = header.indexOf(QStringLiteral("in_response_to_tweet_id"));
    QVERIFY(idColumn >= 0 && inboundColumn >= 0 && atColumn >= 0 && textColumn >= 0 && parentColumn >= 0);

    QHash<qint64, Tweet> tweets;
    QStringList fields;
    while (reader.readRecord(&fields)) {
        QCOMPARE(fields.size(), header.size());
        Tweet tweet;
        tweet.id = fields.at(idColumn).toLongLong();
        tweet.parent = qint64(fields.at(parentColumn).toDouble()); // "3.0", a pandas artefact
        tweet.inbound = fields.at(inboundColumn) == QLatin1String("True");
        const QDateTime local
            = QDateTime::fromString(fields.at(atColumn), QStringLiteral("ddd MMM dd HH:mm:ss '+0000' yyyy"));
        QVERIFY2(local.isValid(), qPrintable(fields.at(atColumn)));
        tweet.at = QDateTime(local.date(), local.time(), QTimeZone::utc());
        tweet.text = fields.at(textColumn);
        tweets.insert(tweet.id, tweet);
    }
    QVERIFY2(reader.errorString().isEmpty(), qPrintable(reader.errorString()));
    QCOMPARE(tweets.size(), 5000);

    QHash<qint64, QList<Tweet>> threads;
    for (const Tweet &tweet : std::as_const(tweets)) {
        qint64 root = tweet.id;
        for (int hops = 0; hops < 1000 && tweets.contains(tweets.value(root).parent); ++hops)
            root = tweets.value(root).parent;
        threads[root].append(tweet);
    }
    QCOMPARE(threads.size(), 1312);

    const AutoQa autoQa; // default settings: 180 s customer wait
    QHash<qint64, QList<AutoQaFinding>> byThread;
    QHash<qint64, QList<Message>> transcripts;
    int waits = 0;
    int longWaits = 0;
    int forbidden = 0;
    int missingGreeting = 0;
    for (auto it = threads.begin(); it != threads.end(); ++it) {
        std::sort(it.value().begin(), it.value().end(),
                  [](const Tweet &a, const Tweet &b) { return a.at != b.at ? a.at < b.at : a.id < b.id; });
        QList<Message> transcript;
        for (const Tweet &tweet : std::as_const(it.value())) {
            Message message;
            message.id = tweet.id;
            message.speaker = tweet.inbound ? Speaker::Customer : Speaker::Agent;
            message.sentAt = tweet.at;
            message.text = tweet.text;
            transcript.append(message);
        }
        const QList<AutoQaFinding> findings = autoQa.run(transcript);
        for (const AutoQaFinding &finding : findings) {
            if (finding.rule == AutoQaRule::CustomerWait) {
                ++waits;
                if (finding.waitSeconds > 3600)
                    ++longWaits;
            } else if (finding.rule == AutoQaRule::ForbiddenPhrase) {
                ++forbidden;
            } else if (finding.rule == AutoQaRule::MissingGreeting) {
                ++missingGreeting;
            }
        }
        byThread.insert(it.key(), findings);
        transcripts.insert(it.key(), transcript);
    }

    // Thread 8 (sprintcare): the customer asked at 21:45:10, 21:49:35 and 22:08:27 and was answered
    // after 74 s, 314 s and 140 s; only the 314 s wait (answered by tweet 4) is over 180 s.
    QList<AutoQaFinding> sprint;
    for (const AutoQaFinding &finding : byThread.value(8)) {
        if (finding.rule == AutoQaRule::CustomerWait)
            sprint.append(finding);
    }
    QCOMPARE(sprint.size(), 1);
    QCOMPARE(sprint.first().waitSeconds, 314);
    QCOMPARE(transcripts.value(8).at(sprint.first().messageIndex).id, 4);
    // Thread 18: waits of 192 s, 168 s and 348 s → two findings, at tweets 17 and 11.
    QList<qint64> flagged;
    for (const AutoQaFinding &finding : byThread.value(18)) {
        if (finding.rule == AutoQaRule::CustomerWait)
            flagged.append(transcripts.value(18).at(finding.messageIndex).id);
    }
    QCOMPARE(flagged, (QList<qint64> { 17, 11 }));
    // Thread 752 (AppleSupport): the customer tweeted on 12 October and again on the 31st; the reply
    // came at 22:18:00 on the 31st, 1,685,170 s after the first tweet.
    const auto apple
        = std::find_if(byThread.value(752).cbegin(), byThread.value(752).cend(),
                       [](const AutoQaFinding &f) { return f.rule == AutoQaRule::CustomerWait; });
    QVERIFY(apple != byThread.value(752).cend());
    QCOMPARE(apple->waitSeconds, 1685170);

    // Over the slice, counted independently with a short script over the same CSV: 2,078 company
    // replies that answered a waiting customer, 1,791 of them after more than 180 s and 534 after
    // more than an hour; no default taboo phrase; 965 threads whose first company reply greets no one.
    QCOMPARE(waits, 1791);
    QCOMPARE(longWaits, 534);
    QCOMPARE(forbidden, 0);
    QCOMPARE(missingGreeting, 965);
}

QTEST_GUILESS_MAIN(TestAutoQa)
#include "TestAutoQa.moc"

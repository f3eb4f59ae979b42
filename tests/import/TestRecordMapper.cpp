#include "import/ImportSource.h"
#include "import/RecordMapper.h"
#include "support/SharedData.h"

#include <QDateTime>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

/** Records to typed rows: the shipped profiles on real files, and every kind of bad value. */
class TestRecordMapper : public QObject
{
    Q_OBJECT

private slots:
    void flipkartRowsFieldByField();
    void callcenterTickets();
    void twcsReplyChain();
    void ecdConversationsPerRow();
    void everyBadFieldIsReported();
    void enumMessageListsCodes();
    void requiredBlankAndDefaults();
    void timeOrder();
    void duplicateKeys();
    void extraAndMissingFields();
    void hostileStrings();
    void longTextIsRejected();
    void rowFilterSkips();
    void prepareNamesMissingColumns();
    void valueParsing_data();
    void valueParsing();
    void agentsAndCsatKinds();
};

namespace {

const QString kData = QStringLiteral(TEAMLENS_SHARED_DATA_DIR);

ImportProfile loadProfile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    ImportProfile p;
    QString error;
    if (!ImportProfile::fromJson(file.readAll(), &p, &error))
        qFatal("%s: %s", qPrintable(path), qPrintable(error));
    return p;
}

ImportProfile testProfile(const char *name)
{
    return loadProfile(QStringLiteral(TEAMLENS_SOURCE_DIR "/tests/import/profiles/") + QLatin1StringView(name)
                       + ".json"_L1);
}

ImportProfile profileFromJson(const QByteArray &json)
{
    ImportProfile p;
    QString error;
    if (!ImportProfile::fromJson(json, &p, &error))
        qFatal("%s", qPrintable(error));
    return p;
}

qint64 utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toSecsSinceEpoch();
}

struct FileRun
{
    QStringList header;
    QList<QStringList> records;
    QList<MappedRecord> mapped;
    int ok = 0, rejected = 0, skipped = 0;
    QString firstIssue;
};

FileRun mapFile(const QString &path, const ImportProfile &profile)
{
    FileRun run;
    QString error;
    auto source = ImportSource::open(path, profile.file, &error);
    if (!source)
        qFatal("%s", qPrintable(error));
    run.header = source->header();
    RecordMapper mapper(profile);
    if (!mapper.prepare(run.header, &error))
        qFatal("%s", qPrintable(error));
    QStringList fields;
    while (source->readRecord(&fields)) {
        MappedRecord r = mapper.map(fields, { source->recordNumber(), source->lineNumber() });
        switch (r.state) {
        case MappedRecord::State::Ok:
            ++run.ok;
            break;
        case MappedRecord::State::Rejected:
            ++run.rejected;
            if (run.firstIssue.isEmpty())
                run.firstIssue = u"row %1 %2: %3"_s.arg(r.issues.first().row)
                                     .arg(r.issues.first().column, r.issues.first().reason);
            break;
        case MappedRecord::State::Skipped:
            ++run.skipped;
            break;
        }
        run.records.append(fields);
        run.mapped.append(std::move(r));
    }
    if (!source->errorString().isEmpty())
        qFatal("%s", qPrintable(source->errorString()));
    return run;
}

/** A small tickets profile over the header below, for the synthetic cases. */
const QByteArray kTicketsProfile = R"({
    "teamlens_import_profile": 1, "name": "synthetic", "kind": "tickets", "time_zone": "Asia/Shanghai",
    "fields": {
        "external_id": "id",
        "platform": {"value": "jd"},
        "channel": {"column": "channel", "default": "chat"},
        "type": {"column": "type", "map": {"Beschwerde": "complaint"}},
        "category": {"value": "service"},
        "status": {"value": "open"},
        "created_at": {"column": "created", "formats": ["yyyy-MM-dd HH:mm"]},
        "first_response_at": {"column": "responded", "formats": ["yyyy-MM-dd HH:mm"]},
        "csat_score": "score",
        "order_id": "order",
        "tags": "remark",
        "agent": "agent"
    }
})";
const QStringList kHeader = { u"id"_s,    u"channel"_s, u"type"_s,   u"created"_s, u"responded"_s,
                              u"score"_s, u"order"_s,   u"remark"_s, u"agent"_s };

QStringList goodRow(const QString &id)
{
    return { id,       u"email"_s, u"consultation"_s, u"2024-02-03 10:00"_s, u"2024-02-03 10:05"_s, u"5"_s,
             u"O-1"_s, u"fine"_s,  u"王芳"_s };
}

std::unique_ptr<RecordMapper> syntheticMapper()
{
    auto mapper = std::make_unique<RecordMapper>(profileFromJson(kTicketsProfile));
    QString error;
    if (!mapper->prepare(kHeader, &error))
        qFatal("%s", qPrintable(error));
    return mapper;
}

QStringList reasons(const MappedRecord &r)
{
    QStringList out;
    for (const ImportIssue &i : r.issues)
        out.append(i.column + u": "_s + i.reason);
    return out;
}

} // namespace

void TestRecordMapper::flipkartRowsFieldByField()
{
    TEAMLENS_REQUIRE_SHARED_DATA();
    const ImportProfile profile = loadProfile(u":/import-profiles/flipkart-csat.json"_s);
    const FileRun run = mapFile(kData + "/flipkart-csat/Customer_support_data_sample.csv"_L1, profile);
    QVERIFY2(run.rejected == 0, qPrintable(run.firstIssue));
    QCOMPARE(run.ok, 817);

    // Row 1: 7e9ae164-…,Outcall,Product Queries,Life Insurance,,c27c9bb4-…,,01/08/2023 11:13,
    // 01/08/2023 11:47,01-Aug-23,,,,,Richard Buchanan,Mason Gupta,Jennifer Nguyen,On Job Training,Morning,5
    const ImportTicketRow &t = run.mapped.at(0).ticket;
    QCOMPARE(t.origin.row, 1);
    QCOMPARE(t.origin.line, 2);
    QCOMPARE(t.externalId, u"7e9ae164-6a8b-4521-a2d4-58f7c9fff13f"_s);
    QCOMPARE(t.platform, u"own"_s);
    QCOMPARE(t.channel, u"phone"_s);
    QCOMPARE(t.type, u"consultation"_s);
    QCOMPARE(t.category, u"product"_s);
    QCOMPARE(t.status, u"closed"_s);
    QCOMPARE(t.createdAt, utc(2023, 8, 1, 5, 43)); // 11:13 IST
    QCOMPARE(t.firstResponseAt.value_or(0), utc(2023, 8, 1, 6, 17));
    QCOMPARE(t.csatScore.value_or(0), 5);
    QCOMPARE(t.csatAnsweredAt.value_or(0), utc(2023, 7, 31, 18, 30)); // 1 Aug 00:00 IST
    QVERIFY(t.csatComment.isEmpty());
    QCOMPARE(t.orderId, u"c27c9bb4-fa36-4140-9f1f-21009254ffdb"_s);
    QVERIFY(!t.orderAmountCents);
    QVERIFY(!t.handleSeconds);
    QCOMPARE(t.tags, u"Product Queries, Life Insurance"_s);
    QCOMPARE(t.agent.name, u"Richard Buchanan"_s);
    QCOMPARE(t.agent.externalId, u"Richard Buchanan"_s);
    QCOMPARE(t.agent.supervisor, u"Mason Gupta"_s);
    QCOMPARE(t.agent.manager, u"Jennifer Nguyen"_s);
    QCOMPARE(t.agent.tenureBucket, u"On Job Training"_s);
    QCOMPARE(t.agent.tenureDays.value_or(-1), 0);
    QCOMPARE(t.agent.shift, u"morning"_s);
    QCOMPARE(t.agent.tier, u"L1"_s);

    // Row 2: Vicki Collins, >90 days, responded 12:54 IST.
    const ImportTicketRow &t2 = run.mapped.at(1).ticket;
    QCOMPARE(t2.externalId, u"b07ec1b0-f376-43b6-86df-ec03da3b2e16"_s);
    QCOMPARE(t2.agent.tenureDays.value_or(-1), 91);
    QCOMPARE(t2.firstResponseAt.value_or(0), utc(2023, 8, 1, 7, 24));
    QCOMPARE(t2.tags, u"Product Queries, Product Specific Information"_s);

    // Row 6: an Email return.
    const ImportTicketRow &t6 = run.mapped.at(5).ticket;
    QCOMPARE(t6.externalId, u"1cfde5b9-6112-44fc-8f3b-892196137a62"_s);
    QCOMPARE(t6.channel, u"email"_s);
    QCOMPARE(t6.type, u"return"_s);
    QCOMPARE(t6.category, u"product"_s);
    QCOMPARE(t6.agent.tenureDays.value_or(-1), 0);
    QCOMPARE(t6.createdAt, utc(2023, 8, 1, 9, 43));

    // Every row against the source cells it came from.
    const int price = int(run.header.indexOf(u"Item_price"_s));
    const int handling = int(run.header.indexOf(u"connected_handling_time"_s));
    const int remarks = int(run.header.indexOf(u"Customer Remarks"_s));
    const int shift = int(run.header.indexOf(u"Agent Shift"_s));
    int prices = 0, handled = 0;
    for (qsizetype i = 0; i < run.records.size(); ++i) {
        const QStringList &cells = run.records.at(i);
        const ImportTicketRow &row = run.mapped.at(i).ticket;
        if (cells.at(price).isEmpty()) {
            QVERIFY(!row.orderAmountCents);
        } else {
            QCOMPARE(row.orderAmountCents.value_or(-1), cells.at(price).toLongLong() * 100);
            ++prices;
        }
        if (!cells.at(handling).isEmpty()) {
            QCOMPARE(row.handleSeconds.value_or(-1), cells.at(handling).toLongLong());
            ++handled;
        }
        QCOMPARE(row.csatComment, cells.at(remarks).trimmed());
        QCOMPARE(row.agent.shift, cells.at(shift).toLower());
        QVERIFY(row.firstResponseAt && *row.firstResponseAt >= row.createdAt);
    }
    QCOMPARE(handled, 3);
    QVERIFY(prices > 100);
}

void TestRecordMapper::callcenterTickets()
{
    TEAMLENS_REQUIRE_SHARED_DATA();
    const FileRun run
        = mapFile(kData + "/callcenter-pwc/call_center_dataset.csv"_L1, testProfile("callcenter-pwc"));
    QVERIFY2(run.rejected == 0, qPrintable(run.firstIssue));
    QCOMPARE(run.ok, 5000);
    // ID0001,Diane,2021-01-01,09:12:58,Contract related,Y,Y,109,00:02:23,3
    const ImportTicketRow &t = run.mapped.at(0).ticket;
    QCOMPARE(t.externalId, u"ID0001"_s);
    QCOMPARE(t.createdAt, utc(2021, 1, 1, 9, 12, 58));
    QCOMPARE(t.firstResponseAt.value_or(0), utc(2021, 1, 1, 9, 12, 58) + 109);
    QCOMPARE(t.handleSeconds.value_or(0), 143);
    QCOMPARE(t.status, u"resolved"_s);
    QCOMPARE(t.category, u"service"_s);
    QCOMPARE(t.csatScore.value_or(0), 3);
    QCOMPARE(t.agent.name, u"Diane"_s);
    QCOMPARE(run.mapped.at(1).ticket.status, u"open"_s); // Y/N

    int unanswered = 0;
    const int rating = int(run.header.indexOf(u"Satisfaction rating"_s));
    for (qsizetype i = 0; i < run.records.size(); ++i) {
        const ImportTicketRow &row = run.mapped.at(i).ticket;
        if (run.records.at(i).at(rating).trimmed().isEmpty()) {
            ++unanswered;
            QVERIFY(!row.csatScore);
            QVERIFY(!row.firstResponseAt);
            QVERIFY(!row.handleSeconds);
            QCOMPARE(row.status, u"closed"_s);
        } else {
            QVERIFY(row.csatScore);
        }
    }
    QCOMPARE(unanswered, 946);
}

void TestRecordMapper::twcsReplyChain()
{
    TEAMLENS_REQUIRE_SHARED_DATA();
    const FileRun run = mapFile(kData + "/twcs-sample/twcs_first5000.csv"_L1, testProfile("twcs"));
    QVERIFY2(run.rejected == 0, qPrintable(run.firstIssue));
    QCOMPARE(run.ok, 5000);
    // 0,1,sprintcare,False,Tue Oct 31 22:10:47 +0000 2017,@115712 I understand…,2,3.0
    const ImportMessageRow &m = run.mapped.at(0).messages.at(0);
    QCOMPARE(run.mapped.at(0).messages.size(), 1);
    QCOMPARE(m.messageKey, u"1"_s);
    QCOMPARE(m.replyToKey, u"3"_s);
    QVERIFY(m.conversationKey.isEmpty());
    QCOMPARE(m.speaker, u"agent"_s);
    QCOMPARE(m.sentAt.value_or(0), utc(2017, 10, 31, 22, 10, 47));
    QVERIFY(m.text.startsWith(u"@115712 I understand."_s));
    const ImportMessageRow &m2 = run.mapped.at(1).messages.at(0);
    QCOMPARE(m2.speaker, u"customer"_s);
    QCOMPARE(m2.replyToKey, u"1"_s);
    int roots = 0;
    for (const MappedRecord &r : run.mapped)
        roots += r.messages.at(0).replyToKey.isEmpty() ? 1 : 0;
    QCOMPARE(roots, 1306);
}

void TestRecordMapper::ecdConversationsPerRow()
{
    TEAMLENS_REQUIRE_SHARED_DATA();
    const ImportProfile profile = testProfile("ecd-taobao");
    const FileRun run = mapFile(kData + "/ecd-taobao-sample/test.txt"_L1, profile);
    QVERIFY2(run.rejected == 0, qPrintable(run.firstIssue));
    QCOMPARE(run.ok, 100);
    QCOMPARE(run.skipped, 900);
    const MappedRecord &first = run.mapped.at(0);
    QCOMPARE(first.state, MappedRecord::State::Ok);
    // 1	我 去 不 早 说 发韵 达 能 到 我家 那儿 我 就 能 拿到	韵达 不发 的 哦	那要 怎样 …	发
    // 邮政 的 哦
    QCOMPARE(first.messages.size(), 4);
    QCOMPARE(first.messages.at(0).text, u"我去不早说发韵达能到我家那儿我就能拿到"_s);
    QCOMPARE(first.messages.at(0).speaker, u"customer"_s);
    QCOMPARE(first.messages.at(1).text, u"韵达不发的哦"_s);
    QCOMPARE(first.messages.at(1).speaker, u"agent"_s);
    QCOMPARE(first.messages.at(2).speaker, u"customer"_s);
    QCOMPARE(first.messages.at(3).text, u"发邮政的哦"_s);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(first.messages.at(i).position, i);
    QCOMPARE(first.messages.at(0).sentAt.value_or(0), utc(2018, 5, 24, 16));
    const QString key = first.messages.at(0).conversationKey;
    QVERIFY(key.startsWith(u"sha1:"_s));
    QCOMPARE(key.size(), 5 + 16);
    for (const ImportMessageRow &m : first.messages)
        QCOMPARE(m.conversationKey, key);
    QCOMPARE(run.mapped.at(1).state, MappedRecord::State::Skipped); // label 0
    QVERIFY(run.mapped.at(1).messages.isEmpty());

    // The key depends on the conversation only: stable across runs, different between rows.
    const FileRun again = mapFile(kData + "/ecd-taobao-sample/test.txt"_L1, profile);
    QCOMPARE(again.mapped.at(0).messages.at(0).conversationKey, key);
    QSet<QString> keys;
    for (const MappedRecord &r : run.mapped) {
        if (r.state == MappedRecord::State::Ok)
            keys.insert(r.messages.at(0).conversationKey);
    }
    QVERIFY(keys.size() >= 95); // a few contexts may repeat verbatim
}

void TestRecordMapper::everyBadFieldIsReported()
{
    auto mapper = syntheticMapper();
    QStringList row = goodRow(u"T-1"_s);
    row[2] = u"Compliant"_s;
    row[3] = u"2024-02-31 10:00"_s;
    row[5] = u"7"_s;
    const MappedRecord r = mapper->map(row, { 4, 5 });
    QCOMPARE(r.state, MappedRecord::State::Rejected);
    QCOMPARE(r.issues.size(), 3);
    QCOMPARE(r.issues.at(0).row, 4);
    QCOMPARE(r.issues.at(0).line, 5);
    QStringList columns;
    for (const ImportIssue &i : r.issues)
        columns.append(i.column);
    columns.sort();
    QCOMPARE(columns, QStringList({ u"created"_s, u"score"_s, u"type"_s }));
    for (const ImportIssue &i : r.issues) {
        if (i.column == "created"_L1) {
            QCOMPARE(i.value, u"2024-02-31 10:00"_s);
            QVERIFY2(i.reason.contains(u"yyyy-MM-dd HH:mm"_s), qPrintable(i.reason));
        } else if (i.column == "score"_L1) {
            QVERIFY2(i.reason.contains(u"1 to 5"_s), qPrintable(i.reason));
        }
    }
}

void TestRecordMapper::enumMessageListsCodes()
{
    auto mapper = syntheticMapper();
    QStringList row = goodRow(u"T-1"_s);
    row[2] = u"Compliant"_s;
    MappedRecord r = mapper->map(row, { 1, 2 });
    QCOMPARE(r.issues.size(), 1);
    QVERIFY2(r.issues.at(0).reason.startsWith(
                 u"“Compliant” is not a valid ticket type (expected consultation, complaint,"_s),
             qPrintable(r.issues.at(0).reason));
    // Codes match case-insensitively and the map translates source words.
    row[2] = u"COMPLAINT"_s;
    r = mapper->map(row, { 2, 3 });
    QCOMPARE(r.state, MappedRecord::State::Ok);
    QCOMPARE(r.ticket.type, u"complaint"_s);
    row = goodRow(u"T-3"_s);
    row[2] = u" beschwerde "_s;
    r = mapper->map(row, { 3, 4 });
    QCOMPARE(r.ticket.type, u"complaint"_s);
}

void TestRecordMapper::requiredBlankAndDefaults()
{
    auto mapper = syntheticMapper();
    QStringList row = goodRow(QString());
    row[1] = u"  "_s; // channel blank → default chat
    row[2] = QString();
    const MappedRecord r = mapper->map(row, { 1, 2 });
    QCOMPARE(r.state, MappedRecord::State::Rejected);
    QCOMPARE(
        reasons(r),
        QStringList({ u"id: external_id is required but blank"_s, u"type: type is required but blank"_s }));
    const MappedRecord ok = mapper->map(goodRow(u"T-2"_s).replaceInStrings(u"email"_s, u""_s), { 2, 3 });
    QCOMPARE(ok.state, MappedRecord::State::Ok);
    QCOMPARE(ok.ticket.channel, u"chat"_s);
    QCOMPARE(ok.ticket.platform, u"jd"_s);
    QCOMPARE(ok.ticket.createdAt, utc(2024, 2, 3, 2)); // Asia/Shanghai
}

void TestRecordMapper::timeOrder()
{
    auto mapper = syntheticMapper();
    QStringList row = goodRow(u"T-1"_s);
    row[4] = u"2024-02-03 09:59"_s;
    const MappedRecord r = mapper->map(row, { 1, 2 });
    QCOMPARE(r.state, MappedRecord::State::Rejected);
    QCOMPARE(r.issues.size(), 1);
    QCOMPARE(r.issues.at(0).column, u"responded"_s);
    QVERIFY2(r.issues.at(0).reason.contains(u"earlier than created_at"_s), qPrintable(r.issues.at(0).reason));
    row[4] = u"2024-02-03 10:00"_s; // the same minute is fine
    QCOMPARE(mapper->map(row, { 2, 3 }).state, MappedRecord::State::Ok);
}

void TestRecordMapper::duplicateKeys()
{
    auto mapper = syntheticMapper();
    QCOMPARE(mapper->map(goodRow(u"T-1"_s), { 12, 13 }).state, MappedRecord::State::Ok);
    QStringList bad = goodRow(u"T-2"_s);
    bad[2] = u"nonsense"_s;
    QCOMPARE(mapper->map(bad, { 13, 14 }).state, MappedRecord::State::Rejected);
    // A rejected row does not claim its key.
    QCOMPARE(mapper->map(goodRow(u"T-2"_s), { 14, 15 }).state, MappedRecord::State::Ok);
    const MappedRecord dup = mapper->map(goodRow(u"T-1"_s), { 20, 21 });
    QCOMPARE(dup.state, MappedRecord::State::Rejected);
    QCOMPARE(reasons(dup), QStringList({ u"id: same external id as row 12"_s }));
}

void TestRecordMapper::extraAndMissingFields()
{
    auto mapper = syntheticMapper();
    QStringList longer = goodRow(u"T-1"_s);
    longer << QString() << u"  "_s;
    QCOMPARE(mapper->map(longer, { 1, 2 }).state, MappedRecord::State::Ok); // blank extras are harmless
    longer = goodRow(u"T-2"_s);
    longer << QString() << u"x"_s;
    const MappedRecord r = mapper->map(longer, { 2, 3 });
    QCOMPARE(r.state, MappedRecord::State::Rejected);
    QCOMPARE(reasons(r), QStringList({ u": row has 11 fields, header has 9"_s }));
    // Short rows read missing cells as blank: optional trailing fields simply stay empty.
    const QStringList shorter = goodRow(u"T-3"_s).mid(0, 5);
    const MappedRecord s = mapper->map(shorter, { 3, 4 });
    QCOMPARE(s.state, MappedRecord::State::Ok);
    QVERIFY(!s.ticket.csatScore);
    QVERIFY(s.ticket.agent.isEmpty());
}

void TestRecordMapper::hostileStrings()
{
    auto mapper = syntheticMapper();
    const QString sql = u"'; DROP TABLE tickets; --"_s;
    const QString formula = u"=cmd|' /C calc'!A0"_s;
    const QString rtl = u"abc\u202Edcba"_s;
    QStringList row = goodRow(u"T-1"_s);
    row[7] = sql;
    row[8] = formula;
    row[6] = u"O-\u0001\u00072"_s;
    MappedRecord r = mapper->map(row, { 1, 2 });
    QCOMPARE(reasons(r).size(), 1);
    QCOMPARE(r.issues.at(0).column, u"order"_s); // control characters in an id
    QVERIFY2(r.issues.at(0).reason.contains(u"U+0001"_s), qPrintable(r.issues.at(0).reason));

    row[6] = u"O-2"_s;
    row[7] = sql + u"\u0001\u0000x\tand\nmore\u200F"_s;
    row[8] = formula + rtl;
    r = mapper->map(row, { 2, 3 });
    QCOMPARE(r.state, MappedRecord::State::Ok);
    QCOMPARE(r.ticket.tags, sql + u"x\tand\nmore\u200F"_s); // controls dropped, bidi kept in text
    QCOMPARE(r.ticket.agent.name, formula + rtl);

    for (const QString &id : { u"T-\u202E9"_s, u"T-\u200E9"_s, u"T-\u20669"_s, u"T-1\nT-2"_s, u"T\r1"_s }) {
        row = goodRow(id);
        r = mapper->map(row, { 3, 4 });
        QCOMPARE(r.state, MappedRecord::State::Rejected);
        QCOMPARE(r.issues.at(0).column, u"id"_s);
        QCOMPARE(r.issues.at(0).value, id);
    }
    // SQL in an id is just an id.
    r = mapper->map(goodRow(u"1 OR 1=1"_s), { 5, 6 });
    QCOMPARE(r.state, MappedRecord::State::Ok);
    QCOMPARE(r.ticket.externalId, u"1 OR 1=1"_s);
}

void TestRecordMapper::longTextIsRejected()
{
    auto mapper = syntheticMapper();
    QStringList row = goodRow(u"T-1"_s);
    row[7] = QString(65536, u'x');
    QCOMPARE(mapper->map(row, { 1, 2 }).state, MappedRecord::State::Ok);
    row = goodRow(u"T-2"_s);
    row[7] = QString(65537, u'x');
    const MappedRecord r = mapper->map(row, { 2, 3 });
    QCOMPARE(reasons(r), QStringList({ u"remark: longer than 65,536 characters"_s }));
}

void TestRecordMapper::rowFilterSkips()
{
    ImportProfile p = profileFromJson(kTicketsProfile);
    p.rowFilter = { u"channel"_s, { u"email"_s, u"phone"_s } };
    RecordMapper mapper(p);
    QString error;
    QVERIFY(mapper.prepare(kHeader, &error));
    QCOMPARE(mapper.map(goodRow(u"T-1"_s), { 1, 2 }).state, MappedRecord::State::Ok);
    QStringList chat = goodRow(u"T-2"_s);
    chat[1] = u"chat"_s;
    chat[2] = u"invalid but skipped"_s;
    const MappedRecord r = mapper.map(chat, { 2, 3 });
    QCOMPARE(r.state, MappedRecord::State::Skipped);
    QVERIFY(r.issues.isEmpty());
}

void TestRecordMapper::prepareNamesMissingColumns()
{
    RecordMapper mapper(profileFromJson(kTicketsProfile));
    QString error;
    QStringList header = kHeader;
    header.removeAll(u"created"_s);
    header.removeAll(u"score"_s);
    QVERIFY(!mapper.prepare(header, &error));
    // A required column missing is an error; an optional one (score) is simply not imported.
    QVERIFY2(error.contains(u"“created”"_s) && !error.contains(u"“score”"_s), qPrintable(error));
    // Names match after trimming, then case-insensitively.
    header = kHeader;
    header[3] = u" CREATED "_s;
    QVERIFY2(mapper.prepare(header, &error), qPrintable(error));
    QCOMPARE(mapper.map(goodRow(u"T-1"_s), { 1, 2 }).state, MappedRecord::State::Ok);
    QStringList mapped = mapper.mappedFields();
    QVERIFY(mapped.contains(u"created_at"_s) && mapped.contains(u"platform"_s) && mapped.size() == 12);
}

void TestRecordMapper::valueParsing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mapping");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<qint64>("expected"); // -1: rejected

    QTest::newRow("money units") << u"order_amount"_s << u"{}"_s << u"12.50"_s << qint64(1250);
    QTest::newRow("money thousands") << u"order_amount"_s << u"{}"_s << u"1,299.00"_s << qint64(129900);
    QTest::newRow("money yuan") << u"order_amount"_s << u"{}"_s << u"¥12.5"_s << qint64(1250);
    QTest::newRow("money negative") << u"order_amount"_s << u"{}"_s << u"-3"_s << qint64(-300);
    QTest::newRow("money three decimals") << u"order_amount"_s << u"{}"_s << u"1.005"_s << qint64(-1);
    QTest::newRow("money bad comma") << u"order_amount"_s << u"{}"_s << u"1,29"_s << qint64(-1);
    QTest::newRow("money cents") << u"order_amount"_s << uR"({"unit": "cents"})"_s << u"1250"_s
                                 << qint64(1250);
    QTest::newRow("money text") << u"order_amount"_s << u"{}"_s << u"free"_s << qint64(-1);
    QTest::newRow("seconds") << u"handle_seconds"_s << u"{}"_s << u"353"_s << qint64(353);
    QTest::newRow("minutes") << u"handle_seconds"_s << uR"({"unit": "minutes"})"_s << u"2.5"_s << qint64(150);
    QTest::newRow("hours") << u"handle_seconds"_s << uR"({"unit": "hours"})"_s << u"1"_s << qint64(3600);
    QTest::newRow("hh:mm:ss") << u"handle_seconds"_s << uR"({"unit": "hh:mm:ss"})"_s << u"00:02:23"_s
                              << qint64(143);
    QTest::newRow("mm:ss") << u"handle_seconds"_s << uR"({"unit": "hh:mm:ss"})"_s << u"4:05"_s << qint64(245);
    QTest::newRow("clock 61 s") << u"handle_seconds"_s << uR"({"unit": "hh:mm:ss"})"_s << u"00:01:61"_s
                                << qint64(-1);
    QTest::newRow("negative seconds") << u"handle_seconds"_s << u"{}"_s << u"-5"_s << qint64(-1);
    QTest::newRow("integer") << u"reopen_count"_s << u"{}"_s << u"3"_s << qint64(3);
    QTest::newRow("integer 3.0") << u"reopen_count"_s << u"{}"_s << u"3.0"_s << qint64(3);
    QTest::newRow("integer 3.5") << u"reopen_count"_s << u"{}"_s << u"3.5"_s << qint64(-1);
    QTest::newRow("score 5.0") << u"csat_score"_s << u"{}"_s << u"5.0"_s << qint64(5);
    QTest::newRow("score 0") << u"csat_score"_s << u"{}"_s << u"0"_s << qint64(-1);
    QTest::newRow("bool yes") << u"escalated"_s << u"{}"_s << u"Yes"_s << qint64(1);
    QTest::newRow("bool 是") << u"escalated"_s << u"{}"_s << u"是"_s << qint64(1);
    QTest::newRow("bool N") << u"escalated"_s << u"{}"_s << u"N"_s << qint64(0);
    QTest::newRow("bool FALSE") << u"escalated"_s << u"{}"_s << u"FALSE"_s << qint64(0);
    QTest::newRow("bool maybe") << u"escalated"_s << u"{}"_s << u"maybe"_s << qint64(-1);
    QTest::newRow("iso fallback") << u"resolved_at"_s << uR"({"formats": ["dd/MM/yyyy"]})"_s
                                  << u"2024-02-04T10:00:00+08:00"_s << utc(2024, 2, 4, 2);
    QTest::newRow("second format") << u"resolved_at"_s
                                   << uR"({"formats": ["dd/MM/yyyy", "dd.MM.yyyy HH:mm"]})"_s
                                   << u"04.02.2024 10:00"_s << utc(2024, 2, 4, 2);
    QTest::newRow("date keeps the day")
        << u"agent.hire_date"_s << u"{}"_s << u"2024-02-04T23:30:00"_s << QDate(2024, 2, 4).toJulianDay();
}

void TestRecordMapper::valueParsing()
{
    QFETCH(QString, field);
    QFETCH(QString, mapping);
    QFETCH(QString, cell);
    QFETCH(qint64, expected);
    ImportProfile p = profileFromJson(kTicketsProfile);
    ImportProfile extra
        = profileFromJson(QByteArray(R"({"teamlens_import_profile": 1, "name": "x", "kind": "tickets",
        "fields": {"external_id": "id", "platform": {"value": "own"}, "channel": {"value": "chat"},
        "type": {"value": "refund"}, "category": {"value": "other"}, "status": {"value": "new"},
        "created_at": "created", ")")
                          + field.toUtf8() + "\": " + mapping.left(mapping.size() - 1).toUtf8()
                          + (mapping.size() > 2 ? ", " : "") + "\"column\": \"cell\"}}}");
    extra.timeZone = p.timeZone;
    RecordMapper mapper(extra);
    QString error;
    QVERIFY2(mapper.prepare({ u"id"_s, u"created"_s, u"cell"_s }, &error), qPrintable(error));
    const MappedRecord r = mapper.map({ u"T-1"_s, u"2024-01-01 00:00"_s, cell }, { 1, 2 });
    if (expected == -1) {
        QCOMPARE(r.state, MappedRecord::State::Rejected);
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues.at(0).column, u"cell"_s);
        QCOMPARE(r.issues.at(0).value, cell);
        return;
    }
    QVERIFY2(r.state == MappedRecord::State::Ok, qPrintable(reasons(r).join(u'\n')));
    const ImportTicketRow &t = r.ticket;
    qint64 actual = -2;
    if (field == "order_amount"_L1)
        actual = t.orderAmountCents.value_or(-2);
    else if (field == "handle_seconds"_L1)
        actual = t.handleSeconds.value_or(-2);
    else if (field == "reopen_count"_L1)
        actual = t.reopenCount.value_or(-2);
    else if (field == "csat_score"_L1)
        actual = t.csatScore.value_or(-2);
    else if (field == "escalated"_L1)
        actual = t.escalated ? qint64(*t.escalated) : -2;
    else if (field == "resolved_at"_L1)
        actual = t.resolvedAt.value_or(-2);
    else if (field == "agent.hire_date"_L1)
        actual = -2; // no agent name: hire date belongs to no agent
    if (field == "agent.hire_date"_L1) {
        QVERIFY(t.agent.isEmpty());
        return;
    }
    QCOMPARE(actual, expected);
}

void TestRecordMapper::agentsAndCsatKinds()
{
    const ImportProfile agents
        = profileFromJson(R"({"teamlens_import_profile": 1, "name": "a", "kind": "agents",
        "fields": {"name": "姓名", "team": "组", "tier": {"column": "层级", "transforms": ["upper"]},
                   "hire_date": {"column": "入职", "formats": ["yyyy/M/d"]}, "account.taobao": "旺旺",
                   "status": {"column": "状态", "map": {"在职": "active", "离职": "left"}}}})");
    RecordMapper mapper(agents);
    QString error;
    QVERIFY2(mapper.prepare({ u"姓名"_s, u"组"_s, u"层级"_s, u"入职"_s, u"旺旺"_s, u"状态"_s }, &error),
             qPrintable(error));
    MappedRecord r
        = mapper.map({ u"李娜"_s, u"售后一组"_s, u"l2"_s, u"2023/3/9"_s, u"tb_lina"_s, u"在职"_s }, { 1, 2 });
    QVERIFY2(r.state == MappedRecord::State::Ok, qPrintable(reasons(r).join(u'\n')));
    QCOMPARE(r.agent.agent.name, u"李娜"_s);
    QCOMPARE(r.agent.agent.externalId, u"李娜"_s);
    QCOMPARE(r.agent.agent.tier, u"L2"_s);
    QCOMPARE(r.agent.agent.hireDate.value_or(QDate()), QDate(2023, 3, 9));
    QCOMPARE(r.agent.agent.accounts.value(u"taobao"_s), u"tb_lina"_s);
    QCOMPARE(r.agent.agent.status, u"active"_s);
    r = mapper.map({ u"李娜"_s, u"售后二组"_s, u"L1"_s, u""_s, u""_s, u"离职"_s }, { 2, 3 });
    QCOMPARE(reasons(r), QStringList({ u"姓名: same name as row 1"_s }));

    const ImportProfile csat = profileFromJson(R"({"teamlens_import_profile": 1, "name": "c", "kind": "csat",
        "fields": {"ticket_external_id": "单号", "csat_score": {"column": "评价", "map": {"非常满意": "5", "满意": "4",
                   "一般": "3", "不满意": "1"}}}})");
    RecordMapper csatMapper(csat);
    QVERIFY(csatMapper.prepare({ u"单号"_s, u"评价"_s }, &error));
    r = csatMapper.map({ u"A1"_s, u"非常满意"_s }, { 1, 2 });
    QCOMPARE(r.state, MappedRecord::State::Ok);
    QCOMPARE(r.csat.ticketExternalId, u"A1"_s);
    QCOMPARE(r.csat.csatScore, 5);
    r = csatMapper.map({ u"A1"_s, u"一般"_s }, { 2, 3 });
    QCOMPARE(reasons(r), QStringList({ u"单号: same ticket id as row 1"_s }));
    r = csatMapper.map({ u"A2"_s, u""_s }, { 3, 4 });
    QCOMPARE(reasons(r), QStringList({ u"评价: csat_score is required but blank"_s }));
}

QTEST_GUILESS_MAIN(TestRecordMapper)
#include "TestRecordMapper.moc"

#include "import/ImportFieldCatalog.h"
#include "import/ImportProfile.h"
#include "support/SharedData.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

/** Profile JSON: parsing, validation errors that name the key, and the round trip. */
class TestImportProfile : public QObject
{
    Q_OBJECT

private slots:
    void roundTripEveryMember();
    void shorthandForColumnOnly();
    void errorsNameTheKey_data();
    void errorsNameTheKey();
    void shippedProfilesLoad_data();
    void shippedProfilesLoad();
    void matchesHeader();
    void catalogueNames();
};

namespace {

QJsonObject minimalTickets()
{
    return QJsonDocument::fromJson(R"({
        "teamlens_import_profile": 1,
        "name": "minimal",
        "kind": "tickets",
        "fields": {
            "external_id": "id",
            "platform": {"value": "own"},
            "channel": {"value": "chat"},
            "type": {"column": "type"},
            "category": {"value": "other"},
            "status": {"value": "closed"},
            "created_at": {"column": "created", "formats": ["dd/MM/yyyy HH:mm"]}
        }
    })")
        .object();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

void TestImportProfile::roundTripEveryMember()
{
    ImportProfile p;
    p.name = u"every-member"_s;
    p.title = u"Everything “quoted”"_s;
    p.description = u"多行\nline"_s;
    p.kind = ImportKind::Messages;
    p.sourceSystem = u"src"_s;
    p.timeZone = u"Asia/Shanghai"_s;
    p.file.encoding = "GB18030";
    p.file.separator = u"\t"_s;
    p.file.sheet = u"客服"_s;
    p.file.hasHeader = false;
    p.matchHeaders = { u"a"_s, u"b"_s };
    p.unknownAgents = UnknownAgentPolicy::Reject;
    p.rowFilter = { u"#1"_s, { u"1"_s, u"yes"_s } };
    p.layout = MessageLayout::ConversationPerRow;
    p.firstUtteranceColumn = 3;
    p.alternatingSpeakers = { u"agent"_s, u"customer"_s };
    FieldMapping text;
    text.column = u"#3"_s;
    text.transforms = { u"join_cjk_spaces"_s, u"lower"_s };
    text.map = { { u"hi"_s, u"hello"_s } };
    text.defaultValue = u"-"_s;
    p.fields.insert(u"text"_s, text);
    FieldMapping sent;
    sent.columns = { u"#1"_s, u"#2"_s };
    sent.join = u"T"_s;
    sent.formats = { u"yyyy-MM-dd'T'HH:mm"_s, u"iso"_s };
    p.fields.insert(u"sent_at"_s, sent);
    FieldMapping platform;
    platform.value = u"taobao"_s;
    p.fields.insert(u"ticket.platform"_s, platform);
    QString error;
    QVERIFY2(p.validate(&error), qPrintable(error));

    ImportProfile back;
    QVERIFY2(ImportProfile::fromJson(p.toJson(), &back, &error), qPrintable(error));
    QCOMPARE(back.fields.value(u"sent_at"_s).join, u"T"_s);
    QCOMPARE(back.file.encoding, QByteArray("GB18030"));
    QCOMPARE(back.rowFilter.values, p.rowFilter.values);
    QVERIFY(back == p);

    // A changed member must break equality, or the comparison above proves nothing.
    back.fields[u"text"_s].transforms.removeLast();
    QVERIFY(!(back == p));

    // Add-seconds, money and duration units survive too.
    ImportProfile tickets;
    QVERIFY2(ImportProfile::fromJson(QJsonDocument(minimalTickets()).toJson(), &tickets, &error),
             qPrintable(error));
    tickets.fields[u"first_response_at"_s].columns = { u"d"_s, u"t"_s };
    tickets.fields[u"first_response_at"_s].addSecondsColumn = u"speed"_s;
    tickets.fields[u"order_amount"_s].column = u"price"_s;
    tickets.fields[u"order_amount"_s].unit = u"cents"_s;
    tickets.fields[u"handle_seconds"_s].column = u"talk"_s;
    tickets.fields[u"handle_seconds"_s].unit = u"hh:mm:ss"_s;
    QVERIFY2(ImportProfile::fromJson(tickets.toJson(), &back, &error), qPrintable(error));
    QVERIFY(back == tickets);
}

void TestImportProfile::shorthandForColumnOnly()
{
    ImportProfile p;
    QString error;
    QVERIFY2(ImportProfile::fromJson(QJsonDocument(minimalTickets()).toJson(), &p, &error),
             qPrintable(error));
    QCOMPARE(p.fields.value(u"external_id"_s).column, u"id"_s);
    QCOMPARE(p.fields.value(u"type"_s).column, u"type"_s);
    const QJsonObject fields = QJsonDocument::fromJson(p.toJson()).object().value("fields"_L1).toObject();
    QVERIFY(fields.value("external_id"_L1).isString());
    QVERIFY(fields.value("type"_L1).isString()); // {"column": "type"} is written as the shorthand
    QVERIFY(fields.value("created_at"_L1).isObject());
    QCOMPARE(fields.value("platform"_L1).toObject().value("value"_L1).toString(), u"own"_s);
}

void TestImportProfile::errorsNameTheKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    auto with = [](const std::function<void(QJsonObject &)> &change) {
        QJsonObject o = minimalTickets();
        change(o);
        return QJsonDocument(o).toJson();
    };
    auto field = [&](const QString &name, const QJsonValue &value) {
        return with([=](QJsonObject &o) {
            QJsonObject fields = o.value("fields"_L1).toObject();
            if (value.isUndefined())
                fields.remove(name);
            else
                fields.insert(name, value);
            o.insert("fields"_L1, fields);
        });
    };
    auto obj = [](const char *json) {
        return QJsonDocument::fromJson(json).object();
    };

    QTest::newRow("not JSON") << QByteArray("{\"name\": ") << u"not a JSON document"_s;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << u"JSON object"_s;
    QTest::newRow("no version") << with([](QJsonObject &o) { o.remove("teamlens_import_profile"_L1); })
                                << u"teamlens_import_profile: missing"_s;
    QTest::newRow("version 2") << with([](QJsonObject &o) { o.insert("teamlens_import_profile"_L1, 2); })
                               << u"teamlens_import_profile: format version 2"_s;
    QTest::newRow("unknown top-level key")
        << with([](QJsonObject &o) { o.insert("colour"_L1, u"red"_s); }) << u"colour: unknown key"_s;
    QTest::newRow("unknown kind") << with([](QJsonObject &o) { o.insert("kind"_L1, u"orders"_s); })
                                  << u"kind: “orders” is not an import kind"_s;
    QTest::newRow("missing kind") << with([](QJsonObject &o) { o.remove("kind"_L1); }) << u"kind: missing"_s;
    QTest::newRow("layout on tickets")
        << with([](QJsonObject &o) { o.insert("layout"_L1, u"reply_chain"_s); })
        << u"layout: layouts only apply"_s;
    QTest::newRow("unknown layout") << QByteArray(
        R"({"teamlens_import_profile": 1, "name": "m", "kind": "messages", "layout": "threads",
                         "fields": {"sent_at": "t"}})")
                                    << u"layout: “threads” is not a layout"_s;
    QTest::newRow("unknown policy") << with([](QJsonObject &o) {
        o.insert("unknown_agents"_L1, u"ignore"_s);
    }) << u"unknown_agents: “ignore” is not a policy"_s;
    QTest::newRow("unknown file key") << with([](QJsonObject &o) {
        o.insert("file"_L1, QJsonObject { { "sep"_L1, u","_s } });
    }) << u"file.sep: unknown key"_s;
    QTest::newRow("header not bool") << with([](QJsonObject &o) {
        o.insert("file"_L1, QJsonObject { { "header"_L1, u"yes"_s } });
    }) << u"file.header: expected true or false"_s;
    QTest::newRow("long separator") << with([](QJsonObject &o) {
        o.insert("file"_L1, QJsonObject { { "separator"_L1, u";;"_s } });
    }) << u"file.separator"_s;
    QTest::newRow("no name") << with([](QJsonObject &o) { o.remove("name"_L1); }) << u"name: missing"_s;
    QTest::newRow("unsafe name") << with([](QJsonObject &o) { o.insert("name"_L1, u"../etc"_s); })
                                 << u"name: "_s;
    QTest::newRow("unknown field") << field(u"colour"_s, u"c"_s)
                                   << u"fields.colour: not a field of tickets"_s;
    QTest::newRow("agents field in tickets") << field(u"english_name"_s, u"c"_s) << u"fields.english_name"_s;
    QTest::newRow("no source") << field(u"channel"_s, obj(R"({"map": {"a": "chat"}})"))
                               << u"fields.channel: give exactly one of column, columns or value"_s;
    QTest::newRow("two sources") << field(u"channel"_s, obj(R"({"column": "c", "value": "chat"})"))
                                 << u"fields.channel: give exactly one"_s;
    QTest::newRow("unknown mapping key")
        << field(u"channel"_s, obj(R"({"colum": "c"})")) << u"fields.channel.colum: unknown key"_s;
    QTest::newRow("mapping not object")
        << field(u"channel"_s, QJsonValue(3)) << u"fields.channel: expected"_s;
    QTest::newRow("bad format") << field(u"created_at"_s,
                                         obj(R"({"column": "c", "formats": ["YYYY-MM-DD"]})"))
                                << u"fields.created_at.formats: “YYYY-MM-DD” is not a date format"_s;
    QTest::newRow("formats not a list") << field(u"created_at"_s, obj(R"({"column": "c", "formats": [1]})"))
                                        << u"fields.created_at.formats[0]"_s;
    QTest::newRow("formats on text") << field(u"tags"_s, obj(R"({"column": "c", "formats": ["iso"]})"))
                                     << u"fields.tags.formats"_s;
    QTest::newRow("bad unit") << field(u"handle_seconds"_s, obj(R"({"column": "c", "unit": "days"})"))
                              << u"fields.handle_seconds.unit: “days”"_s;
    QTest::newRow("bad money unit") << field(u"order_amount"_s, obj(R"({"column": "c", "unit": "seconds"})"))
                                    << u"fields.order_amount.unit"_s;
    QTest::newRow("bad transform") << field(u"tags"_s, obj(R"({"column": "c", "transforms": ["reverse"]})"))
                                   << u"fields.tags.transforms: “reverse”"_s;
    QTest::newRow("bad constant") << field(u"platform"_s, obj(R"({"value": "amazon"})"))
                                  << u"fields.platform.value: “amazon” is not a code"_s;
    QTest::newRow("bad map target") << field(u"channel"_s,
                                             obj(R"({"column": "c", "map": {"Inbound": "call"}})"))
                                    << u"fields.channel.map.Inbound: “call” is not a code"_s;
    QTest::newRow("add seconds on text")
        << field(u"tags"_s, obj(R"({"column": "c", "add_seconds_column": "s"})"))
        << u"fields.tags.add_seconds_column"_s;
    QTest::newRow("bad time zone") << with([](QJsonObject &o) {
        o.insert("time_zone"_L1, u"Asia/Atlantis"_s);
    }) << u"time_zone: “Asia/Atlantis” is not an IANA time zone"_s;
    QTest::newRow("required missing") << field(u"status"_s, QJsonValue(QJsonValue::Undefined))
                                      << u"fields.status: required, but not mapped"_s;
    QTest::newRow("row filter without values") << with([](QJsonObject &o) {
        o.insert("row_filter"_L1, QJsonObject { { "column"_L1, u"#1"_s } });
    }) << u"row_filter.values: missing"_s;
    QTest::newRow("reply chain needs reply_to") << QByteArray(
        R"({"teamlens_import_profile": 1, "name": "m", "kind": "messages", "layout": "reply_chain",
                         "fields": {"sent_at": "t", "message_id": "id", "speaker": "s", "text": "x"}})")
                                                << u"fields.reply_to: required"_s;
    QTest::newRow("conversation per row needs speakers")
        << QByteArray(R"({"teamlens_import_profile": 1, "name": "m", "kind": "messages",
                         "layout": "conversation_per_row", "first_utterance_column": 2, "fields": {"sent_at": "t"}})")
        << u"alternating_speakers: missing"_s;
    QTest::newRow("unknown speaker") << QByteArray(
        R"({"teamlens_import_profile": 1, "name": "m", "kind": "messages",
                         "layout": "conversation_per_row", "first_utterance_column": 2,
                         "alternating_speakers": ["buyer"], "fields": {"sent_at": "t"}})")
                                     << u"alternating_speakers: “buyer”"_s;
}

void TestImportProfile::errorsNameTheKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    ImportProfile p;
    p.name = u"untouched"_s;
    QString error;
    QVERIFY(!ImportProfile::fromJson(json, &p, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(p.name, u"untouched"_s); // a failed parse leaves the target alone
}

void TestImportProfile::shippedProfilesLoad_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    const QString dir = QStringLiteral(TEAMLENS_SOURCE_DIR "/tests/import/profiles/");
    QTest::newRow("flipkart-csat (built in)")
        << u":/import-profiles/flipkart-csat.json"_s << int(ImportKind::Tickets);
    QTest::newRow("callcenter-pwc") << dir + "callcenter-pwc.json"_L1 << int(ImportKind::Tickets);
    QTest::newRow("twcs") << dir + "twcs.json"_L1 << int(ImportKind::Messages);
    QTest::newRow("ecd-taobao") << dir + "ecd-taobao.json"_L1 << int(ImportKind::Messages);
}

void TestImportProfile::shippedProfilesLoad()
{
    QFETCH(QString, path);
    QFETCH(int, kind);
    const QByteArray json = readFile(path);
    QVERIFY2(!json.isEmpty(), qPrintable(path));
    ImportProfile p;
    QString error;
    QVERIFY2(ImportProfile::fromJson(json, &p, &error), qPrintable(error));
    QVERIFY2(p.validate(&error), qPrintable(error));
    QCOMPARE(int(p.kind), kind);
    QCOMPARE(QFileInfo(path).completeBaseName(), p.name);
    ImportProfile back;
    QVERIFY2(ImportProfile::fromJson(p.toJson(), &back, &error), qPrintable(error));
    QVERIFY(back == p);
}

void TestImportProfile::matchesHeader()
{
    TEAMLENS_REQUIRE_SHARED_DATA();
    ImportProfile p;
    QString error;
    QVERIFY(ImportProfile::fromJson(readFile(u":/import-profiles/flipkart-csat.json"_s), &p, &error));
    QFile csv(QStringLiteral(TEAMLENS_SHARED_DATA_DIR "/flipkart-csat/Customer_support_data_sample.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList header = QString::fromUtf8(csv.readLine()).trimmed().split(u',');
    QVERIFY(p.matches(header));
    QVERIFY(!p.matches({ u"Call Id"_s, u"Agent"_s }));
    QStringList padded;
    for (const QString &h : header)
        padded.append(u' ' + h + u' ');
    QVERIFY(p.matches(padded));
    p.matchHeaders.clear();
    QVERIFY(!p.matches(header)); // no match rule, no automatic match
}

void TestImportProfile::catalogueNames()
{
    QCOMPARE(ImportFieldCatalog::fields(ImportKind::Tickets).size(), 38);
    QCOMPARE(ImportFieldCatalog::fields(ImportKind::Agents).size(), 20);
    QCOMPARE(ImportFieldCatalog::fields(ImportKind::Messages).size(), 13);
    QCOMPARE(ImportFieldCatalog::fields(ImportKind::Csat).size(), 4);
    const FieldSpec *created = ImportFieldCatalog::find(ImportKind::Tickets, u"created_at"_s);
    QVERIFY(created && created->required && created->type == FieldType::DateTime);
    QVERIFY(!ImportFieldCatalog::find(ImportKind::Csat, u"created_at"_s));
    QCOMPARE(ImportFieldCatalog::find(ImportKind::Tickets, u"agent.shift"_s)->vocabulary, u"shift"_s);
    QCOMPARE(ImportFieldCatalog::vocabularyCodes(u"agent_status"_s), QStringList({ u"active"_s, u"left"_s }));
    QCOMPARE(ImportFieldCatalog::vocabularyCodes(u"tier"_s), QStringList({ u"L1"_s, u"L2"_s, u"L3"_s }));
    QVERIFY(ImportFieldCatalog::vocabularyCodes(u"colour"_s).isEmpty());
    QCOMPARE(ImportFieldCatalog::translatedLabel(*created), u"Created at"_s);
}

QTEST_GUILESS_MAIN(TestImportProfile)
#include "TestImportProfile.moc"

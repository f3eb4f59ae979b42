#include "import/CsvReader.h"
#include "import/ImportProfileLibrary.h"
#include "import/ImportRunner.h"
#include "services/ActingUser.h"
#include "store/ImportHistoryRepository.h"
#include "store/Store.h"
#include "support/SharedData.h"
#include "support/TestStores.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

const QString FlipkartCsv
    = QStringLiteral(TEAMLENS_SHARED_DATA_DIR "/flipkart-csat/Customer_support_data_sample.csv");

/** The flipkart sample as records keyed by column name, read independently of the import path. */
QList<QHash<QString, QString>> readFlipkartRows()
{
    QFile file(FlipkartCsv);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(&file);
    if (!reader.open())
        return {};
    const QStringList header = reader.header();
    QList<QHash<QString, QString>> rows;
    QStringList fields;
    while (reader.readRecord(&fields)) {
        QHash<QString, QString> row;
        for (int i = 0; i < header.size(); ++i)
            row.insert(header.at(i), fields.value(i));
        rows.append(row);
    }
    return rows;
}

/** Source wall-clock text in India's zone, converted with QDateTime (not the importer's parser). */
QVariant kolkataEpoch(const QString &text, const QString &format, bool twoDigitYear = false)
{
    if (text.trimmed().isEmpty())
        return QVariant();
    QDateTime local = QDateTime::fromString(text.trimmed(), format);
    if (twoDigitYear)
        local = local.addYears(100); // Qt reads "23" as 1923
    local.setTimeZone(QTimeZone("Asia/Kolkata"));
    return local.isValid() ? QVariant(local.toSecsSinceEpoch()) : QVariant(QStringLiteral("invalid"));
}

/** A column's value with SQL NULL as an invalid QVariant, whatever type the driver gives a NULL. */
QVariant sqlValue(const QVariant &value)
{
    return value.isNull() ? QVariant() : QVariant(value.toLongLong());
}

QVariant scalar(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return QVariant(QStringLiteral("query failed: %1").arg(sql));
    return query.value(0);
}

/** Rows a statement returns; -1 when it fails. */
int rowCount(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return -1;
    int rows = 0;
    while (query.next())
        ++rows;
    return rows;
}

ImportProfile builtInProfile(const QString &name)
{
    ImportProfile profile;
    QString error;
    if (!ImportProfileLibrary(QDir::tempPath() + QStringLiteral("/teamlens-no-user-profiles"))
             .load(name, &profile, &error))
        qWarning() << error;
    return profile;
}

ImportResult runImport(const Store &store, const QString &source, const ImportProfile &profile,
                       ImportMode mode = ImportMode::AllOrNothing, const QString &rejectPath = QString())
{
    ImportRunner runner(store, ActingUser::localOperator(QStringLiteral("lead")));
    ImportRequest request;
    request.sourcePath = source;
    request.profile = profile;
    request.mode = mode;
    request.rejectPath = rejectPath;
    return runner.run(request);
}

/** Writes text as a file and returns its path. */
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

} // namespace

/**
 * Whole imports through ImportRunner into real stores: the built-in flipkart-csat profile checked
 * field by field against the source rows, re-import, updates, undo, hostile strings and rejects.
 */
class TestImportEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void flipkartFieldByField();
    void reimportChangesNothingAndUpdatesAreUndoable();
    void hostileStringsAreDataAndRejectsAreNeutralised();
    void allOrNothingRejectsTheWholeBatch();
    void fullDiskLeavesStoreAsItWas();
};

void TestImportEndToEnd::flipkartFieldByField()
{
    TEAMLENS_REQUIRE_SHARED_DATA();
    QTemporaryDir dir;
    const auto store = TestStores::createStore(dir);
    const ImportProfile profile = builtInProfile(QStringLiteral("flipkart-csat"));
    QCOMPARE(profile.name, QStringLiteral("flipkart-csat"));

    const ImportResult result = runImport(*store, FlipkartCsv, profile);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.committed);
    QCOMPARE(result.counts.read, 817);
    QCOMPARE(result.counts.inserted, 817);
    QCOMPARE(result.counts.rejected, 0);
    QCOMPARE(result.counts.agentsCreated, 575);

    const QSqlDatabase db = store->connection();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tickets")).toInt(), 817);
    const QJsonObject fields = QJsonDocument::fromJson([] {
                                   QFile file(QStringLiteral(":/import-profiles/flipkart-csat.json"));
                                   return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
                               }())
                                   .object()
                                   .value(QStringLiteral("fields"))
                                   .toObject();
    const QJsonObject typeMap
        = fields.value(QStringLiteral("type")).toObject().value(QStringLiteral("map")).toObject();
    const QJsonObject categoryMap
        = fields.value(QStringLiteral("category")).toObject().value(QStringLiteral("map")).toObject();
    QVERIFY(!typeMap.isEmpty());

    const auto rows = readFlipkartRows();
    QCOMPARE(rows.size(), 817);
    QSet<QString> supervisorManagerPairs, managers;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT t.platform, t.channel, t.type, t.category, t.status, t.created_at, t.first_response_at, "
        "       t.csat_score, t.csat_answered_at, t.csat_comment, t.order_id, t.order_amount_cents, "
        "       t.handle_seconds, a.name, team.leader, parent.leader, a.shift, a.tenure_bucket, t.tags, "
        "       t.first_response_due_at, t.team_id = a.team_id "
        "FROM tickets t JOIN agents a ON a.id = t.agent_id JOIN teams team ON team.id = a.team_id "
        "LEFT JOIN teams parent ON parent.id = team.parent_team_id "
        "WHERE t.source_system = 'flipkart' AND t.external_id = ?"));
    for (const auto &row : rows) {
        const QString id = row.value(QStringLiteral("Unique id"));
        query.addBindValue(id);
        QVERIFY2(query.exec() && query.next(), qPrintable(id));
        const QString channel = row.value(QStringLiteral("channel_name"));
        QCOMPARE(query.value(0).toString(), QStringLiteral("own"));
        QCOMPARE(query.value(1).toString(),
                 channel == QLatin1String("Email") ? QStringLiteral("email") : QStringLiteral("phone"));
        QCOMPARE(query.value(2).toString(), typeMap.value(row.value(QStringLiteral("category"))).toString());
        QCOMPARE(query.value(3).toString(),
                 categoryMap.value(row.value(QStringLiteral("category"))).toString());
        QCOMPARE(query.value(4).toString(), QStringLiteral("closed"));
        QCOMPARE(
            query.value(5),
            kolkataEpoch(row.value(QStringLiteral("Issue_reported at")), QStringLiteral("dd/MM/yyyy HH:mm")));
        QCOMPARE(
            query.value(6),
            kolkataEpoch(row.value(QStringLiteral("issue_responded")), QStringLiteral("dd/MM/yyyy HH:mm")));
        QCOMPARE(query.value(7).toInt(), row.value(QStringLiteral("CSAT Score")).toInt());
        QCOMPARE(sqlValue(query.value(8)),
                 kolkataEpoch(row.value(QStringLiteral("Survey_response_Date")), QStringLiteral("dd-MMM-yy"),
                              true));
        QCOMPARE(query.value(9).toString(), row.value(QStringLiteral("Customer Remarks")).trimmed());
        QCOMPARE(query.value(10).toString(), row.value(QStringLiteral("Order_id")).trimmed());
        const QString price = row.value(QStringLiteral("Item_price"));
        QCOMPARE(sqlValue(query.value(11)),
                 price.isEmpty() ? QVariant() : QVariant(qRound64(price.toDouble() * 100)));
        const QString handling = row.value(QStringLiteral("connected_handling_time"));
        QCOMPARE(sqlValue(query.value(12)),
                 handling.isEmpty() ? QVariant() : QVariant(qRound64(handling.toDouble())));
        QCOMPARE(query.value(13).toString(), row.value(QStringLiteral("Agent_name")).trimmed());
        QCOMPARE(query.value(14).toString(), row.value(QStringLiteral("Supervisor")).trimmed());
        QCOMPARE(query.value(15).toString(), row.value(QStringLiteral("Manager")).trimmed());
        QCOMPARE(query.value(16).toString(), row.value(QStringLiteral("Agent Shift")).trimmed().toLower());
        QCOMPARE(query.value(17).toString(), row.value(QStringLiteral("Tenure Bucket")).trimmed());
        QVERIFY(query.value(18).toString().contains(row.value(QStringLiteral("Sub-category")).trimmed()));
        QVERIFY2(!query.value(19).isNull(), "SLA due time computed");
        QVERIFY2(query.value(20).toBool(), "the ticket's team is its agent's team");
        supervisorManagerPairs.insert(row.value(QStringLiteral("Supervisor")) + u'|'
                                      + row.value(QStringLiteral("Manager")));
        managers.insert(row.value(QStringLiteral("Manager")));
    }
    // One team per manager and one per (supervisor, manager) pair: the hierarchy is not a tree.
    QCOMPARE(result.counts.teamsCreated, qint64(managers.size() + supervisorManagerPairs.size()));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM import_batches WHERE status = 'committed'")).toInt(),
        1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    store->releaseThreadConnection();
}

void TestImportEndToEnd::reimportChangesNothingAndUpdatesAreUndoable()
{
    TEAMLENS_REQUIRE_SHARED_DATA();
    QTemporaryDir dir;
    const auto store = TestStores::createStore(dir);
    const ImportProfile profile = builtInProfile(QStringLiteral("flipkart-csat"));
    const ImportResult first = runImport(*store, FlipkartCsv, profile);
    QVERIFY2(first.committed, qPrintable(first.error));

    const ImportResult again = runImport(*store, FlipkartCsv, profile);
    QVERIFY2(again.committed, qPrintable(again.error));
    QCOMPARE(again.counts.inserted, 0);
    QCOMPARE(again.counts.updated, 0);
    QCOMPARE(again.counts.unchanged, 817);
    QCOMPARE(again.counts.agentsCreated, 0);

    // A newer export: two tickets changed their CSAT score, one changed channel.
    QFile source(FlipkartCsv);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = source.readAll().split('\n');
    auto change = [&](int line, const QByteArray &from, const QByteArray &to) {
        QVERIFY(lines[line].contains(from));
        lines[line].replace(lines[line].lastIndexOf(from), from.size(), to);
    };
    change(1, ",5\r", ",1\r"); // CSAT Score is the last column
    change(2, ",5\r", ",2\r");
    change(3, "Inbound", "Email");
    const QString newer = writeFile(dir, QStringLiteral("newer.csv"), lines.join('\n'));
    const QString firstId = QString::fromUtf8(lines[1].left(36));
    const QString thirdId = QString::fromUtf8(lines[3].left(36));

    const ImportResult update = runImport(*store, newer, profile);
    QVERIFY2(update.committed, qPrintable(update.error));
    QCOMPARE(update.counts.updated, 3);
    QCOMPARE(update.counts.unchanged, 814);
    const QSqlDatabase db = store->connection();
    QCOMPARE(scalar(db, QStringLiteral("SELECT csat_score FROM tickets WHERE external_id = ?"), { firstId })
                 .toInt(),
             1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT channel FROM tickets WHERE external_id = ?"), { thirdId })
                 .toString(),
             QStringLiteral("email"));

    ImportHistoryRepository history(db);
    QString error;
    QVERIFY2(!history.undo(first.batchId, 1, &error), "the first batch's rows were changed by a later batch");
    QVERIFY2(error.contains(QString::number(update.batchId)), qPrintable(error));
    QVERIFY2(history.undo(update.batchId, 2, &error), qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT csat_score FROM tickets WHERE external_id = ?"), { firstId })
                 .toInt(),
             5);
    QCOMPARE(scalar(db, QStringLiteral("SELECT channel FROM tickets WHERE external_id = ?"), { thirdId })
                 .toString(),
             QStringLiteral("phone"));
    QVERIFY2(history.undo(first.batchId, 3, &error), qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tickets")).toInt(), 0);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM agents WHERE source_system = 'flipkart'")).toInt(),
        0);
    QVERIFY(!history.undo(first.batchId, 4, &error));
    QCOMPARE(rowCount(db, QStringLiteral("PRAGMA foreign_key_check")), 0);
    store->releaseThreadConnection();
}

void TestImportEndToEnd::hostileStringsAreDataAndRejectsAreNeutralised()
{
    QTemporaryDir dir;
    const auto store = TestStores::createStore(dir);
    const QByteArray header
        = "external_id,platform,channel,type,category,priority,status,tier,agent,order_id,"
          "created_at,first_response_at,tags\n";
    const QByteArray content = header
        + "\"x'); DROP TABLE tickets; --\",jd,chat,complaint,service,high,open,L1,\"Robert'); DELETE FROM "
          "agents;--\","
          "O1,2026-11-01 09:00:00,2026-11-01 09:05:00,\"=cmd|' /C calc'!A0\"\n"
          "T-bell,jd,chat,complaint,service,high,open,L1,Li Wei,O2,2026-11-01 09:00:00,,\"ring\x07the bell "
          "\xE2\x80\x8F"
          "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\"\n"
          "\"T-\xE2\x80\xAE"
          "evil\",jd,chat,complaint,service,high,open,L1,Li Wei,O3,2026-11-01 09:00:00,,\"=HYPERLINK(1)\"\n"
          "T-late,jd,chat,complaint,service,high,open,L1,Li Wei,O4,2026-11-01 09:00:00,2026-11-01 "
          "08:00:00,\"+SUM(A1)\"\n";
    const QString source = writeFile(dir, QStringLiteral("hostile.csv"), content);
    const QString rejectPath = dir.filePath(QStringLiteral("hostile.rejects.csv"));

    const ImportResult result = runImport(*store, source, builtInProfile(QStringLiteral("teamlens-tickets")),
                                          ImportMode::ImportGoodRows, rejectPath);
    QVERIFY2(result.committed, qPrintable(result.error));
    QCOMPARE(result.counts.inserted, 2);
    QCOMPARE(result.counts.rejected, 2);

    const QSqlDatabase db = store->connection();
    QCOMPARE(scalar(db, QStringLiteral("SELECT tags FROM tickets WHERE external_id = ?"),
                    { QStringLiteral("x'); DROP TABLE tickets; --") })
                 .toString(),
             QStringLiteral("=cmd|' /C calc'!A0"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM agents WHERE name = ?"),
                    { QStringLiteral("Robert'); DELETE FROM agents;--") })
                 .toInt(),
             1);
    // The bell is dropped; the right-to-left mark and Hebrew stay, as the customer wrote them.
    QCOMPARE(scalar(db, QStringLiteral("SELECT tags FROM tickets WHERE external_id = 'T-bell'")).toString(),
             QString::fromUtf8("ringthe bell \xE2\x80\x8F\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"));

    QFile rejects(rejectPath);
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(rejects.readAll());
    QVERIFY2(text.contains(QStringLiteral("'=HYPERLINK(1)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("'+SUM(A1)")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral(",=HYPERLINK")), qPrintable(text));
    QCOMPARE(text.count(u'\n'), 3); // header + two rejected rows
    QVERIFY(result.issues.size() >= 2);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    store->releaseThreadConnection();
}

void TestImportEndToEnd::allOrNothingRejectsTheWholeBatch()
{
    QTemporaryDir dir;
    const auto store = TestStores::createStore(dir);
    const QByteArray content = "external_id,platform,channel,type,category,status,created_at\n"
                               "A1,jd,chat,complaint,service,open,2026-11-01 09:00:00\n"
                               "A2,jd,chat,Compliant,service,open,2026-11-01 09:00:00\n"
                               "A1,jd,chat,complaint,service,open,2026-11-01 09:00:00\n";
    const QString source = writeFile(dir, QStringLiteral("bad.csv"), content);
    const ImportResult result = runImport(*store, source, builtInProfile(QStringLiteral("teamlens-tickets")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.batchRejected);
    QVERIFY(!result.committed);
    QCOMPARE(result.counts.rejected, 2); // an unknown type, and a key seen before
    const QSqlDatabase db = store->connection();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tickets")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT status FROM import_batches")).toString(),
             QStringLiteral("rejected"));

    const ImportResult dryRun
        = runImport(*store, source, builtInProfile(QStringLiteral("teamlens-tickets")), ImportMode::DryRun);
    QVERIFY(dryRun.ok);
    QCOMPARE(dryRun.counts.inserted, 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tickets")).toInt(), 0);
    store->releaseThreadConnection();
}

void TestImportEndToEnd::fullDiskLeavesStoreAsItWas()
{
    QTemporaryDir dir;
    const auto store = TestStores::createStore(dir);
    QByteArray content = "external_id,platform,channel,type,category,status,created_at,tags\n";
    for (int i = 0; i < 5000; ++i)
        content += "F" + QByteArray::number(i) + ",jd,chat,complaint,service,open,2026-11-01 09:00:00,"
            + QByteArray(200, 'x') + "\n";
    const QString source = writeFile(dir, QStringLiteral("big.csv"), content);
    const QSqlDatabase db = store->connection();
    const int tables = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt();

    // SQLite's page limit stands in for a full disk: the same SQLITE_FULL, at a predictable point.
    const int pages = scalar(db, QStringLiteral("PRAGMA page_count")).toInt();
    QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 40)));
    const ImportResult result = runImport(*store, source, builtInProfile(QStringLiteral("teamlens-tickets")));
    QVERIFY(!result.ok);
    QVERIFY(!result.committed);
    // Said the way TeamLens says it everywhere, naming the store.
    QVERIFY2(result.error.contains(QStringLiteral("is full; nothing was written"))
                 && result.error.contains(dir.path()),
             qPrintable(result.error));

    QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tickets")).toInt(), 0);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM import_batches WHERE status = 'committed'")).toInt(),
        0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM kpi_stale_ranges")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt(), tables);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    store->releaseThreadConnection();
}

QTEST_GUILESS_MAIN(TestImportEndToEnd)
#include "TestImportEndToEnd.moc"

#include "store/SqlScript.h"

#include <QTest>

/** SqlScript::split: where one statement of a migration file ends and the next begins. */
class TestSqlScript : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
};

void TestSqlScript::split_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("two statements") << QStringLiteral("SELECT 1;\nSELECT 2;\n")
                                    << QStringList { QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2") };
    QTest::newRow("last without semicolon")
        << QStringLiteral("SELECT 1; SELECT 2")
        << QStringList { QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2") };
    QTest::newRow("empty statements") << QStringLiteral(" ;;\n ; ") << QStringList {};
    QTest::newRow("semicolon in single quotes")
        << QStringLiteral("INSERT INTO t VALUES ('a;b'); SELECT 2;")
        << QStringList { QStringLiteral("INSERT INTO t VALUES ('a;b')"), QStringLiteral("SELECT 2") };
    QTest::newRow("doubled quote") << QStringLiteral("INSERT INTO t VALUES ('it''s; fine');")
                                   << QStringList { QStringLiteral("INSERT INTO t VALUES ('it''s; fine')") };
    QTest::newRow("semicolon in identifier")
        << QStringLiteral("CREATE TABLE \"odd;name\" (`a;b` INTEGER);")
        << QStringList { QStringLiteral("CREATE TABLE \"odd;name\" (`a;b` INTEGER)") };
    QTest::newRow("line comment with semicolon")
        << QStringLiteral("-- header; not a statement\nSELECT 1; -- trailing; comment\nSELECT 2;")
        << QStringList { QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2") };
    QTest::newRow("block comment with semicolon") << QStringLiteral("/* one; two */ SELECT 1 /* three; */;")
                                                  << QStringList { QStringLiteral("SELECT 1") };
    QTest::newRow("comment between tokens keeps them apart")
        << QStringLiteral("SELECT 1-- note\nFROM t; SELECT/*x*/2;")
        << QStringList { QStringLiteral("SELECT 1 FROM t"), QStringLiteral("SELECT 2") };
    QTest::newRow("comment markers inside quotes")
        << QStringLiteral("SELECT '-- not a comment', '/* nor this */';")
        << QStringList { QStringLiteral("SELECT '-- not a comment', '/* nor this */'") };
    QTest::newRow("non-ASCII text") << QStringLiteral("INSERT INTO d (name) VALUES ('客服部；一组');")
                                    << QStringList { QStringLiteral(
                                           "INSERT INTO d (name) VALUES ('客服部；一组')") };

    const QString trigger = QStringLiteral("CREATE TRIGGER trg AFTER INSERT ON t BEGIN\n"
                                           "    UPDATE t SET a = 1;\n"
                                           "    INSERT INTO log VALUES ('the END;');\n"
                                           "END");
    QTest::newRow("trigger body") << trigger + QStringLiteral(";\nSELECT 1;")
                                  << QStringList { trigger, QStringLiteral("SELECT 1") };
    const QString lowerTrigger = QStringLiteral("create temp trigger trg after update on t begin "
                                                "delete from u; end");
    QTest::newRow("lower-case temp trigger") << lowerTrigger + QStringLiteral("; select 2")
                                             << QStringList { lowerTrigger, QStringLiteral("select 2") };
    const QString caseTrigger = QStringLiteral("CREATE TRIGGER trg AFTER INSERT ON t BEGIN\n"
                                               "    UPDATE t SET a = CASE WHEN new.b > 0 THEN 1 ELSE 2 END;\n"
                                               "    UPDATE t SET c = 3;\n"
                                               "END");
    QTest::newRow("trigger with CASE … END") << caseTrigger + QStringLiteral(";\nSELECT 1;")
                                             << QStringList { caseTrigger, QStringLiteral("SELECT 1") };
    QTest::newRow("END as part of a word")
        << QStringLiteral(
               "CREATE TRIGGER trg AFTER INSERT ON t BEGIN UPDATE t SET backend = 1; END; SELECT 3;")
        << QStringList { QStringLiteral(
                             "CREATE TRIGGER trg AFTER INSERT ON t BEGIN UPDATE t SET backend = 1; END"),
                         QStringLiteral("SELECT 3") };
    QTest::newRow("CASE outside a trigger")
        << QStringLiteral("SELECT CASE WHEN 1 THEN 'a' END; SELECT 2;")
        << QStringList { QStringLiteral("SELECT CASE WHEN 1 THEN 'a' END"), QStringLiteral("SELECT 2") };
}

void TestSqlScript::split()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QCOMPARE(SqlScript::split(script), expected);
}

QTEST_APPLESS_MAIN(TestSqlScript)
#include "TestSqlScript.moc"

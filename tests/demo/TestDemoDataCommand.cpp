#include "support/TestStores.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/** `teamlens demo-data` as a script runs it: exit codes, output, never a half-written file. */
class TestDemoDataCommand : public QObject
{
    Q_OBJECT

private slots:
    void help();
    void usageErrors_data();
    void usageErrors();
    void generatesAndRefusesToOverwrite();

private:
    int run(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr);
};

int TestDemoDataCommand::run(const QStringList &arguments, QString *out, QString *err)
{
    QProcess process;
    process.start(QStringLiteral(TEAMLENS_BINARY), QStringList { QStringLiteral("demo-data") } + arguments);
    if (!process.waitForFinished(60000))
        return -1;
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestDemoDataCommand::help()
{
    QString out;
    QCOMPARE(run({ QStringLiteral("--help") }, &out), 0);
    for (const char *option : { "--out", "--agents", "--days", "--seed", "--tickets", "--end-date",
                                "--conversation-share", "--force" })
        QVERIFY2(out.contains(QLatin1StringView(option)), option);
}

void TestDemoDataCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no --out") << QStringList { QStringLiteral("--agents"), QStringLiteral("3") };
    QTest::newRow("bad end date") << QStringList { QStringLiteral("--out"), QStringLiteral("x.sqlite"),
                                                   QStringLiteral("--end-date"),
                                                   QStringLiteral("20.11.2026") };
    QTest::newRow("bad agents") << QStringList { QStringLiteral("--out"), QStringLiteral("x.sqlite"),
                                                 QStringLiteral("--agents"), QStringLiteral("many") };
    QTest::newRow("bad share") << QStringList { QStringLiteral("--out"), QStringLiteral("x.sqlite"),
                                                QStringLiteral("--conversation-share"), QStringLiteral("2") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--out"), QStringLiteral("x.sqlite"),
                                                     QStringLiteral("--colour") };
}

void TestDemoDataCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    QString err;
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(QStringLiteral(TEAMLENS_BINARY), QStringList { QStringLiteral("demo-data") } + arguments);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!process.readAllStandardError().isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.sqlite"))));
}

void TestDemoDataCommand::generatesAndRefusesToOverwrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const QStringList arguments = { QStringLiteral("--out"),      path,
                                    QStringLiteral("--agents"),   QStringLiteral("4"),
                                    QStringLiteral("--days"),     QStringLiteral("3"),
                                    QStringLiteral("--end-date"), QStringLiteral("2026-11-20"),
                                    QStringLiteral("--tickets"),  QStringLiteral("500") };
    QString out, err;
    QCOMPARE(run(arguments, &out, &err), 0);
    QVERIFY2(out.contains(QStringLiteral("Tickets: 500")), qPrintable(out + err));
    QVERIFY(out.contains(QStringLiteral("Messages:")));
    QVERIFY(QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
    {
        StoreError error;
        const auto store = TestStores::openStore(path, &error);
        QVERIFY2(store, qPrintable(error.message));
        QSqlQuery query(store->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM tickets")) && query.next());
        QCOMPARE(query.value(0).toInt(), 500);
        store->releaseThreadConnection();
    }

    const QByteArray before = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QCOMPARE(run(arguments, &out, &err), 2);
    QVERIFY(err.contains(QStringLiteral("--force")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    file.close();

    QCOMPARE(
        run(arguments
                + QStringList { QStringLiteral("--force"), QStringLiteral("--seed"), QStringLiteral("9") },
            &out, &err),
        0);
    QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
}

QTEST_GUILESS_MAIN(TestDemoDataCommand)
#include "TestDemoDataCommand.moc"

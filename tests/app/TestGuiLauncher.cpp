#include "../store/StoreTestHelpers.h"
#include "GuiLauncher.h"
#include "MainWindow.h"
#include "common/MessageBoxes.h"
#include "store/Store.h"

#include <QSqlQuery>

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace StoreTestHelpers;

/**
 * The window's start-up path on bad input: a store that cannot be opened is reported in a dialog
 * (answered here through the MessageBoxes seam) naming the file, and run() returns non-zero before
 * any event loop starts, instead of crashing or showing an empty window.
 */
class TestGuiLauncher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parseArguments();
    void badStoreShowsDialog_data();
    void badStoreShowsDialog();
    void badArguments();
    void firstRunCreatesDefaultStoreAndOffersDemoData();

private:
    QTemporaryDir m_dir;
};

void TestGuiLauncher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestGuiLauncher::parseArguments()
{
    StoreOptions options;
    QString error;
    QVERIFY(GuiLauncher::parseArguments({ QStringLiteral("teamlens"), QStringLiteral("--db"),
                                          QStringLiteral("relative.sqlite"), QStringLiteral("--shared") },
                                        &options, &error));
    QVERIFY(QFileInfo(options.path).isAbsolute());
    QVERIFY(options.path.endsWith(QStringLiteral("/relative.sqlite")));
    QVERIFY2(!options.createIfMissing, "a store named on the command line must exist");
    QCOMPARE(options.mode, StoreMode::Shared);

    StoreOptions defaults;
    QVERIFY(GuiLauncher::parseArguments({ QStringLiteral("teamlens") }, &defaults, &error));
    QCOMPARE(defaults.path, Store::defaultPath());
    QVERIFY(defaults.createIfMissing);
    QCOMPARE(defaults.mode, StoreMode::Auto);
}

void TestGuiLauncher::badStoreShowsDialog_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("missing") << QStringLiteral("missing.sqlite") << QByteArray();
    QTest::newRow("garbage") << QStringLiteral("garbage.sqlite") << QByteArray(4096, '\x5a');
    QTest::newRow("text") << QStringLiteral("notes.txt") << QByteArray("not a store\n");
}

void TestGuiLauncher::badStoreShowsDialog()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    const QString path = m_dir.filePath(fileName);
    if (!bytes.isEmpty())
        QVERIFY(writeFile(path, bytes));
    const QByteArray before = fileHash(path);

    // openStore alone …
    StoreOptions options;
    options.path = path;
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!GuiLauncher::openStore(options));
    QVERIFY2(MessageBoxes::lastText().contains(path), qPrintable(MessageBoxes::lastText()));

    // … and the whole start-up as main() runs it.
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    const int exitCode = GuiLauncher().run({ QStringLiteral("teamlens"), QStringLiteral("--db"), path });
    QCOMPARE(exitCode, 1);
    QVERIFY2(MessageBoxes::lastText().contains(path), qPrintable(MessageBoxes::lastText()));
    QVERIFY(QApplication::topLevelWidgets().isEmpty() || !QApplication::activeModalWidget());
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QFileInfo::exists(path), !bytes.isEmpty());
}

void TestGuiLauncher::badArguments()
{
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    QCOMPARE(GuiLauncher().run({ QStringLiteral("teamlens"), QStringLiteral("--no-such-option") }), 2);
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("no-such-option")));
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    QCOMPARE(GuiLauncher().run(
                 { QStringLiteral("teamlens"), QStringLiteral("--shared"), QStringLiteral("--local") }),
             2);
}

void TestGuiLauncher::firstRunCreatesDefaultStoreAndOffersDemoData()
{
    // Test mode points the data folder at a throw-away location (~/.qttest/share/…).
    const QString path = Store::defaultPath();
    QFile::remove(path);
    StoreOptions options;
    QString error;
    QVERIFY(GuiLauncher::parseArguments({ QStringLiteral("teamlens") }, &options, &error));
    auto store = GuiLauncher::openStore(options);
    QVERIFY2(store, qPrintable(MessageBoxes::lastText()));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(store->schemaVersion(), Store::currentSchemaVersion());

    MainWindow window(std::move(store), ActingUser::localOperator(QStringLiteral("lead")));
    MessageBoxes::setNextAnswer(QMessageBox::No);
    window.offerDemoData();
    QVERIFY2(MessageBoxes::lastText().contains(path), qPrintable(MessageBoxes::lastText()));
    QSqlQuery count(window.serviceContext().store().connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM tickets")) && count.next());
    QCOMPARE(count.value(0).toInt(), 0); // declined: nothing generated
}

QTEST_MAIN(TestGuiLauncher)
#include "TestGuiLauncher.moc"

#include "MainWindow.h"
#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "i18n/TranslationLoader.h"
#include "import/ImportFieldCatalog.h"
#include "import/ImportHistoryDialog.h"
#include "import/ImportHistoryModel.h"
#include "import/ImportProfileLibrary.h"
#include "import/ImportWizard.h"
#include "import/ValueMapDialog.h"
#include "services/ServiceContext.h"
#include "support/SharedData.h"
#include "support/TestStores.h"
#include "tickets/TicketTableModel.h"
#include "tickets/TicketWorkspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <iconv.h>

namespace {
const QString kFlipkartSample
    = QStringLiteral(TEAMLENS_SHARED_DATA_DIR "/flipkart-csat/Customer_support_data_sample.csv");
const int kFlipkartRows = 817;

qint64 ticketCount(const Store &store)
{
    QSqlQuery query(store.connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM tickets")) && query.next()
        ? query.value(0).toLongLong()
        : -1;
}

QByteArray flipkartHeader()
{
    QFile file(kFlipkartSample);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readLine();
}

/** One valid row in the flipkart layout, unique by `n`. */
QByteArray flipkartRow(qint64 n, const QByteArray &created = "01/08/2023 11:13", const QByteArray &csat = "5")
{
    static const char *const agents[]
        = { "Richard Buchanan", "Vicki Collins", "Duane Norman", "Patrick Flores" };
    return "id-" + QByteArray::number(n) + ",Inbound,Returns,Reverse Pickup Enquiry,,order-"
        + QByteArray::number(n) + ",," + created + ",01/08/2023 11:47,01-Aug-23,,,,," + agents[n % 4]
        + ",Mason Gupta,Jennifer Nguyen,>90,Morning," + csat + "\n";
}

QByteArray toGb18030(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    QByteArray out(utf8.size() * 4, '\0');
    char *in = const_cast<char *>(utf8.constData());
    size_t inLeft = static_cast<size_t>(utf8.size());
    char *outPtr = out.data();
    size_t outLeft = static_cast<size_t>(out.size());
    iconv(cd, &in, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    out.truncate(out.size() - static_cast<qsizetype>(outLeft));
    return out;
}
} // namespace

/**
 * The import wizard and history dialog, driven through their widgets offscreen against a real
 * temporary store, with the real profile library on a temporary user folder.
 */
class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importsFlipkartSampleAndUndoes();
    void badRowsAreListedAndImportNothingChangesNothing();
    void cancelDuringImportLeavesStoreUnchanged();
    void encodingComboRereadsPreview();
    void newMappingNeedsRequiredFields();
    void valueMapEditsAndExportsProfile();
    void actionsDisabledWithoutPermission();
    void fitsALaptopScreenInEveryLanguage_data();
    void fitsALaptopScreenInEveryLanguage();

private:
    void openWizard();
    void clickNext();
    void goToPreview(const QString &path);
    void waitForDryRun();
    void shoot(const QString &name, QWidget *widget);
    template<typename T> T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }
    const Store &store() const { return m_window->serviceContext().store(); }

    QTemporaryDir m_dir;
    int m_storeNumber = 0;
    std::unique_ptr<MainWindow> m_window;
    QPointer<ImportWizard> m_wizard;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TeamLensTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestImportWizard"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestImportWizard::init()
{
    // A fresh store per test, so each counts from zero.
    auto store = TestStores::createStore(m_dir, QStringLiteral("store%1.sqlite").arg(++m_storeNumber));
    QVERIFY(store);
    m_window
        = std::make_unique<MainWindow>(std::move(store), ActingUser::localOperator(QStringLiteral("lead")));
    m_window->setImportProfileFolder(m_dir.filePath(QStringLiteral("profiles")));
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestImportWizard::cleanup()
{
    m_window.reset();
    QVERIFY(!m_wizard); // owned by the window
}

void TestImportWizard::openWizard()
{
    auto *action = child<QAction>(m_window.get(), "importAction");
    QVERIFY(action && action->isEnabled());
    action->trigger();
    m_wizard = m_window->findChild<ImportWizard *>();
    QVERIFY(m_wizard);
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::ChooseFilePageId));
}

void TestImportWizard::clickNext()
{
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    QVERIFY(next->isVisible() && next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

void TestImportWizard::goToPreview(const QString &path)
{
    openWizard();
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(child<QLineEdit>(m_wizard, "pathLineEdit"), path);
    shoot(QStringLiteral("1-choose-file"), m_wizard);
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::PreviewPageId));
}

void TestImportWizard::waitForDryRun()
{
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::ValidatePageId));
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentPage()->isComplete(), 120000);
}

void TestImportWizard::shoot(const QString &name, QWidget *widget)
{
    // Screenshots for a human to look at: TEAMLENS_SHOTS=/tmp/wizard-shots ctest -R import_wizard
    const QString folder = qEnvironmentVariable("TEAMLENS_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

void TestImportWizard::importsFlipkartSampleAndUndoes()
{
    TEAMLENS_REQUIRE_SHARED_DATA();
    // A copy, so the reject file (if any) is written beside it and not into the shared data.
    const QString source = m_dir.filePath(QStringLiteral("Customer_support_data_sample.csv"));
    QFile::remove(source);
    QVERIFY(QFile::copy(kFlipkartSample, source));

    goToPreview(source);
    auto *profiles = child<QComboBox>(m_wizard, "profileComboBox");
    QCOMPARE(profiles->currentData().toString(), QStringLiteral("flipkart-csat"));
    QVERIFY2(child<QLabel>(m_wizard, "profileLabel")->text().contains(QStringLiteral("“flipkart-csat”")),
             qPrintable(child<QLabel>(m_wizard, "profileLabel")->text()));
    auto *preview = child<QTableWidget>(m_wizard, "previewTable");
    QCOMPARE(preview->rowCount(), 50);
    QCOMPARE(preview->columnCount(), 20);
    QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("Unique id"));
    QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("7e9ae164-6a8b-4521-a2d4-58f7c9fff13f"));
    QVERIFY(child<QLabel>(m_wizard, "formatLabel")->text().contains(QStringLiteral("CSV")));
    shoot(QStringLiteral("2-preview"), m_wizard);

    clickNext();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::MappingPageId));
    QVERIFY2(m_wizard->currentPage()->isComplete(),
             qPrintable(child<QLabel>(m_wizard, "validationLabel")->text()));
    QCOMPARE(child<QComboBox>(m_wizard, "source_external_id")->currentText(), QStringLiteral("Unique id"));
    shoot(QStringLiteral("3-mapping"), m_wizard);

    clickNext();
    waitForDryRun();
    QCOMPARE(child<QLabel>(m_wizard, "readCountLabel")->text(), QLocale().toString(kFlipkartRows));
    QCOMPARE(child<QLabel>(m_wizard, "insertedCountLabel")->text(), QLocale().toString(kFlipkartRows));
    QCOMPARE(child<QLabel>(m_wizard, "rejectedCountLabel")->text(), QStringLiteral("0"));
    QCOMPARE(ticketCount(store()), 0); // a dry run changes nothing
    auto *goodRows = child<QRadioButton>(m_wizard, "importGoodRowsRadioButton");
    QVERIFY(goodRows->isChecked());
    shoot(QStringLiteral("4-validate"), m_wizard);

    QSignalSpy storeChanged(m_wizard.data(), &ImportWizard::storeChanged);
    QAbstractButton *import = m_wizard->button(QWizard::CommitButton);
    QVERIFY(import->isVisible() && import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::ImportPageId));
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentPage()->isComplete(), 120000);
    QCOMPARE(storeChanged.count(), 1);
    QCOMPARE(child<QLabel>(m_wizard->currentPage(), "insertedCountLabel")->text(),
             QLocale().toString(kFlipkartRows));
    QCOMPARE(ticketCount(store()), kFlipkartRows);
    shoot(QStringLiteral("5-import"), m_wizard);

    // The workspace reads the store again.
    TicketTableModel *tickets = m_window->ticketWorkspace()->model();
    QTRY_COMPARE_WITH_TIMEOUT(tickets->totalCount(), qint64(kFlipkartRows), 20000);

    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard);

    child<QAction>(m_window.get(), "importHistoryAction")->trigger();
    auto *history = m_window->findChild<ImportHistoryDialog *>();
    QVERIFY(history);
    QVERIFY(QTest::qWaitForWindowExposed(history));
    ImportHistoryModel *batches = history->model();
    QCOMPARE(batches->rowCount(), 1);
    QCOMPARE(batches->index(0, ImportHistoryModel::FileColumn).data().toString(),
             QStringLiteral("Customer_support_data_sample.csv"));
    QCOMPARE(batches->index(0, ImportHistoryModel::ProfileColumn).data().toString(),
             QStringLiteral("flipkart-csat"));
    QCOMPARE(batches->index(0, ImportHistoryModel::StatusColumn)
                 .data(ImportHistoryModel::StatusCodeRole)
                 .toString(),
             QStringLiteral("committed"));
    QCOMPARE(batches->index(0, ImportHistoryModel::NewColumn).data().toString(),
             QLocale().toString(kFlipkartRows));
    shoot(QStringLiteral("6-history"), history);

    auto *undo = child<QPushButton>(history, "undoBatchButton");
    QVERIFY(undo->isEnabled());
    // Answering No keeps the batch.
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(ticketCount(store()), kFlipkartRows);

    QSignalSpy undone(history, &ImportHistoryDialog::storeChanged);
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(undone.count(), 1);
    QCOMPARE(ticketCount(store()), 0);
    QCOMPARE(batches->index(0, 0).data(ImportHistoryModel::StatusCodeRole).toString(),
             QStringLiteral("undone"));
    QVERIFY(!undo->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(tickets->totalCount(), qint64(0), 20000);
    history->close();
}

void TestImportWizard::badRowsAreListedAndImportNothingChangesNothing()
{
    TEAMLENS_REQUIRE_SHARED_DATA();
    const QString source = m_dir.filePath(QStringLiteral("bad-rows.csv"));
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(flipkartHeader());
        for (int n = 1; n <= 20; ++n) {
            if (n == 4)
                file.write(flipkartRow(n, "31/02/2023 11:13")); // no such date
            else if (n == 9)
                file.write(flipkartRow(n, "01/08/2023 11:13", "9")); // CSAT is 1–5
            else
                file.write(flipkartRow(n));
        }
    }
    goToPreview(source);
    QCOMPARE(child<QComboBox>(m_wizard, "profileComboBox")->currentData().toString(),
             QStringLiteral("flipkart-csat"));
    clickNext();
    clickNext();
    waitForDryRun();
    QCOMPARE(child<QLabel>(m_wizard, "readCountLabel")->text(), QStringLiteral("20"));
    QCOMPARE(child<QLabel>(m_wizard, "rejectedCountLabel")->text(), QStringLiteral("2"));

    auto *issues = child<QTableView>(m_wizard, "issueTable");
    QAbstractItemModel *model = issues->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("4"));
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("5")); // line 5: the header is line 1
    QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("Issue_reported at"));
    QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("31/02/2023 11:13"));
    QVERIFY(!model->index(0, 4).data().toString().isEmpty());
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("9"));
    QCOMPARE(model->index(1, 2).data().toString(), QStringLiteral("CSAT Score"));
    QVERIFY(child<QLabel>(m_wizard, "rejectLabel")->text().contains(QStringLiteral("bad-rows.rejects.csv")));
    QVERIFY(
        child<QRadioButton>(m_wizard, "importGoodRowsRadioButton")->text().contains(QStringLiteral("18")));
    shoot(QStringLiteral("4b-validate-bad-rows"), m_wizard);

    QTest::mouseClick(child<QRadioButton>(m_wizard, "importNothingRadioButton"), Qt::LeftButton);
    QAbstractButton *finish = m_wizard->button(QWizard::FinishButton);
    QVERIFY(finish->isVisible() && finish->isEnabled());
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isVisible());
    QSignalSpy storeChanged(m_wizard.data(), &ImportWizard::storeChanged);
    QTest::mouseClick(finish, Qt::LeftButton);
    QTRY_VERIFY(!m_wizard);
    QCOMPARE(storeChanged.count(), 0);
    QCOMPARE(ticketCount(store()), 0);
}

void TestImportWizard::cancelDuringImportLeavesStoreUnchanged()
{
    TEAMLENS_REQUIRE_SHARED_DATA();
    const int rows = qEnvironmentVariableIntValue("TEAMLENS_CANCEL_ROWS") > 0
        ? qEnvironmentVariableIntValue("TEAMLENS_CANCEL_ROWS")
        : 300000;
    const QString source = m_dir.filePath(QStringLiteral("large.csv"));
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(flipkartHeader());
        QByteArray chunk;
        for (int n = 1; n <= rows; ++n) {
            chunk += flipkartRow(n);
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
    }
    goToPreview(source);
    clickNext();
    clickNext();
    // Cancel the check once and run it again: "Check again" appears and the store is untouched.
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::ValidatePageId));
    auto *checkCancel = child<QPushButton>(m_wizard->currentPage(), "cancelRunButton");
    QTRY_VERIFY(child<QProgressBar>(m_wizard->currentPage(), "progressBar")->value() > 0);
    QTest::mouseClick(checkCancel, Qt::LeftButton);
    auto *again = child<QPushButton>(m_wizard->currentPage(), "checkAgainButton");
    QTRY_VERIFY_WITH_TIMEOUT(again->isVisible(), 30000);
    QVERIFY(!m_wizard->currentPage()->isComplete());
    QTest::mouseClick(again, Qt::LeftButton);
    waitForDryRun();
    QCOMPARE(child<QLabel>(m_wizard, "readCountLabel")->text(), QLocale().toString(rows));

    QTest::mouseClick(m_wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QWizardPage *page = m_wizard->currentPage();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::ImportPageId));

    // The event loop keeps running while the worker imports: count timer ticks and the longest gap.
    int ticks = 0;
    qint64 longestGap = 0;
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        ++ticks;
        longestGap = qMax(longestGap, sinceTick.restart());
    });
    ticker.start();
    auto *progress = child<QProgressBar>(page, "progressBar");
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 60000);
    QVERIFY(m_wizard->isRunning());
    QTest::mouseClick(child<QPushButton>(page, "cancelRunButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 60000);
    ticker.stop();
    QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
    QVERIFY2(longestGap < 1000, qPrintable(QString::number(longestGap)));
    QVERIFY2(child<QLabel>(page, "summaryLabel")->text().contains(QStringLiteral("Nothing was imported")),
             qPrintable(child<QLabel>(page, "summaryLabel")->text()));
    QCOMPARE(ticketCount(store()), 0);
}

void TestImportWizard::encodingComboRereadsPreview()
{
    const QString source = m_dir.filePath(QStringLiteral("gb18030.csv"));
    const QString agent = QStringLiteral("张三丰");
    const QString remark = QStringLiteral("物流太慢，已催促快递员");
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(toGb18030(QStringLiteral("工单编号,客服,备注\n")));
        for (int n = 1; n <= 5; ++n)
            file.write(toGb18030(QStringLiteral("T%1,%2,%3\n").arg(n).arg(agent, remark)));
    }
    goToPreview(source);
    auto *encoding = child<QComboBox>(m_wizard, "encodingComboBox");
    auto *preview = child<QTableWidget>(m_wizard, "previewTable");
    auto cell = [preview](int row, int column) {
        QTableWidgetItem *item = preview->item(row, column);
        return item ? item->text() : QString();
    };

    encoding->setCurrentIndex(encoding->findData(QByteArray("UTF-16LE")));
    QVERIFY(cell(0, 1) != agent);
    encoding->setCurrentIndex(encoding->findData(QByteArray("GB18030")));
    QCOMPARE(preview->horizontalHeaderItem(1)->text(), QStringLiteral("客服"));
    QCOMPARE(cell(0, 1), agent);
    QCOMPARE(cell(4, 2), remark);
    QVERIFY(child<QLabel>(m_wizard, "formatLabel")->text().contains(QStringLiteral("GB18030")));
    // No saved profile has these columns: a new mapping is offered.
    QVERIFY(child<QComboBox>(m_wizard, "profileComboBox")
                ->currentData()
                .toString()
                .startsWith(QStringLiteral("new:")));
}

void TestImportWizard::newMappingNeedsRequiredFields()
{
    const QString source = m_dir.filePath(QStringLiteral("own-export.csv"));
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("ticket,opened,who\nA-1,2026-01-05 10:00,Li Lei\nA-2,2026-01-05 11:30,Han Meimei\n");
    }
    goToPreview(source);
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::MappingPageId));
    auto *validation = child<QLabel>(m_wizard, "validationLabel");
    QVERIFY(!m_wizard->currentPage()->isComplete());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!validation->text().isEmpty());
    shoot(QStringLiteral("3b-mapping-new"), m_wizard);

    // Map every required field: a column where the file has one, a constant otherwise.
    const QList<FieldSpec> &fields = ImportFieldCatalog::fields(ImportKind::Tickets);
    const QMap<QString, QString> columns { { QStringLiteral("external_id"), QStringLiteral("ticket") },
                                           { QStringLiteral("created_at"), QStringLiteral("opened") },
                                           { QStringLiteral("agent"), QStringLiteral("who") } };
    for (const FieldSpec &spec : fields) {
        if (!spec.required)
            continue;
        auto *combo = m_wizard->findChild<QComboBox *>(QStringLiteral("source_") + spec.name);
        QVERIFY2(combo, qPrintable(spec.name));
        if (columns.contains(spec.name)) {
            combo->setCurrentIndex(combo->findData(columns.value(spec.name)));
        } else {
            combo->setCurrentIndex(1); // constant
            const QStringList codes = ImportFieldCatalog::vocabularyCodes(spec.vocabulary);
            auto *value = m_wizard->findChild<QLineEdit *>(QStringLiteral("value_") + spec.name);
            QTest::keyClicks(value, codes.isEmpty() ? QStringLiteral("x") : codes.first());
        }
    }
    auto *sourceSystem = child<QLineEdit>(m_wizard, "sourceSystemLineEdit");
    sourceSystem->clear();
    QTest::keyClicks(sourceSystem, QStringLiteral("own-export"));
    QVERIFY2(m_wizard->currentPage()->isComplete(), qPrintable(validation->text()));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());

    // Unmapping a required field disables Next again.
    m_wizard->findChild<QComboBox *>(QStringLiteral("source_external_id"))->setCurrentIndex(0);
    QVERIFY(!m_wizard->currentPage()->isComplete());
}

void TestImportWizard::valueMapEditsAndExportsProfile()
{
    TEAMLENS_REQUIRE_SHARED_DATA();
    goToPreview(kFlipkartSample);
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::MappingPageId));

    // The value-map dialog is modal: answer it from the event loop once it shows.
    QStringList listed;
    QTimer::singleShot(0, this, [&listed] {
        auto *dialog = qobject_cast<ValueMapDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("valueMapTable"));
        for (int row = 0; row < table->rowCount(); ++row) {
            listed << table->item(row, 0)->text();
            auto *code = qobject_cast<QComboBox *>(table->cellWidget(row, 1));
            if (table->item(row, 0)->text() == QLatin1String("Email"))
                code->setCurrentIndex(code->findData(QStringLiteral("chat")));
        }
        dialog->accept();
    });
    QTest::mouseClick(child<QPushButton>(m_wizard, "values_channel"), Qt::LeftButton);
    QCOMPARE(listed,
             QStringList({ QStringLiteral("Email"), QStringLiteral("Inbound"), QStringLiteral("Outcall") }));

    const QString exported = m_dir.filePath(QStringLiteral("exported-profile.json"));
    FileDialogs::setNextFileName(exported);
    QTest::mouseClick(child<QPushButton>(m_wizard, "exportProfileButton"), Qt::LeftButton);
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject channel = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(QStringLiteral("fields"))
                                    .toObject()
                                    .value(QStringLiteral("channel"))
                                    .toObject();
    const QJsonObject map = channel.value(QStringLiteral("map")).toObject();
    QCOMPARE(map.value(QStringLiteral("Email")).toString(), QStringLiteral("chat"));
    QCOMPARE(map.value(QStringLiteral("Inbound")).toString(), QStringLiteral("phone"));
}

void TestImportWizard::actionsDisabledWithoutPermission()
{
    StoreError error;
    auto second = TestStores::openStore(store().path(), &error);
    QVERIFY(second);
    MainWindow window(std::move(second), ActingUser { 7, QStringLiteral("rater"), Role::Rater });
    for (const char *name : { "importAction", "importHistoryAction" }) {
        auto *action = child<QAction>(&window, name);
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        QVERIFY(!action->toolTip().isEmpty());
    }
    QVERIFY(child<QAction>(m_window.get(), "importAction")->isEnabled());
    QCOMPARE(child<QAction>(m_window.get(), "importAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
}

void TestImportWizard::fitsALaptopScreenInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
}

void TestImportWizard::fitsALaptopScreenInEveryLanguage()
{
    // Texts are set when widgets are built, so the window is rebuilt after switching language.
    QFETCH(QString, language);
    QVERIFY(TranslationLoader::install(QLocale(language)));
    const auto restore = qScopeGuard([] { TranslationLoader::remove(); });
    init();
    openWizard();
    constexpr int LaptopWidth = 1366;
    constexpr int LaptopHeight = 768;
    QString widest;
    for (const int id : m_wizard->pageIds()) {
        const QSize hint = m_wizard->page(id)->minimumSizeHint();
        if (hint.width() > LaptopWidth - 100 || hint.height() > LaptopHeight - 150) {
            // Name the widget that forces the size, for whoever fixes it.
            for (QWidget *child : m_wizard->page(id)->findChildren<QWidget *>()) {
                if (child->minimumSizeHint().width() > LaptopWidth - 200)
                    widest += QStringLiteral("%1 %2 (%3 px); ")
                                  .arg(QString::fromLatin1(child->metaObject()->className()),
                                       child->objectName())
                                  .arg(child->minimumSizeHint().width());
            }
            QVERIFY2(false,
                     qPrintable(QStringLiteral("page %1 needs %2×%3: %4")
                                    .arg(id)
                                    .arg(hint.width())
                                    .arg(hint.height())
                                    .arg(widest)));
        }
    }
    QVERIFY2(m_wizard->sizeHint().width() <= LaptopWidth,
             qPrintable(QStringLiteral("the wizard asks for %1 px").arg(m_wizard->sizeHint().width())));
    // And it opens within the screen it is on (the offscreen screen is 800×600).
    QWidget *wizard = m_wizard.data();
    QVERIFY(wizard);
    const QScreen *screen = wizard->screen();
    QVERIFY(screen);
    const QSize available = screen->availableGeometry().size();
    const QSize size = wizard->size();
    QVERIFY2(size.width() <= available.width() && size.height() <= available.height(),
             qPrintable(QStringLiteral("%1×%2 on a %3×%4 screen")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(available.width())
                            .arg(available.height())));
}

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"

#include "scoring/TargetEditorDialog.h"
#include "scoring/TargetTableModel.h"
#include "scoring/TargetUnits.h"
#include "services/ServiceContext.h"
#include "support/TestStores.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <tuple>

/**
 * GUI tests of the targets editor on a real demo store: standards and overrides added through the
 * dialog's widgets land in scoring_targets with an audit entry, a change ends the old row the day
 * before, ending is audited, bad input is refused with a message, and the filters hide what they say.
 */
class TestTargetEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void unitsConvertExactly();
    void addTeamStandardAndOverride();
    void changeEndsOldRowTheDayBefore();
    void invalidInputIsRefused();
    void filtersAndHistory();

private:
    template<typename T> T *find(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }
    void click(const char *button);
    /** Clicks the button and waits for the dialog to reload after the write. */
    bool clickAndReload(const char *button);
    void typeValue(const QString &text);
    void pick(const char *combo, const QVariant &data);
    void selectRowOf(qint64 id);
    QVariant scalar(const QString &sql) const;
    qint64 firstTeam() const;

    TestStores::DemoStoreTemplate m_template;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ServiceContext> m_context;
    std::unique_ptr<TargetEditorDialog> m_dialog;
};

void TestTargetEditor::initTestCase()
{
    DemoDataOptions options;
    options.agents = 10;
    options.days = 20;
    options.tickets = 300;
    options.seed = 11;
    options.endDate = QDate(2026, 1, 31);
    options.conversationShare = 0;
    QVERIFY(m_template.create(options));
}

void TestTargetEditor::init()
{
    // Each test starts from the same store: the audit log is append-only, so nothing could be undone.
    m_store = m_template.openCopy();
    QVERIFY(m_store);
    m_context = std::make_unique<ServiceContext>(*m_store, ActingUser::localOperator(QStringLiteral("lead")));
    m_dialog = std::make_unique<TargetEditorDialog>(*m_context);
    QSignalSpy loaded(m_dialog.get(), &TargetEditorDialog::loaded);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    // The first load may already have reported while the window was being exposed.
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
}

void TestTargetEditor::cleanup()
{
    m_dialog.reset();
    m_context.reset();
    m_store.reset();
}

void TestTargetEditor::click(const char *button)
{
    QPushButton *widget = find<QPushButton>(button);
    QVERIFY(widget);
    QVERIFY2(widget->isEnabled(), button);
    QTest::mouseClick(widget, Qt::LeftButton);
}

bool TestTargetEditor::clickAndReload(const char *button)
{
    QSignalSpy loaded(m_dialog.get(), &TargetEditorDialog::loaded);
    click(button);
    if (QTest::currentTestFailed())
        return false;
    return loaded.wait(20000);
}

void TestTargetEditor::typeValue(const QString &text)
{
    QLineEdit *edit = find<QLineEdit>("valueEdit");
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestTargetEditor::pick(const char *combo, const QVariant &data)
{
    QComboBox *widget = find<QComboBox>(combo);
    QVERIFY(widget);
    const int index = widget->findData(data);
    QVERIFY2(index >= 0, combo);
    widget->setCurrentIndex(index);
}

void TestTargetEditor::selectRowOf(qint64 id)
{
    auto *table = find<QTableView>("targetTable");
    const int row = m_dialog->model()->rowOf(id);
    QVERIFY2(row >= 0, qPrintable(QString::number(id)));
    const QRect cell = table->visualRect(m_dialog->model()->index(row, TargetTableModel::KpiColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(m_dialog->model()->targetAt(table->selectionModel()->selectedRows().constFirst().row())->id, id);
}

QVariant TestTargetEditor::scalar(const QString &sql) const
{
    QSqlQuery query(m_store->connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s failed", qPrintable(sql));
        return {};
    }
    return query.value(0);
}

qint64 TestTargetEditor::firstTeam() const
{
    return scalar(QStringLiteral("SELECT MIN(id) FROM teams")).toLongLong();
}

void TestTargetEditor::unitsConvertExactly()
{
    QString error;
    QCOMPARE(*TargetUnits::toStored(QStringLiteral("sla_response"), QStringLiteral("90"), &error), 0.90);
    QCOMPARE(*TargetUnits::toStored(QStringLiteral("complaint_rate"), QStringLiteral("2"), &error), 0.02);
    QCOMPARE(*TargetUnits::toStored(QStringLiteral("frt_median"), QStringLiteral("300"), &error), 300.0);
    QCOMPARE(*TargetUnits::toStored(QStringLiteral("resolution_time"), QStringLiteral("90"), &error), 5400.0);
    QCOMPARE(*TargetUnits::toStored(QStringLiteral("csat_mean"), QStringLiteral("4.5"), &error), 4.5);
    QCOMPARE(TargetUnits::toEntered(QStringLiteral("resolution_time"), 5400), 90.0);
    QVERIFY(!TargetUnits::toStored(QStringLiteral("sla_response"), QStringLiteral("0"), &error));
    QVERIFY(!TargetUnits::toStored(QStringLiteral("csat_mean"), QStringLiteral("6"), &error));
    QVERIFY(error.contains(QStringLiteral("at most 5")));
}

void TestTargetEditor::addTeamStandardAndOverride()
{
    const qint64 team = firstTeam();
    QVERIFY(team > 0);
    find<QComboBox>("kindCombo")->setCurrentIndex(0);
    pick("teamCombo", team);
    pick("kpiCombo", QStringLiteral("sla_response"));
    QCOMPARE(find<QLabel>("unitLabel")->text(), QStringLiteral("%"));
    typeValue(QStringLiteral("92.5"));
    find<QDateEdit>("fromDate")->setDate(QDate(2026, 1, 1));
    QVERIFY(find<QCheckBox>("openEndedCheck")->isChecked());
    QVERIFY(clickAndReload("addTargetButton"));
    QVERIFY2(m_dialog->errorText().isEmpty(), qPrintable(m_dialog->errorText()));

    QSqlQuery query(m_store->connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT id, kpi, team_id, agent_id, target, effective_from, effective_to, "
                                  "created_by FROM scoring_targets")));
    QVERIFY(query.next());
    const qint64 standard = query.value(0).toLongLong();
    QCOMPARE(query.value(1).toString(), QStringLiteral("sla_response"));
    QCOMPARE(query.value(2).toLongLong(), team);
    QVERIFY(query.value(3).isNull());
    QCOMPARE(query.value(4).toDouble(), 0.925);
    QCOMPARE(query.value(5).toString(), QStringLiteral("2026-01-01"));
    QVERIFY(query.value(6).isNull());
    QCOMPARE(query.value(7).toString(), QStringLiteral("lead"));
    QVERIFY(!query.next());

    // An override for the first agent of the picker (the row after its team's heading), in minutes.
    find<QComboBox>("kindCombo")->setCurrentIndex(1);
    QComboBox *agents = find<QComboBox>("agentCombo");
    QVERIFY(agents->isVisible());
    QVERIFY(agents->currentData().toLongLong() > 0);
    const qint64 agent = agents->currentData().toLongLong();
    pick("kpiCombo", QStringLiteral("resolution_time"));
    QCOMPARE(find<QLabel>("unitLabel")->text(), QStringLiteral("minutes"));
    typeValue(QStringLiteral("90"));
    find<QDateEdit>("fromDate")->setDate(QDate(2026, 2, 1));
    QTest::mouseClick(find<QCheckBox>("openEndedCheck"), Qt::LeftButton);
    find<QDateEdit>("toDate")->setDate(QDate(2026, 12, 31));
    QVERIFY(clickAndReload("addTargetButton"));
    QVERIFY2(m_dialog->errorText().isEmpty(), qPrintable(m_dialog->errorText()));
    QVERIFY(query.exec(QStringLiteral("SELECT kpi, team_id, agent_id, target, effective_from, effective_to "
                                      "FROM scoring_targets WHERE id <> %1")
                           .arg(standard)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("resolution_time"));
    QVERIFY(query.value(1).isNull());
    QCOMPARE(query.value(2).toLongLong(), agent);
    QCOMPARE(query.value(3).toDouble(), 5400.0);
    QCOMPARE(query.value(4).toString(), QStringLiteral("2026-02-01"));
    QCOMPARE(query.value(5).toString(), QStringLiteral("2026-12-31"));

    QVERIFY(query.exec(QStringLiteral("SELECT actor, action, entity, before_json, after_json FROM audit_log "
                                      "WHERE entity = 'scoring_target' ORDER BY id")));
    int entries = 0;
    while (query.next()) {
        ++entries;
        QCOMPARE(query.value(0).toString(), QStringLiteral("lead"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("set_target"));
        QVERIFY(query.value(3).isNull());
        QVERIFY(query.value(4).toString().contains(entries == 1 ? QStringLiteral("sla_response")
                                                                : QStringLiteral("resolution_time")));
    }
    QCOMPARE(entries, 2);
    QCOMPARE(m_dialog->model()->rowCount(), 2);
    auto *audit = find<QTableWidget>("auditTable");
    QCOMPARE(audit->rowCount(), 2);
    QCOMPARE(audit->item(0, 1)->text(), QStringLiteral("lead"));
    QVERIFY2(audit->item(0, 5)->text().contains(QStringLiteral("1:30:00")),
             qPrintable(audit->item(0, 5)->text()));
}

void TestTargetEditor::changeEndsOldRowTheDayBefore()
{
    const qint64 team = firstTeam();
    pick("teamCombo", team);
    pick("kpiCombo", QStringLiteral("fcr"));
    typeValue(QStringLiteral("75"));
    find<QDateEdit>("fromDate")->setDate(QDate(2026, 1, 1));
    QVERIFY(clickAndReload("addTargetButton"));
    const qint64 old = scalar(QStringLiteral("SELECT MAX(id) FROM scoring_targets")).toLongLong();

    selectRowOf(old);
    QCOMPARE(find<QLineEdit>("valueEdit")->text(), QStringLiteral("75")); // the row is loaded for editing
    typeValue(QStringLiteral("80"));
    find<QDateEdit>("fromDate")->setDate(QDate(2026, 3, 1));
    QVERIFY(clickAndReload("changeTargetButton"));
    QVERIFY2(m_dialog->errorText().isEmpty(), qPrintable(m_dialog->errorText()));
    QCOMPARE(
        scalar(QStringLiteral("SELECT effective_to FROM scoring_targets WHERE id = %1").arg(old)).toString(),
        QStringLiteral("2026-02-28"));
    const qint64 replacement = scalar(QStringLiteral("SELECT MAX(id) FROM scoring_targets")).toLongLong();
    QVERIFY(replacement > old);
    QSqlQuery query(m_store->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT kpi, team_id, target, effective_from, effective_to FROM "
                                      "scoring_targets WHERE id = %1")
                           .arg(replacement)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("fcr"));
    QCOMPARE(query.value(1).toLongLong(), team);
    QCOMPARE(query.value(2).toDouble(), 0.80);
    QCOMPARE(query.value(3).toString(), QStringLiteral("2026-03-01"));
    QVERIFY(query.value(4).isNull());
    QVERIFY(query.exec(QStringLiteral("SELECT before_json, after_json FROM audit_log WHERE entity_key = '%1'")
                           .arg(replacement)));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toString().contains(QStringLiteral("\"id\":%1").arg(old)));
    QVERIFY(query.value(1).toString().contains(QStringLiteral("2026-03-01")));
    query.finish(); // an unfinished SELECT keeps this connection reading the store as it was

    // Ending the replacement is audited with its before and after.
    selectRowOf(replacement);
    find<QDateEdit>("endDate")->setDate(QDate(2026, 6, 30));
    QVERIFY(clickAndReload("endTargetButton"));
    QVERIFY2(m_dialog->errorText().isEmpty(), qPrintable(m_dialog->errorText()));
    QCOMPARE(scalar(QStringLiteral("SELECT effective_to FROM scoring_targets WHERE id = %1").arg(replacement))
                 .toString(),
             QStringLiteral("2026-06-30"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'end_target' AND actor = 'lead' "
                              "AND entity_key = '%1' AND after_json LIKE '%2026-06-30%'")
                   .arg(replacement))
            .toInt(),
        1);
    QCOMPARE(find<QTableWidget>("auditTable")->rowCount(), 3);
    // TEAMLENS_SCREENSHOT=file.png keeps pictures of both tabs for a human to look at.
    if (!qEnvironmentVariableIsEmpty("TEAMLENS_SCREENSHOT")) {
        find<QTabWidget>("targetTabs")->setCurrentIndex(1);
        m_dialog->grab().save(qEnvironmentVariable("TEAMLENS_SCREENSHOT")
                                  .replace(QStringLiteral(".png"), QStringLiteral("-audit.png")));
        find<QTabWidget>("targetTabs")->setCurrentIndex(0);
    }
    QCOMPARE(find<QTableWidget>("auditTable")->item(0, 2)->text(), QStringLiteral("Ended"));

    // A change cannot start on or before the row it replaces (ended rows show with the history).
    QTest::mouseClick(find<QCheckBox>("showHistoryCheck"), Qt::LeftButton);
    selectRowOf(replacement);
    find<QDateEdit>("fromDate")->setDate(QDate(2026, 3, 1));
    click("changeTargetButton");
    QVERIFY(m_dialog->errorText().contains(QStringLiteral("starts after")));
}

void TestTargetEditor::invalidInputIsRefused()
{
    const int before = scalar(QStringLiteral("SELECT COUNT(*) FROM scoring_targets")).toInt();
    pick("teamCombo", firstTeam());
    pick("kpiCombo", QStringLiteral("sla_response"));

    typeValue(QStringLiteral("150"));
    click("addTargetButton");
    QVERIFY2(m_dialog->errorText().contains(QStringLiteral("at most 100")),
             qPrintable(m_dialog->errorText()));

    typeValue(QStringLiteral("abc"));
    click("addTargetButton");
    QVERIFY2(m_dialog->errorText().contains(QStringLiteral("not a number")),
             qPrintable(m_dialog->errorText()));

    typeValue(QStringLiteral("90"));
    find<QDateEdit>("fromDate")->setDate(QDate(2026, 5, 1));
    QTest::mouseClick(find<QCheckBox>("openEndedCheck"), Qt::LeftButton);
    QVERIFY(!find<QCheckBox>("openEndedCheck")->isChecked());
    find<QDateEdit>("toDate")->setDate(QDate(2026, 4, 30));
    click("addTargetButton");
    QVERIFY2(m_dialog->errorText().contains(QStringLiteral("comes before")),
             qPrintable(m_dialog->errorText()));

    // Per-capita volume is a team figure: no agent override.
    QTest::mouseClick(find<QCheckBox>("openEndedCheck"), Qt::LeftButton);
    find<QComboBox>("kindCombo")->setCurrentIndex(1);
    pick("kpiCombo", QStringLiteral("per_capita"));
    typeValue(QStringLiteral("40"));
    click("addTargetButton");
    QVERIFY2(m_dialog->errorText().contains(QStringLiteral("teams only")), qPrintable(m_dialog->errorText()));

    QTest::qWait(200); // nothing was queued to a worker
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM scoring_targets")).toInt(), before);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'scoring_target'")).toInt(),
             0);
}

void TestTargetEditor::filtersAndHistory()
{
    const qint64 team = firstTeam();
    const qint64 otherTeam = scalar(QStringLiteral("SELECT MAX(id) FROM teams")).toLongLong();
    QVERIFY(otherTeam != team);
    // An ended standard (last year), a current one, and another team's standard.
    for (const auto &[id, kpi, value, from, to] :
         { std::tuple { team, "aht", "500", QDate(2025, 1, 1), QDate(2025, 12, 31) },
           std::tuple { team, "aht", "450", QDate(2026, 1, 1), QDate() },
           std::tuple { otherTeam, "aht", "480", QDate(2026, 1, 1), QDate() } }) {
        pick("teamCombo", id);
        pick("kpiCombo", QString::fromLatin1(kpi));
        typeValue(QString::fromLatin1(value));
        find<QDateEdit>("fromDate")->setDate(from);
        QCheckBox *open = find<QCheckBox>("openEndedCheck");
        if (open->isChecked() == to.isValid())
            QTest::mouseClick(open, Qt::LeftButton);
        if (to.isValid())
            find<QDateEdit>("toDate")->setDate(to);
        QVERIFY(clickAndReload("addTargetButton"));
        QVERIFY2(m_dialog->errorText().isEmpty(), qPrintable(m_dialog->errorText()));
    }
    TargetTableModel *model = m_dialog->model();
    QCOMPARE(model->rowCount(), 2); // the 2025 row ended before today
    QTest::mouseClick(find<QCheckBox>("showHistoryCheck"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 3);
    if (!qEnvironmentVariableIsEmpty("TEAMLENS_SCREENSHOT"))
        m_dialog->grab().save(qEnvironmentVariable("TEAMLENS_SCREENSHOT"));
    pick("teamFilter", team);
    QCOMPARE(model->rowCount(), 2);
    QTest::mouseClick(find<QCheckBox>("activeOnCheck"), Qt::LeftButton);
    find<QDateEdit>("activeOnDate")->setDate(QDate(2025, 6, 1));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, TargetTableModel::ValueColumn)).toString(), QStringLiteral("08:20"));
    pick("kpiFilter", QStringLiteral("sla_response"));
    QCOMPARE(model->rowCount(), 0);
}

QTEST_MAIN(TestTargetEditor)
#include "TestTargetEditor.moc"

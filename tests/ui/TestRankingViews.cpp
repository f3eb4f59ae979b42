#include "DemoWindowFixture.h"
#include "MainWindow.h"
#include "kpi/AgentKpiTableModel.h"
#include "kpi/AgentsKpiPanel.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiQueryBar.h"
#include "scoring/RankingService.h"
#include "scoring/WeightProfileDialog.h"
#include "scoring/WhatIfWeightsPanel.h"
#include "scoring/store/AuditLogRepository.h"
#include "scoring/store/WeightProfileRepository.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

/**
 * GUI tests of the Agents & Rankings view on a small demo store: team ranks, per-KPI scores, what-if
 * weights re-ranking exactly as RankingCalculator does, and saving an edited profile as a new
 * version with its audit entry — and refusing to save an invalid one. The slots run in order and
 * the saving ones come last: they change the store the others read.
 */
class TestRankingViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void teamRanksMatchService();
    void scoresEqualKpiScores();
    void weightChangeReRanks();
    void invalidTotalCannotBeSaved();
    void badBandTableCannotBeSaved();
    void saveCreatesNextVersionWithAudit();
    void editorSavesRemovedKpi();

private:
    AgentsKpiPanel *panel() const { return m_window->agentsKpiPanel(); }
    WhatIfWeightsPanel *whatIf() const { return panel()->whatIfPanel(); }
    QSqlDatabase db() const { return m_window->serviceContext().store().connection(); }
    void showJanuary();
    void openWhatIf();
    Ranking serviceRanking() const;
    bool prepare(RankingInputs *inputs, ProfileSet *profiles) const;
    WeightProfile storedDefault() const;
    int auditEntries() const;
    qint64 idAt(int row) const;
    /** Every row's rank, composite and cohort equal ranking's (center ranks). */
    void verifyTableShows(const Ranking &ranking) const;
    void screenshot(QWidget *widget, const QString &name) const;

    DemoWindowFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void TestRankingViews::initTestCase()
{
    DemoDataOptions options;
    // Enough agents that teams have several (with 12 nearly every team has one agent, and team ranks
    // would all be 1).
    options.agents = 40;
    options.days = 62;
    options.tickets = 12000;
    options.seed = 7;
    options.endDate = QDate(2026, 1, 31);
    options.conversationShare = 0.2;
    m_fixture.generate("TestRankingViews", options);
}

void TestRankingViews::init()
{
    m_window = m_fixture.openWindow(QSize(1600, 1000));
    QVERIFY(m_window);
    showJanuary();
}

void TestRankingViews::cleanup()
{
    m_window.reset();
}

void TestRankingViews::showJanuary()
{
    QSignalSpy shown(panel(), &AgentsKpiPanel::resultsShown);
    m_window->showAgentsKpi();
    panel()->queryBar()->setPeriod(KpiPeriod::month(2026, 1));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && panel()->model()->report().period.first == QDate(2026, 1, 1)
                                 && !panel()->isBusy() && whatIf()->isReady(),
                             30000);
}

void TestRankingViews::openWhatIf()
{
    auto *toggle = panel()->findChild<QPushButton *>(QStringLiteral("whatIfToggleButton"));
    QVERIFY(toggle);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY(whatIf()->isVisible());
}

Ranking TestRankingViews::serviceRanking() const
{
    RankingRequest request;
    request.period = KpiPeriod::month(2026, 1);
    Ranking ranking;
    QString error;
    if (!RankingService(db()).compute(request, &ranking, &error))
        qWarning("ranking: %s", qPrintable(error));
    return ranking;
}

bool TestRankingViews::prepare(RankingInputs *inputs, ProfileSet *profiles) const
{
    RankingRequest request;
    request.period = KpiPeriod::month(2026, 1);
    QString error;
    if (!RankingService(db()).prepare(request, inputs, profiles, &error)) {
        qWarning("prepare: %s", qPrintable(error));
        return false;
    }
    return true;
}

WeightProfile TestRankingViews::storedDefault() const
{
    ProfileSet set;
    QString error;
    if (!WeightProfileRepository(db()).latestSet(QStringLiteral("Default"), &set, &error))
        qWarning("profiles: %s", qPrintable(error));
    const WeightProfile *general = set.forPlatform(QString());
    return general ? *general : WeightProfile();
}

int TestRankingViews::auditEntries() const
{
    QList<AuditEntry> entries;
    QString error;
    if (!AuditLogRepository(db()).forEntity(QStringLiteral("scoring_profile"), QStringLiteral("Default"),
                                            &entries, &error))
        qWarning("audit: %s", qPrintable(error));
    return int(entries.size());
}

qint64 TestRankingViews::idAt(int row) const
{
    return panel()
        ->model()
        ->index(row, AgentKpiTableModel::NameColumn)
        .data(AgentKpiTableModel::IdRole)
        .toLongLong();
}

void TestRankingViews::verifyTableShows(const Ranking &ranking) const
{
    const AgentKpiTableModel *model = panel()->model();
    int ranked = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const RankedAgent *want = ranking.agent(idAt(row));
        const QString rank = model->index(row, AgentKpiTableModel::RankColumn).data().toString();
        if (!want || !want->isRanked()) { // not employed in the period (left), or not ranked
            QCOMPARE(rank, QStringLiteral("–"));
            continue;
        }
        ++ranked;
        QCOMPARE(rank,
                 want->cohort == RankingCohort::Onboarding ? QStringLiteral("N%1").arg(want->centerRank)
                                                           : QString::number(want->centerRank));
        QVERIFY(want->composite);
        QCOMPARE(model->index(row, AgentKpiTableModel::CompositeColumn)
                     .data(AgentKpiTableModel::SortRole)
                     .toDouble(),
                 *want->composite);
    }
    QVERIFY(ranked >= 5);
}

void TestRankingViews::screenshot(QWidget *widget, const QString &name) const
{
    // Only when asked: TEAMLENS_SCREENSHOT_DIR=/tmp/shots ctest -R TestRankingViews
    const QString dir = qEnvironmentVariable("TEAMLENS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300); // let pending layouts run, so the picture is what a user would see
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

void TestRankingViews::teamRanksMatchService()
{
    const Ranking ranking = serviceRanking();
    QVERIFY(!ranking.agents.isEmpty());
    const AgentKpiTableModel *model = panel()->model();
    verifyTableShows(ranking); // center ranks first

    auto *scope = panel()->findChild<QComboBox *>(QStringLiteral("rankScopeComboBox"));
    QVERIFY(scope);
    scope->setFocus();
    QTest::keyClick(scope, Qt::Key_Down);
    QCOMPARE(scope->currentIndex(), 1);
    QVERIFY(model->rankByTeam());
    QCOMPARE(model->headerData(AgentKpiTableModel::RankColumn, Qt::Horizontal).toString(),
             QStringLiteral("Team rank"));

    int differs = 0; // team ranks are not the center ranks under another name
    int moved = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const RankedAgent *want = ranking.agent(idAt(row));
        const QString rank = model->index(row, AgentKpiTableModel::RankColumn).data().toString();
        if (!want) { // left before the period ended: not in the ranking at all
            QCOMPARE(rank, QStringLiteral("–"));
            QCOMPARE(model->index(row, AgentKpiTableModel::CohortColumn).data().toString(),
                     QStringLiteral("not employed in the period"));
            continue;
        }
        const QString cohort = model->index(row, AgentKpiTableModel::CohortColumn).data().toString();
        QCOMPARE(cohort.startsWith(QStringLiteral("Onboarding")), want->cohort == RankingCohort::Onboarding);
        if (!want->isRanked()) {
            QCOMPARE(rank, QStringLiteral("–"));
            QVERIFY2(cohort.contains(QStringLiteral("not ranked")), qPrintable(cohort));
            continue;
        }
        QVERIFY2(!cohort.contains(QStringLiteral("not ranked")), qPrintable(cohort));
        QCOMPARE(rank,
                 want->cohort == RankingCohort::Onboarding ? QStringLiteral("N%1").arg(want->teamRank)
                                                           : QString::number(want->teamRank));
        differs += want->teamRank != want->centerRank;
        const QString movement = model->index(row, AgentKpiTableModel::MovementColumn).data().toString();
        const int change = want->teamPrevious - want->teamRank;
        switch (want->movement(true)) {
        case RankMovement::Up:
            QCOMPARE(movement, QStringLiteral("↑%1").arg(change));
            ++moved;
            break;
        case RankMovement::Down:
            QCOMPARE(movement, QStringLiteral("↓%1").arg(-change));
            ++moved;
            break;
        case RankMovement::Same:
            QCOMPARE(movement, QStringLiteral("="));
            break;
        case RankMovement::New:
            QCOMPARE(movement, QStringLiteral("new"));
            break;
        case RankMovement::None:
            QVERIFY(movement.isEmpty());
            break;
        }
    }
    QVERIFY(differs > 0);
    QVERIFY(moved > 0);

    // And back to the center.
    QTest::keyClick(scope, Qt::Key_Up);
    QVERIFY(!model->rankByTeam());
    verifyTableShows(ranking);
}

void TestRankingViews::scoresEqualKpiScores()
{
    const Ranking ranking = serviceRanking();
    const AgentKpiTableModel *model = panel()->model();
    int checked = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const RankedAgent *agent = ranking.agent(idAt(row));
        if (!agent)
            continue; // not in the ranking (left): no scores, checked by the rank tests
        for (const KpiScore &score : agent->kpis) {
            const int column = model->columnOf(score.kpi);
            QVERIFY2(column >= 0, qPrintable(score.kpi));
            const QModelIndex cell = model->index(row, column);
            if (!score.score) {
                QVERIFY(!cell.data(AgentKpiTableModel::ScoreRole).isValid());
                continue;
            }
            QCOMPARE(cell.data(AgentKpiTableModel::ScoreRole).toDouble(), *score.score);
            const QString text = cell.data().toString();
            QVERIFY2(text.endsWith(QStringLiteral(" · ") + QLocale().toString(*score.score, 'f', 0)),
                     qPrintable(text));
            // The value still sorts as a number.
            QCOMPARE(cell.data(AgentKpiTableModel::SortRole).toDouble(), *score.value);
            const QString tooltip = cell.data(Qt::ToolTipRole).toString();
            QVERIFY2(
                tooltip.contains(QStringLiteral("Score: %1").arg(QLocale().toString(*score.score, 'f', 1))),
                qPrintable(tooltip));
            QVERIFY(
                tooltip.contains(QStringLiteral("weight %1%").arg(QLocale().toString(score.weight, 'f', 0))));
            QVERIFY(tooltip.contains(QStringLiteral("Sample size: %1").arg(score.n)));
            QVERIFY(
                tooltip.contains(QStringLiteral("Counting rules: version %1").arg(ranking.ruleSetVersion)));
            const KpiDefinition *definition = KpiCatalogue::find(KpiCatalogue::kpiOf(score.kpi));
            QVERIFY(definition);
            QVERIFY(tooltip.contains(definition->displayName().toHtmlEscaped()));
            if (score.target)
                QVERIFY(tooltip.contains(QStringLiteral("Target:")));
            ++checked;
        }
    }
    QVERIFY(checked >= 20);
}

void TestRankingViews::weightChangeReRanks()
{
    openWhatIf();
    QDoubleSpinBox *sla = whatIf()->weightSpinBox(QStringLiteral("sla_response"));
    QDoubleSpinBox *csat = whatIf()->weightSpinBox(QStringLiteral("csat"));
    QVERIFY(sla && csat);
    QCOMPARE(sla->value(), 20.0);
    auto *state = whatIf()->findChild<QLabel *>(QStringLiteral("whatIfStateLabel"));
    QVERIFY(!state->text().contains(QStringLiteral("What-if")));

    // Response SLA 20 → 60, CSAT 20 → 0: a very different ranking.
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(sla, Qt::Key_PageUp);
    for (int i = 0; i < 2; ++i)
        QTest::keyClick(csat, Qt::Key_PageDown);
    QCOMPARE(sla->value(), 60.0);
    QCOMPARE(csat->value(), 0.0);
    QVERIFY(whatIf()->isWhatIf());
    QVERIFY(panel()->model()->isWhatIf());
    QVERIFY2(state->text().contains(QStringLiteral("What-if, not saved")), qPrintable(state->text()));

    RankingInputs inputs;
    ProfileSet profiles;
    QVERIFY(prepare(&inputs, &profiles));
    const Ranking before = RankingCalculator::rank(inputs, profiles);
    for (WeightProfile &profile : profiles.profiles) {
        for (KpiWeight &weight : profile.kpis) {
            if (weight.kpi == QLatin1StringView("sla_response"))
                weight.weight = 60;
            if (weight.kpi == QLatin1StringView("csat"))
                weight.weight = 0;
        }
    }
    const Ranking expected = RankingCalculator::rank(inputs, profiles);
    verifyTableShows(expected);
    int changed = 0;
    for (const RankedAgent &agent : expected.agents)
        changed += agent.centerRank != before.agent(agent.agentId)->centerRank;
    QVERIFY2(changed > 0, "the what-if weights should move someone");
    // The tooltip says the scores are what-if.
    const int column = panel()->model()->columnOf(QStringLiteral("sla_response"));
    QVERIFY(panel()
                ->model()
                ->index(0, column)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("What-if weights, not saved.")));
    screenshot(m_window.get(), QStringLiteral("what-if"));

    // Reset returns to the stored profile and the store's ranking.
    QTest::mouseClick(whatIf()->findChild<QPushButton *>(QStringLiteral("whatIfResetButton")),
                      Qt::LeftButton);
    QVERIFY(!whatIf()->isWhatIf());
    QVERIFY(!panel()->model()->isWhatIf());
    QCOMPARE(whatIf()->weightSpinBox(QStringLiteral("sla_response"))->value(), 20.0);
    verifyTableShows(serviceRanking());
}

void TestRankingViews::invalidTotalCannotBeSaved()
{
    openWhatIf();
    const WeightProfile stored = storedDefault();
    const int audits = auditEntries();
    QDoubleSpinBox *sla = whatIf()->weightSpinBox(QStringLiteral("sla_response"));
    QTest::keyClick(sla, Qt::Key_PageUp); // 20 → 30: the weights add up to 110
    auto *total = whatIf()->findChild<QLabel *>(QStringLiteral("whatIfTotalLabel"));
    QVERIFY2(total->text().contains(QLocale().toString(110.0, 'f', 2)), qPrintable(total->text()));
    auto *validation = whatIf()->findChild<QLabel *>(QStringLiteral("whatIfValidationLabel"));
    QVERIFY2(validation->text().contains(QStringLiteral("not 100")), qPrintable(validation->text()));
    auto *save = whatIf()->findChild<QPushButton *>(QStringLiteral("whatIfSaveButton"));
    QVERIFY(!save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    whatIf()->saveAsNewVersion(); // not even a direct call gets past the validation
    QTest::qWait(200);
    QVERIFY(!whatIf()->isSaving());
    QCOMPARE(storedDefault().version, stored.version);
    QCOMPARE(auditEntries(), audits);
}

void TestRankingViews::badBandTableCannotBeSaved()
{
    openWhatIf();
    const WeightProfile stored = storedDefault();
    const int audits = auditEntries();
    QTest::mouseClick(whatIf()->findChild<QPushButton *>(QStringLiteral("whatIfEditButton")), Qt::LeftButton);
    WeightProfileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = whatIf()->findChild<WeightProfileDialog *>()) && dialog->isVisible());

    // Pick CSAT (a band table) and remove all of its bands.
    QTableWidget *kpis = dialog->kpiTable();
    int csatRow = -1;
    for (int row = 0; row < kpis->rowCount(); ++row)
        if (kpis->item(row, WeightProfileDialog::KpiNameColumn)->data(Qt::UserRole).toString()
            == QLatin1StringView("csat"))
            csatRow = row;
    QVERIFY(csatRow >= 0);
    QTest::mouseClick(kpis->viewport(), Qt::LeftButton, {},
                      kpis->visualItemRect(kpis->item(csatRow, WeightProfileDialog::KpiNameColumn)).center());
    QCOMPARE(kpis->currentRow(), csatRow);
    QCOMPARE(dialog->bandTable()->rowCount(), 4);
    screenshot(dialog, QStringLiteral("profile-editor"));
    auto *removeBand = dialog->findChild<QPushButton *>(QStringLiteral("removeBandButton"));
    for (int i = 0; i < 4; ++i)
        QTest::mouseClick(removeBand, Qt::LeftButton);
    QCOMPARE(dialog->bandTable()->rowCount(), 0);
    auto *dialogValidation = dialog->findChild<QLabel *>(QStringLiteral("profileValidationLabel"));
    QVERIFY2(dialogValidation->text().contains(QStringLiteral("band table")),
             qPrintable(dialogValidation->text()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("profileApplyButton")), Qt::LeftButton);
    QTRY_VERIFY(!whatIf()->findChild<WeightProfileDialog *>());

    QVERIFY(whatIf()->isWhatIf());
    auto *validation = whatIf()->findChild<QLabel *>(QStringLiteral("whatIfValidationLabel"));
    QVERIFY2(validation->text().contains(QStringLiteral("band table")), qPrintable(validation->text()));
    auto *save = whatIf()->findChild<QPushButton *>(QStringLiteral("whatIfSaveButton"));
    QVERIFY(!save->isEnabled());
    whatIf()->saveAsNewVersion();
    QTest::qWait(200);
    QCOMPARE(storedDefault().version, stored.version);
    QCOMPARE(auditEntries(), audits);
}

void TestRankingViews::saveCreatesNextVersionWithAudit()
{
    openWhatIf();
    const WeightProfile stored = storedDefault();
    QVERIFY(stored.id > 0);
    const int audits = auditEntries();
    QTest::keyClick(whatIf()->weightSpinBox(QStringLiteral("sla_response")), Qt::Key_PageUp); // 20 → 30
    QTest::keyClick(whatIf()->weightSpinBox(QStringLiteral("csat")), Qt::Key_PageDown); // 20 → 10
    auto *save = whatIf()->findChild<QPushButton *>(QStringLiteral("whatIfSaveButton"));
    QVERIFY(save->isEnabled());
    QSignalSpy saved(whatIf(), &WhatIfWeightsPanel::profileSaved);
    QSignalSpy shown(panel(), &AgentsKpiPanel::resultsShown);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);

    const WeightProfile latest = storedDefault();
    QCOMPARE(latest.version, stored.version + 1);
    QCOMPARE(saved.first().at(0).toLongLong(), latest.id);
    QCOMPARE(saved.first().at(1).toInt(), latest.version);
    QCOMPARE(latest.createdBy, QStringLiteral("lead"));
    QCOMPARE(latest.find(QStringLiteral("sla_response"))->weight, 30.0);
    QCOMPARE(latest.find(QStringLiteral("csat"))->weight, 10.0);
    QCOMPARE(latest.find(QStringLiteral("csat"))->bands.size(), 4);
    // The version it started from is unchanged.
    WeightProfile old;
    QString error;
    QVERIFY2(WeightProfileRepository(db()).load(stored.id, &old, &error), qPrintable(error));
    QCOMPARE(old.version, stored.version);
    QCOMPARE(old.find(QStringLiteral("sla_response"))->weight, 20.0);

    QList<AuditEntry> entries;
    QVERIFY2(AuditLogRepository(db()).forEntity(QStringLiteral("scoring_profile"), QStringLiteral("Default"),
                                                &entries, &error),
             qPrintable(error));
    QCOMPARE(int(entries.size()), audits + 1);
    const AuditEntry &entry = entries.constLast();
    QCOMPARE(entry.action, QStringLiteral("save_profile"));
    QCOMPARE(entry.actor, QStringLiteral("lead"));
    QVERIFY2(entry.afterJson.contains(QStringLiteral("\"version\":%1").arg(latest.version)),
             qPrintable(entry.afterJson));

    auto *result = whatIf()->findChild<QLabel *>(QStringLiteral("whatIfResultLabel"));
    QVERIFY2(result->text().contains(QStringLiteral("v%1").arg(latest.version)), qPrintable(result->text()));
    // The view computes the period again: the new version is the stored profile, no longer a what-if.
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !panel()->isBusy(), 30000);
    QCOMPARE(whatIf()->storedProfiles().forPlatform(QString())->version, latest.version);
    QVERIFY(!whatIf()->isWhatIf());
    QVERIFY(!panel()->model()->isWhatIf());
    verifyTableShows(serviceRanking());
}

void TestRankingViews::editorSavesRemovedKpi()
{
    // The editor end to end: drop handle time (5), give its weight to first-contact resolution.
    openWhatIf();
    const WeightProfile stored = storedDefault();
    QVERIFY(stored.find(QStringLiteral("aht")));
    const double fcr = stored.find(QStringLiteral("fcr"))->weight;
    QTest::mouseClick(whatIf()->findChild<QPushButton *>(QStringLiteral("whatIfEditButton")), Qt::LeftButton);
    WeightProfileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = whatIf()->findChild<WeightProfileDialog *>()) && dialog->isVisible());
    QTableWidget *kpis = dialog->kpiTable();
    const int rows = kpis->rowCount();
    int ahtRow = -1;
    for (int row = 0; row < rows; ++row)
        if (kpis->item(row, WeightProfileDialog::KpiNameColumn)->data(Qt::UserRole).toString()
            == QLatin1StringView("aht"))
            ahtRow = row;
    QVERIFY(ahtRow >= 0);
    QTest::mouseClick(kpis->viewport(), Qt::LeftButton, {},
                      kpis->visualItemRect(kpis->item(ahtRow, WeightProfileDialog::KpiNameColumn)).center());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeKpiButton")), Qt::LeftButton);
    QCOMPARE(kpis->rowCount(), rows - 1);
    auto *validation = dialog->findChild<QLabel *>(QStringLiteral("profileValidationLabel"));
    QVERIFY2(validation->text().contains(QStringLiteral("not 100")), qPrintable(validation->text()));
    auto *fcrSpin = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("profileWeightSpin_fcr"));
    QVERIFY(fcrSpin);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(fcrSpin, Qt::Key_Up);
    QCOMPARE(fcrSpin->value(), fcr + 5);
    QVERIFY2(!validation->text().contains(QStringLiteral("not 100")), qPrintable(validation->text()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("profileApplyButton")), Qt::LeftButton);
    QTRY_VERIFY(!whatIf()->findChild<WeightProfileDialog *>());
    QVERIFY(!whatIf()->weightSpinBox(QStringLiteral("aht")));

    QSignalSpy saved(whatIf(), &WhatIfWeightsPanel::profileSaved);
    QTest::mouseClick(whatIf()->findChild<QPushButton *>(QStringLiteral("whatIfSaveButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
    const WeightProfile latest = storedDefault();
    QCOMPARE(latest.version, stored.version + 1);
    QVERIFY(!latest.find(QStringLiteral("aht")));
    QCOMPARE(latest.find(QStringLiteral("fcr"))->weight, fcr + 5);
    QCOMPARE(latest.kpis.size(), stored.kpis.size() - 1);
}

QTEST_MAIN(TestRankingViews)
#include "TestRankingViews.moc"

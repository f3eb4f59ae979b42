#include "qa/ScorecardPanel.h"
#include "qa/TemplateEditorDialog.h"
#include "qa/TemplatePreview.h"
#include "qa/store/ScorecardTemplateRepository.h"
#include "services/ServiceContext.h"
#include "support/TestStores.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

/**
 * GUI tests of the scorecard template editor on a real store whose shipped default template is
 * used by a review: changing a criterion's points by keyboard moves the live preview's total,
 * Ctrl+Z / Ctrl+Shift+Z undo and redo it, saving leaves the used version as it was and stores the
 * next one; titles typed in Chinese and English round-trip through the store into a new editor;
 * structure edits and validation; closing with unsaved edits asks.
 */
class TestTemplateEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pointsMoveThePreviewUndoAndSaveANewVersion();
    void titlesRoundTripInBothLanguages();
    void structureEditsAndValidation();
    void closingWithUnsavedEditsAsks();
    void saveAsNewTemplateAndSwitchTemplates();

private:
    template<typename T> T *find(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }
    void openDialog();
    /** Clicks the tree row of a section (criterion −1) or criterion. */
    void clickNode(int section, int criterion);
    /** Focuses a line edit by clicking it and replaces its text by typing. */
    void retype(QLineEdit *edit, const QString &text);
    /** Clicks a value button of the preview (the preview's widgets are rebuilt on every edit). */
    void answer(const QString &key, int value);
    double previewScore() const;
    /** Answers the next unsaved-changes question with button. */
    void answerUnsavedQuestion(QMessageBox::StandardButton button);
    ScorecardTemplate storedVersion(qint64 versionId);
    ScorecardTemplate storedLatest();
    int versionCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ServiceContext> m_context;
    std::unique_ptr<TemplateEditorDialog> m_dialog;
};

void TestTemplateEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = TestStores::createStore(*m_dir);
    QVERIFY(m_store);
    // A draft review scored on the shipped default template (version id 1) makes that version used.
    QVERIFY(TestStores::execAll(
        m_store->connection(),
        TestStores::oneAgentConversationSql(1763683200)
            << QStringLiteral(
                   "INSERT INTO users (id, login, display_name, role, agent_id, created_at) VALUES "
                   "(91, 'qa', 'QA', 'qa_reviewer', NULL, 0)")
            << QStringLiteral("INSERT INTO qa_reviews (conversation_id, agent_id, reviewer_id, "
                              "template_version_id, created_at) VALUES (1, 91, 91, 1, 1763690000)")));
    m_context = std::make_unique<ServiceContext>(*m_store, ActingUser::localOperator(QStringLiteral("lead")));
    openDialog();
}

void TestTemplateEditor::openDialog()
{
    m_dialog = std::make_unique<TemplateEditorDialog>(*m_context);
    QSignalSpy loaded(m_dialog.get(), &TemplateEditorDialog::loaded);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->activateWindow(); // the undo and redo shortcuts work in the active window
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QVERIFY(!loaded.isEmpty() || loaded.wait(20000)); // it may have arrived while the window was shown
}

void TestTemplateEditor::cleanup()
{
    if (m_dialog)
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 20000);
    m_dialog.reset();
    m_context.reset();
    m_store.reset();
    m_dir.reset();
}

void TestTemplateEditor::clickNode(int section, int criterion)
{
    auto *tree = find<QTreeWidget>("templateTree");
    QTreeWidgetItem *item = tree->topLevelItem(section);
    QVERIFY(item);
    if (criterion >= 0)
        item = item->child(criterion);
    QVERIFY(item);
    tree->scrollToItem(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
    QCOMPARE(tree->currentItem(), item);
}

void TestTemplateEditor::retype(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit && edit->isVisible());
    QTest::mouseClick(edit, Qt::LeftButton);
    QVERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    // Chinese text arrives as a key event carrying the text, as an input method sends it.
    QTest::sendKeyEvent(QTest::Press, edit, Qt::Key_unknown, text, Qt::NoModifier);
    QTest::sendKeyEvent(QTest::Release, edit, Qt::Key_unknown, text, Qt::NoModifier);
    QCOMPARE(edit->text(), text);
}

void TestTemplateEditor::answer(const QString &key, int value)
{
    auto *button
        = m_dialog->preview()->findChild<QToolButton *>(QStringLiteral("value_%1_%2").arg(key).arg(value));
    QVERIFY2(button, qPrintable(key));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(button->isChecked());
}

double TestTemplateEditor::previewScore() const
{
    const ScorecardResult &result = m_dialog->preview()->result();
    return result.score ? *result.score : -1;
}

void TestTemplateEditor::answerUnsavedQuestion(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer(m_dialog.get());
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, timer, [timer, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("unsavedChangesBox"))
            return;
        timer->stop();
        timer->deleteLater();
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
    timer->start();
}

ScorecardTemplate TestTemplateEditor::storedVersion(qint64 versionId)
{
    ScorecardTemplate tmpl;
    QString error;
    if (!ScorecardTemplateRepository(m_store->connection()).load(versionId, &tmpl, &error))
        qWarning("%s", qPrintable(error));
    return tmpl;
}

ScorecardTemplate TestTemplateEditor::storedLatest()
{
    ScorecardTemplate tmpl;
    QString error;
    if (!ScorecardTemplateRepository(m_store->connection()).latest(QStringLiteral("Default"), &tmpl, &error))
        qWarning("%s", qPrintable(error));
    return tmpl;
}

int TestTemplateEditor::versionCount()
{
    QSqlQuery query(m_store->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM qa_template_versions")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestTemplateEditor::pointsMoveThePreviewUndoAndSaveANewVersion()
{
    QCOMPARE(m_dialog->content().name, QStringLiteral("Default"));
    QCOMPARE(m_dialog->content().version, 1);
    auto *banner = find<QLabel>("versionBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("In use by 1 review")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("version 2")), qPrintable(banner->text()));
    QVERIFY(find<QComboBox>("versionCombo")->currentText().contains(QStringLiteral("in use by 1 review")));
    QVERIFY(!m_dialog->isWindowModified());

    // Greeting (10 points) passed, attitude (15 points, 1–5) at 1: 10 of 25 points.
    answer(QStringLiteral("greeting"), 1);
    answer(QStringLiteral("attitude"), 1);
    QCOMPARE(previewScore(), 40.0);

    // Attitude becomes 35 points, typed into the points field: 10 of 45.
    clickNode(0, 1);
    auto *points = find<QDoubleSpinBox>("pointsSpin");
    QCOMPARE(points->value(), 15.0);
    auto *pointsEdit = points->findChild<QLineEdit *>();
    QTest::mouseClick(pointsEdit, Qt::LeftButton);
    QTest::keyClick(pointsEdit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(pointsEdit, QStringLiteral("35"));
    QCOMPARE(points->value(), 35.0);
    QCOMPARE(m_dialog->content().sections.at(0).criteria.at(1).points, 35.0);
    QCOMPARE(previewScore(), 100.0 * 10 / 45);
    QVERIFY(m_dialog->isWindowModified());
    QVERIFY(m_dialog->windowTitle().contains(QStringLiteral("[*]")));
    QCOMPARE(m_dialog->document()->undoStack()->count(), 1); // the typing is one step
    QCOMPARE(find<QTreeWidget>("templateTree")->topLevelItem(0)->child(1)->text(1), QStringLiteral("35"));

    if (const QByteArray dir = qgetenv("TEAMLENS_SCREENSHOT_DIR"); !dir.isEmpty())
        m_dialog->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/template-editor.png"));

    // Ctrl+Z in the points field undoes the edit, not just the field's text.
    QTest::keyClick(pointsEdit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(points->value(), 15.0);
    QCOMPARE(m_dialog->content().sections.at(0).criteria.at(1).points, 15.0);
    QCOMPARE(previewScore(), 40.0);
    QVERIFY(!m_dialog->isWindowModified());
    QVERIFY(!find<QPushButton>("saveButton")->isEnabled());
    QTest::keyClick(pointsEdit, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(points->value(), 35.0);
    QCOMPARE(previewScore(), 100.0 * 10 / 45);

    QSignalSpy saved(m_dialog.get(), &TemplateEditorDialog::saved);
    auto *save = find<QPushButton>("saveButton");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    QVERIFY2(m_dialog->statusText().contains(QStringLiteral("version 2")),
             qPrintable(m_dialog->statusText()));

    // The used version is untouched; the edit is version 2, which no review uses yet.
    const ScorecardTemplate first = storedVersion(1);
    QCOMPARE(first.version, 1);
    QCOMPARE(first.findCriterionByKey(QStringLiteral("attitude"))->points, 15.0);
    QCOMPARE(first.totalPoints(), 100.0);
    const ScorecardTemplate second = storedLatest();
    QCOMPARE(second.version, 2);
    QVERIFY(second.versionId != 1);
    QCOMPARE(second.findCriterionByKey(QStringLiteral("attitude"))->points, 35.0);
    QCOMPARE(second.totalPoints(), 120.0);
    QCOMPARE(versionCount(), 2);
    QCOMPARE(m_dialog->content().versionId, second.versionId);
    QVERIFY(!m_dialog->isWindowModified());
    QVERIFY2(banner->text().contains(QStringLiteral("Not used")), qPrintable(banner->text()));
    QCOMPARE(find<QComboBox>("versionCombo")->count(), 2);
    // The preview kept its answers across the save.
    QCOMPARE(previewScore(), 100.0 * 10 / 45);
}

void TestTemplateEditor::titlesRoundTripInBothLanguages()
{
    clickNode(0, 0);
    retype(find<QLineEdit>("titleZhEdit"), QStringLiteral("开场问候"));
    retype(find<QLineEdit>("titleEnEdit"), QStringLiteral("Opening greeting"));
    clickNode(0, -1);
    retype(find<QLineEdit>("sectionTitleZhEdit"), QStringLiteral("礼仪"));
    QCOMPARE(m_dialog->document()->undoStack()->count(), 3);
    // The tree shows the workstation's language (English under the test).
    QCOMPARE(find<QTreeWidget>("templateTree")->topLevelItem(0)->child(0)->text(0),
             QStringLiteral("Opening greeting"));

    QSignalSpy saved(m_dialog.get(), &TemplateEditorDialog::saved);
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    const ScorecardTemplate stored = storedLatest();
    QCOMPARE(stored.version, 2);
    const ScorecardCriterion *greeting = stored.findCriterionByKey(QStringLiteral("greeting"));
    QCOMPARE(greeting->titleZh, QStringLiteral("开场问候"));
    QCOMPARE(greeting->titleEn, QStringLiteral("Opening greeting"));
    QCOMPARE(stored.sections.at(0).titleZh, QStringLiteral("礼仪"));
    QCOMPARE(stored.sections.at(0).titleEn, QStringLiteral("Courtesy and attitude"));
    QCOMPARE(storedVersion(1).findCriterionByKey(QStringLiteral("greeting"))->titleZh,
             QStringLiteral("礼貌用语"));

    // A new editor opens the newest version and shows the titles as stored.
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 20000);
    openDialog();
    QCOMPARE(m_dialog->content().version, 2);
    clickNode(0, 0);
    QCOMPARE(find<QLineEdit>("titleZhEdit")->text(), QStringLiteral("开场问候"));
    QCOMPARE(find<QLineEdit>("titleEnEdit")->text(), QStringLiteral("Opening greeting"));
}

void TestTemplateEditor::structureEditsAndValidation()
{
    auto *tree = find<QTreeWidget>("templateTree");
    auto *validation = find<QLabel>("validationLabel");
    QVERIFY2(validation->text().contains(QStringLiteral("100 points")), qPrintable(validation->text()));
    clickNode(0, 1);
    QTest::mouseClick(find<QPushButton>("addCriterionButton"), Qt::LeftButton);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 3);
    QCOMPARE(tree->currentItem(), tree->topLevelItem(0)->child(2));
    QCOMPARE(m_dialog->content().criterionCount(), 9);
    // The new criterion's English title has the focus: emptying it is invalid and blocks saving.
    auto *titleEn = find<QLineEdit>("titleEnEdit");
    QVERIFY(titleEn->hasFocus());
    QTest::keyClick(titleEn, Qt::Key_Backspace);
    QVERIFY2(validation->text().contains(QStringLiteral("both a Chinese and an English title")),
             qPrintable(validation->text()));
    QVERIFY(!find<QPushButton>("saveButton")->isEnabled());
    QTest::keyClick(titleEn, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(titleEn->text(), QStringLiteral("New criterion"));
    QVERIFY(find<QPushButton>("saveButton")->isEnabled());

    // Move it up above attitude, then remove it; each is one undo step.
    QTest::mouseClick(find<QPushButton>("moveUpButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->content().sections.at(0).criteria.at(1).titleEn, QStringLiteral("New criterion"));
    QCOMPARE(tree->currentItem(), tree->topLevelItem(0)->child(1));
    QTest::mouseClick(find<QPushButton>("removeButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->content().criterionCount(), 8);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
    QTest::mouseClick(find<QToolButton>("undoButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->content().criterionCount(), 9);
    QCOMPARE(m_dialog->content().sections.at(0).criteria.at(1).titleEn, QStringLiteral("New criterion"));
    QTest::mouseClick(find<QToolButton>("undoButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->content().sections.at(0).criteria.at(2).titleEn, QStringLiteral("New criterion"));
    QTest::mouseClick(find<QToolButton>("undoButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->content().criterionCount(), 8);
    QVERIFY(!m_dialog->isWindowModified());

    // Critical at section level: failing privacy now zeroes only its section in the preview.
    clickNode(3, 0);
    auto *critical = find<QComboBox>("criticalCombo");
    critical->setFocus();
    QTest::keyClick(critical, Qt::Key_Up); // review → section
    QCOMPARE(m_dialog->content().sections.at(3).criteria.at(0).critical, CriticalLevel::Section);
    answer(QStringLiteral("greeting"), 1);
    answer(QStringLiteral("privacy"), 0);
    const ScorecardResult &result = m_dialog->preview()->result();
    QVERIFY(!result.reviewCriticalFail);
    QVERIFY(result.sections.at(3).criticalFail);
    QCOMPARE(previewScore(), 50.0); // greeting 10 of 10, privacy 0 of 10
    QTest::keyClick(critical, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_dialog->preview()->result().reviewCriticalFail);
    QCOMPARE(previewScore(), 0.0);
}

void TestTemplateEditor::closingWithUnsavedEditsAsks()
{
    clickNode(1, 0);
    retype(find<QLineEdit>("titleEnEdit"), QStringLiteral("Clear communication"));
    QVERIFY(m_dialog->isWindowModified());
    QPushButton *close = m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);

    answerUnsavedQuestion(QMessageBox::Cancel);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->content().sections.at(1).criteria.at(0).titleEn,
             QStringLiteral("Clear communication"));

    answerUnsavedQuestion(QMessageBox::Discard);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(versionCount(), 1); // nothing was saved
}

void TestTemplateEditor::saveAsNewTemplateAndSwitchTemplates()
{
    clickNode(0, 0);
    auto *points = find<QDoubleSpinBox>("pointsSpin");
    auto *pointsEdit = points->findChild<QLineEdit *>();
    QTest::mouseClick(pointsEdit, Qt::LeftButton);
    QTest::keyClick(pointsEdit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(pointsEdit, QStringLiteral("20"));

    // "Save as new template…" asks for a name; type one and confirm.
    auto *timer = new QTimer(m_dialog.get());
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, timer, [timer] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!input)
            return;
        timer->stop();
        timer->deleteLater();
        auto *edit = input->findChild<QLineEdit *>();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, QStringLiteral("Night shift"));
        QTest::keyClick(edit, Qt::Key_Return);
    });
    timer->start();
    QSignalSpy saved(m_dialog.get(), &TemplateEditorDialog::saved);
    QTest::mouseClick(find<QPushButton>("saveAsButton"), Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    QCOMPARE(m_dialog->content().name, QStringLiteral("Night shift"));
    QCOMPARE(m_dialog->content().version, 1);
    ScorecardTemplate night;
    QString error;
    QVERIFY2(ScorecardTemplateRepository(m_store->connection())
                 .latest(QStringLiteral("Night shift"), &night, &error),
             qPrintable(error));
    QCOMPARE(night.findCriterionByKey(QStringLiteral("greeting"))->points, 20.0);
    QCOMPARE(night.totalPoints(), 110.0);
    QCOMPARE(storedLatest().version, 1); // Default is untouched
    QCOMPARE(storedLatest().findCriterionByKey(QStringLiteral("greeting"))->points, 10.0);
    auto *templates = find<QComboBox>("templateCombo");
    QCOMPARE(templates->count(), 2);
    QCOMPARE(templates->currentText(), QStringLiteral("Night shift"));
    QVERIFY(find<QLabel>("versionBanner")->text().contains(QStringLiteral("Not used")));

    // The offscreen platform has no window manager to hand activation back after the question.
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));

    // Switching templates with an unsaved edit asks first; Cancel stays.
    clickNode(1, 0);
    retype(find<QLineEdit>("titleEnEdit"), QStringLiteral("Talking clearly"));
    answerUnsavedQuestion(QMessageBox::Cancel);
    templates->setFocus();
    QTest::keyClick(templates, Qt::Key_Up);
    QCOMPARE(templates->currentText(), QStringLiteral("Night shift"));
    QCOMPARE(m_dialog->content().sections.at(1).criteria.at(0).titleEn, QStringLiteral("Talking clearly"));
    // Discard opens the other template's newest version.
    QSignalSpy loaded(m_dialog.get(), &TemplateEditorDialog::loaded);
    answerUnsavedQuestion(QMessageBox::Discard);
    QTest::keyClick(templates, Qt::Key_Up);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(m_dialog->content().name, QStringLiteral("Default"));
    QCOMPARE(m_dialog->content().sections.at(0).criteria.at(0).points, 10.0);
    QVERIFY(!m_dialog->isWindowModified());
    QVERIFY(find<QLabel>("versionBanner")->text().contains(QStringLiteral("In use by 1 review")));
}

QTEST_MAIN(TestTemplateEditor)
#include "TestTemplateEditor.moc"

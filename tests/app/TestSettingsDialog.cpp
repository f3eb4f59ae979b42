#include "i18n/TranslationLoader.h"
#include "settings/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

/** The settings dialog's language choice: offered, stored under "ui/language", applied at next start. */
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void offersLanguages();
    void storesChoiceOnOk();
    void cancelKeepsChoice();
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TeamLensTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestSettingsDialog"));
}

void TestSettingsDialog::init()
{
    QSettings().remove(TranslationLoader::settingsKey());
}

void TestSettingsDialog::offersLanguages()
{
    SettingsDialog dialog;
    auto combo = dialog.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemData(0).toString(), QString());
    QCOMPARE(combo->itemData(1).toString(), QStringLiteral("en"));
    QCOMPARE(combo->itemData(2).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(combo->itemText(2), QStringLiteral("简体中文"));
    QCOMPARE(combo->currentIndex(), 0);
    auto label = dialog.findChild<QLabel *>(QStringLiteral("restartLabel"));
    QVERIFY(label);
    QVERIFY(label->text().contains(QStringLiteral("next time")));
}

void TestSettingsDialog::storesChoiceOnOk()
{
    SettingsDialog dialog;
    dialog.show();
    auto combo = dialog.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("zh_CN")));
    auto label = dialog.findChild<QLabel *>(QStringLiteral("restartLabel"));
    QVERIFY(label->text().contains(QStringLiteral("Restart TeamLens")));
    auto buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(TranslationLoader::configuredLanguage(), QStringLiteral("zh_CN"));

    SettingsDialog again;
    QCOMPARE(again.selectedLanguage(), QStringLiteral("zh_CN"));
    auto againCombo = again.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    againCombo->setCurrentIndex(0);
    again.accept();
    QCOMPARE(TranslationLoader::configuredLanguage(), QString());
}

void TestSettingsDialog::cancelKeepsChoice()
{
    TranslationLoader::setConfiguredLanguage(QStringLiteral("en"));
    SettingsDialog dialog;
    auto combo = dialog.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("en"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("zh_CN")));
    dialog.reject();
    QCOMPARE(TranslationLoader::configuredLanguage(), QStringLiteral("en"));
}

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"

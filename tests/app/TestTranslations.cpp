#include "domain/Vocabulary.h"
#include "i18n/TranslationLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

/**
 * The shipped catalogues: the zh_CN one loads and uses PRODUCT.md's vocabulary, the language choice
 * is read from the settings, and both .ts files are complete (no unfinished or empty entries).
 */
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void chineseCatalogueTranslatesVocabulary_data();
    void chineseCatalogueTranslatesVocabulary();
    void englishCatalogue();
    void unknownLanguageFallsBackToEnglish();
    void configuredLanguage();
    void tsFileIsComplete_data();
    void tsFileIsComplete();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TeamLensTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestTranslations"));
}

void TestTranslations::cleanup()
{
    TranslationLoader::remove();
}

void TestTranslations::chineseCatalogueTranslatesVocabulary_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("complaint") << "Vocabulary"
                               << "Complaint"
                               << "投诉";
    QTest::newRow("consultation") << "Vocabulary"
                                  << "Consultation"
                                  << "咨询";
    QTest::newRow("refund") << "Vocabulary"
                            << "Refund"
                            << "退款";
    QTest::newRow("logistics inquiry") << "Vocabulary"
                                       << "Logistics inquiry"
                                       << "物流查询";
    QTest::newRow("JD") << "Vocabulary"
                        << "JD"
                        << "京东";
    QTest::newRow("Pinduoduo") << "Vocabulary"
                               << "Pinduoduo"
                               << "拼多多";
    QTest::newRow("escalated") << "Vocabulary"
                               << "Escalated"
                               << "已升级";
    QTest::newRow("SLA met") << "SlaEvaluator"
                             << "Met"
                             << "已达标";
}

void TestTranslations::chineseCatalogueTranslatesVocabulary()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QVERIFY(TranslationLoader::install(QLocale(QLocale::Chinese, QLocale::China)));
    QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()),
             expected);
    QCOMPARE(Vocabulary::displayName(TicketType::Complaint), QStringLiteral("投诉"));
}

void TestTranslations::englishCatalogue()
{
    QVERIFY(TranslationLoader::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(Vocabulary::displayName(TicketType::Complaint), QStringLiteral("Complaint"));
}

void TestTranslations::unknownLanguageFallsBackToEnglish()
{
    // No Icelandic catalogue: the English one is installed, so plural messages get real forms.
    QVERIFY(TranslationLoader::install(QLocale(QLocale::Icelandic, QLocale::Iceland)));
    QCOMPARE(Vocabulary::displayName(TicketType::Complaint), QStringLiteral("Complaint"));
    QCOMPARE(QCoreApplication::translate("TicketWorkspace", "%Ln ticket(s)", nullptr, 1),
             QStringLiteral("1 ticket"));
    QCOMPARE(QCoreApplication::translate("TicketWorkspace", "%Ln ticket(s)", nullptr, 3),
             QStringLiteral("3 tickets"));
}

void TestTranslations::configuredLanguage()
{
    TranslationLoader::setConfiguredLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(TranslationLoader::configuredLanguage(), QStringLiteral("zh_CN"));
    QCOMPARE(TranslationLoader::effectiveLocale().name(), QStringLiteral("zh_CN"));
    QVERIFY(TranslationLoader::install());
    QCOMPARE(Vocabulary::displayName(Platform::Jd), QStringLiteral("京东"));

    TranslationLoader::setConfiguredLanguage(QString());
    QCOMPARE(TranslationLoader::configuredLanguage(), QString());
    QCOMPARE(TranslationLoader::effectiveLocale(), QLocale::system());

    QSettings().setValue(TranslationLoader::settingsKey(), QStringLiteral("xx_YY"));
    QCOMPARE(TranslationLoader::configuredLanguage(), QString()); // unknown values mean automatic
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::tsFileIsComplete_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("zh_CN") << "teamlens_zh_CN.ts";
    QTest::newRow("en") << "teamlens_en.ts";
}

void TestTranslations::tsFileIsComplete()
{
    QFETCH(QString, fileName);
    QFile file(QStringLiteral(TEAMLENS_SOURCE_DIR "/translations/") + fileName);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList problems;
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1StringView("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1StringView("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1StringView("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1StringView("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty() && type != QLatin1StringView("vanished")
                && type != QLatin1StringView("obsolete"))
                problems << QStringLiteral("%1: \"%2\" is %3").arg(context, source, type);
            else if (text.trimmed().isEmpty())
                problems << QStringLiteral("%1: \"%2\" has no translation").arg(context, source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 0, "the catalogue is empty; run the update_translations target");
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(QStringLiteral("%1 of %2 messages incomplete (run translations/fill_translations.py):\n")
                       .arg(problems.size())
                       .arg(messages)
                   + problems.mid(0, 30).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"

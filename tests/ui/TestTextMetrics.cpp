#include "common/TextMetrics.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QScreen>
#include <QTest>
#include <QWidget>

/** Text units that mean the same width in every language. */
class TestTextMetrics : public QObject
{
    Q_OBJECT

private slots:
    void latinWidthIgnoresIdeographs();
    void sizesStayOnScreen();
};

void TestTextMetrics::latinWidthIgnoresIdeographs()
{
    // The font Chinese desktops use: its average character is about an ideograph wide.
    const QString cjkFamily = QStringLiteral("Noto Sans CJK SC");
    if (!QFontDatabase::families().contains(cjkFamily))
        QSKIP("Noto Sans CJK SC is not installed (Debian: fonts-noto-cjk)");
    QFont cjk(cjkFamily);
    cjk.setPixelSize(16);
    QFont latin(QStringLiteral("DejaVu Sans"));
    latin.setPixelSize(16);
    const QFontMetrics cjkMetrics(cjk);
    const int latinInCjk = TextMetrics::latinCharWidth(cjkMetrics);
    QVERIFY2(latinInCjk < cjkMetrics.averageCharWidth() * 3 / 4,
             qPrintable(QStringLiteral("%1 against %2").arg(latinInCjk).arg(cjkMetrics.averageCharWidth())));
    // Within a third of a Latin font's letters at the same size.
    const int latinInLatin = TextMetrics::latinCharWidth(QFontMetrics(latin));
    QVERIFY(qAbs(latinInCjk - latinInLatin) * 3 <= latinInLatin);
}

void TestTextMetrics::sizesStayOnScreen()
{
    QWidget widget;
    const QSize available = widget.screen()->availableGeometry().size();
    const QSize bounded = TextMetrics::boundedToScreen(widget, available * 2);
    QVERIFY(bounded.width() <= available.width() && bounded.height() <= available.height());
    QCOMPARE(TextMetrics::boundedToScreen(widget, QSize(100, 80)), QSize(100, 80));
}

QTEST_MAIN(TestTextMetrics)
#include "TestTextMetrics.moc"

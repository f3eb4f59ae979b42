#include "TextMetrics.h"

#include <QFontMetrics>
#include <QScreen>
#include <QWidget>

int TextMetrics::latinCharWidth(const QFontMetrics &metrics)
{
    static const QString sample = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789");
    return qMax(1, metrics.horizontalAdvance(sample) / int(sample.size()));
}

QSize TextMetrics::boundedToScreen(const QWidget &widget, QSize size)
{
    if (const QScreen *screen = widget.screen())
        size = size.boundedTo(screen->availableGeometry().size() * 9 / 10);
    return size;
}

#pragma once

#include <QSize>

class QFontMetrics;
class QWidget;

/**
 * Sizes in units of text, the same in every language. QFontMetrics::averageCharWidth() is no such
 * unit: CJK fonts report about an ideograph's width, twice a Latin letter's, so a window sized as
 * "175 average characters" came out 2,100 px wide in Chinese.
 */
namespace TextMetrics {

/** The average advance of a Latin letter or digit in this font. */
int latinCharWidth(const QFontMetrics &metrics);

/** size, shrunk where needed to 90 % of the available area of the widget's screen. */
QSize boundedToScreen(const QWidget &widget, QSize size);

} // namespace TextMetrics

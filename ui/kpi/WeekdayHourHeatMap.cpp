#include "WeekdayHourHeatMap.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

WeekdayHourHeatMap::WeekdayHourHeatMap(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("weekdayHourHeatMap"));
}

void WeekdayHourHeatMap::setCounts(const Counts &counts)
{
    m_counts = counts;
    update();
}

qint64 WeekdayHourHeatMap::total() const
{
    qint64 sum = 0;
    for (const auto &row : m_counts)
        for (qint64 count : row)
            sum += count;
    return sum;
}

int WeekdayHourHeatMap::labelWidth() const
{
    // Wide enough for the longest weekday name in the current language (周三 or Wednesday).
    int width = 0;
    for (int day = 1; day <= 7; ++day)
        width
            = std::max(width, fontMetrics().horizontalAdvance(QLocale().dayName(day, QLocale::ShortFormat)));
    return width + 8;
}

QRect WeekdayHourHeatMap::gridRect() const
{
    const int top = fontMetrics().height() + 4;
    return rect().adjusted(labelWidth(), top, -4, -4);
}

QPoint WeekdayHourHeatMap::cellCenter(int weekday, int hour) const
{
    const QRect grid = gridRect();
    const double w = grid.width() / 24.0;
    const double h = grid.height() / 7.0;
    return { grid.left() + int((hour + 0.5) * w), grid.top() + int((weekday - 1 + 0.5) * h) };
}

void WeekdayHourHeatMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect grid = gridRect();
    const double w = grid.width() / 24.0;
    const double h = grid.height() / 7.0;
    qint64 busiest = 1;
    for (const auto &row : m_counts)
        for (qint64 count : row)
            busiest = std::max(busiest, count);

    painter.setPen(palette().color(QPalette::WindowText));
    for (int hour = 0; hour < 24; ++hour)
        painter.drawText(QRectF(grid.left() + hour * w, 0, w, grid.top()), Qt::AlignCenter,
                         QString::number(hour));
    QFont small = font();
    small.setPointSizeF(std::max(6.0, font().pointSizeF() * 0.8));
    for (int day = 0; day < 7; ++day) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.setFont(font());
        painter.drawText(QRectF(0, grid.top() + day * h, labelWidth() - 6, h),
                         Qt::AlignRight | Qt::AlignVCenter, QLocale().dayName(day + 1, QLocale::ShortFormat));
        painter.setFont(small);
        for (int hour = 0; hour < 24; ++hour) {
            const qint64 count = m_counts[std::size_t(day)][std::size_t(hour)];
            const double share = double(count) / double(busiest);
            // White to deep blue; text turns white where the cell is dark enough to need it.
            const QColor fill = QColor::fromRgbF(float(1.0 - 0.85 * share), float(1.0 - 0.6 * share), 1.0f);
            const QRectF cell(grid.left() + hour * w, grid.top() + day * h, w, h);
            painter.fillRect(cell, fill);
            painter.setPen(QColor(0xdd, 0xdd, 0xdd));
            painter.drawRect(cell);
            if (count > 0 && fontMetrics().horizontalAdvance(QString::number(count)) < w) {
                painter.setPen(share > 0.55 ? Qt::white : Qt::black);
                painter.drawText(cell, Qt::AlignCenter, QString::number(count));
            }
        }
    }
}

void WeekdayHourHeatMap::mouseReleaseEvent(QMouseEvent *event)
{
    const QRect grid = gridRect();
    if (!grid.contains(event->position().toPoint()))
        return;
    const int hour = std::clamp(int((event->position().x() - grid.left()) * 24.0 / grid.width()), 0, 23);
    const int day = std::clamp(int((event->position().y() - grid.top()) * 7.0 / grid.height()), 0, 6);
    emit cellClicked(day + 1, hour);
}

#pragma once

#include <QWidget>

#include <array>

/**
 * The weekday × hour volume heat map for staffing: seven rows (Monday first), 24 columns, each
 * cell shaded by its ticket count relative to the busiest cell and labelled with the count.
 * Clicking a cell emits cellClicked(weekday 1–7, hour).
 */
class WeekdayHourHeatMap : public QWidget
{
    Q_OBJECT

public:
    using Counts = std::array<std::array<qint64, 24>, 7>;

    explicit WeekdayHourHeatMap(QWidget *parent = nullptr);

    void setCounts(const Counts &counts);
    const Counts &counts() const { return m_counts; }
    qint64 total() const;
    /** The centre of a cell in widget coordinates (tests click there). */
    QPoint cellCenter(int weekday, int hour) const;

    QSize sizeHint() const override { return { 760, 260 }; }
    QSize minimumSizeHint() const override { return { 480, 200 }; }

signals:
    void cellClicked(int weekday, int hour);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRect gridRect() const;
    int labelWidth() const;

    Counts m_counts {};
};

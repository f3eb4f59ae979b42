#pragma once

#include <QDate>
#include <QTimeZone>

#include <array>
#include <vector>

class DemoRandom;

/** One day of the period in the team's time zone and how many tickets arrive on it. */
struct DemoDay
{
    QDate date;
    qint64 startEpoch = 0; // local midnight, UTC seconds
    qint64 endEpoch = 0; // next local midnight
    qint64 tickets = 0;
    double load = 1.0; // this day's volume relative to the period's average day
    const char *promotion = nullptr; // e.g. "双11", or null
};

/**
 * The rhythm of incoming tickets: quiet nights, peaks 10–11 and 20–22 local time, lower weekends,
 * spikes on 双11 (×3–5), 618 and 双12 and the after-sales wave in the days after them. Splits an
 * exact ticket total over the days and draws creation instants within a day.
 */
class DemoTrafficModel
{
public:
    DemoTrafficModel(const QTimeZone &zone, QDate firstDay, QDate lastDay);

    /** Distributes total tickets over the days (largest remainder, so the sum is exact). */
    void distribute(qint64 total, DemoRandom &random);

    const std::vector<DemoDay> &days() const { return m_days; }

    /** Sorted creation instants for one day's tickets. */
    void drawInstants(const DemoDay &day, DemoRandom &random, std::vector<qint64> *instants) const;

    /** The local hour (0–23) of an instant on that day. */
    static int localHour(const DemoDay &day, qint64 epoch);

    /** The promotion factor of a date (1 on ordinary days). */
    static double promotionFactor(QDate date, const char **name = nullptr);

private:
    std::vector<DemoDay> m_days;
    std::array<double, 24> m_hourCumulative {};
};

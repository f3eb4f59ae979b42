#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QTimeZone>

#include <array>
#include <memory>

/** A daily opening interval in minutes after local midnight, [startMinute, endMinute). */
struct ServiceInterval
{
    int startMinute = 0;
    int endMinute = 1440;
};

/**
 * Service hours (服务时间) for SLA clocks: weekly intervals in a time zone, minus holidays. SLA
 * clocks run only inside these hours, so a complaint filed at 23:50 with a 60-minute target is due
 * at 08:50 the next morning under the default 08:00–24:00 calendar.
 */
class ServiceCalendar
{
public:
    /** A calendar with no service hours; add intervals with setHours(). */
    explicit ServiceCalendar(const QTimeZone &zone = QTimeZone::systemTimeZone());

    /** Every day 08:00–24:00, the default from PRODUCT.md. */
    static ServiceCalendar standard(const QTimeZone &zone = QTimeZone::systemTimeZone());

    QTimeZone timeZone() const { return m_zone; }
    void setHours(int isoWeekday, const QList<ServiceInterval> &intervals); // 1 = Monday … 7 = Sunday
    QList<ServiceInterval> hours(int isoWeekday) const;
    void addHoliday(const QDate &day);
    bool isHoliday(const QDate &day) const { return m_holidays.contains(day); }

    /** The instant that lies `seconds` of service time after `from` (UTC); invalid if never. */
    QDateTime addServiceSeconds(const QDateTime &from, qint64 seconds) const;
    /** Service seconds in [from, to); 0 when to is not after from. */
    qint64 serviceSecondsBetween(const QDateTime &from, const QDateTime &to) const;
    bool isInService(const QDateTime &instant) const;

    // Epoch-second forms of the above, for bulk work (the demo generator, KPI aggregation).
    qint64 addServiceSeconds(qint64 fromEpoch, qint64 seconds) const; // -1 if never
    qint64 serviceSecondsBetween(qint64 fromEpoch, qint64 toEpoch) const;

private:
    struct Window
    {
        qint64 start;
        qint64 end;
    };
    /** A local day in UTC seconds: its midnight, the next midnight and its service windows. */
    struct Day
    {
        qint64 midnight = 0;
        qint64 nextMidnight = 0;
        QList<Window> windows;
    };
    struct DayCache;

    Day day(const QDate &date) const;
    Day computeDay(const QDate &date) const;
    QDate localDate(qint64 epoch) const;
    qint64 localInstant(const QDate &day, int minute) const; // minute 1440 = the next midnight
    bool hasAnyHours() const;
    void clearCache();

    QTimeZone m_zone;
    std::array<QList<ServiceInterval>, 7> m_weekly;
    QSet<QDate> m_holidays;
    // Time-zone arithmetic costs microseconds per call, and imports and KPI aggregation ask about
    // the same few hundred days millions of times. Copies share the cache (the days depend only
    // on the hours, holidays and zone, which a copy shares until it changes them).
    std::shared_ptr<DayCache> m_cache;
};

#include "KpiDayClock.h"

#include <QDateTime>

KpiDayClock::KpiDayClock(const QTimeZone &zone)
    : m_zone(zone)
{
}

qint64 KpiDayClock::startOf(const QDate &day) const
{
    const QDateTime midnight(day, QTime(0, 0), m_zone);
    if (midnight.isValid())
        return midnight.toSecsSinceEpoch();
    // Midnight falls in a spring-forward gap (zones that switch at 00:00): the day starts after it.
    const QTimeZone::OffsetData transition
        = m_zone.nextTransition(QDateTime(day.addDays(-1), QTime(12, 0), QTimeZone::utc()));
    return transition.atUtc.isValid() ? transition.atUtc.toSecsSinceEpoch()
                                      : QDateTime(day, QTime(1, 0), m_zone).toSecsSinceEpoch();
}

void KpiDayClock::locate(qint64 epoch)
{
    if (epoch >= m_dayStart && epoch < m_dayEnd)
        return;
    const QDate day = QDateTime::fromSecsSinceEpoch(epoch, m_zone).date();
    m_dayStart = startOf(day);
    m_dayEnd = startOf(day.addDays(1));
    m_julianDay = day.toJulianDay();
    m_uniformOffset = m_dayEnd - m_dayStart == 86400;
}

qint64 KpiDayClock::dayOf(qint64 epoch)
{
    locate(epoch);
    return m_julianDay;
}

int KpiDayClock::minuteOfDay(qint64 epoch)
{
    locate(epoch);
    if (m_uniformOffset)
        return static_cast<int>((epoch - m_dayStart) / 60);
    const QTime local = QDateTime::fromSecsSinceEpoch(epoch, m_zone).time();
    return local.hour() * 60 + local.minute();
}

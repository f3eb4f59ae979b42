#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

/**
 * A KPI period: whole local days [first, last] in the team's time zone, i.e. [start, end) from
 * first's midnight to the midnight after last. Days, weeks (ISO, Monday first), months, quarters
 * and any range are all this.
 */
struct KpiPeriod
{
    Q_DECLARE_TR_FUNCTIONS(KpiPeriod)

public:
    QDate first;
    QDate last; // inclusive

    static KpiPeriod day(const QDate &day) { return { day, day }; }
    static KpiPeriod week(const QDate &anyDay);
    static KpiPeriod month(int year, int month);
    static KpiPeriod quarter(int year, int quarter);
    static KpiPeriod range(const QDate &first, const QDate &last) { return { first, last }; }

    /** "2026-11" → that month; false with a message the user can act on otherwise. */
    static bool parseMonth(const QString &text, KpiPeriod *out, QString *error);

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    qint64 dayCount() const { return isValid() ? first.daysTo(last) + 1 : 0; }
    /** The same length immediately before this period (for movement and before/after views). */
    KpiPeriod previous() const;
    QString toString() const; // "2026-11-01..2026-11-30"
};

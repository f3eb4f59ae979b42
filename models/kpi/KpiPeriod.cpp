#include "KpiPeriod.h"

#include <QRegularExpression>

KpiPeriod KpiPeriod::week(const QDate &anyDay)
{
    const QDate monday = anyDay.addDays(1 - anyDay.dayOfWeek());
    return { monday, monday.addDays(6) };
}

KpiPeriod KpiPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return { first, first.addMonths(1).addDays(-1) };
}

KpiPeriod KpiPeriod::quarter(int year, int quarter)
{
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return { first, first.addMonths(3).addDays(-1) };
}

bool KpiPeriod::parseMonth(const QString &text, KpiPeriod *out, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})-(\d{2})$)"));
    const auto match = pattern.match(text);
    const int month = match.hasMatch() ? match.captured(2).toInt() : 0;
    if (!match.hasMatch() || month < 1 || month > 12) {
        if (error)
            *error = tr("\"%1\" is not a month; write it as YYYY-MM, e.g. 2026-11.").arg(text);
        return false;
    }
    *out = KpiPeriod::month(match.captured(1).toInt(), month);
    return true;
}

KpiPeriod KpiPeriod::previous() const
{
    // A calendar month's predecessor is the previous calendar month, not "the same number of days".
    if (first.day() == 1 && last == first.addMonths(1).addDays(-1)) {
        const QDate previousFirst = first.addMonths(-1);
        return { previousFirst, first.addDays(-1) };
    }
    return { first.addDays(-dayCount()), first.addDays(-1) };
}

QString KpiPeriod::toString() const
{
    return QStringLiteral("%1..%2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
}

#include "TargetUnits.h"

#include "kpi/KpiFormat.h"

#include <QLocale>

TargetUnits::Entry TargetUnits::entryOf(const QString &figureKey)
{
    switch (KpiFormat::unitOf(figureKey)) {
    case KpiFormat::Unit::Share:
        return Entry::Percent;
    case KpiFormat::Unit::Seconds:
        return figureKey == QLatin1StringView("resolution_time") ? Entry::Minutes : Entry::Seconds;
    case KpiFormat::Unit::Count:
        return Entry::Count;
    case KpiFormat::Unit::Score:
        return Entry::Score;
    }
    return Entry::Count;
}

QString TargetUnits::unitLabel(const QString &figureKey)
{
    switch (entryOf(figureKey)) {
    case Entry::Percent:
        return tr("%");
    case Entry::Seconds:
        return tr("seconds");
    case Entry::Minutes:
        return tr("minutes");
    case Entry::Count:
    case Entry::Score:
        return {};
    }
    return {};
}

double TargetUnits::maximumEntered(const QString &figureKey)
{
    switch (entryOf(figureKey)) {
    case Entry::Percent:
        return 100;
    case Entry::Seconds:
        return 7 * 24 * 3600; // a week: anything longer is a typo for minutes or hours
    case Entry::Minutes:
        return 30 * 24 * 60;
    case Entry::Count:
        return 1e6;
    case Entry::Score:
        return figureKey == QLatin1StringView("csat_mean") ? 5 : 100; // survey 1…5, QA reviews 0…100
    }
    return 0;
}

double TargetUnits::toEntered(const QString &figureKey, double stored)
{
    switch (entryOf(figureKey)) {
    case Entry::Percent:
        return stored * 100.0;
    case Entry::Minutes:
        return stored / 60.0;
    case Entry::Seconds:
    case Entry::Count:
    case Entry::Score:
        return stored;
    }
    return stored;
}

std::optional<double> TargetUnits::toStored(const QString &figureKey, const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    double entered = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        entered = QLocale::c().toDouble(trimmed, &ok);
    if (!ok) {
        *error = trimmed.isEmpty() ? tr("Enter a target value.") : tr("\"%1\" is not a number.").arg(trimmed);
        return std::nullopt;
    }
    const double maximum = maximumEntered(figureKey);
    if (!(entered > 0) || entered > maximum) {
        const QString unit = unitLabel(figureKey);
        const QString limit
            = QLocale().toString(maximum, 'g', 12) + (unit.isEmpty() ? QString() : u' ' + unit);
        *error = tr("The target for %1 must be more than 0 and at most %2.")
                     .arg(KpiFormat::title(figureKey), limit);
        return std::nullopt;
    }
    // Division, not multiplication by 0.01: 90 / 100 is exactly the double 0.9 a script would store.
    switch (entryOf(figureKey)) {
    case Entry::Percent:
        return entered / 100.0;
    case Entry::Minutes:
        return entered * 60.0;
    case Entry::Seconds:
    case Entry::Count:
    case Entry::Score:
        return entered;
    }
    return entered;
}

QString TargetUnits::display(const QString &figureKey, double stored)
{
    if (entryOf(figureKey) == Entry::Count)
        return QLocale().toString(stored, 'g', 12); // "handled" would round a target of 1.5 per day away
    return KpiFormat::value(figureKey, stored);
}

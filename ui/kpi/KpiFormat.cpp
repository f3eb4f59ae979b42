#include "KpiFormat.h"

#include "kpi/KpiCatalogue.h"

#include <QLocale>

#include <cmath>

KpiFormat::Unit KpiFormat::unitOf(const QString &figureKey)
{
    if (figureKey == QLatin1StringView("handled") || figureKey == QLatin1StringView("per_capita")
        || figureKey == QLatin1StringView("receptions") || figureKey == QLatin1StringView("answer_ratio"))
        return Unit::Count;
    if (figureKey.startsWith(QLatin1StringView("frt")) || figureKey == QLatin1StringView("resolution_time")
        || figureKey == QLatin1StringView("aht") || figureKey == QLatin1StringView("reply_time"))
        return Unit::Seconds;
    if (figureKey == QLatin1StringView("csat_mean") || figureKey == QLatin1StringView("qa_score"))
        return Unit::Score;
    return Unit::Share;
}

QString KpiFormat::duration(double seconds)
{
    const qint64 total = std::llround(seconds);
    const qint64 hours = total / 3600;
    const qint64 minutes = (total % 3600) / 60;
    const qint64 rest = total % 60;
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(rest, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(minutes, 2, 10, QLatin1Char('0')).arg(rest, 2, 10, QLatin1Char('0'));
}

QString KpiFormat::value(const QString &figureKey, double value)
{
    const QLocale locale;
    switch (unitOf(figureKey)) {
    case Unit::Count:
        if (figureKey == QLatin1StringView("handled") || figureKey == QLatin1StringView("receptions"))
            return locale.toString(qint64(std::llround(value)));
        // 答问比 is read to two places (1.25 agent messages per customer message).
        return locale.toString(value, 'f', figureKey == QLatin1StringView("answer_ratio") ? 2 : 1);
    case Unit::Seconds:
        return duration(value);
    case Unit::Score:
        return locale.toString(value, 'f', figureKey == QLatin1StringView("csat_mean") ? 2 : 1);
    case Unit::Share:
        return tr("%1%").arg(locale.toString(value * 100.0, 'f', 1));
    }
    return locale.toString(value);
}

QString KpiFormat::cell(const KpiFigure &figure)
{
    switch (figure.status) {
    case KpiFigureStatus::Ok:
        return figure.value ? value(figure.key, *figure.value) : QStringLiteral("–");
    case KpiFigureStatus::Insufficient:
        // No sample at all is "nothing happened", not a number waiting for more data.
        return figure.n == 0 ? QStringLiteral("–") : tr("insufficient (n = %1)").arg(figure.n);
    case KpiFigureStatus::NotApplicable:
    case KpiFigureStatus::NotAvailable:
        return QStringLiteral("–");
    }
    return {};
}

QString KpiFormat::cellWithSample(const KpiFigure &figure)
{
    if (!figure.isShown())
        return cell(figure);
    return tr("%1 (n = %2)").arg(cell(figure), QLocale().toString(figure.n));
}

QString KpiFormat::interval(const KpiFigure &figure)
{
    if (!figure.low || !figure.high)
        return {};
    return tr("95% interval %1 – %2").arg(value(figure.key, *figure.low), value(figure.key, *figure.high));
}

QString KpiFormat::title(const QString &figureKey)
{
    const KpiDefinition *definition = KpiCatalogue::find(KpiCatalogue::kpiOf(figureKey));
    const QString name = definition ? definition->displayName() : figureKey;
    if (figureKey.endsWith(QLatin1StringView("_mean")))
        return tr("%1 (mean)").arg(name);
    if (figureKey.endsWith(QLatin1StringView("_median")))
        return tr("%1 (median)").arg(name);
    if (figureKey.endsWith(QLatin1StringView("_p90")))
        return tr("%1 (P90)").arg(name);
    return name;
}

#pragma once

#include "kpi/KpiResult.h"

#include <QCoreApplication>
#include <QString>

/**
 * How a KPI figure reads on screen: shares as percentages, durations as mm:ss (h:mm:ss past an
 * hour), counts as integers, scores with one or two decimals. Presentation only; the raw value
 * stays in the model's sort role.
 */
class KpiFormat
{
    Q_DECLARE_TR_FUNCTIONS(KpiFormat)

public:
    enum class Unit { Count, Share, Seconds, Score };

    static Unit unitOf(const QString &figureKey);
    static QString value(const QString &figureKey, double value);
    /** The figure as a cell: the value, "insufficient (n = 12)", or a dash when not available. */
    static QString cell(const KpiFigure &figure);
    /** The cell with its sample size, "92.4% (n = 39,900)"; cell() alone where that already names it. */
    static QString cellWithSample(const KpiFigure &figure);
    static QString interval(const KpiFigure &figure);
    static QString duration(double seconds);
    /** The figure key's column title: the KPI's name plus mean/median/P90 where it has several. */
    static QString title(const QString &figureKey);
};

#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

/**
 * The unit a lead types a target in, and its exact conversion to what scoring_targets stores (the
 * figure's own unit, which KpiScorer compares the actual against): shares are stored as fractions
 * and typed as percentages, times are stored in seconds and typed in seconds (first response,
 * handle time) or minutes (resolution time, which runs to hours), counts and scores as they are.
 *
 * Threading: pure functions, any thread.
 */
class TargetUnits
{
    Q_DECLARE_TR_FUNCTIONS(TargetUnits)

public:
    enum class Entry { Percent, Seconds, Minutes, Count, Score };

    static Entry entryOf(const QString &figureKey);
    /** What the value field's unit label says: "%", "seconds", "minutes" or nothing. */
    static QString unitLabel(const QString &figureKey);
    /** The largest value a lead may type; a target must be above 0 (KpiScorer scores nothing else). */
    static double maximumEntered(const QString &figureKey);
    /** The stored value as the lead types it (for editing an existing target). */
    static double toEntered(const QString &figureKey, double stored);
    /** The stored value of typed text (locale or C number), or nothing with *error set. */
    static std::optional<double> toStored(const QString &figureKey, const QString &text, QString *error);
    /** A stored target as the tables show it, unit included ("90.0%", "05:00"). */
    static QString display(const QString &figureKey, double stored);
};

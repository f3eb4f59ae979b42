#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

struct Ticket;

/** Where one SLA clock of a ticket stands. */
struct SlaClockState
{
    enum class Outcome {
        NotApplicable, // no due time (no matching policy)
        Met, // answered/resolved by the due time
        Breached, // answered/resolved late, or not yet and the due time has passed
        Running, // not yet answered/resolved and not yet due
    };

    Outcome outcome = Outcome::NotApplicable;
    QDateTime due;
    qint64 secondsToDue = 0; // Running: wall-clock seconds until due
    qint64 secondsOverdue = 0; // Breached: how late (or how long overdue so far)

    /** "Met", "Breached by 2 h 5 min", "Due in 25 min": a sentence for the detail pane. */
    QString describe() const;
};

/**
 * Applies PRODUCT.md's breach rule to a ticket's stored due times: breached when the response (or
 * resolution) came after the due time, or has not come and the due time has passed.
 */
class SlaEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(SlaEvaluator)

public:
    static SlaClockState firstResponse(const Ticket &ticket, const QDateTime &now);
    static SlaClockState resolution(const Ticket &ticket, const QDateTime &now);
    static SlaClockState evaluate(const QDateTime &due, const QDateTime &happened, const QDateTime &now);

    /** "2 h 5 min", "3 d 4 h", "45 s": compact durations for the UI. */
    static QString formatDuration(qint64 seconds);
};

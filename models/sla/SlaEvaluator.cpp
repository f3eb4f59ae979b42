#include "SlaEvaluator.h"

#include "domain/Ticket.h"

SlaClockState SlaEvaluator::firstResponse(const Ticket &ticket, const QDateTime &now)
{
    return evaluate(ticket.firstResponseDueAt, ticket.firstResponseAt, now);
}

SlaClockState SlaEvaluator::resolution(const Ticket &ticket, const QDateTime &now)
{
    return evaluate(ticket.resolutionDueAt, ticket.resolvedAt, now);
}

SlaClockState SlaEvaluator::evaluate(const QDateTime &due, const QDateTime &happened, const QDateTime &now)
{
    SlaClockState state;
    state.due = due;
    if (!due.isValid())
        return state;
    if (happened.isValid()) {
        if (happened <= due) {
            state.outcome = SlaClockState::Outcome::Met;
        } else {
            state.outcome = SlaClockState::Outcome::Breached;
            state.secondsOverdue = due.secsTo(happened);
        }
        return state;
    }
    if (now > due) {
        state.outcome = SlaClockState::Outcome::Breached;
        state.secondsOverdue = due.secsTo(now);
    } else {
        state.outcome = SlaClockState::Outcome::Running;
        state.secondsToDue = now.secsTo(due);
    }
    return state;
}

QString SlaEvaluator::formatDuration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString SlaClockState::describe() const
{
    switch (outcome) {
    case Outcome::NotApplicable:
        return SlaEvaluator::tr("No SLA");
    case Outcome::Met:
        return SlaEvaluator::tr("Met");
    case Outcome::Breached:
        return SlaEvaluator::tr("Breached by %1").arg(SlaEvaluator::formatDuration(secondsOverdue));
    case Outcome::Running:
        return SlaEvaluator::tr("Due in %1").arg(SlaEvaluator::formatDuration(secondsToDue));
    }
    return {};
}

#include "KpiAggregateRefresher.h"

#include "kpi/KpiAggregateBuilder.h"
#include "kpi/store/KpiAggregateRepository.h"
#include "kpi/store/KpiStaleRangeRepository.h"
#include "store/ScopedTransaction.h"

KpiAggregateRefresher::KpiAggregateRefresher(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool KpiAggregateRefresher::refresh(qint64 now, QString *error)
{
    m_rangesRebuilt = 0;
    KpiStaleRangeRepository staleRanges(m_db);
    QList<KpiStaleRange> ranges;
    if (!staleRanges.all(&ranges, error))
        return false;
    if (ranges.isEmpty())
        return true;

    ScopedTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.errorText();
        return false;
    }
    KpiAggregateState state;
    if (!KpiAggregateRepository(m_db).state(&state, error))
        return false;
    // Aggregates that were never built have nothing to correct; building them covers every day.
    if (state.exists) {
        KpiAggregateBuilder builder(m_db);
        for (const KpiStaleRange &range : std::as_const(ranges)) {
            if (!builder.rebuildCreatedRange(range.fromEpoch, range.toEpoch, now, error,
                                             KpiAggregateBuilder::Transaction::Callers))
                return false;
        }
    }
    if (!staleRanges.remove(ranges, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorText();
        return false;
    }
    m_rangesRebuilt = state.exists ? int(ranges.size()) : 0;
    return true;
}

#pragma once

#include "kpi/KpiResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QTimeZone>

#include <optional>

/** One criterion's mean over the reviews that scored it, as the share of its points earned × 100. */
struct QaCriterionMean
{
    QString key; // stable across template versions
    QString titleZh; // from the template version it first appeared in, for display
    QString titleEn;
    int n = 0; // reviews that scored it (excluded N/A left out)
    double mean = 0;
};

/** One week (Monday first) of the trend. */
struct QaWeekPoint
{
    QDate weekStart;
    int n = 0;
    double meanScore = 0;
};

/** QA results (质检结果) of an agent, team, department or the center over a period. */
struct QaResults
{
    int n = 0; // submitted regular reviews with a score
    std::optional<double> meanScore; // the qa_score KPI
    int criticalFails = 0; // reviews with any failed critical criterion
    std::optional<double> criticalFailRate;
    QList<QaCriterionMean> byCriterion; // in template order of first appearance
    QList<QaWeekPoint> weekly; // weeks with reviews, oldest first
};

/**
 * Reads QA results: the submitted regular reviews of the group's conversations that started in
 * [from, to) (PRODUCT.md: "QA reviews of the agent's conversations in the period"). Calibration
 * reviews never count, drafts neither. The team of a review is its agent's current team, as the KPI
 * engine does. Weeks are cut in zone. Threading: the thread that owns the connection.
 */
class QaResultsRepository
{
    Q_DECLARE_TR_FUNCTIONS(QaResultsRepository)

public:
    explicit QaResultsRepository(QSqlDatabase db);

    bool results(KpiScope scope, qint64 id, qint64 from, qint64 to, const QTimeZone &zone, QaResults *out,
                 QString *error) const;
    /** Just the score sum and count, one query: what the qa_score KPI needs. platformCode (a
     *  tickets.platform code) limits it to that platform's conversations; empty = all. */
    bool scoreSum(KpiScope scope, qint64 id, qint64 from, qint64 to, double *sum, int *n, QString *error,
                  const QString &platformCode = QString()) const;
    /** Whether the store holds any submitted regular review at all (a store that never used QA). */
    bool hasSubmittedReviews(bool *out, QString *error) const;

private:
    QSqlDatabase m_db;
};

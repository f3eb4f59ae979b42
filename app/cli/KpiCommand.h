#pragma once

#include "CommandLineCommand.h"

#include <QCoreApplication>

struct KpiReport;

/**
 * `teamlens kpi --db FILE (--period YYYY-MM | --from D --to D) [--by …] [--platform P] [--format csv|json]`:
 * the KPI catalogue for every agent, team, department or the center, one row each, with sample
 * sizes, intervals, the status of every figure and the rule-set version that computed them.
 */
class KpiCommand : public CommandLineCommand
{
    Q_DECLARE_TR_FUNCTIONS(KpiCommand)

public:
    QString name() const override { return QStringLiteral("kpi"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    /** The CSV header and rows (RFC 4180), as printed. */
    static QString toCsv(const KpiReport &report);
    static QByteArray toJson(const KpiReport &report);
};

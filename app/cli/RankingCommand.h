#pragma once

#include "CommandLineCommand.h"

#include <QCoreApplication>

struct Ranking;

/**
 * `teamlens ranking --db FILE (--period YYYY-MM | --quarter YYYY-Qn) [--profile NAME] [--by team|center]
 * [--format csv|json]`: the ranking a lead sees — rank, movement, composite, every KPI's score and
 * value with its sample size, cohort and why an agent is not ranked. A closed period prints its
 * snapshot.
 */
class RankingCommand : public CommandLineCommand
{
    Q_DECLARE_TR_FUNCTIONS(RankingCommand)

public:
    QString name() const override { return QStringLiteral("ranking"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    static QString toCsv(const Ranking &ranking, bool byTeam);
    static QByteArray toJson(const Ranking &ranking, bool byTeam);
};

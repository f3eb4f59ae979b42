#pragma once

#include "CommandLineCommand.h"

#include <QCoreApplication>

/** `teamlens check --db FILE`: integrity check, schema version and row counts, read-only. */
class CheckCommand : public CommandLineCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

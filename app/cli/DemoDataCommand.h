#pragma once

#include "CommandLineCommand.h"

#include <QCoreApplication>

/** `teamlens demo-data --out FILE …`: generates a realistic, deterministic demo store. */
class DemoDataCommand : public CommandLineCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataCommand)

public:
    QString name() const override { return QStringLiteral("demo-data"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

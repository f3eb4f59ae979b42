#include "DemoDataCommand.h"

// Placeholder until the demo generator lands (models/demo).
QString DemoDataCommand::summary() const
{
    return tr("generate a realistic demo store");
}

int DemoDataCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(arguments);
    Q_UNUSED(out);
    err << "demo-data: not built yet" << Qt::endl;
    return ExitFailure;
}

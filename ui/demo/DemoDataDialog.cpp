#include "DemoDataDialog.h"

DemoDataDialog::DemoDataDialog(const ServiceContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("demoDataDialog"));
}

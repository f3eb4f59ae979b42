#include "TicketWorkspace.h"

TicketWorkspace::TicketWorkspace(const ServiceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("ticketWorkspace"));
}

TicketWorkspace::~TicketWorkspace() = default;

void TicketWorkspace::reload() { }

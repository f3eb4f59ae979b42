#pragma once

#include <QWidget>

class ServiceContext;

/** The ticket workspace: filter bar, the ticket table and the detail pane. (Stub.) */
class TicketWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit TicketWorkspace(const ServiceContext &context, QWidget *parent = nullptr);
    ~TicketWorkspace() override;

public slots:
    void reload();

private:
    const ServiceContext &m_context;
};

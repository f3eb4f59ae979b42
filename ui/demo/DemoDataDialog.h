#pragma once

#include <QDialog>

class ServiceContext;

/** Generates demo data into the open store with progress and Cancel. (Stub.) */
class DemoDataDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DemoDataDialog(const ServiceContext &context, QWidget *parent = nullptr);

private:
    const ServiceContext &m_context;
};

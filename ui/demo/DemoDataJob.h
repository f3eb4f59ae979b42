#pragma once

#include "demo/DemoDataGenerator.h"

#include <QObject>

class ServiceContext;

/**
 * One demo-data run on a worker thread: lives on that thread, generates through the service with
 * the thread's own store connection, releases the connection and reports finished(). cancel() is
 * safe to call from the UI thread.
 */
class DemoDataJob : public QObject
{
    Q_OBJECT

public:
    DemoDataJob(const ServiceContext &context, const DemoDataOptions &options);

    void cancel() { m_generator.requestCancel(); }
    DemoDataGenerator &generator() { return m_generator; }

public slots:
    void run();

signals:
    void finished(bool ok, bool cancelled, const QString &error, const DemoDataSummary &summary);

private:
    const ServiceContext &m_context;
    DemoDataOptions m_options;
    DemoDataGenerator m_generator;
};

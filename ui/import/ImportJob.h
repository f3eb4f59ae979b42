#pragma once

#include "import/ImportRunner.h"

#include <QObject>

class ServiceContext;

/**
 * One import run (dry run or real) on a worker thread: lives on that thread, runs through
 * ImportService with the thread's own store connection, releases the connection and reports
 * finished(). cancel() is safe to call from the UI thread; the runner rolls back on cancel.
 */
class ImportJob : public QObject
{
    Q_OBJECT

public:
    ImportJob(const ServiceContext &context, ImportRequest request);

    void cancel() { m_runner.requestCancel(); }
    ImportRunner &runner() { return m_runner; }

public slots:
    void run();

signals:
    void finished(const ImportResult &result);

private:
    const ServiceContext &m_context;
    ImportRequest m_request;
    ImportRunner m_runner;
};

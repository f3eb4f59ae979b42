#pragma once

#include "import/ImportRunner.h"

#include <QWidget>

class ImportJob;
class QLabel;
class QProgressBar;
class QPushButton;
class QThread;
class ServiceContext;

/**
 * Runs one ImportRequest on a worker thread and shows its progress with a Cancel button. The
 * UI thread only relays progress and the cancel request; every row is read on the worker.
 * Destroying the panel cancels a running job and waits for its thread.
 */
class ImportRunPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ImportRunPanel(QWidget *parent = nullptr);
    ~ImportRunPanel() override;

    bool isRunning() const { return m_thread != nullptr; }
    /** `progressText` shows the rows read so far as %1, e.g. "Checking… %1 rows read". */
    void start(const ServiceContext &context, const ImportRequest &request, const QString &progressText);
    /** Cancels and blocks until the worker has rolled back (used when the page is left). */
    void stop();
    void setStatusText(const QString &text);

public slots:
    void cancel();

signals:
    void finished(const ImportResult &result);

private:
    void showProgress(double fraction, qint64 rowsRead);
    void finish(const ImportResult &result);
    void stopThread();

    QProgressBar *m_progressBar = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QThread *m_thread = nullptr;
    ImportJob *m_job = nullptr;
    QString m_runningText;
};

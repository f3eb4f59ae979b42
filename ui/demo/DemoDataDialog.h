#pragma once

#include "demo/DemoDataGenerator.h"

#include <QDialog>
#include <QPointer>

class DemoDataJob;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QThread;
class ServiceContext;

/**
 * Generates demo data into the open store: agents, days and seed, then Generate; the run goes on
 * a worker thread with its own store connection while the dialog shows progress and offers
 * Cancel. The run is one transaction, so Cancel or a failure leaves the store unchanged; a
 * failure is shown in the dialog. Accepted once data was written.
 */
class DemoDataDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DemoDataDialog(const ServiceContext &context, QWidget *parent = nullptr);
    ~DemoDataDialog() override;

    bool isRunning() const { return m_thread != nullptr; }

public slots:
    void reject() override;

private slots:
    void generate();
    void cancel();
    void showProgress(qint64 done, qint64 total);
    void finish(bool ok, bool cancelled, const QString &error, const DemoDataSummary &summary);

private:
    void setRunning(bool running);
    void stopWorker();

    const ServiceContext &m_context;
    QSpinBox *m_agentsSpinBox = nullptr;
    QSpinBox *m_daysSpinBox = nullptr;
    QSpinBox *m_seedSpinBox = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_generateButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QThread *m_thread = nullptr;
    DemoDataJob *m_job = nullptr;
    bool m_closeWhenStopped = false;
};

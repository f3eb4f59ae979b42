#include "ImportRunPanel.h"

#include "ImportJob.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

ImportRunPanel::ImportRunPanel(QWidget *parent)
    : QWidget(parent)
{
    qRegisterMetaType<ImportResult>();

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(0);
    m_progressBar->setTextVisible(false);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelRunButton"));
    m_cancelButton->setEnabled(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportRunPanel::cancel);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("runStatusLabel"));
    m_statusLabel->setWordWrap(true);

    auto *barRow = new QHBoxLayout;
    barRow->addWidget(m_progressBar, 1);
    barRow->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(barRow);
    layout->addWidget(m_statusLabel);
}

ImportRunPanel::~ImportRunPanel()
{
    stop();
}

void ImportRunPanel::start(const ServiceContext &context, const ImportRequest &request,
                           const QString &progressText)
{
    if (isRunning())
        return;
    m_runningText = progressText;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("importThread"));
    m_job = new ImportJob(context, request);
    m_job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_job, &ImportJob::run);
    connect(m_thread, &QThread::finished, m_job, &QObject::deleteLater);
    connect(&m_job->runner(), &ImportRunner::progress, this, &ImportRunPanel::showProgress,
            Qt::QueuedConnection);
    connect(m_job, &ImportJob::finished, this, &ImportRunPanel::finish, Qt::QueuedConnection);

    m_progressBar->setValue(0);
    m_statusLabel->setText(progressText.arg(0));
    m_cancelButton->setEnabled(true);
    m_thread->start();
}

void ImportRunPanel::cancel()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_cancelButton->setEnabled(false);
    m_statusLabel->setText(tr("Cancelling…"));
}

void ImportRunPanel::stop()
{
    if (m_job)
        m_job->cancel();
    stopThread();
}

void ImportRunPanel::setStatusText(const QString &text)
{
    m_statusLabel->setText(text);
}

void ImportRunPanel::showProgress(double fraction, qint64 rowsRead)
{
    if (!m_job || !m_cancelButton->isEnabled())
        return; // a late report after Cancel must not overwrite "Cancelling…"
    m_progressBar->setValue(static_cast<int>(qBound(0.0, fraction, 1.0) * m_progressBar->maximum()));
    m_statusLabel->setText(m_runningText.arg(QLocale().toString(rowsRead)));
}

void ImportRunPanel::stopThread()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_job = nullptr;
}

void ImportRunPanel::finish(const ImportResult &result)
{
    stopThread();
    m_cancelButton->setEnabled(false);
    m_progressBar->setValue(result.ok ? m_progressBar->maximum() : 0);
    emit finished(result);
}

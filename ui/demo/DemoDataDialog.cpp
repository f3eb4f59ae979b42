#include "DemoDataDialog.h"

#include "DemoDataJob.h"
#include "services/DemoDataService.h"
#include "services/ServiceContext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <limits>

DemoDataDialog::DemoDataDialog(const ServiceContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("demoDataDialog"));
    setWindowTitle(tr("Generate demo data"));
    qRegisterMetaType<DemoDataSummary>();

    const DemoDataOptions defaults;
    m_agentsSpinBox = new QSpinBox(this);
    m_agentsSpinBox->setObjectName(QStringLiteral("agentsSpinBox"));
    m_agentsSpinBox->setRange(1, 2000);
    m_agentsSpinBox->setValue(defaults.agents);
    m_daysSpinBox = new QSpinBox(this);
    m_daysSpinBox->setObjectName(QStringLiteral("daysSpinBox"));
    m_daysSpinBox->setRange(1, 730);
    m_daysSpinBox->setValue(defaults.days);
    m_seedSpinBox = new QSpinBox(this);
    m_seedSpinBox->setObjectName(QStringLiteral("seedSpinBox"));
    m_seedSpinBox->setRange(0, std::numeric_limits<int>::max());
    m_seedSpinBox->setValue(static_cast<int>(defaults.seed));

    auto *form = new QFormLayout;
    form->addRow(tr("&Agents:"), m_agentsSpinBox);
    form->addRow(tr("&Days of history:"), m_daysSpinBox);
    form->addRow(tr("&Seed:"), m_seedSpinBox);

    auto *explanation = new QLabel(tr("Adds generated teams, agents, tickets, conversations and a week of QA "
                                      "reviews to the open store. The same seed and "
                                      "options give the same data."),
                                   this);
    explanation->setWordWrap(true);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(0);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_generateButton = buttons->addButton(tr("&Generate"), QDialogButtonBox::ActionRole);
    m_generateButton->setObjectName(QStringLiteral("generateButton"));
    m_generateButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(m_generateButton, &QPushButton::clicked, this, &DemoDataDialog::generate);
    connect(m_cancelButton, &QPushButton::clicked, this, &DemoDataDialog::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &DemoDataDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);

    QString denied;
    if (!DemoDataService(m_context).mayGenerate(&denied)) {
        m_generateButton->setEnabled(false);
        m_statusLabel->setText(denied);
    }
    setRunning(false);
}

DemoDataDialog::~DemoDataDialog()
{
    stopWorker();
}

void DemoDataDialog::setRunning(bool running)
{
    m_agentsSpinBox->setEnabled(!running);
    m_daysSpinBox->setEnabled(!running);
    m_seedSpinBox->setEnabled(!running);
    m_generateButton->setVisible(!running);
    m_closeButton->setVisible(!running);
    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(running);
}

void DemoDataDialog::generate()
{
    if (isRunning())
        return;
    DemoDataOptions options;
    options.agents = m_agentsSpinBox->value();
    options.days = m_daysSpinBox->value();
    options.seed = static_cast<quint64>(m_seedSpinBox->value());

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("demoDataThread"));
    m_job = new DemoDataJob(m_context, options);
    m_job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_job, &DemoDataJob::run);
    connect(m_thread, &QThread::finished, m_job, &QObject::deleteLater);
    connect(&m_job->generator(), &DemoDataGenerator::progress, this, &DemoDataDialog::showProgress,
            Qt::QueuedConnection);
    connect(m_job, &DemoDataJob::finished, this, &DemoDataDialog::finish, Qt::QueuedConnection);

    m_progressBar->setValue(0);
    m_statusLabel->setText(tr("Generating…"));
    setRunning(true);
    m_thread->start();
}

void DemoDataDialog::cancel()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_cancelButton->setEnabled(false);
    m_statusLabel->setText(tr("Cancelling…"));
}

void DemoDataDialog::reject()
{
    // Closing while a run is going cancels it; the dialog closes once the store is unchanged.
    if (isRunning()) {
        m_closeWhenStopped = true;
        cancel();
        return;
    }
    QDialog::reject();
}

void DemoDataDialog::showProgress(qint64 done, qint64 total)
{
    m_progressBar->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    m_statusLabel->setText(
        tr("Generating… %1 of %2 tickets").arg(QLocale().toString(done), QLocale().toString(total)));
}

void DemoDataDialog::stopWorker()
{
    if (!m_thread)
        return;
    if (m_job)
        m_job->cancel();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_job = nullptr;
}

void DemoDataDialog::finish(bool ok, bool cancelled, const QString &error, const DemoDataSummary &summary)
{
    stopWorker();
    setRunning(false);
    if (ok) {
        m_progressBar->setValue(m_progressBar->maximum());
        m_statusLabel->setText(
            tr("Generated %1 agents, %2 tickets and %3 conversations.")
                .arg(summary.agents)
                .arg(QLocale().toString(summary.tickets), QLocale().toString(summary.conversations)));
        accept();
        return;
    }
    m_progressBar->setValue(0);
    m_statusLabel->setText(cancelled ? tr("Cancelled; the store was not changed.") : error);
    if (m_closeWhenStopped)
        QDialog::reject();
}

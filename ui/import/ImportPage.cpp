#include "ImportPage.h"

#include "ImportCountsView.h"
#include "ImportRunPanel.h"
#include "ImportSession.h"

#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

ImportPage::ImportPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("importPage"));
    setTitle(tr("Import"));
    setSubTitle(tr("The rows are written in one batch: it is stored completely or not at all."));

    m_runPanel = new ImportRunPanel(this);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts = new ImportCountsView(this);
    m_counts->setShowCreated(true);
    m_counts->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_runPanel);
    layout->addSpacing(8);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_counts);
    layout->addStretch();

    connect(m_runPanel, &ImportRunPanel::finished, this, &ImportPage::showResult);
}

void ImportPage::initializePage()
{
    m_done = false;
    m_summaryLabel->clear();
    m_counts->hide();
    // Without bad rows all-or-nothing is the safer promise: a row that turns bad between the
    // check and the import (another workstation changed the store) stops the whole batch.
    const ImportMode mode
        = m_session.dryRun.counts.rejected == 0 ? ImportMode::AllOrNothing : ImportMode::ImportGoodRows;
    m_runPanel->start(m_session.context(), m_session.request(mode), tr("Importing… %1 rows read"));
    emit completeChanged();
}

bool ImportPage::isRunning() const
{
    return m_runPanel->isRunning();
}

void ImportPage::cancel()
{
    m_runPanel->cancel();
}

void ImportPage::showResult(const ImportResult &result)
{
    m_session.result = result;
    m_done = true;
    if (result.committed) {
        m_runPanel->setStatusText(tr("Done."));
        QString text = tr("The batch was imported.");
        if (!result.rejectPath.isEmpty())
            text += QLatin1Char(' ')
                + tr("Rejected rows were written to %1.").arg(QDir::toNativeSeparators(result.rejectPath));
        m_summaryLabel->setText(text);
        m_counts->setCounts(result.counts, result.seconds);
        m_counts->show();
        emit storeChanged();
    } else if (result.cancelled) {
        m_runPanel->setStatusText(tr("Cancelled."));
        m_summaryLabel->setText(
            tr("Nothing was imported: the import was cancelled and the store is unchanged."));
    } else if (result.batchRejected) {
        m_runPanel->setStatusText(tr("Rejected."));
        m_summaryLabel->setText(tr("Nothing was imported: %Ln row(s) could not be imported.", nullptr,
                                   static_cast<int>(result.counts.rejected)));
    } else {
        m_runPanel->setStatusText(tr("Failed."));
        m_summaryLabel->setText(tr("Nothing was imported: %1").arg(result.error));
    }
    emit completeChanged();
}

bool ImportPage::isComplete() const
{
    return m_done && !isRunning();
}

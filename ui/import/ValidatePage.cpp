#include "ValidatePage.h"

#include "ImportCountsView.h"
#include "ImportIssueModel.h"
#include "ImportRunPanel.h"
#include "ImportSession.h"

#include <QButtonGroup>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

ValidatePage::ValidatePage(ImportSession &session, int importPageId, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_importPageId(importPageId)
{
    setObjectName(QStringLiteral("validatePage"));
    setTitle(tr("Check every row"));
    setSubTitle(tr("Every row is read and checked as if it were imported; the store is not changed yet."));

    m_runPanel = new ImportRunPanel(this);
    m_againButton = new QPushButton(tr("Check &again"), this);
    m_againButton->setObjectName(QStringLiteral("checkAgainButton"));
    m_againButton->hide();
    m_counts = new ImportCountsView(this);

    m_issueModel = new ImportIssueModel(this);
    m_issueTable = new QTableView(this);
    m_issueTable->setObjectName(QStringLiteral("issueTable"));
    m_issueTable->setModel(m_issueModel);
    m_issueTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issueTable->setWordWrap(false);
    m_issueTable->verticalHeader()->hide();
    m_issueTable->verticalHeader()->setDefaultSectionSize(m_issueTable->fontMetrics().height() + 8);
    m_issueTable->horizontalHeader()->setStretchLastSection(true);

    m_rejectLabel = new QLabel(this);
    m_rejectLabel->setObjectName(QStringLiteral("rejectLabel"));
    m_rejectLabel->setWordWrap(true);
    m_rejectLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_goodRowsRadio = new QRadioButton(this);
    m_goodRowsRadio->setObjectName(QStringLiteral("importGoodRowsRadioButton"));
    m_nothingRadio = new QRadioButton(tr("Import &nothing"), this);
    m_nothingRadio->setObjectName(QStringLiteral("importNothingRadioButton"));
    auto *choice = new QButtonGroup(this);
    choice->addButton(m_goodRowsRadio);
    choice->addButton(m_nothingRadio);

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_runPanel, 1);
    runRow->addWidget(m_againButton, 0, Qt::AlignTop);
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_goodRowsRadio);
    choiceRow->addSpacing(24);
    choiceRow->addWidget(m_nothingRadio);
    choiceRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(runRow);
    layout->addWidget(m_counts);
    layout->addWidget(m_issueTable, 1);
    layout->addWidget(m_rejectLabel);
    layout->addLayout(choiceRow);
    layout->addStretch(); // takes the space when the issue table is hidden

    connect(m_runPanel, &ImportRunPanel::finished, this, &ValidatePage::showResult);
    connect(m_againButton, &QPushButton::clicked, this, &ValidatePage::startDryRun);
    connect(m_goodRowsRadio, &QRadioButton::toggled, this, &ValidatePage::updateChoice);
}

void ValidatePage::initializePage()
{
    startDryRun();
}

void ValidatePage::cleanupPage()
{
    // Going back to change the mapping: the dry run of the old mapping is no use any more.
    m_runPanel->stop();
}

bool ValidatePage::isRunning() const
{
    return m_runPanel->isRunning();
}

void ValidatePage::cancel()
{
    m_runPanel->cancel();
}

void ValidatePage::startDryRun()
{
    m_done = false;
    m_session.dryRun = ImportResult();
    m_counts->clear();
    m_issueModel->setIssues({});
    m_issueTable->show();
    m_rejectLabel->clear();
    m_againButton->hide();
    m_goodRowsRadio->setText(tr("Import the good rows"));
    m_goodRowsRadio->setEnabled(false);
    m_nothingRadio->setEnabled(false);
    emit completeChanged();
    m_runPanel->start(m_session.context(), m_session.request(ImportMode::DryRun),
                      tr("Checking… %1 rows read"));
}

void ValidatePage::showResult(const ImportResult &result)
{
    m_session.dryRun = result;
    m_done = result.ok;
    m_againButton->setVisible(!result.ok);
    if (result.cancelled)
        m_runPanel->setStatusText(tr("The check was cancelled."));
    else if (!result.ok)
        m_runPanel->setStatusText(tr("The file could not be checked: %1").arg(result.error));
    else
        m_runPanel->setStatusText(tr("Checked in %1 s.").arg(QLocale().toString(result.seconds, 'f', 1)));
    if (!result.ok) {
        emit completeChanged();
        return;
    }

    m_counts->setCounts(result.counts, result.seconds);
    m_issueModel->setIssues(result.issues);
    m_issueTable->resizeColumnsToContents();
    m_issueTable->setVisible(!result.issues.isEmpty());
    const qint64 good = result.counts.inserted + result.counts.updated + result.counts.unchanged;
    if (result.counts.rejected == 0)
        m_rejectLabel->setText(tr("Every row can be imported."));
    else if (!result.rejectPath.isEmpty())
        m_rejectLabel->setText(tr("%Ln rejected row(s) will be written to %1 for correction.", nullptr,
                                  static_cast<int>(result.counts.rejected))
                                   .arg(QDir::toNativeSeparators(result.rejectPath)));
    else
        m_rejectLabel->setText(
            tr("%Ln row(s) cannot be imported.", nullptr, static_cast<int>(result.counts.rejected)));
    if (result.issues.size() < result.counts.rejected)
        m_rejectLabel->setText(
            m_rejectLabel->text() + QLatin1Char(' ')
            + tr("The table shows the first %Ln issue(s).", nullptr, static_cast<int>(result.issues.size())));

    m_goodRowsRadio->setText(tr("Import the %Ln good row(s)", nullptr, static_cast<int>(good)));
    m_goodRowsRadio->setEnabled(good > 0);
    m_nothingRadio->setEnabled(true);
    (good > 0 ? m_goodRowsRadio : m_nothingRadio)->setChecked(true);
    updateChoice();
}

void ValidatePage::updateChoice()
{
    // Importing cannot be taken back from the next page (only undone from the history), so the
    // Import button commits; "Import nothing" simply finishes.
    setCommitPage(m_goodRowsRadio->isChecked());
    emit completeChanged();
}

bool ValidatePage::isComplete() const
{
    return m_done && !isRunning();
}

int ValidatePage::nextId() const
{
    return m_nothingRadio->isChecked() ? -1 : m_importPageId;
}

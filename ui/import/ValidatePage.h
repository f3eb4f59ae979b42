#pragma once

#include "import/ImportRunner.h"

#include <QWizardPage>

class ImportCountsView;
class ImportIssueModel;
class ImportRunPanel;
class ImportSession;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableView;

/**
 * Wizard page 4: a dry run over every row on a worker thread (the store is left unchanged),
 * then the counts, the issues and the reject file, and the choice to import the good rows or
 * nothing. Choosing "Import nothing" makes this the last page.
 */
class ValidatePage : public QWizardPage
{
    Q_OBJECT

public:
    ValidatePage(ImportSession &session, int importPageId, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isRunning() const;
    void cancel();

private:
    void startDryRun();
    void showResult(const ImportResult &result);
    void updateChoice();

    ImportSession &m_session;
    int m_importPageId;
    bool m_done = false;
    ImportRunPanel *m_runPanel = nullptr;
    QPushButton *m_againButton = nullptr;
    ImportCountsView *m_counts = nullptr;
    ImportIssueModel *m_issueModel = nullptr;
    QTableView *m_issueTable = nullptr;
    QLabel *m_rejectLabel = nullptr;
    QRadioButton *m_goodRowsRadio = nullptr;
    QRadioButton *m_nothingRadio = nullptr;
};

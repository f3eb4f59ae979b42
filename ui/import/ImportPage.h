#pragma once

#include "import/ImportRunner.h"

#include <QWizardPage>

class ImportCountsView;
class ImportRunPanel;
class ImportSession;
class QLabel;

/**
 * Wizard page 5: the import itself on a worker thread, then its summary. A file without bad rows
 * is imported all-or-nothing; otherwise the good rows are imported and the rest go to the reject
 * file. Cancel rolls the whole batch back.
 */
class ImportPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;
    void cancel();

signals:
    /** The batch was committed: views of the store should read it again. */
    void storeChanged();

private:
    void showResult(const ImportResult &result);

    ImportSession &m_session;
    bool m_done = false;
    ImportRunPanel *m_runPanel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    ImportCountsView *m_counts = nullptr;
};

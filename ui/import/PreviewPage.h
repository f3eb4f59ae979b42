#pragma once

#include "import/ImportProfile.h"

#include <QWizardPage>

class ImportSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

/**
 * Wizard page 2: the first rows of the file as read with the detected (or overridden) encoding,
 * separator, sheet and header setting, and the profile to map them with. A saved profile whose
 * headers match the file is picked when the file is first read; the user may pick another one
 * or start a new mapping of a chosen kind. Opening a source reads only its first chunk, so the
 * preview is read on the UI thread.
 */
class PreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    PreviewPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    ImportFileOptions chosenOptions() const;
    void setChosenOptions(const ImportFileOptions &options);
    void readPreview();
    void showPreview();
    void fillProfiles();
    void pickMatchingProfile();
    void applyChosenProfile();

    ImportSession &m_session;
    QString m_readPath; // the file the preview was read from
    bool m_readOk = false;
    bool m_profileChosen = false;
    QLabel *m_formatLabel = nullptr;
    QComboBox *m_encodingComboBox = nullptr;
    QComboBox *m_separatorComboBox = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QComboBox *m_sheetComboBox = nullptr;
    QCheckBox *m_headerCheckBox = nullptr;
    QComboBox *m_profileComboBox = nullptr;
    QLabel *m_profileLabel = nullptr;
    QTableWidget *m_previewTable = nullptr;
};

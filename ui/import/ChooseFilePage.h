#pragma once

#include <QWizardPage>

class ImportSession;
class QLineEdit;

/** Wizard page 1: which file to import. The profile, chosen on the next page, decides the kind. */
class ChooseFilePage : public QWizardPage
{
    Q_OBJECT

public:
    ChooseFilePage(ImportSession &session, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportSession &m_session;
    QLineEdit *m_pathLineEdit = nullptr;
};

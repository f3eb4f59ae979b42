#pragma once

#include <QWizardPage>

class FieldMappingTable;
class ImportSession;
class QComboBox;
class QLabel;
class QLineEdit;

/**
 * Wizard page 3: maps the file's columns to the fields of the profile's kind, with the source
 * system and time zone of the export, and saves, exports or imports profiles. The profile is
 * validated as it is edited; Next stays disabled while it is invalid or names a column the file
 * does not have.
 */
class MappingPage : public QWizardPage
{
    Q_OBJECT

public:
    MappingPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    FieldMappingTable *table() const { return m_table; }

private:
    void showProfile();
    void updateProfile();
    QString missingColumns() const;
    void saveAs();
    void exportProfile();
    void importProfile();

    ImportSession &m_session;
    bool m_valid = false;
    QLabel *m_profileLabel = nullptr;
    QLineEdit *m_sourceSystemLineEdit = nullptr;
    QComboBox *m_timeZoneComboBox = nullptr;
    FieldMappingTable *m_table = nullptr;
    QLabel *m_validationLabel = nullptr;
};

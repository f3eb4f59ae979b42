#pragma once

#include <QWizard>

#include <memory>

class ImportPage;
class ImportProfileLibrary;
class ImportSession;
class ServiceContext;
class ValidatePage;

/**
 * The import wizard: choose a file, preview it and pick a profile, map columns, check every row
 * (dry run), import. Runs happen on worker threads; closing the wizard during a run cancels it
 * and the store stays unchanged. Emits storeChanged() once a batch was committed.
 */
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ChooseFilePageId, PreviewPageId, MappingPageId, ValidatePageId, ImportPageId };

    ImportWizard(const ServiceContext &context, const ImportProfileLibrary &library,
                 QWidget *parent = nullptr);
    ~ImportWizard() override;

    bool isRunning() const;

public slots:
    void reject() override;

signals:
    void storeChanged();

private:
    std::unique_ptr<ImportSession> m_session;
    ValidatePage *m_validatePage = nullptr;
    ImportPage *m_importPage = nullptr;
};

#include "ImportWizard.h"

#include "ChooseFilePage.h"
#include "ImportPage.h"
#include "ImportSession.h"
#include "MappingPage.h"
#include "PreviewPage.h"
#include "ValidatePage.h"
#include "common/TextMetrics.h"

ImportWizard::ImportWizard(const ServiceContext &context, const ImportProfileLibrary &library,
                           QWidget *parent)
    : QWizard(parent)
    , m_session(std::make_unique<ImportSession>(context, library))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    setPage(ChooseFilePageId, new ChooseFilePage(*m_session, this));
    setPage(PreviewPageId, new PreviewPage(*m_session, this));
    setPage(MappingPageId, new MappingPage(*m_session, this));
    m_validatePage = new ValidatePage(*m_session, ImportPageId, this);
    setPage(ValidatePageId, m_validatePage);
    m_importPage = new ImportPage(*m_session, this);
    setPage(ImportPageId, m_importPage);
    connect(m_importPage, &ImportPage::storeChanged, this, &ImportWizard::storeChanged);

    // Wide enough for the mapping table's five columns, in text units so every language fits.
    const QFontMetrics metrics = fontMetrics();
    resize(TextMetrics::boundedToScreen(
        *this, QSize(TextMetrics::latinCharWidth(metrics) * 175, metrics.height() * 46)));
}

// The pages' run panels cancel and wait for their workers when they are destroyed; the workers
// hold copies of their requests, never the session, so the session may go first.
ImportWizard::~ImportWizard() = default;

bool ImportWizard::isRunning() const
{
    return m_validatePage->isRunning() || m_importPage->isRunning();
}

void ImportWizard::reject()
{
    // Closing mid-run cancels it; the runner rolls back, so the store is as it was.
    if (isRunning()) {
        m_validatePage->cancel();
        m_importPage->cancel();
    }
    QWizard::reject();
}

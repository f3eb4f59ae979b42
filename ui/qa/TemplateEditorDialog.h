#pragma once

#include "TemplateDocument.h"
#include "qa/store/ScorecardTemplateRepository.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;
class ServiceContext;
class TemplateNodeForm;
class TemplatePreview;
class TemplateTreePane;

/**
 * The scorecard template editor (评分卡模板): pick a template and one of its versions (the list says
 * which are in use by reviews; a banner on a used one says saving creates the next version), edit
 * its sections and criteria in a tree (add, remove, rename, move) and a form (titles and guidance
 * in Chinese and English, points, scale, N/A policy, critical level), with the template's
 * validation shown inline and a live preview where picked answers move the total. Every edit is
 * undoable (TemplateDocument's QUndoStack; Ctrl+Z / Ctrl+Shift+Z). "Save" stores a used version as
 * the next version and an unused one in place; "Save as new template…" stores it under a new name.
 *
 * The dialog owns the document, the versions and saving; TemplateTreePane edits the outline and
 * TemplateNodeForm the current node, both through the document. After every change the dialog
 * refreshes tree, form, preview and banner in that order (documentChanged()).
 *
 * Threading: UI thread; listing, loading and saving run on workers (runStoreTask), with the
 * controls that would race them disabled until they report back.
 */
class TemplateEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TemplateEditorDialog(const ServiceContext &context, QWidget *parent = nullptr);

    const ScorecardTemplate &content() const { return m_document->content(); }
    TemplateDocument *document() const { return m_document; }
    TemplatePreview *preview() const { return m_preview; }
    bool isBusy() const { return m_busy; }
    QString statusText() const;

    void done(int result) override;

signals:
    void loaded();
    void saved();

private:
    void listVersions(qint64 selectVersionId);
    void loadVersion(qint64 versionId);
    void fillTemplateCombo(qint64 selectTemplateId);
    void fillVersionCombo(qint64 templateId, qint64 selectVersionId);
    void templateChosen();
    void versionChosen();
    /** Asks what to do with unsaved edits; false when the user cancels. */
    bool confirmDiscard(bool *saveFirst);
    void save(const QString &asName = {});
    void saveAsNew();

    void documentChanged(TemplateNode focus);
    void updateBanner();
    void updateTitle();
    void updateActions();
    void setBusy(bool busy);

    const ServiceContext &m_context;
    TemplateDocument *m_document = nullptr;
    QList<ScorecardVersionInfo> m_versions;
    qint64 m_shownTemplateId = 0;
    qint64 m_shownVersionId = 0;
    bool m_busy = false;
    bool m_closeAfterSave = false;

    QComboBox *m_templateCombo = nullptr;
    QComboBox *m_versionCombo = nullptr;
    QLabel *m_banner = nullptr;
    TemplateTreePane *m_tree = nullptr;
    TemplateNodeForm *m_form = nullptr;
    TemplatePreview *m_preview = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_redoButton = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveAs = nullptr;
};

#pragma once

#include "TemplateDocument.h"
#include "qa/store/ScorecardTemplateRepository.h"

#include <QDialog>
#include <QList>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class ServiceContext;
class TemplatePreview;

/**
 * The scorecard template editor (评分卡模板): pick a template and one of its versions (the list says
 * which are in use by reviews; a banner on a used one says saving creates the next version), edit
 * its sections and criteria in a tree (add, remove, rename, move) and a form (titles and guidance
 * in Chinese and English, points, scale, N/A policy, critical level), with the template's
 * validation shown inline and a live preview where picked answers move the total. Every edit is
 * undoable (TemplateDocument's QUndoStack; Ctrl+Z / Ctrl+Shift+Z). "Save" stores a used version as
 * the next version and an unused one in place; "Save as new template…" stores it under a new name.
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Field {
        SectionTitleZh,
        SectionTitleEn,
        Key,
        TitleZh,
        TitleEn,
        GuidanceZh,
        GuidanceEn,
        Points,
        Scale,
        ScaleMax,
        AllowNa,
        NaPolicy,
        Critical,
    };

    QWidget *createTreePane();
    QWidget *createFormPane();
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
    void rebuildTree(TemplateNode select);
    void selectNode(TemplateNode node);
    TemplateNode currentNode() const;
    void showForm();
    void updateBanner();
    void updateStatus();
    void updateTitle();
    void updateActions();
    void setBusy(bool busy);

    /** Records a user edit of one field of the current node; typing in one field merges. */
    void editField(Field field, const QString &text, const std::function<void(ScorecardSection &)> &onSection,
                   const std::function<void(ScorecardCriterion &)> &onCriterion);
    void addSection();
    void addCriterion();
    void removeNode();
    void moveNode(int delta);
    void treeItemRenamed(QTreeWidgetItem *item);

    const ServiceContext &m_context;
    TemplateDocument *m_document = nullptr;
    QList<ScorecardVersionInfo> m_versions;
    qint64 m_shownTemplateId = 0;
    qint64 m_shownVersionId = 0;
    bool m_busy = false;
    bool m_rebuilding = false;
    bool m_closeAfterSave = false;
    int m_editSession = 0; // bumped when focus or selection moves, so only uninterrupted typing merges

    QComboBox *m_templateCombo = nullptr;
    QComboBox *m_versionCombo = nullptr;
    QLabel *m_banner = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_addSection = nullptr;
    QPushButton *m_addCriterion = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    QStackedWidget *m_form = nullptr;
    QLineEdit *m_sectionTitleZh = nullptr;
    QLineEdit *m_sectionTitleEn = nullptr;
    QLabel *m_sectionPoints = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_titleZh = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QDoubleSpinBox *m_points = nullptr;
    QComboBox *m_scale = nullptr;
    QSpinBox *m_scaleMax = nullptr;
    QCheckBox *m_allowNa = nullptr;
    QComboBox *m_naPolicy = nullptr;
    QComboBox *m_critical = nullptr;
    QPlainTextEdit *m_guidanceZh = nullptr;
    QPlainTextEdit *m_guidanceEn = nullptr;
    QLabel *m_validation = nullptr;
    TemplatePreview *m_preview = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_redoButton = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveAs = nullptr;
};

#include "TemplateEditorDialog.h"

#include "TemplateNodeForm.h"
#include "TemplatePreview.h"
#include "TemplateTreePane.h"
#include "kpi/StoreTask.h"
#include "services/ServiceContext.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

struct LoadResult
{
    bool ok = false;
    QString error;
    QList<ScorecardVersionInfo> versions;
    ScorecardTemplate tmpl; // versionId 0 when the store has no template at all
};

struct SaveResult
{
    bool ok = false;
    QString error;
    bool newVersion = false;
    ScorecardTemplate saved;
    QList<ScorecardVersionInfo> versions;
};

} // namespace

TemplateEditorDialog::TemplateEditorDialog(const ServiceContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_document(new TemplateDocument(this))
{
    setObjectName(QStringLiteral("templateEditorDialog"));

    m_templateCombo = new QComboBox(this);
    m_templateCombo->setObjectName(QStringLiteral("templateCombo"));
    m_templateCombo->setMinimumContentsLength(16);
    m_versionCombo = new QComboBox(this);
    m_versionCombo->setObjectName(QStringLiteral("versionCombo"));
    m_versionCombo->setMinimumContentsLength(28);
    auto *chooser = new QHBoxLayout;
    auto *templateLabel = new QLabel(tr("&Template:"), this);
    templateLabel->setBuddy(m_templateCombo);
    chooser->addWidget(templateLabel);
    chooser->addWidget(m_templateCombo);
    auto *versionLabel = new QLabel(tr("&Version:"), this);
    versionLabel->setBuddy(m_versionCombo);
    chooser->addWidget(versionLabel);
    chooser->addWidget(m_versionCombo);
    chooser->addStretch(1);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("versionBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();

    m_preview = new TemplatePreview(this);
    auto *previewBox = new QGroupBox(tr("Preview: pick answers as a reviewer would"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("editorSplitter"));
    splitter->setChildrenCollapsible(false);
    m_tree = new TemplateTreePane(m_document, this);
    m_form = new TemplateNodeForm(m_document, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_form);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 5);
    // The preview needs room for a row of 0–N buttons; the form's fields read well narrower.
    splitter->setSizes({ 320, 450, 560 });

    // Undo and redo are the dialog's: an editor's own undo would disagree with the document, so
    // the panes pass Ctrl+Z / Ctrl+Shift+Z from their editors on to these actions (UndoShortcuts). The
    // buttons keep short labels; what they would undo is in their tooltip.
    QUndoStack *stack = m_document->undoStack();
    auto *undo = new QAction(tr("Undo"), this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false);
    auto *redo = new QAction(tr("Redo"), this);
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    redo->setEnabled(false);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) {
        undo->setToolTip(text.isEmpty() ? tr("Undo") : tr("Undo: %1 (Ctrl+Z)").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) {
        redo->setToolTip(text.isEmpty() ? tr("Redo") : tr("Redo: %1 (Ctrl+Shift+Z)").arg(text));
    });
    addAction(undo);
    addAction(redo);
    m_undoButton = new QToolButton(this);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setDefaultAction(undo);
    m_redoButton = new QToolButton(this);
    m_redoButton->setObjectName(QStringLiteral("redoButton"));
    m_redoButton->setDefaultAction(redo);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAutoDefault(false);
    m_saveAs = new QPushButton(tr("Save as &new template…"), this);
    m_saveAs->setObjectName(QStringLiteral("saveAsButton"));
    m_saveAs->setAutoDefault(false);
    buttons->addButton(m_saveAs, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_saveAs, &QPushButton::clicked, this, &TemplateEditorDialog::saveAsNew);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_undoButton);
    bottom->addWidget(m_redoButton);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(chooser);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    resize(1360, 780);

    connect(m_templateCombo, &QComboBox::activated, this, &TemplateEditorDialog::templateChosen);
    connect(m_versionCombo, &QComboBox::activated, this, &TemplateEditorDialog::versionChosen);
    connect(m_document, &TemplateDocument::changed, this, &TemplateEditorDialog::documentChanged);
    connect(m_tree, &TemplateTreePane::currentNodeChanged, this, [this] {
        m_form->showNode(m_tree->currentNode());
        updateActions();
    });
    connect(m_tree, &TemplateTreePane::criterionAdded, m_form, &TemplateNodeForm::focusTitle);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, [this] {
        updateTitle();
        updateActions();
    });

    updateTitle();
    listVersions(0);
}

QString TemplateEditorDialog::statusText() const
{
    return m_status->text();
}

void TemplateEditorDialog::listVersions(qint64 selectVersionId)
{
    setBusy(true);
    m_status->setText(tr("Loading…"));
    runStoreTask(
        this, m_context.store(),
        [selectVersionId](QSqlDatabase db) {
            LoadResult result;
            ScorecardTemplateRepository repository(db);
            if (!repository.versions(&result.versions, &result.error))
                return result;
            qint64 versionId = selectVersionId;
            if (versionId == 0 && !result.versions.isEmpty()) {
                // The newest version of the first template (by name) is what a lead edits first.
                const qint64 templateId = result.versions.first().templateId;
                for (const ScorecardVersionInfo &info : std::as_const(result.versions)) {
                    if (info.templateId == templateId)
                        versionId = info.versionId;
                }
            }
            result.ok = versionId == 0 || repository.load(versionId, &result.tmpl, &result.error);
            return result;
        },
        [this](const LoadResult &result) {
            setBusy(false);
            if (!result.ok) {
                m_status->setText(tr("The scorecard templates could not be read: %1").arg(result.error));
                return;
            }
            m_versions = result.versions;
            m_shownTemplateId = result.tmpl.templateId;
            m_shownVersionId = result.tmpl.versionId;
            fillTemplateCombo(m_shownTemplateId);
            m_preview->clearAnswers();
            m_document->reset(result.tmpl);
            m_status->setText(m_shownVersionId == 0 ? tr("This store has no scorecard template yet.")
                                                    : QString());
            emit loaded();
        });
}

void TemplateEditorDialog::fillTemplateCombo(qint64 selectTemplateId)
{
    const QSignalBlocker blocker(m_templateCombo);
    m_templateCombo->clear();
    for (const ScorecardVersionInfo &info : std::as_const(m_versions)) {
        if (m_templateCombo->findData(info.templateId) < 0)
            m_templateCombo->addItem(info.name, info.templateId);
    }
    m_templateCombo->setCurrentIndex(m_templateCombo->findData(selectTemplateId));
    fillVersionCombo(selectTemplateId, m_shownVersionId);
}

void TemplateEditorDialog::fillVersionCombo(qint64 templateId, qint64 selectVersionId)
{
    const QSignalBlocker blocker(m_versionCombo);
    m_versionCombo->clear();
    for (const ScorecardVersionInfo &info : std::as_const(m_versions)) {
        if (info.templateId != templateId)
            continue;
        QString text;
        if (info.reviewCount > 0)
            text = tr("Version %1 — in use by %n review(s)", nullptr, info.reviewCount).arg(info.version);
        else if (info.used)
            text = tr("Version %1 — in use by a calibration session").arg(info.version);
        else
            text = tr("Version %1 — not used yet").arg(info.version);
        m_versionCombo->addItem(text, info.versionId);
    }
    m_versionCombo->setCurrentIndex(m_versionCombo->findData(selectVersionId));
}

void TemplateEditorDialog::templateChosen()
{
    const qint64 templateId = m_templateCombo->currentData().toLongLong();
    if (templateId == m_shownTemplateId)
        return;
    if (!confirmDiscard(nullptr)) {
        const QSignalBlocker blocker(m_templateCombo);
        m_templateCombo->setCurrentIndex(m_templateCombo->findData(m_shownTemplateId));
        return;
    }
    qint64 latest = 0;
    for (const ScorecardVersionInfo &info : std::as_const(m_versions)) {
        if (info.templateId == templateId)
            latest = info.versionId;
    }
    listVersions(latest);
}

void TemplateEditorDialog::versionChosen()
{
    const qint64 versionId = m_versionCombo->currentData().toLongLong();
    if (versionId == m_shownVersionId)
        return;
    if (!confirmDiscard(nullptr)) {
        const QSignalBlocker blocker(m_versionCombo);
        m_versionCombo->setCurrentIndex(m_versionCombo->findData(m_shownVersionId));
        return;
    }
    listVersions(versionId);
}

bool TemplateEditorDialog::confirmDiscard(bool *saveFirst)
{
    if (saveFirst)
        *saveFirst = false;
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("\"%1\" has changes that are not saved.").arg(m_document->content().name),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    if (saveFirst && m_save->isEnabled())
        box.addButton(QMessageBox::Save);
    box.setDefaultButton(QMessageBox::Cancel);
    const int answer = box.exec();
    if (answer == QMessageBox::Save && saveFirst)
        *saveFirst = true;
    return answer == QMessageBox::Save || answer == QMessageBox::Discard;
}

void TemplateEditorDialog::done(int result)
{
    if (m_busy && m_closeAfterSave)
        return; // closes once the save reports back
    bool saveFirst = false;
    if (!confirmDiscard(&saveFirst))
        return;
    if (saveFirst) {
        m_closeAfterSave = true;
        save();
        return;
    }
    QDialog::done(result);
}

void TemplateEditorDialog::saveAsNew()
{
    bool ok = false;
    const QString suggestion = tr("%1 (copy)").arg(m_document->content().name);
    const QString name
        = QInputDialog::getText(this, tr("Save as new template"), tr("Name of the new template:"),
                                QLineEdit::Normal, suggestion, &ok)
              .trimmed();
    if (ok && !name.isEmpty())
        save(name);
}

void TemplateEditorDialog::save(const QString &asName)
{
    ScorecardTemplate tmpl = m_document->content();
    if (const QString invalid = tmpl.validationError(); !invalid.isEmpty()) {
        m_status->setText(tr("Not saved: %1").arg(invalid));
        m_closeAfterSave = false;
        return;
    }
    bool used = false;
    for (const ScorecardVersionInfo &info : std::as_const(m_versions)) {
        if (info.versionId == tmpl.versionId)
            used = info.used;
    }
    if (!asName.isEmpty()) {
        tmpl.templateId = 0;
        tmpl.versionId = 0;
        tmpl.name = asName;
    }
    if (used || !asName.isEmpty())
        tmpl.note.clear(); // the old version's note describes the old version
    tmpl.createdAt = QDateTime::currentSecsSinceEpoch();
    tmpl.createdBy = m_context.user().login;
    const int previousVersion = m_document->content().version;
    setBusy(true);
    m_status->setText(tr("Saving…"));
    runStoreTask(
        this, m_context.store(),
        [tmpl](QSqlDatabase db) {
            SaveResult result;
            result.saved = tmpl;
            ScorecardTemplateRepository repository(db);
            result.ok = repository.save(&result.saved, &result.error, &result.newVersion)
                && repository.versions(&result.versions, &result.error);
            return result;
        },
        [this, asName, previousVersion](const SaveResult &result) {
            setBusy(false);
            if (!result.ok) {
                m_closeAfterSave = false;
                m_status->setText(tr("The template could not be saved: %1").arg(result.error));
                return;
            }
            m_versions = result.versions;
            m_shownTemplateId = result.saved.templateId;
            m_shownVersionId = result.saved.versionId;
            fillTemplateCombo(m_shownTemplateId);
            m_document->reset(result.saved);
            if (!asName.isEmpty())
                m_status->setText(tr("Saved as the new template \"%1\".").arg(result.saved.name));
            else if (result.newVersion)
                m_status->setText(
                    tr("Saved as version %1; version %2 stays as it was for the reviews scored on it.")
                        .arg(result.saved.version)
                        .arg(previousVersion));
            else
                m_status->setText(tr("Saved version %1.").arg(result.saved.version));
            emit saved();
            if (m_closeAfterSave)
                QDialog::done(Accepted);
        });
}

void TemplateEditorDialog::documentChanged(TemplateNode focus)
{
    const ScorecardTemplate &content = m_document->content();
    if (focus == TemplateNode {} && !content.sections.isEmpty())
        focus = content.sections.first().criteria.isEmpty() ? TemplateNode { 0, -1 } : TemplateNode { 0, 0 };
    m_tree->rebuild(focus);
    m_form->showNode(m_tree->currentNode());
    m_preview->setTemplate(content);
    updateBanner();
    m_form->showValidation();
    updateTitle();
    updateActions();
}

void TemplateEditorDialog::updateBanner()
{
    const ScorecardVersionInfo *shown = nullptr;
    int next = 1;
    for (const ScorecardVersionInfo &info : std::as_const(m_versions)) {
        if (info.versionId == m_shownVersionId)
            shown = &info;
        if (info.templateId == m_shownTemplateId)
            next = std::max(next, info.version + 1);
    }
    if (!shown) {
        m_banner->hide();
        return;
    }
    if (shown->used) {
        m_banner->setText(
            shown->reviewCount > 0
                ? tr("In use by %n review(s) — saving creates version %1.", nullptr, shown->reviewCount)
                      .arg(next)
                : tr("In use by a calibration session — saving creates version %1.").arg(next));
        m_banner->setStyleSheet(QStringLiteral(
            "QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0c068; padding: 6px; }"));
    } else {
        m_banner->setText(
            tr("Not used by any review yet — saving changes version %1 in place.").arg(shown->version));
        m_banner->setStyleSheet(QStringLiteral(
            "QLabel { background: #eef4fb; color: #1f3f66; border: 1px solid #b7cce6; padding: 6px; }"));
    }
    m_banner->show();
}

void TemplateEditorDialog::updateTitle()
{
    const ScorecardTemplate &content = m_document->content();
    if (content.versionId == 0)
        setWindowTitle(tr("Scorecard templates[*]"));
    else
        setWindowTitle(tr("Scorecard templates — %1, version %2[*]").arg(content.name).arg(content.version));
    setWindowModified(m_document->isModified());
}

void TemplateEditorDialog::updateActions()
{
    const ScorecardTemplate &content = m_document->content();
    const bool loaded = content.versionId != 0;
    const bool valid = content.validationError().isEmpty();
    m_tree->updateActions(m_busy, loaded);
    m_save->setEnabled(!m_busy && loaded && valid && m_document->isModified());
    m_saveAs->setEnabled(!m_busy && loaded && valid);
}

void TemplateEditorDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_templateCombo->setEnabled(!busy);
    m_versionCombo->setEnabled(!busy);
    m_form->setEnabled(!busy);
    updateActions();
}

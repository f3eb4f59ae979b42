#include "TemplateEditorDialog.h"

#include "ScorecardPanel.h"
#include "TemplatePreview.h"
#include "kpi/StoreTask.h"
#include "services/ServiceContext.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
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

constexpr int SectionRole = Qt::UserRole;
constexpr int CriterionRole = Qt::UserRole + 1;

bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

QString sectionTitle(const ScorecardSection &section)
{
    const QString title = chinese() ? section.titleZh : section.titleEn;
    return title.isEmpty() ? (chinese() ? section.titleEn : section.titleZh) : title;
}

double sectionPoints(const ScorecardSection &section)
{
    double points = 0;
    for (const ScorecardCriterion &criterion : section.criteria)
        points += criterion.points;
    return points;
}

/** Sets a line edit's text only when it differs, so the user's cursor stays where it was. */
void syncText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text) {
        const QSignalBlocker blocker(edit);
        edit->setText(text);
    }
}

void syncText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text) {
        const QSignalBlocker blocker(edit);
        edit->setPlainText(text);
    }
}

void syncCombo(QComboBox *combo, int value)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(value));
}

QPlainTextEdit *guidanceEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

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
    splitter->addWidget(createTreePane());
    splitter->addWidget(createFormPane());
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 5);
    // The preview needs room for a row of 0–N buttons; the form's fields read well narrower.
    splitter->setSizes({ 320, 450, 560 });

    // Undo and redo are the dialog's: an editor's own undo would disagree with the document, so
    // eventFilter() passes Ctrl+Z / Ctrl+Shift+Z from the editors on to these actions. The buttons
    // keep short labels; what they would undo is in their tooltip.
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
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, [this] {
        updateTitle();
        updateActions();
    });

    updateTitle();
    listVersions(0);
}

QWidget *TemplateEditorDialog::createTreePane()
{
    auto *pane = new QWidget(this);
    m_tree = new QTreeWidget(pane);
    m_tree->setObjectName(QStringLiteral("templateTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Section / criterion"), tr("Points") });
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->installEventFilter(this);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        if (m_rebuilding)
            return;
        ++m_editSession;
        showForm();
        updateActions();
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, &TemplateEditorDialog::treeItemRenamed);

    auto button = [pane](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QPushButton(text, pane);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setAutoDefault(false);
        return b;
    };
    m_addSection = button(tr("Add section"), QStringLiteral("addSectionButton"),
                          tr("Adds a section after the current one."));
    m_addCriterion = button(tr("Add criterion"), QStringLiteral("addCriterionButton"),
                            tr("Adds a criterion to the current section."));
    m_remove = button(tr("Remove"), QStringLiteral("removeButton"),
                      tr("Removes the current section or criterion (undo brings it back)."));
    m_rename = button(tr("Rename"), QStringLiteral("renameButton"),
                      tr("Renames the current section or criterion in the tree (F2)."));
    m_moveUp = button(tr("Move up"), QStringLiteral("moveUpButton"), tr("Moves it up within its section."));
    m_moveDown
        = button(tr("Move down"), QStringLiteral("moveDownButton"), tr("Moves it down within its section."));
    connect(m_addSection, &QPushButton::clicked, this, &TemplateEditorDialog::addSection);
    connect(m_addCriterion, &QPushButton::clicked, this, &TemplateEditorDialog::addCriterion);
    connect(m_remove, &QPushButton::clicked, this, &TemplateEditorDialog::removeNode);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem())
            m_tree->editItem(item, 0);
    });
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveNode(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveNode(1); });

    auto *grid = new QGridLayout;
    grid->addWidget(m_addSection, 0, 0);
    grid->addWidget(m_addCriterion, 0, 1);
    grid->addWidget(m_rename, 0, 2);
    grid->addWidget(m_moveUp, 1, 0);
    grid->addWidget(m_moveDown, 1, 1);
    grid->addWidget(m_remove, 1, 2);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(grid);
    return pane;
}

QWidget *TemplateEditorDialog::createFormPane()
{
    auto *pane = new QWidget(this);
    m_form = new QStackedWidget(pane);
    m_form->setObjectName(QStringLiteral("nodeForm"));

    auto *empty = new QLabel(tr("Pick a section or criterion in the tree to edit it."), m_form);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_form->addWidget(empty);

    auto *sectionPage = new QWidget(m_form);
    m_sectionTitleZh = new QLineEdit(sectionPage);
    m_sectionTitleZh->setObjectName(QStringLiteral("sectionTitleZhEdit"));
    m_sectionTitleEn = new QLineEdit(sectionPage);
    m_sectionTitleEn->setObjectName(QStringLiteral("sectionTitleEnEdit"));
    m_sectionPoints = new QLabel(sectionPage);
    m_sectionPoints->setObjectName(QStringLiteral("sectionPointsLabel"));
    m_sectionPoints->setWordWrap(true);
    auto *sectionForm = new QFormLayout(sectionPage);
    sectionForm->addRow(tr("Chinese title:"), m_sectionTitleZh);
    sectionForm->addRow(tr("English title:"), m_sectionTitleEn);
    sectionForm->addRow(tr("Points:"), m_sectionPoints);
    m_form->addWidget(sectionPage);

    auto *criterionPage = new QWidget(m_form);
    m_titleZh = new QLineEdit(criterionPage);
    m_titleZh->setObjectName(QStringLiteral("titleZhEdit"));
    m_titleEn = new QLineEdit(criterionPage);
    m_titleEn->setObjectName(QStringLiteral("titleEnEdit"));
    m_key = new QLineEdit(criterionPage);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setToolTip(tr("Stays the same across versions, so results for one criterion compare over time."));
    m_points = new QDoubleSpinBox(criterionPage);
    m_points->setObjectName(QStringLiteral("pointsSpin"));
    m_points->setRange(0, 1000);
    m_points->setDecimals(1);
    m_scale = new QComboBox(criterionPage);
    m_scale->setObjectName(QStringLiteral("scaleCombo"));
    m_scale->addItem(tr("Pass / fail"), int(ScaleKind::PassFailNa));
    m_scale->addItem(tr("1 to 5"), int(ScaleKind::OneToFive));
    m_scale->addItem(tr("0 to N"), int(ScaleKind::ZeroToN));
    m_scaleMax = new QSpinBox(criterionPage);
    m_scaleMax->setObjectName(QStringLiteral("scaleMaxSpin"));
    m_scaleMax->setRange(1, 100);
    m_allowNa = new QCheckBox(tr("Reviewers may answer N/A"), criterionPage);
    m_allowNa->setObjectName(QStringLiteral("allowNaCheck"));
    m_naPolicy = new QComboBox(criterionPage);
    m_naPolicy->setObjectName(QStringLiteral("naPolicyCombo"));
    m_naPolicy->addItem(tr("Leaves the possible total"), int(NaPolicy::ExcludeFromPossible));
    m_naPolicy->addItem(tr("Counts as a pass"), int(NaPolicy::CountsAsPass));
    m_critical = new QComboBox(criterionPage);
    m_critical->setObjectName(QStringLiteral("criticalCombo"));
    m_critical->addItem(tr("Not critical"), int(CriticalLevel::None));
    m_critical->addItem(tr("Failing it zeroes its section"), int(CriticalLevel::Section));
    m_critical->addItem(tr("Failing it zeroes the whole review"), int(CriticalLevel::Review));
    m_guidanceZh = guidanceEdit(QStringLiteral("guidanceZhEdit"), criterionPage);
    m_guidanceEn = guidanceEdit(QStringLiteral("guidanceEnEdit"), criterionPage);
    auto *criterionForm = new QFormLayout(criterionPage);
    criterionForm->addRow(tr("Chinese title:"), m_titleZh);
    criterionForm->addRow(tr("English title:"), m_titleEn);
    criterionForm->addRow(tr("Key:"), m_key);
    criterionForm->addRow(tr("Points:"), m_points);
    criterionForm->addRow(tr("Scale:"), m_scale);
    criterionForm->addRow(tr("Highest value (N):"), m_scaleMax);
    criterionForm->addRow(QString(), m_allowNa);
    criterionForm->addRow(tr("An N/A answer:"), m_naPolicy);
    criterionForm->addRow(tr("Critical:"), m_critical);
    criterionForm->addRow(tr("Guidance (Chinese):"), m_guidanceZh);
    criterionForm->addRow(tr("Guidance (English):"), m_guidanceEn);
    m_form->addWidget(criterionPage);

    m_validation = new QLabel(pane);
    m_validation->setObjectName(QStringLiteral("validationLabel"));
    m_validation->setWordWrap(true);

    // Typing merges into one undo step per field; picks from a list are one step each.
    connect(m_sectionTitleZh, &QLineEdit::textEdited, this, [this](const QString &text) {
        editField(
            Field::SectionTitleZh, tr("Edit section title"),
            [text](ScorecardSection &s) { s.titleZh = text; }, nullptr);
    });
    connect(m_sectionTitleEn, &QLineEdit::textEdited, this, [this](const QString &text) {
        editField(
            Field::SectionTitleEn, tr("Edit section title"),
            [text](ScorecardSection &s) { s.titleEn = text; }, nullptr);
    });
    connect(m_titleZh, &QLineEdit::textEdited, this, [this](const QString &text) {
        editField(Field::TitleZh, tr("Edit title"), nullptr,
                  [text](ScorecardCriterion &c) { c.titleZh = text; });
    });
    connect(m_titleEn, &QLineEdit::textEdited, this, [this](const QString &text) {
        editField(Field::TitleEn, tr("Edit title"), nullptr,
                  [text](ScorecardCriterion &c) { c.titleEn = text; });
    });
    connect(m_key, &QLineEdit::textEdited, this, [this](const QString &text) {
        editField(Field::Key, tr("Edit key"), nullptr,
                  [text](ScorecardCriterion &c) { c.key = text.trimmed(); });
    });
    connect(m_points, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        editField(Field::Points, tr("Change points"), nullptr,
                  [value](ScorecardCriterion &c) { c.points = value; });
    });
    connect(m_scale, &QComboBox::currentIndexChanged, this, [this] {
        const auto scale = ScaleKind(m_scale->currentData().toInt());
        editField(Field::Scale, tr("Change scale"), nullptr, [scale](ScorecardCriterion &c) {
            c.scale = scale;
            if (scale == ScaleKind::ZeroToN && c.scaleMax < 1)
                c.scaleMax = 3;
        });
    });
    connect(m_scaleMax, &QSpinBox::valueChanged, this, [this](int value) {
        editField(Field::ScaleMax, tr("Change highest value"), nullptr,
                  [value](ScorecardCriterion &c) { c.scaleMax = value; });
    });
    connect(m_allowNa, &QCheckBox::toggled, this, [this](bool on) {
        editField(Field::AllowNa, on ? tr("Allow N/A") : tr("Disallow N/A"), nullptr,
                  [on](ScorecardCriterion &c) { c.allowNa = on; });
    });
    connect(m_naPolicy, &QComboBox::currentIndexChanged, this, [this] {
        const auto policy = NaPolicy(m_naPolicy->currentData().toInt());
        editField(Field::NaPolicy, tr("Change N/A policy"), nullptr,
                  [policy](ScorecardCriterion &c) { c.naPolicy = policy; });
    });
    connect(m_critical, &QComboBox::currentIndexChanged, this, [this] {
        const auto level = CriticalLevel(m_critical->currentData().toInt());
        editField(Field::Critical, tr("Change critical level"), nullptr,
                  [level](ScorecardCriterion &c) { c.critical = level; });
    });
    connect(m_guidanceZh, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_guidanceZh->toPlainText();
        editField(Field::GuidanceZh, tr("Edit guidance"), nullptr,
                  [text](ScorecardCriterion &c) { c.guidanceZh = text; });
    });
    connect(m_guidanceEn, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_guidanceEn->toPlainText();
        editField(Field::GuidanceEn, tr("Edit guidance"), nullptr,
                  [text](ScorecardCriterion &c) { c.guidanceEn = text; });
    });

    for (QWidget *editor : m_form->findChildren<QWidget *>()) {
        if (editor->focusPolicy() != Qt::NoFocus)
            editor->installEventFilter(this);
    }

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_validation);
    return pane;
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
    rebuildTree(focus);
    showForm();
    m_preview->setTemplate(content);
    updateBanner();
    updateStatus();
    updateTitle();
    updateActions();
}

void TemplateEditorDialog::rebuildTree(TemplateNode select)
{
    const QSignalBlocker blocker(m_tree);
    m_rebuilding = true;
    const ScorecardTemplate &content = m_document->content();
    // Rebuilt only when the shape changed, so typing a title does not reset the tree's scrolling.
    bool sameShape = m_tree->topLevelItemCount() == content.sections.size();
    for (int s = 0; sameShape && s < content.sections.size(); ++s)
        sameShape = m_tree->topLevelItem(s)->childCount() == content.sections.at(s).criteria.size();
    if (!sameShape)
        m_tree->clear();
    const QLocale locale;
    for (int s = 0; s < content.sections.size(); ++s) {
        const ScorecardSection &section = content.sections.at(s);
        QTreeWidgetItem *sectionItem = sameShape ? m_tree->topLevelItem(s) : new QTreeWidgetItem(m_tree);
        sectionItem->setFlags(sectionItem->flags() | Qt::ItemIsEditable);
        sectionItem->setData(0, SectionRole, s);
        sectionItem->setData(0, CriterionRole, -1);
        sectionItem->setText(0, sectionTitle(section));
        sectionItem->setText(1, locale.toString(sectionPoints(section)));
        QFont bold = m_tree->font();
        bold.setBold(true);
        sectionItem->setFont(0, bold);
        for (int c = 0; c < section.criteria.size(); ++c) {
            const ScorecardCriterion &criterion = section.criteria.at(c);
            QTreeWidgetItem *item = sameShape ? sectionItem->child(c) : new QTreeWidgetItem(sectionItem);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            item->setData(0, SectionRole, s);
            item->setData(0, CriterionRole, c);
            item->setText(0, ScorecardPanel::criterionTitle(criterion));
            item->setText(1, locale.toString(criterion.points));
            item->setToolTip(0, criterion.critical == CriticalLevel::None ? QString() : tr("Critical"));
            item->setForeground(0,
                                criterion.critical == CriticalLevel::None ? m_tree->palette().text()
                                                                          : QBrush(QColor(0xc6, 0x28, 0x28)));
        }
    }
    if (!sameShape)
        m_tree->expandAll();
    m_rebuilding = false;
    selectNode(select);
}

void TemplateEditorDialog::selectNode(TemplateNode node)
{
    const ScorecardTemplate &content = m_document->content();
    // The node may be gone (an undone add, a removal): fall back to its neighbour or its section.
    if (content.sections.isEmpty()) {
        m_tree->setCurrentItem(nullptr);
        return;
    }
    node.section = std::clamp(node.section, 0, int(content.sections.size()) - 1);
    const int criteria = int(content.sections.at(node.section).criteria.size());
    if (node.criterion >= criteria)
        node.criterion = criteria - 1;
    QTreeWidgetItem *item = m_tree->topLevelItem(node.section);
    if (node.criterion >= 0)
        item = item->child(node.criterion);
    if (m_tree->currentItem() != item) {
        const QSignalBlocker blocker(m_tree);
        m_tree->setCurrentItem(item);
        ++m_editSession;
    }
    m_tree->scrollToItem(item);
}

TemplateNode TemplateEditorDialog::currentNode() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return {};
    return { item->data(0, SectionRole).toInt(), item->data(0, CriterionRole).toInt() };
}

void TemplateEditorDialog::showForm()
{
    const TemplateNode node = currentNode();
    const ScorecardTemplate &content = m_document->content();
    if (const ScorecardCriterion *criterion = m_document->criterion(node)) {
        m_form->setCurrentIndex(2);
        syncText(m_titleZh, criterion->titleZh);
        syncText(m_titleEn, criterion->titleEn);
        syncText(m_key, criterion->key);
        if (m_points->value() != criterion->points) {
            const QSignalBlocker blocker(m_points);
            m_points->setValue(criterion->points);
        }
        syncCombo(m_scale, int(criterion->scale));
        {
            const QSignalBlocker blocker(m_scaleMax);
            m_scaleMax->setValue(std::max(1, criterion->scaleMax));
        }
        m_scaleMax->setEnabled(criterion->scale == ScaleKind::ZeroToN);
        {
            const QSignalBlocker blocker(m_allowNa);
            m_allowNa->setChecked(criterion->allowNa);
        }
        syncCombo(m_naPolicy, int(criterion->naPolicy));
        m_naPolicy->setEnabled(criterion->allowNa);
        syncCombo(m_critical, int(criterion->critical));
        syncText(m_guidanceZh, criterion->guidanceZh);
        syncText(m_guidanceEn, criterion->guidanceEn);
    } else if (node.isSection() && node.section < content.sections.size()) {
        const ScorecardSection &section = content.sections.at(node.section);
        m_form->setCurrentIndex(1);
        syncText(m_sectionTitleZh, section.titleZh);
        syncText(m_sectionTitleEn, section.titleEn);
        const QLocale locale;
        m_sectionPoints->setText(
            tr("%1 of the template's %2 points, the sum of its criteria.")
                .arg(locale.toString(sectionPoints(section)), locale.toString(content.totalPoints())));
    } else {
        m_form->setCurrentIndex(0);
    }
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

void TemplateEditorDialog::updateStatus()
{
    const ScorecardTemplate &content = m_document->content();
    if (content.versionId == 0 && content.sections.isEmpty()) {
        m_validation->clear();
        return;
    }
    const QString error = content.validationError();
    if (error.isEmpty()) {
        m_validation->setStyleSheet(QStringLiteral("color: #2e6b30;"));
        m_validation->setText(
            tr("%n criteria worth %1 points in all; ready to save.", nullptr, content.criterionCount())
                .arg(QLocale().toString(content.totalPoints())));
    } else {
        m_validation->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
        m_validation->setText(error);
    }
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
    const TemplateNode node = currentNode();
    const bool loaded = content.versionId != 0;
    const bool valid = content.validationError().isEmpty();
    int siblings = 0;
    int index = -1;
    if (node.isCriterion()) {
        siblings = int(content.sections.at(node.section).criteria.size());
        index = node.criterion;
    } else if (node.isSection()) {
        siblings = int(content.sections.size());
        index = node.section;
    }
    m_addSection->setEnabled(!m_busy && loaded);
    m_addCriterion->setEnabled(!m_busy && loaded);
    m_remove->setEnabled(!m_busy && index >= 0);
    m_rename->setEnabled(!m_busy && index >= 0);
    m_moveUp->setEnabled(!m_busy && index > 0);
    m_moveDown->setEnabled(!m_busy && index >= 0 && index < siblings - 1);
    m_save->setEnabled(!m_busy && loaded && valid && m_document->isModified());
    m_saveAs->setEnabled(!m_busy && loaded && valid);
}

void TemplateEditorDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_templateCombo->setEnabled(!busy);
    m_versionCombo->setEnabled(!busy);
    m_tree->setEnabled(!busy);
    m_form->setEnabled(!busy);
    updateActions();
}

void TemplateEditorDialog::editField(Field field, const QString &text,
                                     const std::function<void(ScorecardSection &)> &onSection,
                                     const std::function<void(ScorecardCriterion &)> &onCriterion)
{
    const TemplateNode node = currentNode();
    QList<ScorecardSection> sections = m_document->content().sections;
    if (node.isCriterion() && onCriterion && m_document->criterion(node))
        onCriterion(sections[node.section].criteria[node.criterion]);
    else if (node.isSection() && onSection && node.section < sections.size())
        onSection(sections[node.section]);
    else
        return;
    const bool typing = field == Field::SectionTitleZh || field == Field::SectionTitleEn
        || field == Field::Key || field == Field::TitleZh || field == Field::TitleEn
        || field == Field::GuidanceZh || field == Field::GuidanceEn || field == Field::Points
        || field == Field::ScaleMax;
    const QString mergeKey = typing ? QStringLiteral("%1/%2/%3/%4")
                                          .arg(m_editSession)
                                          .arg(node.section)
                                          .arg(node.criterion)
                                          .arg(int(field))
                                    : QString();
    m_document->edit(text, sections, node, mergeKey);
}

void TemplateEditorDialog::addSection()
{
    const TemplateNode node = currentNode();
    QList<ScorecardSection> sections = m_document->content().sections;
    const int at = node.section >= 0 ? node.section + 1 : int(sections.size());
    // New content is data, not interface text: it gets a title in both of the template's languages.
    ScorecardSection section;
    section.titleZh = QStringLiteral("新分组");
    section.titleEn = QStringLiteral("New section");
    sections.insert(at, section);
    m_document->edit(tr("Add section"), sections, { at, -1 });
}

void TemplateEditorDialog::addCriterion()
{
    const TemplateNode node = currentNode();
    QList<ScorecardSection> sections = m_document->content().sections;
    int section = node.section;
    if (section < 0 || section >= sections.size()) {
        if (sections.isEmpty()) {
            ScorecardSection first;
            first.titleZh = QStringLiteral("新分组");
            first.titleEn = QStringLiteral("New section");
            sections.append(first);
        }
        section = int(sections.size()) - 1;
    }
    ScorecardCriterion criterion;
    criterion.key = m_document->unusedKey();
    criterion.titleZh = QStringLiteral("新评分项");
    criterion.titleEn = QStringLiteral("New criterion");
    criterion.points = 10;
    const int at = node.isCriterion() ? node.criterion + 1 : int(sections.at(section).criteria.size());
    sections[section].criteria.insert(at, criterion);
    m_document->edit(tr("Add criterion"), sections, { section, at });
    // The next thing a lead does is name it.
    QLineEdit *title = chinese() ? m_titleZh : m_titleEn;
    title->setFocus(Qt::OtherFocusReason);
    title->selectAll();
}

void TemplateEditorDialog::removeNode()
{
    const TemplateNode node = currentNode();
    QList<ScorecardSection> sections = m_document->content().sections;
    if (node.isCriterion() && m_document->criterion(node)) {
        sections[node.section].criteria.removeAt(node.criterion);
        m_document->edit(tr("Remove criterion"), sections, node);
    } else if (node.isSection() && node.section < sections.size()) {
        sections.removeAt(node.section);
        m_document->edit(tr("Remove section"), sections, node);
    }
}

void TemplateEditorDialog::moveNode(int delta)
{
    const TemplateNode node = currentNode();
    QList<ScorecardSection> sections = m_document->content().sections;
    if (node.isCriterion()) {
        QList<ScorecardCriterion> &criteria = sections[node.section].criteria;
        const int to = node.criterion + delta;
        if (to < 0 || to >= criteria.size())
            return;
        criteria.swapItemsAt(node.criterion, to);
        m_document->edit(delta < 0 ? tr("Move criterion up") : tr("Move criterion down"), sections,
                         { node.section, to });
    } else if (node.isSection()) {
        const int to = node.section + delta;
        if (to < 0 || to >= sections.size())
            return;
        sections.swapItemsAt(node.section, to);
        m_document->edit(delta < 0 ? tr("Move section up") : tr("Move section down"), sections, { to, -1 });
    }
}

void TemplateEditorDialog::treeItemRenamed(QTreeWidgetItem *item)
{
    if (m_rebuilding || !item)
        return;
    const TemplateNode node { item->data(0, SectionRole).toInt(), item->data(0, CriterionRole).toInt() };
    const QString title = item->text(0).trimmed();
    QList<ScorecardSection> sections = m_document->content().sections;
    const bool zh = chinese();
    if (node.isCriterion() && m_document->criterion(node)) {
        ScorecardCriterion &criterion = sections[node.section].criteria[node.criterion];
        (zh ? criterion.titleZh : criterion.titleEn) = title;
    } else if (node.isSection() && node.section < sections.size()) {
        (zh ? sections[node.section].titleZh : sections[node.section].titleEn) = title;
    } else {
        return;
    }
    ++m_editSession;
    m_document->edit(tr("Rename"), sections, node);
}

bool TemplateEditorDialog::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride: {
        // Leaving the override unaccepted lets the dialog's undo and redo actions have the keys.
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool redo = key->matches(QKeySequence::Redo)
            || (key->key() == Qt::Key_Z
                && (key->modifiers() & ~Qt::KeypadModifier) == (Qt::ControlModifier | Qt::ShiftModifier));
        if (key->matches(QKeySequence::Undo) || redo) {
            event->ignore();
            return true;
        }
        break;
    }
    case QEvent::FocusIn:
    case QEvent::FocusOut:
        ++m_editSession; // typing after leaving a field is a new undo step
        break;
    default:
        break;
    }
    return QDialog::eventFilter(watched, event);
}

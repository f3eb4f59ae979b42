#include "TemplateNodeForm.h"

#include "ScorecardPanel.h"
#include "UndoShortcuts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

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

TemplateNodeForm::TemplateNodeForm(TemplateDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("nodeForm"));
    auto *empty = new QLabel(tr("Pick a section or criterion in the tree to edit it."), m_pages);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->insertWidget(EmptyPage, empty);
    m_pages->insertWidget(SectionPage, createSectionPage());
    m_pages->insertWidget(CriterionPage, createCriterionPage());

    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("validationLabel"));
    m_validation->setWordWrap(true);

    connectEdits();
    for (QWidget *editor : m_pages->findChildren<QWidget *>()) {
        if (editor->focusPolicy() != Qt::NoFocus)
            editor->installEventFilter(this);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_validation);
}

QWidget *TemplateNodeForm::createSectionPage()
{
    auto *page = new QWidget(m_pages);
    m_sectionTitleZh = new QLineEdit(page);
    m_sectionTitleZh->setObjectName(QStringLiteral("sectionTitleZhEdit"));
    m_sectionTitleEn = new QLineEdit(page);
    m_sectionTitleEn->setObjectName(QStringLiteral("sectionTitleEnEdit"));
    m_sectionPoints = new QLabel(page);
    m_sectionPoints->setObjectName(QStringLiteral("sectionPointsLabel"));
    m_sectionPoints->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Chinese title:"), m_sectionTitleZh);
    form->addRow(tr("English title:"), m_sectionTitleEn);
    form->addRow(tr("Points:"), m_sectionPoints);
    return page;
}

QWidget *TemplateNodeForm::createCriterionPage()
{
    auto *page = new QWidget(m_pages);
    m_titleZh = new QLineEdit(page);
    m_titleZh->setObjectName(QStringLiteral("titleZhEdit"));
    m_titleEn = new QLineEdit(page);
    m_titleEn->setObjectName(QStringLiteral("titleEnEdit"));
    m_key = new QLineEdit(page);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setToolTip(tr("Stays the same across versions, so results for one criterion compare over time."));
    m_points = new QDoubleSpinBox(page);
    m_points->setObjectName(QStringLiteral("pointsSpin"));
    m_points->setRange(0, 1000);
    m_points->setDecimals(1);
    m_scale = new QComboBox(page);
    m_scale->setObjectName(QStringLiteral("scaleCombo"));
    m_scale->addItem(tr("Pass / fail"), int(ScaleKind::PassFailNa));
    m_scale->addItem(tr("1 to 5"), int(ScaleKind::OneToFive));
    m_scale->addItem(tr("0 to N"), int(ScaleKind::ZeroToN));
    m_scaleMax = new QSpinBox(page);
    m_scaleMax->setObjectName(QStringLiteral("scaleMaxSpin"));
    m_scaleMax->setRange(1, 100);
    m_allowNa = new QCheckBox(tr("Reviewers may answer N/A"), page);
    m_allowNa->setObjectName(QStringLiteral("allowNaCheck"));
    m_naPolicy = new QComboBox(page);
    m_naPolicy->setObjectName(QStringLiteral("naPolicyCombo"));
    m_naPolicy->addItem(tr("Leaves the possible total"), int(NaPolicy::ExcludeFromPossible));
    m_naPolicy->addItem(tr("Counts as a pass"), int(NaPolicy::CountsAsPass));
    m_critical = new QComboBox(page);
    m_critical->setObjectName(QStringLiteral("criticalCombo"));
    m_critical->addItem(tr("Not critical"), int(CriticalLevel::None));
    m_critical->addItem(tr("Failing it zeroes its section"), int(CriticalLevel::Section));
    m_critical->addItem(tr("Failing it zeroes the whole review"), int(CriticalLevel::Review));
    m_guidanceZh = guidanceEdit(QStringLiteral("guidanceZhEdit"), page);
    m_guidanceEn = guidanceEdit(QStringLiteral("guidanceEnEdit"), page);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Chinese title:"), m_titleZh);
    form->addRow(tr("English title:"), m_titleEn);
    form->addRow(tr("Key:"), m_key);
    form->addRow(tr("Points:"), m_points);
    form->addRow(tr("Scale:"), m_scale);
    form->addRow(tr("Highest value (N):"), m_scaleMax);
    form->addRow(QString(), m_allowNa);
    form->addRow(tr("An N/A answer:"), m_naPolicy);
    form->addRow(tr("Critical:"), m_critical);
    form->addRow(tr("Guidance (Chinese):"), m_guidanceZh);
    form->addRow(tr("Guidance (English):"), m_guidanceEn);
    return page;
}

void TemplateNodeForm::connectEdits()
{
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
}

void TemplateNodeForm::showNode(TemplateNode node)
{
    if (node != m_node) {
        m_node = node;
        ++m_editSession;
    }
    const ScorecardTemplate &content = m_document->content();
    if (const ScorecardCriterion *criterion = m_document->criterion(node)) {
        m_pages->setCurrentIndex(CriterionPage);
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
        m_pages->setCurrentIndex(SectionPage);
        syncText(m_sectionTitleZh, section.titleZh);
        syncText(m_sectionTitleEn, section.titleEn);
        const QLocale locale;
        m_sectionPoints->setText(
            tr("%1 of the template's %2 points, the sum of its criteria.")
                .arg(locale.toString(section.points()), locale.toString(content.totalPoints())));
    } else {
        m_pages->setCurrentIndex(EmptyPage);
    }
}

void TemplateNodeForm::showValidation()
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

void TemplateNodeForm::focusTitle()
{
    QLineEdit *title = ScorecardPanel::showsChinese() ? m_titleZh : m_titleEn;
    title->setFocus(Qt::OtherFocusReason);
    title->selectAll();
}

void TemplateNodeForm::editField(Field field, const QString &text,
                                 const std::function<void(ScorecardSection &)> &onSection,
                                 const std::function<void(ScorecardCriterion &)> &onCriterion)
{
    const TemplateNode node = m_node;
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

bool TemplateNodeForm::eventFilter(QObject *watched, QEvent *event)
{
    if (UndoShortcuts::leaveToWindow(event))
        return true;
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        ++m_editSession; // typing after leaving a field is a new undo step
    return QWidget::eventFilter(watched, event);
}

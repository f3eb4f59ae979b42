#include "TemplateTreePane.h"

#include "ScorecardPanel.h"
#include "UndoShortcuts.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int SectionRole = Qt::UserRole;
constexpr int CriterionRole = Qt::UserRole + 1;

/** The section's title in the workstation's language, or the other one when that is empty. */
QString sectionTitle(const ScorecardSection &section)
{
    const bool zh = ScorecardPanel::showsChinese();
    const QString title = zh ? section.titleZh : section.titleEn;
    return title.isEmpty() ? (zh ? section.titleEn : section.titleZh) : title;
}

ScorecardSection newSection()
{
    // New content is data, not interface text: it gets a title in both of the template's languages.
    ScorecardSection section;
    section.titleZh = QStringLiteral("新分组");
    section.titleEn = QStringLiteral("New section");
    return section;
}

} // namespace

TemplateTreePane::TemplateTreePane(TemplateDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("templateTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Section / criterion"), tr("Points") });
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->installEventFilter(this);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_rebuilding)
            emit currentNodeChanged();
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, &TemplateTreePane::itemRenamed);

    auto button = [this](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QPushButton(text, this);
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
    connect(m_addSection, &QPushButton::clicked, this, &TemplateTreePane::addSection);
    connect(m_addCriterion, &QPushButton::clicked, this, &TemplateTreePane::addCriterion);
    connect(m_remove, &QPushButton::clicked, this, &TemplateTreePane::removeNode);
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(grid);
}

void TemplateTreePane::rebuild(TemplateNode select)
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
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (int s = 0; s < content.sections.size(); ++s) {
        const ScorecardSection &section = content.sections.at(s);
        QTreeWidgetItem *sectionItem = sameShape ? m_tree->topLevelItem(s) : new QTreeWidgetItem(m_tree);
        sectionItem->setFlags(sectionItem->flags() | Qt::ItemIsEditable);
        sectionItem->setData(0, SectionRole, s);
        sectionItem->setData(0, CriterionRole, -1);
        sectionItem->setText(0, sectionTitle(section));
        sectionItem->setText(1, locale.toString(section.points()));
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

void TemplateTreePane::selectNode(TemplateNode node)
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
    }
    m_tree->scrollToItem(item);
}

TemplateNode TemplateTreePane::currentNode() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return {};
    return { item->data(0, SectionRole).toInt(), item->data(0, CriterionRole).toInt() };
}

void TemplateTreePane::updateActions(bool busy, bool loaded)
{
    const ScorecardTemplate &content = m_document->content();
    const TemplateNode node = currentNode();
    int siblings = 0;
    int index = -1;
    if (node.isCriterion()) {
        siblings = int(content.sections.at(node.section).criteria.size());
        index = node.criterion;
    } else if (node.isSection()) {
        siblings = int(content.sections.size());
        index = node.section;
    }
    m_tree->setEnabled(!busy);
    m_addSection->setEnabled(!busy && loaded);
    m_addCriterion->setEnabled(!busy && loaded);
    m_remove->setEnabled(!busy && index >= 0);
    m_rename->setEnabled(!busy && index >= 0);
    m_moveUp->setEnabled(!busy && index > 0);
    m_moveDown->setEnabled(!busy && index >= 0 && index < siblings - 1);
}

void TemplateTreePane::addSection()
{
    const TemplateNode node = currentNode();
    QList<ScorecardSection> sections = m_document->content().sections;
    const int at = node.section >= 0 ? node.section + 1 : int(sections.size());
    sections.insert(at, newSection());
    m_document->edit(tr("Add section"), sections, { at, -1 });
}

void TemplateTreePane::addCriterion()
{
    const TemplateNode node = currentNode();
    QList<ScorecardSection> sections = m_document->content().sections;
    int section = node.section;
    if (section < 0 || section >= sections.size()) {
        if (sections.isEmpty())
            sections.append(newSection());
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
    emit criterionAdded();
}

void TemplateTreePane::removeNode()
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

void TemplateTreePane::moveNode(int delta)
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

void TemplateTreePane::itemRenamed(QTreeWidgetItem *item)
{
    if (m_rebuilding || !item)
        return;
    const TemplateNode node { item->data(0, SectionRole).toInt(), item->data(0, CriterionRole).toInt() };
    const QString title = item->text(0).trimmed();
    QList<ScorecardSection> sections = m_document->content().sections;
    const bool zh = ScorecardPanel::showsChinese();
    if (node.isCriterion() && m_document->criterion(node)) {
        ScorecardCriterion &criterion = sections[node.section].criteria[node.criterion];
        (zh ? criterion.titleZh : criterion.titleEn) = title;
    } else if (node.isSection() && node.section < sections.size()) {
        (zh ? sections[node.section].titleZh : sections[node.section].titleEn) = title;
    } else {
        return;
    }
    m_document->edit(tr("Rename"), sections, node);
}

bool TemplateTreePane::eventFilter(QObject *watched, QEvent *event)
{
    if (UndoShortcuts::leaveToWindow(event))
        return true;
    return QWidget::eventFilter(watched, event);
}

#include "TemplateDocument.h"

#include <QSet>

namespace {

bool sameCriterion(const ScorecardCriterion &a, const ScorecardCriterion &b)
{
    return a.id == b.id && a.key == b.key && a.titleZh == b.titleZh && a.titleEn == b.titleEn
        && a.guidanceZh == b.guidanceZh && a.guidanceEn == b.guidanceEn && a.points == b.points
        && a.scale == b.scale && a.scaleMax == b.scaleMax && a.allowNa == b.allowNa
        && a.naPolicy == b.naPolicy && a.critical == b.critical;
}

} // namespace

TemplateDocument::TemplateDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
}

void TemplateDocument::reset(const ScorecardTemplate &tmpl)
{
    m_content = tmpl;
    m_undo->clear();
    m_undo->setClean();
    emit changed({});
}

void TemplateDocument::edit(const QString &text, const QList<ScorecardSection> &sections, TemplateNode focus,
                            const QString &mergeKey)
{
    if (sameSections(sections, m_content.sections))
        return;
    m_undo->push(new TemplateEditCommand(this, text, m_content.sections, sections, focus, mergeKey));
}

void TemplateDocument::apply(const QList<ScorecardSection> &sections, TemplateNode focus)
{
    m_content.sections = sections;
    emit changed(focus);
}

const ScorecardCriterion *TemplateDocument::criterion(TemplateNode node) const
{
    if (!node.isCriterion() || node.section >= m_content.sections.size())
        return nullptr;
    const ScorecardSection &section = m_content.sections.at(node.section);
    return node.criterion < section.criteria.size() ? &section.criteria.at(node.criterion) : nullptr;
}

QString TemplateDocument::unusedKey() const
{
    QSet<QString> keys;
    for (const ScorecardSection &section : m_content.sections) {
        for (const ScorecardCriterion &criterion : section.criteria)
            keys.insert(criterion.key);
    }
    for (int n = 1;; ++n) {
        const QString key = QStringLiteral("criterion_%1").arg(n);
        if (!keys.contains(key))
            return key;
    }
}

bool TemplateDocument::sameSections(const QList<ScorecardSection> &a, const QList<ScorecardSection> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype s = 0; s < a.size(); ++s) {
        const ScorecardSection &x = a.at(s);
        const ScorecardSection &y = b.at(s);
        if (x.id != y.id || x.titleZh != y.titleZh || x.titleEn != y.titleEn
            || x.criteria.size() != y.criteria.size())
            return false;
        for (qsizetype c = 0; c < x.criteria.size(); ++c) {
            if (!sameCriterion(x.criteria.at(c), y.criteria.at(c)))
                return false;
        }
    }
    return true;
}

TemplateEditCommand::TemplateEditCommand(TemplateDocument *document, const QString &text,
                                         QList<ScorecardSection> before, QList<ScorecardSection> after,
                                         TemplateNode focus, QString mergeKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_focus(focus)
    , m_mergeKey(std::move(mergeKey))
{
}

void TemplateEditCommand::undo()
{
    m_document->apply(m_before, m_focus);
}

void TemplateEditCommand::redo()
{
    m_document->apply(m_after, m_focus);
}

int TemplateEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : 1;
}

bool TemplateEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const TemplateEditCommand *>(other);
    if (m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    // Typing a value and then typing it back leaves nothing to undo.
    setObsolete(TemplateDocument::sameSections(m_before, m_after));
    return true;
}
